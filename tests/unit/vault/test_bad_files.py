"""A damaged, foreign or missing file where the vault should be: a clear error, and the
file is left exactly as it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from intake_app.clock import FixedClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.instance_lock import InstanceLock
from intake_app.vault.lifecycle import CreatedVault, lock, unlock
from intake_app.vault.paths import VaultPaths
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def locked_paths(created_vault: CreatedVault) -> VaultPaths:
    paths = created_vault.session.paths
    lock(created_vault.session)
    return paths


def _replace_db(paths: VaultPaths, content: bytes) -> str:
    for sidecar in paths.sidecars():
        sidecar.unlink(missing_ok=True)
    paths.db.write_bytes(content)
    return _digest(paths.db)


def _plain_sqlite_bytes(tmp_path: Path) -> bytes:
    plain = tmp_path / "plain.db"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    return plain.read_bytes()


@pytest.mark.parametrize("kind", ["zero-bytes", "random-bytes", "truncated", "plain-sqlite"])
def test_damaged_or_foreign_vault_file_is_refused_and_left_unchanged(
    locked_paths: VaultPaths, clock: FixedClock, tmp_path: Path, kind: str
) -> None:
    original = locked_paths.db.read_bytes()
    content = {
        "zero-bytes": b"",
        "random-bytes": os.urandom(64 * 1024),
        "truncated": original[: len(original) // 3 or 100],
        "plain-sqlite": _plain_sqlite_bytes(tmp_path),
    }[kind]
    before = _replace_db(locked_paths, content)
    with pytest.raises(KnownError) as err:
        unlock(locked_paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert err.value.code is ErrorCode.NOT_A_VAULT
    assert _digest(locked_paths.db) == before


def test_missing_key_slot_file_says_so(locked_paths: VaultPaths, clock: FixedClock) -> None:
    locked_paths.keyslots.unlink()
    before = _digest(locked_paths.db)
    with pytest.raises(KnownError) as err:
        unlock(locked_paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert err.value.code is ErrorCode.KEYSLOTS_MISSING
    assert _digest(locked_paths.db) == before


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "other"}', b"\xff\xfe"])
def test_damaged_key_slot_file_says_so(
    locked_paths: VaultPaths, clock: FixedClock, content: bytes
) -> None:
    locked_paths.keyslots.write_bytes(content)
    with pytest.raises(KnownError) as err:
        unlock(locked_paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert err.value.code is ErrorCode.KEYSLOTS_DAMAGED


def test_missing_vault_is_not_created_by_unlocking(tmp_path: Path, clock: FixedClock) -> None:
    paths = VaultPaths(tmp_path / "nothing")
    with pytest.raises(KnownError) as err:
        unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert err.value.code is ErrorCode.VAULT_MISSING
    assert not paths.db.exists()


def test_second_instance_is_told_the_vault_is_in_use(locked_paths: VaultPaths) -> None:
    with InstanceLock(locked_paths.lock):
        second = InstanceLock(locked_paths.lock)
        # filelock is re-entrant within one process for the same object only; a fresh
        # object on the same path stands for another program.
        with pytest.raises(KnownError) as err:
            second.acquire()
        assert err.value.code is ErrorCode.VAULT_IN_USE
    with InstanceLock(locked_paths.lock) as again:
        assert again.held
