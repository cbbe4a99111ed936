"""Accounts: adding, resetting, roles, removing with a re-key, and refusals below the UI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlcipher3.dbapi2 import ProgrammingError

from intake_app.accounts.manage import (
    add_user,
    change_own_passphrase,
    change_role,
    list_accounts,
    remove_user,
    reset_passphrase,
)
from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.domain.users import Role
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import audit
from intake_app.vault.database import connect
from intake_app.vault.keyslots import KeySlotFile
from intake_app.vault.lifecycle import CreatedVault, lock, unlock, unlock_with_recovery
from intake_app.vault.session import VaultSession
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE, FAST_KDF

CW_NAME = "Camille Tremblay"
CW_FIRST = "orange kettle maple harbour"
CW_OWN = "violet canoe winter lantern"


def _add_caseworker(session: VaultSession, name: str = CW_NAME) -> int:
    return add_user(session, name, Role.CASEWORKER, CW_FIRST, FAST_KDF).id


def test_added_user_signs_in_with_first_passphrase_and_must_change_it(
    session: VaultSession, clock: FixedClock
) -> None:
    _add_caseworker(session)
    paths = session.paths
    lock(session)
    cw = unlock(paths, CW_NAME, CW_FIRST, clock)
    assert cw.user.role is Role.CASEWORKER
    assert cw.user.must_change_passphrase
    change_own_passphrase(cw, CW_FIRST, CW_OWN, FAST_KDF)
    assert not cw.user.must_change_passphrase
    lock(cw)
    clock.advance(seconds=60)
    with pytest.raises(KnownError) as err:
        unlock(paths, CW_NAME, CW_FIRST, clock)
    assert err.value.code is ErrorCode.WRONG_PASSPHRASE
    clock.advance(seconds=60)
    again = unlock(paths, CW_NAME, CW_OWN, clock)
    assert not again.user.must_change_passphrase
    again.close()


def test_adding_a_user_is_audited_without_the_name(session: VaultSession) -> None:
    user_id = _add_caseworker(session)
    events = audit.query_events(session.conn, action=Action.USER_ADDED)
    assert events[0].record_id == str(user_id)
    assert CW_NAME not in repr(events[0])


def test_duplicate_name_is_refused(session: VaultSession) -> None:
    _add_caseworker(session)
    with pytest.raises(KnownError) as err:
        _add_caseworker(session, "  camille   TREMBLAY ")
    assert err.value.code is ErrorCode.DUPLICATE_USER


def test_weak_first_passphrase_is_refused(session: VaultSession) -> None:
    with pytest.raises(KnownError) as err:
        add_user(session, CW_NAME, Role.CASEWORKER, "short", FAST_KDF)
    assert err.value.code is ErrorCode.WEAK_PASSPHRASE
    assert len(KeySlotFile.load(session.paths.keyslots).slots) == 2


def test_reset_passphrase_gives_a_new_slot_that_must_be_changed(
    session: VaultSession, clock: FixedClock
) -> None:
    user_id = _add_caseworker(session)
    old_slot = KeySlotFile.load(session.paths.keyslots).user_slot(CW_NAME)
    reset_passphrase(session, user_id, "lemon bicycle quartz meadow", FAST_KDF)
    new_slot = KeySlotFile.load(session.paths.keyslots).user_slot(CW_NAME)
    assert old_slot is not None and new_slot is not None and new_slot.id != old_slot.id
    paths = session.paths
    lock(session)
    cw = unlock(paths, CW_NAME, "lemon bicycle quartz meadow", clock)
    assert cw.user.must_change_passphrase
    cw.close()


def test_caseworker_is_refused_every_coordinator_use_case(
    session: VaultSession, clock: FixedClock
) -> None:
    _add_caseworker(session)
    paths = session.paths
    admin_id = session.user.id
    lock(session)
    cw = unlock(paths, CW_NAME, CW_FIRST, clock)
    calls = [
        lambda: list_accounts(cw),
        lambda: add_user(cw, "Another Person", Role.CASEWORKER, CW_OWN, FAST_KDF),
        lambda: reset_passphrase(cw, admin_id, CW_OWN, FAST_KDF),
        lambda: change_role(cw, cw.user.id, Role.COORDINATOR),
        lambda: remove_user(cw, admin_id),
    ]
    for call in calls:
        with pytest.raises(KnownError) as err:
            call()
        assert err.value.code is ErrorCode.NOT_ALLOWED
    cw.close()


def test_last_coordinator_cannot_be_demoted_or_removed(session: VaultSession) -> None:
    with pytest.raises(KnownError) as err:
        change_role(session, session.user.id, Role.CASEWORKER)
    assert err.value.code is ErrorCode.LAST_COORDINATOR
    other = add_user(session, "Second Coordinator", Role.COORDINATOR, CW_FIRST, FAST_KDF)
    change_role(session, other.id, Role.CASEWORKER)
    with pytest.raises(KnownError) as err:
        change_role(session, session.user.id, Role.CASEWORKER)
    assert err.value.code is ErrorCode.LAST_COORDINATOR


def test_a_coordinator_cannot_remove_their_own_account(session: VaultSession) -> None:
    add_user(session, "Second Coordinator", Role.COORDINATOR, CW_FIRST, FAST_KDF)
    with pytest.raises(KnownError) as err:
        remove_user(session, session.user.id)
    assert err.value.code is ErrorCode.NOT_ALLOWED


def test_removing_a_user_rekeys_so_their_old_slot_opens_nothing(
    created_vault: CreatedVault, clock: FixedClock, tmp_path: Path
) -> None:
    session = created_vault.session
    user_id = _add_caseworker(session)
    paths = session.paths
    old_slots = KeySlotFile.load(paths.keyslots)
    old_slot = old_slots.user_slot(CW_NAME)
    assert old_slot is not None
    old_master = old_slots.unwrap(old_slot, CW_FIRST)
    worker_conn = session.connect()

    remove_user(session, user_id)

    with pytest.raises(ProgrammingError):
        worker_conn.execute("SELECT 1").fetchone()  # closed before the re-key
    # The removed user's saved slot copy yields the old key, which opens nothing now.
    with pytest.raises(KnownError) as err:
        connect(paths.db, old_master)
    assert err.value.code is ErrorCode.NOT_A_VAULT
    assert KeySlotFile.load(paths.keyslots).user_slot(CW_NAME) is None
    assert all(len(s.sealed) == 1 for s in KeySlotFile.load(paths.keyslots).slots)
    assert [e.action for e in audit.query_events(session.conn, limit=2)] == [
        Action.VAULT_REKEYED,
        Action.USER_REMOVED,
    ]
    lock(session)
    # Everyone else keeps their passphrase, and the recovery key keeps working.
    admin = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    lock(admin)
    with pytest.raises(KnownError) as err:
        unlock(paths, CW_NAME, CW_FIRST, clock)
    assert err.value.code is ErrorCode.WRONG_PASSPHRASE
    clock.advance(seconds=60)
    recovered = unlock_with_recovery(
        paths,
        ADMIN_NAME,
        created_vault.recovery_key,
        "new admin phrase for spring",
        FAST_KDF,
        clock,
    )
    recovered.close()


def test_removed_name_can_be_given_to_a_new_account(session: VaultSession) -> None:
    user_id = _add_caseworker(session)
    remove_user(session, user_id)
    again = _add_caseworker(session)
    assert again != user_id
    assert [u.name for u in list_accounts(session)] == [CW_NAME, ADMIN_NAME]


def test_crash_between_slot_file_and_rekey_still_opens(
    session: VaultSession, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new key is in the slot file before PRAGMA rekey; a crash then leaves both."""
    user_id = _add_caseworker(session)
    paths = session.paths

    def crash(*_a: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr("intake_app.vault.rekey.rekey", crash)
    known_to_the_removed = session.master_key_copy()
    with pytest.raises(RuntimeError):
        remove_user(session, user_id)
    session.close()
    assert all(len(s.sealed) == 2 for s in KeySlotFile.load(paths.keyslots).slots)
    monkeypatch.undo()
    admin = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    # The unlock finished the removal (the journal): re-keyed, one sealed key each.
    actions = [e.action for e in audit.query_events(admin.conn, limit=5)]
    assert Action.VAULT_REKEYED in actions
    assert all(len(s.sealed) == 1 for s in KeySlotFile.load(paths.keyslots).slots)
    lock(admin)
    with pytest.raises(KnownError):
        connect(paths.db, known_to_the_removed)


def test_change_own_passphrase_needs_the_current_one(session: VaultSession) -> None:
    with pytest.raises(KnownError) as err:
        change_own_passphrase(session, "not my passphrase at all", CW_OWN, FAST_KDF)
    assert err.value.code is ErrorCode.WRONG_PASSPHRASE


def test_a_copied_data_folder_before_removal_still_needs_the_old_key(
    session: VaultSession, tmp_path: Path, clock: FixedClock
) -> None:
    """A copy taken before removal is the removed user's to open (it is their old data);
    the live vault is not."""
    _add_caseworker(session)
    copy = tmp_path / "copy"
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(session.paths.data_dir, copy)
    user = next(u for u in list_accounts(session) if u.name == CW_NAME)
    remove_user(session, user.id)
    old = KeySlotFile.load(copy / "keyslots.json")
    slot = old.user_slot(CW_NAME)
    assert slot is not None
    old_master = old.unwrap(slot, CW_FIRST)
    connect(copy / "vault.db", old_master).close()
    with pytest.raises(KnownError):
        connect(session.paths.db, old_master)
