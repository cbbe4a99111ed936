"""A large vault's page check runs beside the unlock (issue 21: about 3 s at a million
clients): a damaged page still means nothing is ever written, and a clean vault records
the sign-in once the whole file has checked clean."""

from __future__ import annotations

import pytest

from intake_app.clock import FixedClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import lifecycle
from intake_app.vault.lifecycle import lock, unlock
from intake_app.vault.paths import VaultPaths
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE
from tests.unit.vault.faults.test_damaged_pages import _damage, _digest, filled  # noqa: F401


@pytest.fixture
def beside(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as large."""
    monkeypatch.setattr(lifecycle, "FULL_CHECK_BYTES", 0)


def _unlocks(paths: VaultPaths, clock: FixedClock) -> int:
    """Unlock, wait for the check and what follows it, count the sign-ins recorded."""
    session = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert session.page_check is not None
    session.page_check.join()
    row = session.conn.execute("SELECT count(*) FROM audit WHERE action = 'unlocked'")
    count = int(row.fetchone()[0])
    lock(session)
    return count


@pytest.mark.parametrize("page", [5, 20, 40])
def test_a_damaged_page_found_beside_the_unlock_refuses_every_write(
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    beside: None,
    page: int,
) -> None:
    before = _damage(filled, page)
    try:
        session = unlock(filled, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    except KnownError as exc:  # the damage was on a page the unlock itself read
        assert exc.code in (ErrorCode.VAULT_DAMAGED, ErrorCode.NOT_A_VAULT)
    else:
        assert session.page_check is not None
        with pytest.raises(KnownError) as err, session.write():
            pass
        assert err.value.code is ErrorCode.VAULT_DAMAGED
        assert "restore" in err.value.cli_text().lower()
        lock(session)
    assert _digest(filled) == before


def test_a_clean_large_vault_records_the_sign_in_after_the_check(
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    beside: None,
) -> None:
    first = _unlocks(filled, clock)
    assert _unlocks(filled, clock) == first + 1
    session = unlock(filled, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert session.page_check is not None
    with session.write() as conn:  # waits for the check, which passed: writes go through
        conn.execute("SELECT 1")
    lock(session)


def test_locking_while_the_check_runs_writes_nothing_and_closes(
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    beside: None,
) -> None:
    session = unlock(filled, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    lock(session)
    assert session.closed
    reopened = unlock(filled, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert reopened.page_check is not None
    reopened.page_check.join()
    lock(reopened)
