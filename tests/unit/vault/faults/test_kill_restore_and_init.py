"""Findings 1 and 5: creating a vault never writes over another's files, and the command
line finishes (rolls back) a restore that a kill interrupted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from intake_app.clock import FixedClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.backup import create_backup
from intake_app.vault.keyslots import KeySlotFile
from intake_app.vault.lifecycle import create_vault, lock, unlock
from intake_app.vault.paths import VaultPaths
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE, FAST_KDF
from tests.helpers.cli import run_intake_app
from tests.unit.vault.faults.conftest import KillAt, Vault

_cli = run_intake_app


def _create(paths: VaultPaths, clock: FixedClock) -> None:
    create_vault(
        paths,
        org_name="Org",
        org_address="",
        admin_name="Another Person",
        passphrase="a different long passphrase",
        policy=FAST_KDF,
        clock=clock,
    ).session.close()


@pytest.mark.parametrize("how", ["missing", "dangling-symlink", "moved-aside"])
def test_init_refuses_a_key_file_whose_database_is_away(
    vault: Vault, clock: FixedClock, tmp_path: Path, how: str
) -> None:
    paths = vault.paths
    before = paths.keyslots.read_bytes()
    away = tmp_path / "unmounted" / "vault.db"
    away.parent.mkdir()
    os.replace(paths.db, away if how != "missing" else tmp_path / "gone.db")
    if how == "dangling-symlink":
        paths.db.symlink_to(tmp_path / "not-mounted" / "vault.db")
    with pytest.raises(KnownError) as err:
        _create(paths, clock)
    assert err.value.code is ErrorCode.FOLDER_NOT_EMPTY
    assert "keyslots.json" in err.value.params["found"]
    assert paths.keyslots.read_bytes() == before
    if how == "moved-aside":  # the drive comes back: the old passphrase opens it
        os.replace(away, paths.db)
        lock(unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock))


@pytest.mark.parametrize("leftover", ["vault.db-wal", "restore-journal.json", ".backup-work-1a2b"])
def test_init_names_any_passerelle_file_it_found(
    tmp_path: Path, clock: FixedClock, leftover: str
) -> None:
    paths = VaultPaths(tmp_path / "data")
    paths.ensure_dir()
    (paths.data_dir / leftover).write_bytes(b"x")
    with pytest.raises(KnownError) as err:
        _create(paths, clock)
    assert leftover in err.value.params["found"]
    assert "restore a backup" in err.value.cli_text().lower()
    assert not paths.keyslots.exists()


def test_cli_init_over_a_lone_key_file_exits_non_zero_and_keeps_it(vault: Vault) -> None:
    paths = vault.paths
    before = paths.keyslots.read_bytes()
    paths.db.unlink()
    done = _cli(
        "init",
        "--data-dir",
        str(paths.data_dir),
        "--org",
        "O",
        "--admin",
        "New Person",
        "--passphrase-stdin",
        stdin="yet another long passphrase here\n",
    )
    assert done.returncode != 0
    assert "keyslots.json" in done.stderr and "overwritten" in done.stderr
    assert paths.keyslots.read_bytes() == before


@pytest.mark.parametrize("step", ["restore:previous-set-aside", "restore:backup-moved-in"])
def test_cli_check_and_backup_roll_back_an_interrupted_restore(
    vault: Vault, kill_at: KillAt, clock: FixedClock, tmp_path: Path, step: str
) -> None:
    paths = vault.paths
    session = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    backup = create_backup(session, tmp_path).path
    lock(session)
    vault_id = KeySlotFile.load(paths.keyslots).vault_id
    kill_at(step, "restore", str(paths.data_dir), str(backup), ADMIN_PASSPHRASE)
    assert (paths.data_dir / "restore-journal.json").exists()
    done = _cli(
        "check",
        "--data-dir",
        str(paths.data_dir),
        "--passphrase-stdin",
        stdin=ADMIN_PASSPHRASE + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert "interrupted restore was rolled back" in done.stderr
    assert not (paths.data_dir / "restore-journal.json").exists()
    assert KeySlotFile.load(paths.keyslots).vault_id == vault_id
    folder = tmp_path / "scheduled"
    folder.mkdir()
    done = _cli(
        "backup",
        "--data-dir",
        str(paths.data_dir),
        "--to",
        str(folder),
        "--passphrase-stdin",
        stdin=ADMIN_PASSPHRASE + "\n",
    )
    assert done.returncode == 0, done.stderr
