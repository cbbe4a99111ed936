"""Creating, unlocking, recovering and locking a vault."""

from __future__ import annotations

import sqlite3

import pytest

from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import audit
from intake_app.vault.lifecycle import (
    CreatedVault,
    change_passphrase,
    lock,
    normalise_recovery_key,
    unlock,
    unlock_with_recovery,
)
from intake_app.vault.paths import VaultPaths
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE, FAST_KDF


def _reopen(
    paths: VaultPaths, clock: FixedClock, name: str = ADMIN_NAME, passphrase: str = ADMIN_PASSPHRASE
):
    return unlock(paths, name, passphrase, clock)


def test_created_vault_is_not_readable_as_plain_sqlite(created_vault: CreatedVault) -> None:
    paths = created_vault.session.paths
    lock(created_vault.session)
    plain = sqlite3.connect(paths.db)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def test_unlock_with_right_passphrase_signs_in_the_coordinator(
    created_vault: CreatedVault, clock: FixedClock
) -> None:
    paths = created_vault.session.paths
    lock(created_vault.session)
    session = _reopen(paths, clock)
    assert session.user.name == ADMIN_NAME
    assert session.user.is_coordinator
    actions = [e.action for e in audit.query_events(session.conn)]
    assert actions == [
        Action.UNLOCKED,
        Action.LOCKED,
        Action.ORG_KEY_CREATED,
        Action.RECOVERY_KEY_SET,
        Action.VAULT_CREATED,
    ]
    session.close()


def test_user_name_is_matched_without_regard_to_case_or_spaces(
    created_vault: CreatedVault, clock: FixedClock
) -> None:
    paths = created_vault.session.paths
    lock(created_vault.session)
    session = _reopen(paths, clock, name="  test   COORDINATOR ")
    assert session.user.name == ADMIN_NAME
    session.close()


def test_wrong_passphrase_is_refused_and_counted(
    created_vault: CreatedVault, clock: FixedClock
) -> None:
    paths = created_vault.session.paths
    lock(created_vault.session)
    with pytest.raises(KnownError) as err:
        _reopen(paths, clock, passphrase="not the passphrase at all")
    assert err.value.code is ErrorCode.WRONG_PASSPHRASE
    with pytest.raises(KnownError) as err:
        _reopen(paths, clock)
    assert err.value.code is ErrorCode.UNLOCK_THROTTLED
    clock.advance(seconds=2)
    session = _reopen(paths, clock)
    failed = audit.query_events(session.conn, action=Action.UNLOCK_FAILED)
    assert failed[0].detail == {"count": 1}
    session.close()


def test_unknown_user_reads_as_wrong_passphrase(
    created_vault: CreatedVault, clock: FixedClock
) -> None:
    paths = created_vault.session.paths
    lock(created_vault.session)
    with pytest.raises(KnownError) as err:
        _reopen(paths, clock, name="Nobody Here")
    assert err.value.code is ErrorCode.WRONG_PASSPHRASE


def test_empty_passphrase_is_refused_before_any_work(
    created_vault: CreatedVault, clock: FixedClock
) -> None:
    paths = created_vault.session.paths
    lock(created_vault.session)
    with pytest.raises(KnownError) as err:
        _reopen(paths, clock, passphrase="")
    assert err.value.code is ErrorCode.EMPTY_PASSPHRASE


def test_recovery_key_opens_the_vault_and_sets_a_new_passphrase(
    created_vault: CreatedVault, clock: FixedClock
) -> None:
    paths = created_vault.session.paths
    lock(created_vault.session)
    typed = created_vault.recovery_key.lower().replace("-", " ")
    session = unlock_with_recovery(
        paths, ADMIN_NAME, typed, "a brand new long passphrase", FAST_KDF, clock
    )
    assert [e.action for e in audit.query_events(session.conn)][:2] == [
        Action.UNLOCKED,
        Action.RECOVERY_KEY_USED,
    ]
    lock(session)
    with pytest.raises(KnownError):
        _reopen(paths, clock)
    clock.advance(seconds=5)
    _reopen(paths, clock, passphrase="a brand new long passphrase").close()


def test_wrong_recovery_key_is_refused(created_vault: CreatedVault, clock: FixedClock) -> None:
    paths = created_vault.session.paths
    lock(created_vault.session)
    with pytest.raises(KnownError) as err:
        unlock_with_recovery(
            paths,
            ADMIN_NAME,
            "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
            "a brand new long passphrase",
            FAST_KDF,
            clock,
        )
    assert err.value.code is ErrorCode.WRONG_RECOVERY_KEY


def test_recovery_key_typing_mistakes_are_forgiven() -> None:
    assert normalise_recovery_key("abcd efgh-ijkl") == "ABCD-EFGH-1JK1"
    assert normalise_recovery_key("o0o0") == "0000"


def test_change_passphrase_needs_the_current_one(
    created_vault: CreatedVault, clock: FixedClock
) -> None:
    session = created_vault.session
    with pytest.raises(KnownError) as err:
        change_passphrase(session, "wrong current one", "another good passphrase", FAST_KDF)
    assert err.value.code is ErrorCode.WRONG_PASSPHRASE
    change_passphrase(session, ADMIN_PASSPHRASE, "another good long passphrase", FAST_KDF)
    paths = session.paths
    lock(session)
    _reopen(paths, clock, passphrase="another good long passphrase").close()


def test_weak_passphrase_is_refused_at_creation(tmp_path, clock: FixedClock) -> None:
    from intake_app.vault.lifecycle import create_vault

    paths = VaultPaths(tmp_path / "v")
    with pytest.raises(KnownError) as err:
        create_vault(
            paths,
            org_name="Org",
            org_address="",
            admin_name="Ana",
            passphrase="password123",
            policy=FAST_KDF,
            clock=clock,
        )
    assert err.value.code is ErrorCode.WEAK_PASSPHRASE
    assert not paths.db.exists()


def test_second_vault_is_not_created_over_the_first(
    created_vault: CreatedVault, clock: FixedClock
) -> None:
    from intake_app.vault.lifecycle import create_vault

    with pytest.raises(KnownError) as err:
        create_vault(
            created_vault.session.paths,
            org_name="Other",
            org_address="",
            admin_name="Someone Else",
            passphrase="correct horse battery staple",
            policy=FAST_KDF,
            clock=clock,
        )
    assert err.value.code is ErrorCode.FOLDER_NOT_EMPTY


def test_audit_chain_is_intact_after_normal_use(created_vault: CreatedVault) -> None:
    report = audit.verify_chain(created_vault.session.conn)
    assert report.intact and report.events == 3  # created, recovery key, organization key


def test_edited_audit_event_breaks_the_chain(created_vault: CreatedVault) -> None:
    session = created_vault.session
    with session.write() as conn:
        session.audit(conn, Action.CLIENT_VIEWED, "client", 7)
        session.audit(conn, Action.CLIENT_VIEWED, "client", 8)
    with session.write() as conn:
        conn.execute("UPDATE audit SET record_id = '9' WHERE id = 2")
    assert audit.verify_chain(session.conn).broken_at == 2


def test_removed_last_audit_event_is_detected(created_vault: CreatedVault) -> None:
    session = created_vault.session
    with session.write() as conn:
        session.audit(conn, Action.CLIENT_VIEWED, "client", 7)
    with session.write() as conn:
        conn.execute("DELETE FROM audit WHERE id = 2")
    assert not audit.verify_chain(session.conn).intact
