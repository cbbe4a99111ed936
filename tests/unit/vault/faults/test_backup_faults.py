"""Finding 6 (backups): work files live in the target folder, a full target is "disk
full", `.partial` files of a killed backup go at the next one, `--keep` counts complete
backups only."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake_app.clock import FixedClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.backup import create_backup
from intake_app.vault.backup_format import list_backups
from intake_app.vault.lifecycle import lock, unlock
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE
from tests.unit.vault.faults.conftest import KillAt, Vault


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable_]:
    mounted: list[Path] = []

    def mount(name: str, size_kib: int) -> Path:
        point = tmp_path / name
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(point)],
            capture_output=True,
        )
        if done.returncode != 0:
            pytest.skip("a small tmpfs needs root (CAP_SYS_ADMIN): cannot fill a disk here")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=False)


Callable_ = object  # the fixture returns mount(name, size_kib) -> Path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_full_target_is_reported_as_disk_full_and_leaves_nothing(
    vault: Vault, clock: FixedClock, small_disk
) -> None:
    target = small_disk("usb", 64)  # smaller than the vault
    session = unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    try:
        with pytest.raises(KnownError) as err:
            create_backup(session, target)
        assert err.value.code is ErrorCode.DISK_FULL
        assert "disk is full" in err.value.cli_text().lower()
    finally:
        lock(session)
    assert list(target.iterdir()) == []
    assert [p.name for p in vault.paths.data_dir.iterdir() if p.name.startswith(".backup")] == []


def test_a_backup_needs_no_free_space_in_the_data_folder(
    vault: Vault, clock: FixedClock, small_disk, tmp_path: Path
) -> None:
    """The data folder on a disk with room for the vault only, not a second copy."""
    import shutil

    size_kib = sum(p.stat().st_size for p in vault.paths.data_dir.iterdir() if p.is_file()) // 1024
    data = small_disk("data", size_kib + 160)
    for entry in vault.paths.data_dir.iterdir():
        shutil.copy2(entry, data / entry.name)
    from intake_app.vault.paths import VaultPaths

    paths = VaultPaths(data)
    session = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    try:
        result = create_backup(session, tmp_path)
    finally:
        lock(session)
    assert result.path.exists() and _leftovers(tmp_path) == []


def test_a_killed_backup_leaves_a_partial_that_the_next_one_removes(
    vault: Vault, kill_at: KillAt, clock: FixedClock, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    kill_at(
        "backup:partial-written",
        "backup",
        str(vault.paths.data_dir),
        ADMIN_NAME,
        ADMIN_PASSPHRASE,
        str(folder),
    )
    assert any(n.endswith(".partial") for n in _leftovers(folder))
    assert list_backups(folder) == []
    session = unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    try:
        first = create_backup(session, folder)
        clock.advance(seconds=5)
        (folder / "passerelle-2026-03-11-000000.pbk").write_bytes(b"PK\x03\x04cut short")
        clock.advance(seconds=5)
        second = create_backup(session, folder, keep=2)
    finally:
        lock(session)
    assert _leftovers(folder) == []
    assert first.path.exists() and second.path.exists()
    assert second.pruned == 0  # the cut-short file is not one of the two to keep


def _fill(folder: Path) -> None:
    """Take every free byte of the disk under `folder` (unbuffered, so nothing is left)."""
    import os

    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                continue
    finally:
        os.close(fd)


def test_a_full_data_disk_opens_read_only_so_people_can_read_and_back_up(
    vault: Vault, clock: FixedClock, small_disk, tmp_path: Path
) -> None:
    import shutil

    from intake_app.vault.paths import VaultPaths

    data = small_disk("full", 2048)
    for entry in vault.paths.data_dir.iterdir():
        shutil.copy2(entry, data / entry.name)
    paths = VaultPaths(data)
    _fill(data)
    session = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    try:
        assert session.read_only
        assert session.conn.execute("SELECT count(*) FROM users").fetchone()[0] == 2
        result = create_backup(session, tmp_path)  # to another drive
        assert result.path.exists()
    finally:
        lock(session)
    (data / "filler").unlink()
    session = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert not session.read_only
    lock(session)
