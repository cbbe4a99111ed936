"""Finding 2: a kill during passphrase recovery or a coordinator's reset never breaks
that user's unlock. Before the journal, the new slot was saved beside the old one with the
same name tag; `user_slot` returned the old one, so the new passphrase was "wrong" and a
second recovery "succeeded" without helping."""

from __future__ import annotations

import json

import pytest

from intake_app.clock import FixedClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.keyslots import KeySlotFile
from intake_app.vault.lifecycle import lock, open_for_check, unlock, unlock_with_recovery
from tests.conftest import FAST_KDF
from tests.unit.vault.faults.conftest import (
    ADMIN_NAME,
    ADMIN_PASSPHRASE,
    WORKER,
    WORKER_PASSPHRASE,
    KillAt,
    Vault,
)

NEW = "orchid tunnel baker seventy"
LATER = "quartz meadow lantern eleven"
STEPS = ("slot-replace:intent-saved", "slot-replace:committed")


def _opens(vault: Vault, clock: FixedClock, passphrase: str) -> bool:
    try:
        lock(unlock(vault.paths, WORKER, passphrase, clock))
    except KnownError as exc:
        assert exc.code is ErrorCode.WRONG_PASSPHRASE
        clock.advance(seconds=120)  # past the back-off
        return False
    return True


def _assert_settled(vault: Vault) -> None:
    slots = KeySlotFile.load(vault.paths.keyslots)
    assert slots.intent is None
    assert len(slots.user_slots(WORKER)) == 1
    assert not slots.stale_sealed()
    assert "intent" not in json.loads(vault.paths.keyslots.read_bytes())


def _everyone_else_opens(vault: Vault, clock: FixedClock) -> None:
    lock(unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock))
    checked = open_for_check(vault.paths, vault.recovery_key, None)
    assert checked.report.ok, checked.report.problems
    checked.discard()


@pytest.mark.parametrize("step", STEPS)
def test_killed_recovery_leaves_exactly_one_passphrase_working(
    vault: Vault, kill_at: KillAt, clock: FixedClock, step: str
) -> None:
    kill_at(step, "recover", str(vault.paths.data_dir), WORKER, vault.recovery_key, NEW)
    committed = step == "slot-replace:committed"
    assert _opens(vault, clock, NEW) is committed
    assert _opens(vault, clock, WORKER_PASSPHRASE) is not committed
    _assert_settled(vault)
    _everyone_else_opens(vault, clock)
    # A second recovery really helps.
    lock(unlock_with_recovery(vault.paths, WORKER, vault.recovery_key, LATER, FAST_KDF, clock))
    assert _opens(vault, clock, LATER)
    _assert_settled(vault)


@pytest.mark.parametrize("step", STEPS)
def test_killed_reset_leaves_exactly_one_passphrase_working(
    vault: Vault, kill_at: KillAt, clock: FixedClock, step: str
) -> None:
    kill_at(step, "reset", str(vault.paths.data_dir), ADMIN_NAME, ADMIN_PASSPHRASE, WORKER, NEW)
    committed = step == "slot-replace:committed"
    assert _opens(vault, clock, NEW) is committed
    assert _opens(vault, clock, WORKER_PASSPHRASE) is not committed
    _assert_settled(vault)
    _everyone_else_opens(vault, clock)


def test_recovery_without_a_kill_runs_to_the_end(
    vault: Vault, kill_at: KillAt, clock: FixedClock
) -> None:
    kill_at(None, "recover", str(vault.paths.data_dir), WORKER, vault.recovery_key, NEW)
    assert _opens(vault, clock, NEW)
    _assert_settled(vault)
