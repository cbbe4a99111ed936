"""Vault-wide settings: validated, audited by key (never by value), coordinators only."""

from __future__ import annotations

import pytest

from intake_app.domain.audit import Action
from intake_app.domain.users import Role, User
from intake_app.errors import ErrorCode, KnownError
from intake_app.settings import change_settings, read_setting
from intake_app.vault import audit
from intake_app.vault.session import VaultSession


def test_changed_setting_is_stored_and_audited_by_key_only(session: VaultSession) -> None:
    changed = change_settings(
        session, {"security.idle_lock_minutes": 9, "org.phone": "514-555-0100"}
    )
    assert changed == ["org.phone", "security.idle_lock_minutes"]
    assert read_setting(session, "security.idle_lock_minutes") == 9
    event = audit.query_events(session.conn, action=Action.SETTINGS_CHANGED)[0]
    assert event.detail == {"keys": ["org.phone", "security.idle_lock_minutes"]}
    assert "555" not in str(event.detail)


def test_unchanged_values_record_nothing(session: VaultSession) -> None:
    assert change_settings(session, {"security.idle_lock_minutes": 5}) == []
    assert not audit.query_events(session.conn, action=Action.SETTINGS_CHANGED)


@pytest.mark.parametrize(
    "changes",
    [
        {"security.idle_lock_minutes": 0},
        {"security.idle_lock_minutes": "5"},
        {"no.such.key": 1},
        {"clients.sensitive_note_enabled": "yes"},
    ],
)
def test_invalid_values_are_refused(session: VaultSession, changes: dict) -> None:
    with pytest.raises(KnownError) as err:
        change_settings(session, changes)
    assert err.value.code is ErrorCode.INVALID_INPUT


def test_a_caseworker_cannot_change_settings(session: VaultSession) -> None:
    session.user = User(session.user.id, "Case Worker", Role.CASEWORKER)
    with pytest.raises(KnownError) as err:
        change_settings(session, {"security.idle_lock_minutes": 9})
    assert err.value.code is ErrorCode.NOT_ALLOWED
