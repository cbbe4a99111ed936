"""Create, change, view, archive, delete: validated, permission-checked and audited."""

from __future__ import annotations

from dataclasses import replace

import pytest

from intake_app.clients import intake
from intake_app.domain.audit import Action
from intake_app.domain.clients import Client
from intake_app.domain.users import Role, User
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.audit import events_for_record
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import put_setting
from tests.unit.clients.helpers import add, person


def _actions(session: VaultSession, client_id: int) -> list[str]:
    return [e.action for e in events_for_record(session.conn, "client", client_id)]


def test_a_name_or_alias_is_the_only_required_field(session: VaultSession) -> None:
    with pytest.raises(KnownError) as err:
        intake.create_client(session, Client())
    assert err.value.code is ErrorCode.INVALID_INPUT and err.value.params["field"] == "name"
    saved = intake.create_client(session, Client(preferred_name="Tiny"))
    assert saved.id is not None


def test_bad_birth_year_and_unknown_need_are_refused_by_field(session: VaultSession) -> None:
    from intake_app.domain.clients import Need

    for bad, field in (
        (person("A", birth_year=1850), "birth_year"),
        (person("A", needs=(Need("not-a-code"),)), "need"),
    ):
        with pytest.raises(KnownError) as err:
            intake.create_client(session, bad)
        assert err.value.params["field"] == field


def test_every_step_is_audited_with_field_names_never_values(session: VaultSession) -> None:
    saved = add(session, "Amina", "Haddad")
    assert saved.id is not None
    intake.update_client(session, replace(saved, phone="514-555-0100", notes="secret words"))
    intake.view_client(session, saved.id)
    intake.set_archived(session, saved.id, True)
    events = events_for_record(session.conn, "client", saved.id)
    assert [e.action for e in events] == [
        Action.CLIENT_CREATED,
        Action.CLIENT_CHANGED,
        Action.CLIENT_VIEWED,
        Action.CLIENT_ARCHIVED,
    ]
    assert events[1].detail == {"fields": ["phone", "notes"]}
    assert "secret" not in repr(events) and "Amina" not in repr(events)


def test_saving_without_changes_writes_no_event(session: VaultSession) -> None:
    saved = add(session, "Same")
    assert saved.id is not None
    intake.update_client(session, saved)
    assert _actions(session, saved.id) == [Action.CLIENT_CREATED]


def test_delete_removes_the_record_and_keeps_only_an_id_in_the_audit(session: VaultSession) -> None:
    saved = add(session, "Gone", "Forever")
    assert saved.id is not None
    intake.delete_client(session, saved.id)
    with pytest.raises(KnownError):
        intake.view_client(session, saved.id)
    assert _actions(session, saved.id)[-1] == Action.CLIENT_DELETED


def test_a_caseworker_may_not_delete(session: VaultSession) -> None:
    saved = add(session, "Kept")
    assert saved.id is not None
    session.user = User(id=session.user.id, name="cw", role=Role.CASEWORKER)
    with pytest.raises(KnownError) as err:
        intake.delete_client(session, saved.id)
    assert err.value.code is ErrorCode.NOT_ALLOWED


def test_sensitive_note_is_dropped_while_the_setting_is_off(session: VaultSession) -> None:
    saved = add(session, "A", sensitive_note="note")
    assert saved.sensitive_note == ""
    with pytest.raises(KnownError):
        intake.reveal_sensitive_note(session, saved.id or 0)


def test_revealing_the_sensitive_note_is_audited(session: VaultSession) -> None:
    with session.write() as conn:
        put_setting(conn, "clients.sensitive_note_enabled", True)
    saved = add(session, "A", sensitive_note="note")
    assert saved.id is not None
    assert intake.reveal_sensitive_note(session, saved.id) == "note"
    assert _actions(session, saved.id)[-1] == Action.SENSITIVE_NOTE_REVEALED
