"""An audit event's details as a sentence in the interface language.

The trail stores stable codes, ids and counts (never a name); here they become words: a
client's number instead of its row id, a service's name instead of its UUID, a referral
state's label instead of its code. An event this module does not know yet still shows
its details, as "key: value" pairs.
"""

from __future__ import annotations

from collections.abc import Mapping
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


def detail_text(event: AuditEvent, services: Mapping[str, str]) -> str:
    """One short sentence (or a few joined by "; ") for the Details column."""
    d = event.detail
    a = event.action
    parts: list[str] = []
    if a == Action.UNLOCK_FAILED and "count" in d:
        parts.append(
            QCoreApplication.translate(
                "AuditDetails", "%n failed attempt(s) before this one", "", int(d["count"])
            )
        )
    elif a == Action.CLIENTS_SEEDED:
        parts.append(
            QCoreApplication.translate(
                "AuditDetails", "%n fictional client(s) added", "", int(d.get("count", 0))
            )
        )
    elif a == Action.CLIENT_CREATED:
        parts.append(
            QCoreApplication.translate("AuditDetails", "%n need(s)", "", int(d.get("needs", 0)))
        )
        parts.append(
            QCoreApplication.translate(
                "AuditDetails", "%n consent(s)", "", int(d.get("consents", 0))
            )
        )
    elif a in (Action.CLIENT_CHANGED, Action.REFERRAL_UPDATED) and "fields" in d:
        fields = d["fields"]
        count = len(fields) if isinstance(fields, list) else int(fields)
        if "referral_id" in d:
            parts.append(_referral(d, services))
        parts.append(QCoreApplication.translate("AuditDetails", "%n field(s) changed", "", count))
    elif a == Action.REFERRAL_CREATED:
        parts.append(_referral(d, services))
        parts.append(
            QCoreApplication.translate("AuditDetails", "%n need(s)", "", int(d.get("needs", 0)))
        )
    elif a == Action.REFERRAL_STATE_CHANGED:
        parts.append(
            f"{_referral(d, services)}: {_state(d.get('from_state'))} → {_state(d.get('to_state'))}"
        )
        if d.get("note_changed"):
            parts.append(QCoreApplication.translate("AuditDetails", "outcome note changed"))
    elif a in (Action.LETTER_PRINTED, Action.LETTER_SAVED):
        parts.append(
            QCoreApplication.translate("AuditDetails", "%n letter(s)", "", int(d.get("letters", 1)))
        )
        if "pages" in d:
            parts.append(
                QCoreApplication.translate("AuditDetails", "%n page(s)", "", int(d["pages"]))
            )
    elif a == Action.LEAK_WARNING_CONFIRMED:
        parts.append(
            QCoreApplication.translate(
                "AuditDetails", "%n highlighted word(s) kept", "", int(d.get("words", 0))
            )
        )
    elif a == Action.SERVICE_CHANGED and "active" in d:
        parts.append(
            QCoreApplication.translate("AuditDetails", "reactivated")
            if d["active"]
            else QCoreApplication.translate("AuditDetails", "deactivated")
        )
    elif a == Action.SERVICE_CHANGED and d.get("verified"):
        parts.append(QCoreApplication.translate("AuditDetails", "marked as verified today"))
    elif a in (Action.SERVICE_CREATED, Action.SERVICE_CHANGED) and "created" in d:
        parts.append(
            QCoreApplication.translate("AuditDetails", "%n new service(s)", "", int(d["created"]))
        )
        parts.append(
            QCoreApplication.translate("AuditDetails", "%n updated", "", int(d.get("updated", 0)))
        )
    elif a in (Action.SERVICE_CREATED, Action.SERVICE_CHANGED) and "locations" in d:
        parts.append(
            QCoreApplication.translate("AuditDetails", "%n location(s)", "", int(d["locations"]))
        )
    elif a == Action.DIRECTORY_IMPORTED:
        parts.append(
            QCoreApplication.translate(
                "AuditDetails", "%n new service(s)", "", int(d.get("new", 0))
            )
        )
        parts.append(
            QCoreApplication.translate("AuditDetails", "%n updated", "", int(d.get("updated", 0)))
        )
    elif a == Action.DIRECTORY_EXPORTED:
        parts.append(
            QCoreApplication.translate(
                "AuditDetails", "%n service(s)", "", int(d.get("services", 0))
            )
        )
    elif a == Action.SETTINGS_CHANGED:
        keys = d.get("keys", [])
        count = len(keys) if isinstance(keys, list) else 1
        parts.append(QCoreApplication.translate("AuditDetails", "%n setting(s) changed", "", count))
    elif a == Action.BACKUP_CREATED:
        if d.get("pruned"):
            parts.append(
                QCoreApplication.translate(
                    "AuditDetails", "%n older backup(s) removed", "", int(d["pruned"])
                )
            )
    elif a == Action.BACKUP_RESTORED:
        parts.append(
            QCoreApplication.translate("AuditDetails", "backup of %1").replace(
                "%1", str(d.get("backup_date", ""))
            )
        )
        if d.get("recovery_key"):
            parts.append(QCoreApplication.translate("AuditDetails", "opened with the recovery key"))
    elif a in (Action.USER_ADDED, Action.USER_ROLE_CHANGED) and "role" in d:
        parts.append(
            QCoreApplication.translate("AuditDetails", "role: %1").replace("%1", _role(d["role"]))
        )
    elif a == Action.RETENTION_DELETED:
        parts.append(
            QCoreApplication.translate(
                "AuditDetails", "%n client(s) deleted", "", int(d.get("deleted", 0))
            )
        )
        parts.append(
            QCoreApplication.translate(
                "AuditDetails", "inactive for %n month(s)", "", int(d.get("months", 0))
            )
        )
    elif a in (Action.CLIENTS_MERGED, Action.MERGE_UNDONE) and "merged" in d:
        parts.append(
            QCoreApplication.translate("AuditDetails", "record %1").replace(
                "%1", client_number(str(d["merged"]))
            )
        )
    elif a == Action.CLIENT_RECORD_EXPORTED:
        parts.append(
            QCoreApplication.translate("AuditDetails", "%n page(s)", "", int(d.get("pages", 0)))
        )
    elif a == Action.AUDIT_EXPORTED:
        parts.append(
            QCoreApplication.translate("AuditDetails", "%n event(s)", "", int(d.get("events", 0)))
        )
    elif a == Action.VAULT_REKEYED:
        parts.append(
            QCoreApplication.translate("AuditDetails", "%n key slot(s)", "", int(d.get("slots", 0)))
        )
    elif a == Action.ORG_KEY_CREATED and "reason" in d:
        parts.append(
            QCoreApplication.translate("AuditDetails", "made with the vault")
            if d["reason"] == "vault-created"
            else QCoreApplication.translate("AuditDetails", "made after the upgrade")
        )
        if d.get("kept_unsigned_imports"):
            parts.append(QCoreApplication.translate("AuditDetails", "unsigned imports kept"))
    elif d:
        parts.append("; ".join(f"{k}: {v}" for k, v in sorted(d.items())))
    return "; ".join(p for p in parts if p)
