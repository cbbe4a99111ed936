"""Damage the background page check finds is told as soon as it is found (the window
shows a band), not only at the next save — and still nothing is ever written."""

from __future__ import annotations

import threading

import pytest

from intake_app.clock import FixedClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.lifecycle import lock, unlock
from intake_app.vault.paths import VaultPaths
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE
from tests.helpers.vault import vault_digest
from tests.unit.vault.faults.test_damaged_pages import _damage, filled  # noqa: F401
from tests.unit.vault.faults.test_page_check_beside_unlock import held  # noqa: F401


@pytest.mark.parametrize("page", [20, 40])
def test_damage_found_after_unlock_is_told_at_once_and_nothing_is_written(
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    held: threading.Event,  # noqa: F811
    page: int,
) -> None:
    before = _damage(filled, page)
    try:
        session = unlock(filled, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    except KnownError as exc:  # the damage was on a page the unlock itself read
        assert exc.code in (ErrorCode.VAULT_DAMAGED, ErrorCode.NOT_A_VAULT)
        assert vault_digest(filled) == before
        return
    check = session.page_check
    assert check is not None and not check.done
    told: list[int] = []
    check.on_damage(told.append)
    assert told == []  # nothing is known yet
    held.set()
    check.join()
    assert len(told) == 1 and told[0] > 0
    late: list[int] = []
    check.on_damage(late.append)  # asked after the check: told at once
    assert late == told
    with pytest.raises(KnownError) as err, session.write():
        pass
    assert err.value.code is ErrorCode.VAULT_DAMAGED
    lock(session)
    assert vault_digest(filled) == before


def test_a_clean_check_tells_nothing(
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    held: threading.Event,  # noqa: F811
) -> None:
    session = unlock(filled, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    check = session.page_check
    assert check is not None
    told: list[int] = []
    check.on_damage(told.append)
    held.set()
    check.join()
    assert check.passed and told == []
    lock(session)


def test_a_cancelled_check_tells_nothing(
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    held: threading.Event,  # noqa: F811
) -> None:
    _damage(filled, 40)
    try:
        session = unlock(filled, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    except KnownError:
        return
    check = session.page_check
    assert check is not None
    told: list[int] = []
    check.on_damage(told.append)
    thread_join = check._thread.join

    def release_then_join(timeout: float | None = None) -> None:  # go on once cancelled
        held.set()
        thread_join(timeout)

    check._thread.join = release_then_join  # type: ignore[method-assign]
    lock(session)
    assert told == []
