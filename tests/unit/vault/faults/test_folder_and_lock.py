"""Finding 6 (lock) and 7 (folder): deleting `vault.lock` under a running program does
not let a second one in, and a data folder this account cannot use is worded as such —
and its permissions are never changed silently."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.instance_lock import InstanceLock
from intake_app.vault.paths import VaultPaths


def test_a_deleted_lock_file_does_not_let_a_second_writer_in(tmp_path: Path) -> None:
    paths = VaultPaths(tmp_path / "data")
    paths.ensure_dir()
    first = InstanceLock(paths.lock)
    first.acquire()
    try:
        paths.lock.unlink()
        with pytest.raises(KnownError) as err:
            InstanceLock(paths.lock).acquire()
        assert err.value.code is ErrorCode.VAULT_IN_USE
    finally:
        first.release()
    again = InstanceLock(paths.lock)
    again.acquire()  # released: the next program gets in
    again.release()


def test_an_existing_folder_keeps_the_permissions_it_has(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o750)
    os.chmod(folder, 0o750)
    VaultPaths(folder).ensure_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o750


def test_a_new_folder_is_owner_only(tmp_path: Path) -> None:
    paths = VaultPaths(tmp_path / "new")
    paths.ensure_dir()
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700


def test_a_folder_this_account_cannot_use_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root a mode-000 folder is still usable, so `os.access` answers as for a user."""
    folder = tmp_path / "locked"
    folder.mkdir()
    os.chmod(folder, 0)
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    try:
        with pytest.raises(KnownError) as err:
            VaultPaths(folder).ensure_dir()
        assert err.value.code is ErrorCode.FOLDER_NOT_WRITABLE
        assert stat.S_IMODE(folder.stat().st_mode) == 0  # not chmodded back
    finally:
        os.chmod(folder, 0o700)


def test_a_read_only_data_folder_fails_the_lock_in_words(tmp_path: Path) -> None:
    """A read-only mount refuses even root: a small tmpfs remounted read-only."""
    import subprocess

    mnt = tmp_path / "ro"
    mnt.mkdir()
    if (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", str(mnt)], capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("mounting a tmpfs needs root (CAP_SYS_ADMIN) on this machine")
    try:
        with pytest.raises(KnownError) as err:
            InstanceLock(mnt / "vault.lock").acquire()
        assert err.value.code is ErrorCode.FOLDER_NOT_WRITABLE
        assert "read-only" in err.value.cli_text()
    finally:
        subprocess.run(["umount", str(mnt)], check=False)
