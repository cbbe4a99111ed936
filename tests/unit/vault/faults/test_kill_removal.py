"""Finding 3: an interrupted removal is finished by the next unlock (or `check`): the
database leaves the old master key, so the removed person's old copy of the key file opens
nothing, every remaining user and the recovery key still open it, and no slot keeps more
than one sealed key."""

from __future__ import annotations

import pytest

from intake_app.clock import FixedClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import rekey
from intake_app.vault.database import connect
from intake_app.vault.keyslots import KeySlotFile
from intake_app.vault.lifecycle import lock, open_for_check, unlock
from tests.helpers.cli import run_intake_app
from tests.unit.vault.faults.conftest import (
    ADMIN_NAME,
    ADMIN_PASSPHRASE,
    WORKER,
    WORKER_PASSPHRASE,
    KillAt,
    Vault,
)

STEPS = (
    "rekey:intent-committed",
    "rekey:file-has-both-keys",
    "rekey:database-rekeyed",
    "rekey:file-has-new-key",
)


def _old_copy_opens_nothing(vault: Vault) -> None:
    old = KeySlotFile.from_bytes(vault.worker_slot_file)
    slot = old.user_slot(WORKER)
    assert slot is not None
    for key in old.open_slot(slot, WORKER_PASSPHRASE).masters:
        with pytest.raises(KnownError) as err:
            connect(vault.paths.db, key).close()
        assert err.value.code is ErrorCode.NOT_A_VAULT


def _settled(vault: Vault) -> None:
    slots = KeySlotFile.load(vault.paths.keyslots)
    assert slots.user_slot(WORKER) is None
    assert not slots.stale_sealed()
    assert len(slots.macs) == 1
    assert len(slots.slots) == 2  # the coordinator and the recovery key


@pytest.mark.parametrize("step", STEPS)
def test_unlock_finishes_an_interrupted_removal(
    vault: Vault, kill_at: KillAt, clock: FixedClock, step: str
) -> None:
    kill_at(step, "remove", str(vault.paths.data_dir), ADMIN_NAME, ADMIN_PASSPHRASE, WORKER)
    session = unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert rekey.pending(session.conn) is None
    lock(session)
    _old_copy_opens_nothing(vault)
    _settled(vault)
    checked = open_for_check(vault.paths, vault.recovery_key, None)
    assert checked.report.ok, checked.report.problems
    checked.discard()
    with pytest.raises(KnownError) as err:
        unlock(vault.paths, WORKER, WORKER_PASSPHRASE, clock)
    assert err.value.code is ErrorCode.WRONG_PASSPHRASE


def test_removal_without_a_kill_leaves_one_sealed_key_per_slot(
    vault: Vault, kill_at: KillAt, clock: FixedClock
) -> None:
    kill_at(None, "remove", str(vault.paths.data_dir), ADMIN_NAME, ADMIN_PASSPHRASE, WORKER)
    _old_copy_opens_nothing(vault)
    _settled(vault)


@pytest.mark.parametrize("step", ["rekey:intent-committed", "rekey:file-has-both-keys"])
def test_cli_check_finishes_an_interrupted_removal_once_everything_verified(
    vault: Vault, kill_at: KillAt, step: str
) -> None:
    kill_at(step, "remove", str(vault.paths.data_dir), ADMIN_NAME, ADMIN_PASSPHRASE, WORKER)
    done = run_intake_app(
        "check", "--data-dir", str(vault.paths.data_dir), "--passphrase-stdin",
        "--user", ADMIN_NAME, stdin=ADMIN_PASSPHRASE + "\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "finished: an interrupted re-key" in done.stdout
    _old_copy_opens_nothing(vault)
    _settled(vault)
