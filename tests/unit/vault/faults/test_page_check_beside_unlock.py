"""A large vault's page check runs beside the unlock (issue 21: about 2 s at a million
clients): a damaged page still means nothing is ever written, and a clean vault records
the sign-in once the whole file has checked clean."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from intake_app.clock import FixedClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import lifecycle, page_check
from intake_app.vault.database import Connection
from intake_app.vault.lifecycle import lock, unlock
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE
from tests.helpers.vault import vault_digest
from tests.unit.vault.faults.test_damaged_pages import _damage, filled  # noqa: F401


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Every file counts as large, and the check waits until the test sets the event
    (as a 2-second check of a large file would still be running)."""
    monkeypatch.setattr(lifecycle, "FULL_CHECK_BYTES", 0)
    go = threading.Event()
    real = page_check.damaged_pages

    def slow(conn: Connection) -> int:
        go.wait(30)
        return real(conn)

    monkeypatch.setattr(page_check, "damaged_pages", slow)
    yield go
    go.set()


def _sign_ins(session: VaultSession) -> int:
    row = session.conn.execute("SELECT count(*) FROM audit WHERE action = 'unlocked'")
    return int(row.fetchone()[0])


def _opened_while_checking(paths: VaultPaths, clock: FixedClock) -> VaultSession:
    session = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert session.page_check is not None and not session.page_check.done
    return session


@pytest.mark.parametrize("page", [20, 40])
def test_a_damaged_page_found_beside_the_unlock_refuses_every_write(
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    held: threading.Event,
    page: int,
) -> None:
    before = _damage(filled, page)
    try:
        session = _opened_while_checking(filled, clock)
    except KnownError as exc:  # the damage was on a page the unlock itself read
        assert exc.code in (ErrorCode.VAULT_DAMAGED, ErrorCode.NOT_A_VAULT)
    else:
        held.set()
        with pytest.raises(KnownError) as err, session.write():
            pass
        assert err.value.code is ErrorCode.VAULT_DAMAGED
        assert "restore" in err.value.cli_text().lower()
        lock(session)
    assert vault_digest(filled) == before


def test_a_clean_large_vault_records_the_sign_in_only_after_the_check(
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    held: threading.Event,
) -> None:
    held.set()
    first = unlock(filled, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert first.page_check is not None
    first.page_check.join()
    signed = _sign_ins(first)
    lock(first)
    held.clear()
    session = _opened_while_checking(filled, clock)
    assert _sign_ins(session) == signed  # nothing written yet
    held.set()
    assert session.page_check is not None
    session.page_check.join()
    assert _sign_ins(session) == signed + 1
    with session.write() as conn:  # the check passed: writes go through
        conn.execute("SELECT 1")
    lock(session)


def test_locking_while_the_check_runs_writes_nothing(
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    held: threading.Event,
) -> None:
    before = vault_digest(filled)
    session = _opened_while_checking(filled, clock)
    held.set()
    lock(session)  # cancels the check (or it passed meanwhile and the lock is recorded)
    assert session.closed
    if session.page_check is not None and not session.page_check.passed:
        assert vault_digest(filled) == before


def test_a_re_key_waits_for_the_check_and_is_refused_on_damage(
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    held: threading.Event,
) -> None:
    """PRAGMA rekey rewrites every page without going through `session.write`."""
    from intake_app.vault.rekey import rekey_vault

    before = _damage(filled, 40)
    try:
        session = _opened_while_checking(filled, clock)
    except KnownError as exc:
        assert exc.code in (ErrorCode.VAULT_DAMAGED, ErrorCode.NOT_A_VAULT)
    else:
        held.set()
        with pytest.raises(KnownError) as err:
            rekey_vault(session)
        assert err.value.code is ErrorCode.VAULT_DAMAGED
        lock(session)
    assert vault_digest(filled) == before
