"""Encrypted backups and restore: round trips, pruning, and every fault the issue lists."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake_app.accounts.manage import add_user
from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.domain.users import Role
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import audit
from intake_app.vault import backup as backup_mod
from intake_app.vault import restore as restore_mod
from intake_app.vault.backup import (
    automatic_backup_due,
    create_backup,
    run_automatic_backup,
)
from intake_app.vault.backup_format import list_backups
from intake_app.vault.lifecycle import CreatedVault, lock, unlock
from intake_app.vault.paths import VaultPaths
from intake_app.vault.restore import complete_restore, prepare_restore
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import put_setting
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE, FAST_KDF


def _backups(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _set(session: VaultSession, **values: object) -> None:
    with session.write() as conn:
        for key, value in values.items():
            put_setting(conn, key.replace("_", ".", 1), value)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_is_named_by_date_only_and_restores_elsewhere_with_a_passphrase(
    session: VaultSession, tmp_path: Path, clock: FixedClock
) -> None:
    result = create_backup(session, _backups(tmp_path))
    assert result.path.name == "passerelle-2026-03-11-103000.pbk"
    other = VaultPaths(tmp_path / "other-machine")
    prepared = prepare_restore(result.path, other, ADMIN_PASSPHRASE)
    assert prepared.preview.created_at == clock.now()
    assert prepared.preview.counts["users"] == 1
    assert prepared.preview.user_name == ADMIN_NAME
    assert not prepared.preview.same_vault
    complete_restore(prepared, other, clock, replace=False)
    restored = unlock(other, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    actions = [e.action for e in audit.query_events(restored.conn, limit=3)]
    assert actions[:2] == [Action.UNLOCKED, Action.BACKUP_RESTORED]
    assert not any(p.name.startswith(".") for p in other.data_dir.iterdir())
    restored.close()


def test_backup_restores_with_the_recovery_key(
    created_vault: CreatedVault, tmp_path: Path, clock: FixedClock
) -> None:
    result = create_backup(created_vault.session, _backups(tmp_path))
    other = VaultPaths(tmp_path / "other")
    typed = created_vault.recovery_key.lower().replace("-", " ")
    prepared = prepare_restore(result.path, other, typed)
    assert prepared.preview.opened_with_recovery_key
    complete_restore(prepared, other, clock, replace=False)
    unlock(other, ADMIN_NAME, ADMIN_PASSPHRASE, clock).close()


def test_a_caseworkers_passphrase_opens_the_backup_too(
    session: VaultSession, tmp_path: Path
) -> None:
    add_user(session, "Camille Tremblay", Role.CASEWORKER, "orange kettle maple harbour", FAST_KDF)
    result = create_backup(session, _backups(tmp_path))
    other = VaultPaths(tmp_path / "o")
    prepared = prepare_restore(result.path, other, "orange kettle maple harbour")
    assert prepared.preview.user_name == "Camille Tremblay"
    assert prepared.preview.counts["users"] == 2
    prepared.discard()


def test_wrong_passphrase_is_refused_and_leaves_no_unpacked_copy(
    session: VaultSession, tmp_path: Path
) -> None:
    result = create_backup(session, _backups(tmp_path))
    other = VaultPaths(tmp_path / "other")
    with pytest.raises(KnownError) as err:
        prepare_restore(result.path, other, "not the right passphrase")
    assert err.value.code is ErrorCode.WRONG_PASSPHRASE
    assert list(other.data_dir.iterdir()) == []


def test_keep_n_removes_only_the_oldest_backups(
    session: VaultSession, tmp_path: Path, clock: FixedClock
) -> None:
    folder = _backups(tmp_path)
    (folder / "holiday-photo.jpg").write_bytes(b"not ours")
    made = []
    for _ in range(4):
        made.append(create_backup(session, folder, keep=2).path)
        clock.advance(days=1)
    assert list_backups(folder) == [made[3], made[2]]
    assert (folder / "holiday-photo.jpg").exists()


def test_two_backups_in_the_same_second_do_not_overwrite(
    session: VaultSession, tmp_path: Path
) -> None:
    folder = _backups(tmp_path)
    first = create_backup(session, folder).path
    second = create_backup(session, folder).path
    assert first != second and first.exists() and second.exists()


def test_restore_refuses_to_overwrite_without_replace(
    session: VaultSession, tmp_path: Path, clock: FixedClock
) -> None:
    result = create_backup(session, _backups(tmp_path))
    paths = session.paths
    session.close()
    prepared = prepare_restore(result.path, paths, ADMIN_PASSPHRASE)
    assert prepared.preview.same_vault
    with pytest.raises(KnownError) as err:
        complete_restore(prepared, paths, clock, replace=False)
    assert err.value.code is ErrorCode.VAULT_EXISTS


def test_restore_with_replace_brings_back_the_backed_up_state(
    session: VaultSession, tmp_path: Path, clock: FixedClock
) -> None:
    result = create_backup(session, _backups(tmp_path))
    add_user(
        session, "Added After Backup", Role.CASEWORKER, "orange kettle maple harbour", FAST_KDF
    )
    paths = session.paths
    lock(session)
    prepared = prepare_restore(result.path, paths, ADMIN_PASSPHRASE)
    complete_restore(prepared, paths, clock, replace=True)
    back = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    from intake_app.vault.users_repo import list_users

    assert [u.name for u in list_users(back.conn)] == [ADMIN_NAME]
    assert sorted(p.name for p in paths.data_dir.iterdir() if p.name.startswith(".")) == []
    back.close()


# -- faults ---------------------------------------------------------------------------------


def _vault_fingerprint(paths: VaultPaths) -> tuple[str, str]:
    return _sha(paths.db), _sha(paths.keyslots)


def test_full_destination_gives_disk_full_and_leaves_vault_untouched(
    session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _backups(tmp_path)
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _vault_fingerprint(session.paths)
    real = backup_mod.write_archive

    def fill_up(target: Path, *args: object) -> None:
        real(target, *args)  # type: ignore[arg-type]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_mod, "write_archive", fill_up)
    with pytest.raises(KnownError) as err:
        create_backup(session, folder)
    assert err.value.code is ErrorCode.DISK_FULL
    assert list(folder.iterdir()) == []
    assert _vault_fingerprint(session.paths) == before
    assert not [p for p in session.paths.data_dir.iterdir() if p.name.startswith(".")]


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 256 KiB file system (needs root to mount; skipped otherwise)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True, check=False)


def test_real_full_disk_gives_disk_full(session: VaultSession, tiny_disk: Path) -> None:
    stat = os.statvfs(tiny_disk)
    (tiny_disk / "filler").write_bytes(b"\0" * (stat.f_bavail * stat.f_frsize - 20_000))
    with pytest.raises(KnownError) as err:
        create_backup(session, tiny_disk)
    assert err.value.code is ErrorCode.DISK_FULL
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]


def test_real_read_only_destination_is_refused(session: VaultSession, tiny_disk: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    with pytest.raises(KnownError) as err:
        create_backup(session, tiny_disk)
    assert err.value.code is ErrorCode.READ_ONLY


def test_read_only_destination_is_refused(
    session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _backups(tmp_path)

    def refuse(*_a: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(backup_mod, "write_archive", refuse)
    with pytest.raises(KnownError) as err:
        create_backup(session, folder)
    assert err.value.code is ErrorCode.READ_ONLY
    assert list(folder.iterdir()) == []


@pytest.fixture
def one_backup(session: VaultSession, tmp_path: Path) -> Path:
    return create_backup(session, _backups(tmp_path)).path


def _refused(path: Path, tmp_path: Path) -> str:
    with pytest.raises(KnownError) as err:
        prepare_restore(path, VaultPaths(tmp_path / "target"), ADMIN_PASSPHRASE)
    assert err.value.code is ErrorCode.BACKUP_INVALID
    return str(err.value.params["reason"])


def test_truncated_backup_is_refused(one_backup: Path, tmp_path: Path) -> None:
    data = one_backup.read_bytes()
    one_backup.write_bytes(data[: len(data) // 2])
    assert _refused(one_backup, tmp_path) == "truncated"


def test_backup_with_a_flipped_byte_is_refused(one_backup: Path, tmp_path: Path) -> None:
    data = bytearray(one_backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    one_backup.write_bytes(bytes(data))
    assert _refused(one_backup, tmp_path) in {"damaged", "tampered"}


def _rebuild(path: Path, change: dict[str, bytes], manifest_edit: dict[str, str]) -> None:
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members.update(change)
    manifest = json.loads(members["manifest.json"])
    for name, member in (("db_sha256", "vault.db"), ("keyslots_sha256", "keyslots.json")):
        manifest[name] = hashlib.sha256(members[member]).hexdigest()
    manifest.update(manifest_edit)
    members["manifest.json"] = json.dumps(manifest).encode()
    path.unlink()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)


def test_backup_with_edited_pages_and_fixed_hashes_is_refused(
    one_backup: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(one_backup) as z:
        db = bytearray(z.read("vault.db"))
    db[5000] ^= 0x01
    _rebuild(one_backup, {"vault.db": bytes(db)}, {})
    assert _refused(one_backup, tmp_path) == "tampered"


def test_backup_with_an_edited_date_is_refused(one_backup: Path, tmp_path: Path) -> None:
    _rebuild(one_backup, {}, {"created_at": "2030-01-01T00:00:00-05:00"})
    assert _refused(one_backup, tmp_path) == "tampered"


def test_a_file_that_is_not_a_backup_is_refused(tmp_path: Path) -> None:
    stray = tmp_path / "passerelle-2026-01-01-000000.pbk"
    stray.write_bytes(os.urandom(4096))
    assert _refused(stray, tmp_path) == "not-a-backup"


def test_interrupted_restore_puts_the_previous_vault_back(
    session: VaultSession, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    other_paths = VaultPaths(tmp_path / "elsewhere")
    from intake_app.vault.lifecycle import create_vault

    other = create_vault(
        other_paths,
        org_name="Autre",
        org_address="",
        admin_name="Other Admin",
        passphrase="granite pelican orchard sofa",
        policy=FAST_KDF,
        clock=clock,
    )
    foreign = create_backup(other.session, _backups(tmp_path)).path
    other.session.close()
    paths = session.paths
    lock(session)
    before = _vault_fingerprint(paths)
    real_move = restore_mod._move
    calls = {"n": 0}

    def failing_move(src: Path, dst: Path) -> None:
        calls["n"] += 1
        if dst == paths.keyslots:
            raise OSError(errno.EIO, "unplugged")
        real_move(src, dst)

    monkeypatch.setattr(restore_mod, "_move", failing_move)
    prepared = prepare_restore(foreign, paths, "granite pelican orchard sofa")
    with pytest.raises(KnownError) as err:
        complete_restore(prepared, paths, clock, replace=True)
    assert err.value.code is ErrorCode.IO_ERROR
    assert _vault_fingerprint(paths) == before
    unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock).close()


def test_restore_killed_midway_is_rolled_back_at_the_next_unlock(
    session: VaultSession, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = create_backup(session, _backups(tmp_path))
    paths = session.paths
    lock(session)

    class PowerCut(BaseException):
        pass

    real_move = restore_mod._move

    def cut(src: Path, dst: Path) -> None:
        if dst == paths.db:
            raise PowerCut
        real_move(src, dst)

    monkeypatch.setattr(restore_mod, "_move", cut)
    prepared = prepare_restore(result.path, paths, ADMIN_PASSPHRASE)
    with pytest.raises(PowerCut):
        complete_restore(prepared, paths, clock, replace=True)
    assert not paths.db.exists()  # the process "died" with the vault set aside
    session2 = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert not (paths.data_dir / restore_mod.JOURNAL).exists()
    session2.close()


# -- daily automatic backups --------------------------------------------------------------


def test_daily_backup_runs_once_a_day_and_keeps_the_configured_number(
    session: VaultSession, tmp_path: Path, clock: FixedClock
) -> None:
    folder = _backups(tmp_path)
    assert not automatic_backup_due(session)
    _set(session, backup_daily=True, backup_folder=str(folder), backup_keep=2)
    assert automatic_backup_due(session)
    assert run_automatic_backup(session) is not None
    assert run_automatic_backup(session) is None
    for _ in range(3):
        clock.advance(days=1)
        assert run_automatic_backup(session) is not None
    assert len(list_backups(folder)) == 2


def test_daily_backup_is_not_due_when_the_clock_goes_back(
    session: VaultSession, tmp_path: Path, clock: FixedClock
) -> None:
    _set(session, backup_daily=True, backup_folder=str(_backups(tmp_path)))
    run_automatic_backup(session)
    clock.advance(days=-3)
    assert not automatic_backup_due(session)


def test_caseworker_may_back_up(session: VaultSession, tmp_path: Path, clock: FixedClock) -> None:
    add_user(session, "Camille Tremblay", Role.CASEWORKER, "orange kettle maple harbour", FAST_KDF)
    paths = session.paths
    lock(session)
    cw = unlock(paths, "Camille Tremblay", "orange kettle maple harbour", clock)
    assert create_backup(cw, _backups(tmp_path)).path.exists()
    cw.close()
