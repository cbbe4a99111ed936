"""An audit event's details as words: each action's describer, and "key: value" for
details no describer reads."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from intake_app.domain.audit import Action, AuditEvent
from intake_app.domain.common import Lang

from intake_app.ui.audit.details import DESCRIBERS, detail_text, record_text
from intake_app.ui.i18n import install_translators

SERVICES = {"s1": "Food bank"}


def _text(action: Action, detail: dict[str, Any]) -> str:
    return detail_text(AuditEvent(1, datetime(2026, 1, 1), 1, action, detail=detail), SERVICES)


@pytest.mark.parametrize(
    ("action", "detail", "expected"),
    [
        (Action.UNLOCK_FAILED, {"count": 3}, "3 failed attempts before this one"),
        (Action.CLIENT_CREATED, {"needs": 2, "consents": 1}, "2 needs; 1 consent"),
        (
            Action.REFERRAL_UPDATED,
            {"fields": 1, "referral_id": 7, "service_id": "s1"},
            "Referral 7 → Food bank; 1 field changed",
        ),
        (
            Action.REFERRAL_STATE_CHANGED,
            {"referral_id": 4, "from_state": "weird", "to_state": "closed", "note_changed": 1},
            "Referral 4: weird → Closed; outcome note changed",
        ),
        (Action.LETTER_SAVED, {}, "1 letter"),
        (Action.SERVICE_CHANGED, {"active": False}, "deactivated"),
        (Action.SERVICE_CHANGED, {"verified": True}, "marked as verified today"),
        (Action.SERVICE_CHANGED, {"created": 1}, "1 new service; 0 updated"),
        (Action.SERVICE_CREATED, {"locations": 2}, "2 locations"),
        (Action.SETTINGS_CHANGED, {"keys": "x"}, "1 setting changed"),
        (Action.BACKUP_CREATED, {"other": 1}, ""),
        (
            Action.BACKUP_RESTORED,
            {"backup_date": "2026-03-01", "recovery_key": True},
            "backup of 2026-03-01; opened with the recovery key",
        ),
        (Action.USER_ADDED, {"role": "admin"}, "role: coordinator"),
        (Action.CLIENTS_MERGED, {"merged": "42"}, "record C-000042"),
        # Details no describer reads (or an action without one) show as they are stored.
        (Action.UNLOCK_FAILED, {"reason": "x"}, "reason: x"),
        (Action.SERVICE_CHANGED, {"other": 1}, "other: 1"),
        (Action.CLIENT_VIEWED, {"b": 2, "a": "z"}, "a: z; b: 2"),
        (Action.CLIENT_VIEWED, {}, ""),
    ],
)
def test_details_read_as_a_sentence(qapp, action: Action, detail: dict[str, Any], expected: str):
    install_translators(Lang.EN)
    assert _text(action, detail) == expected


FRENCH_CASES: list[tuple[Action, dict[str, Any]]] = [
    (Action.SERVICE_CHANGED, {"active": False}),
    (Action.SERVICE_CHANGED, {"active": True}),
    (Action.SERVICE_CHANGED, {"verified": True}),
    (Action.BACKUP_RESTORED, {"backup_date": "2026-03-01", "recovery_key": True}),
    (Action.USER_ROLE_CHANGED, {"role": "caseworker"}),
    (Action.CLIENTS_MERGED, {"merged": "42"}),
    (Action.REFERRAL_STATE_CHANGED, {"referral_id": 4, "to_state": "closed", "note_changed": 1}),
    (Action.LETTER_PRINTED, {"letters": 2, "pages": 3}),
]


def test_details_are_french_in_french(qapp) -> None:
    english = [_text(a, d) for a, d in FRENCH_CASES]
    install_translators(Lang.FR)
    try:
        text = _text(Action.RETENTION_DELETED, {"deleted": 3, "months": 24})
        french = [_text(a, d) for a, d in FRENCH_CASES]
    finally:
        install_translators(Lang.EN)
    assert "3" in text and "24" in text and "deleted" not in text and "month" not in text
    assert [e for e, f in zip(english, french, strict=True) if e == f] == []


def test_every_describer_is_for_a_known_action() -> None:
    assert set(DESCRIBERS) <= {a.value for a in Action}


def test_record_shows_numbers_and_names_not_row_ids(qapp) -> None:
    event = AuditEvent(1, datetime(2026, 1, 1), 1, Action.CLIENT_VIEWED, "client", "42")
    assert record_text(event, SERVICES, {}) == "C-000042"
    service = AuditEvent(2, datetime(2026, 1, 1), 1, Action.SERVICE_CHANGED, "service", "s1")
    assert record_text(service, SERVICES, {}) == "Food bank"
