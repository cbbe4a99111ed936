"""An audit event's details as a sentence in the interface language.

The trail stores stable codes, ids and counts (never a name); here they become words: a
client's number instead of its row id, a service's name instead of its UUID, a referral
state's label instead of its code. An event this module does not know yet still shows
its details, as "key: value" pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from intake_app.domain.audit import Action, AuditEvent
from intake_app.domain.referrals import ReferralState

from intake_app.ui.referrals.labels import state_text


def client_number(record_id: str) -> str:
    """Client events store the row id; people know the number (C-000042)."""
    return f"C-{int(record_id):06d}" if record_id.isdigit() else record_id


def record_text(event: AuditEvent, services: Mapping[str, str], users: Mapping[int, str]) -> str:
    rid = event.record_id
    if not rid:
        return ""
    if event.record_type == "client":
        return client_number(rid)
    if event.record_type == "service":
        return services.get(rid, QCoreApplication.translate("AuditDetails", "a removed service"))
    if event.record_type == "referral":
        return QCoreApplication.translate("AuditDetails", "referral %1").replace("%1", rid)
    if event.record_type == "user" and rid.isdigit():
        return users.get(int(rid), rid)
    return rid


def _state(code: Any) -> str:
    try:
        return state_text(ReferralState(str(code)))
    except ValueError:
        return str(code)


def _referral(d: Mapping[str, Any], services: Mapping[str, str]) -> str:
    service = services.get(str(d.get("service_id", "")), "")
    text = QCoreApplication.translate("AuditDetails", "Referral %1").replace(
        "%1", str(d.get("referral_id"))
    )
    return f"{text} → {service}" if service else text


def _role(code: Any) -> str:
    return (
        QCoreApplication.translate("AuditDetails", "coordinator")
        if code == "admin" or code == "coordinator"
        else QCoreApplication.translate("AuditDetails", "caseworker")
    )


Detail = Mapping[str, Any]
Names = Mapping[str, str]
# A describer gives the parts of one kind of event's sentence, or None when the event's
# details are not the shape it reads (then the next one is tried, and last "key: value").
Describer = Callable[[Detail, Names], list[str] | None]


def _unlock_failed(d: Detail, _s: Names) -> list[str] | None:
    if "count" not in d:
        return None
    return [
        QCoreApplication.translate(
            "AuditDetails", "%n failed attempt(s) before this one", "", int(d["count"])
        )
    ]


def _clients_seeded(d: Detail, _s: Names) -> list[str]:
    return [
        QCoreApplication.translate(
            "AuditDetails", "%n fictional client(s) added", "", int(d.get("count", 0))
        )
    ]


def _client_created(d: Detail, _s: Names) -> list[str]:
    return [
        QCoreApplication.translate("AuditDetails", "%n need(s)", "", int(d.get("needs", 0))),
        QCoreApplication.translate("AuditDetails", "%n consent(s)", "", int(d.get("consents", 0))),
    ]


def _fields_changed(d: Detail, services: Names) -> list[str] | None:
    if "fields" not in d:
        return None
    fields = d["fields"]
    count = len(fields) if isinstance(fields, list) else int(fields)
    parts = [_referral(d, services)] if "referral_id" in d else []
    parts.append(QCoreApplication.translate("AuditDetails", "%n field(s) changed", "", count))
    return parts


def _referral_created(d: Detail, services: Names) -> list[str]:
    return [
        _referral(d, services),
        QCoreApplication.translate("AuditDetails", "%n need(s)", "", int(d.get("needs", 0))),
    ]


def _referral_state(d: Detail, services: Names) -> list[str]:
    moved = f"{_state(d.get('from_state'))} → {_state(d.get('to_state'))}"
    parts = [f"{_referral(d, services)}: {moved}"]
    if d.get("note_changed"):
        parts.append(QCoreApplication.translate("AuditDetails", "outcome note changed"))
    return parts


def _letters(d: Detail, _s: Names) -> list[str]:
    parts = [
        QCoreApplication.translate("AuditDetails", "%n letter(s)", "", int(d.get("letters", 1)))
    ]
    if "pages" in d:
        parts.append(QCoreApplication.translate("AuditDetails", "%n page(s)", "", int(d["pages"])))
    return parts


def _leak_kept(d: Detail, _s: Names) -> list[str]:
    return [
        QCoreApplication.translate(
            "AuditDetails", "%n highlighted word(s) kept", "", int(d.get("words", 0))
        )
    ]


def _service_active(d: Detail, _s: Names) -> list[str] | None:
    if "active" not in d:
        return None
    return [
        QCoreApplication.translate("AuditDetails", "reactivated")
        if d["active"]
        else QCoreApplication.translate("AuditDetails", "deactivated")
    ]


def _service_verified(d: Detail, _s: Names) -> list[str] | None:
    return (
        [QCoreApplication.translate("AuditDetails", "marked as verified today")]
        if d.get("verified")
        else None
    )


def _services_counted(d: Detail, _s: Names) -> list[str] | None:
    if "created" not in d:
        return None
    return [
        QCoreApplication.translate("AuditDetails", "%n new service(s)", "", int(d["created"])),
        QCoreApplication.translate("AuditDetails", "%n updated", "", int(d.get("updated", 0))),
    ]


def _service_locations(d: Detail, _s: Names) -> list[str] | None:
    if "locations" not in d:
        return None
    return [QCoreApplication.translate("AuditDetails", "%n location(s)", "", int(d["locations"]))]


def _directory_imported(d: Detail, _s: Names) -> list[str]:
    return [
        QCoreApplication.translate("AuditDetails", "%n new service(s)", "", int(d.get("new", 0))),
        QCoreApplication.translate("AuditDetails", "%n updated", "", int(d.get("updated", 0))),
    ]


def _directory_exported(d: Detail, _s: Names) -> list[str]:
    return [
        QCoreApplication.translate("AuditDetails", "%n service(s)", "", int(d.get("services", 0)))
    ]


def _settings_changed(d: Detail, _s: Names) -> list[str]:
    keys = d.get("keys", [])
    count = len(keys) if isinstance(keys, list) else 1
    return [QCoreApplication.translate("AuditDetails", "%n setting(s) changed", "", count)]


def _backup_created(d: Detail, _s: Names) -> list[str]:
    if not d.get("pruned"):
        return []
    return [
        QCoreApplication.translate(
            "AuditDetails", "%n older backup(s) removed", "", int(d["pruned"])
        )
    ]


def _backup_restored(d: Detail, _s: Names) -> list[str]:
    parts = [
        QCoreApplication.translate("AuditDetails", "backup of %1").replace(
            "%1", str(d.get("backup_date", ""))
        )
    ]
    if d.get("recovery_key"):
        parts.append(QCoreApplication.translate("AuditDetails", "opened with the recovery key"))
    return parts


def _user_role(d: Detail, _s: Names) -> list[str] | None:
    if "role" not in d:
        return None
    return [QCoreApplication.translate("AuditDetails", "role: %1").replace("%1", _role(d["role"]))]


def _retention_deleted(d: Detail, _s: Names) -> list[str]:
    return [
        QCoreApplication.translate(
            "AuditDetails", "%n client(s) deleted", "", int(d.get("deleted", 0))
        ),
        QCoreApplication.translate(
            "AuditDetails", "inactive for %n month(s)", "", int(d.get("months", 0))
        ),
    ]


def _merged(d: Detail, _s: Names) -> list[str] | None:
    if "merged" not in d:
        return None
    return [
        QCoreApplication.translate("AuditDetails", "record %1").replace(
            "%1", client_number(str(d["merged"]))
        )
    ]


def _record_exported(d: Detail, _s: Names) -> list[str]:
    return [QCoreApplication.translate("AuditDetails", "%n page(s)", "", int(d.get("pages", 0)))]


def _audit_exported(d: Detail, _s: Names) -> list[str]:
    return [QCoreApplication.translate("AuditDetails", "%n event(s)", "", int(d.get("events", 0)))]


def _rekeyed(d: Detail, _s: Names) -> list[str]:
    return [
        QCoreApplication.translate("AuditDetails", "%n key slot(s)", "", int(d.get("slots", 0)))
    ]


def _org_key_created(d: Detail, _s: Names) -> list[str] | None:
    if "reason" not in d:
        return None
    parts = [
        QCoreApplication.translate("AuditDetails", "made with the vault")
        if d["reason"] == "vault-created"
        else QCoreApplication.translate("AuditDetails", "made after the upgrade")
    ]
    if d.get("kept_unsigned_imports"):
        parts.append(QCoreApplication.translate("AuditDetails", "unsigned imports kept"))
    return parts


_SERVICE = (_service_active, _service_verified, _services_counted, _service_locations)
DESCRIBERS: dict[str, tuple[Describer, ...]] = {
    Action.UNLOCK_FAILED: (_unlock_failed,),
    Action.CLIENTS_SEEDED: (_clients_seeded,),
    Action.CLIENT_CREATED: (_client_created,),
    Action.CLIENT_CHANGED: (_fields_changed,),
    Action.REFERRAL_UPDATED: (_fields_changed,),
    Action.REFERRAL_CREATED: (_referral_created,),
    Action.REFERRAL_STATE_CHANGED: (_referral_state,),
    Action.LETTER_PRINTED: (_letters,),
    Action.LETTER_SAVED: (_letters,),
    Action.LEAK_WARNING_CONFIRMED: (_leak_kept,),
    Action.SERVICE_CHANGED: _SERVICE,
    Action.SERVICE_CREATED: (_services_counted, _service_locations),
    Action.DIRECTORY_IMPORTED: (_directory_imported,),
    Action.DIRECTORY_EXPORTED: (_directory_exported,),
    Action.SETTINGS_CHANGED: (_settings_changed,),
    Action.BACKUP_CREATED: (_backup_created,),
    Action.BACKUP_RESTORED: (_backup_restored,),
    Action.USER_ADDED: (_user_role,),
    Action.USER_ROLE_CHANGED: (_user_role,),
    Action.RETENTION_DELETED: (_retention_deleted,),
    Action.CLIENTS_MERGED: (_merged,),
    Action.MERGE_UNDONE: (_merged,),
    Action.CLIENT_RECORD_EXPORTED: (_record_exported,),
    Action.AUDIT_EXPORTED: (_audit_exported,),
    Action.VAULT_REKEYED: (_rekeyed,),
    Action.ORG_KEY_CREATED: (_org_key_created,),
}


def detail_text(event: AuditEvent, services: Mapping[str, str]) -> str:
    """One short sentence (or a few joined by "; ") for the Details column: the first
    describer of the event's action that reads its details, else "key: value" pairs."""
    d = event.detail
    for describe in DESCRIBERS.get(event.action, ()):
        parts = describe(d, services)
        if parts is not None:
            return "; ".join(p for p in parts if p)
    return "; ".join(f"{k}: {v}" for k, v in sorted(d.items()))
