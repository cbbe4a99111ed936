"""The fault suite: a vault with a coordinator, a caseworker and a recovery key, and a way
to run one operation in a child process that `intake_app.vault.faults` kills at a step."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from intake_app.accounts.manage import add_user
from intake_app.clock import FixedClock
from intake_app.domain.users import Role
from intake_app.vault import faults
from intake_app.vault.lifecycle import CreatedVault, lock
from intake_app.vault.paths import VaultPaths
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE, FAST_KDF

ROOT = Path(__file__).resolve().parents[4]
WORKER = "Sam Worker"
WORKER_PASSPHRASE = "lilac ferry window thunder"


@dataclass
class Vault:
    paths: VaultPaths
    recovery_key: str
    worker_slot_file: bytes  # the key file as it was before any fault (an "old copy")


@pytest.fixture
def vault(created_vault: CreatedVault) -> Vault:
    session = created_vault.session
    add_user(session, WORKER, Role.CASEWORKER, WORKER_PASSPHRASE, FAST_KDF)
    paths = session.paths
    lock(session)
    return Vault(paths, created_vault.recovery_key, paths.keyslots.read_bytes())


KillAt = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def kill_at() -> KillAt:
    """Run the driver with `step` armed; assert that it was indeed killed there."""

    def run(step: str | None, *args: str) -> subprocess.CompletedProcess[str]:
        assert step is None or step in faults.STEPS
        env = dict(os.environ)
        env.pop(faults.ENV, None)
        if step is not None:
            env[faults.ENV] = step
        done = subprocess.run(
            [sys.executable, "-m", "tests.unit.vault.faults.driver", *args],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env=env,
        )
        expected = faults.EXIT_CODE if step is not None else 0
        assert done.returncode == expected, done.stderr[-2000:]
        return done

    return run


__all__ = ["ADMIN_NAME", "ADMIN_PASSPHRASE", "FixedClock", "KillAt", "Vault"]
