"""Encrypted backups: made from an open vault, verified by reopening, the oldest pruned.

A backup (see `backup_format`) is an SQLCipher copy of the vault plus its key slots, so
it holds no plaintext and opens with any user's passphrase or the recovery key. Work
files are made inside the vault's own data folder (owner-only, and never the system temp
folder); the archive is written under a temporary name in the destination and renamed
only once complete, then reopened and checked. A destination that is full or read-only
fails with a clear error and the vault is untouched: a backup only reads the vault.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import shutil
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from intake_app.domain.audit import Action
from intake_app.domain.permissions import Permission, require
from intake_app.errors import ErrorCode, KnownError
from intake_app.progress import Cancelled, Progress, never_cancelled
from intake_app.vault import audit, faults
from intake_app.vault.atomic import fsync_dir, os_error_to_known
from intake_app.vault.backup_format import (
    MEMBER_DB,
    MEMBER_KEYSLOTS,
    MEMBER_MANIFEST,
    Manifest,
    check_signature,
    file_name,
    list_backups,
    read_members,
    sha256_file,
    sign,
)
from intake_app.vault.database import (
    Connection,
    DatabaseBug,
    DatabaseError,
    connect,
    export_encrypted_copy,
    translate_db_error,
)
from intake_app.vault.keyslots import HighWater, wipe
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting

log = logging.getLogger(__name__)


def _no_progress(_fraction: float) -> None:
    return None


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    created_at: datetime
    pruned: int = 0


def work_dir(data_dir: Path, purpose: str) -> Path:
    """A fresh owner-only folder inside the data folder for encrypted work files."""
    path = data_dir / f".{purpose}-{secrets.token_hex(4)}"
    path.mkdir(mode=0o700)
    return path


def _check_cancel(cancelled: Cancelled) -> None:
    if cancelled():
        raise KnownError(ErrorCode.CANCELLED)


def _vault_id(conn: Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    return str(row[0]) if row else ""


def _free_name(folder: Path, at: datetime) -> Path:
    n = 0
    while (folder / file_name(at, n)).exists():
        n += 1
    return folder / file_name(at, n)


def write_archive(target: Path, manifest: Manifest, keyslots: Path, db: Path) -> None:
    """Write the zip to `target` (a temporary name) and fsync it."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as raw:
        with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(MEMBER_MANIFEST, manifest.to_bytes())
            archive.write(keyslots, MEMBER_KEYSLOTS)
            archive.write(db, MEMBER_DB)
        raw.flush()
        os.fsync(raw.fileno())


def verify_backup(path: Path, master_key: bytes | bytearray, scratch: Path) -> Manifest:
    """Reopen a written backup: hashes, manifest signature, SQLCipher page check."""
    manifest = read_members(path, scratch)
    check_signature(manifest, master_key)
    conn = connect(scratch / MEMBER_DB, master_key)
    try:
        bad = list(conn.execute("PRAGMA cipher_integrity_check"))
        if bad:
            raise KnownError(ErrorCode.BACKUP_VERIFY_FAILED)
    finally:
        conn.close()
    return manifest


PARTIAL_PREFIX = ".passerelle-"
PARTIAL_SUFFIX = ".partial"


def clean_partials(folder: Path) -> int:
    """Delete what an interrupted backup left in `folder` (encrypted work files only)."""
    removed = 0
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith(PARTIAL_PREFIX) and entry.name.endswith(PARTIAL_SUFFIX):
            try:
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
                removed += 1
            except OSError:
                log.info("a partial backup file could not be removed")
    return removed


def _space_error(exc: BaseException) -> KnownError | DatabaseBug:
    """Disk full as disk full, wherever the driver or the OS said it (a driver error our
    code caused stays a bug)."""
    if isinstance(exc, OSError):
        return os_error_to_known(exc)
    if isinstance(exc, DatabaseError):
        return translate_db_error(exc)
    return KnownError(ErrorCode.IO_ERROR)


def create_backup(
    session: VaultSession,
    folder: Path,
    *,
    keep: int | None = None,
    progress: Progress = _no_progress,
    cancelled: Cancelled = never_cancelled,
) -> BackupResult:
    """Back the vault up into `folder`; with `keep`, then delete all but the newest `keep`.

    Every work file (the encrypted export, the archive under a `.partial` name, the
    verification copy) is made *in the target folder*, owner-only, so a backup needs space
    there and none in the data folder; the archive is renamed only once complete and then
    reopened and checked. `.partial` files an interrupted backup left are removed first.
    Safe to call from a worker thread: it opens and releases its own connection.
    """
    require(session.user, Permission.BACKUP)
    folder = Path(folder)
    if not folder.is_dir():
        raise KnownError(ErrorCode.FOLDER_MISSING)
    if not os.access(folder, os.W_OK):
        raise KnownError(ErrorCode.READ_ONLY)
    cleaned = clean_partials(folder)
    if cleaned:
        log.info("%d partial backup file(s) of an interrupted backup removed", cleaned)
    progress(0.0)
    now = session.clock.now()
    master = session.master_key_copy()
    target = _free_name(folder, now)
    try:
        scratch = folder / f"{PARTIAL_PREFIX}{secrets.token_hex(4)}-work{PARTIAL_SUFFIX}"
        scratch.mkdir(mode=0o700)
    except OSError as exc:
        wipe(master)
        raise os_error_to_known(exc) from exc
    partial = folder / f"{PARTIAL_PREFIX}{target.name}{PARTIAL_SUFFIX}"
    conn = session.connect()
    try:
        copy = scratch / "export.db"
        # Read before the export: the mark must never claim more than the copy holds.
        events, head = audit.head(conn)
        try:
            export_encrypted_copy(conn, copy, master)
            progress(0.4)
            _check_cancel(cancelled)
            slots_copy = scratch / "keyslots.json"
            shutil.copyfile(session.paths.keyslots, slots_copy)
            os.chmod(slots_copy, 0o600)
            manifest = sign(
                Manifest(
                    now,
                    _vault_id(conn),
                    sha256_file(copy),
                    sha256_file(slots_copy),
                    HighWater(events, head),
                ),
                master,
                session.signer,
            )
            write_archive(partial, manifest, slots_copy, copy)
            faults.step("backup:partial-written")
            progress(0.7)
            _check_cancel(cancelled)
            copy.unlink()  # the verification unpacks its own copy: free the space first
            os.replace(partial, target)
            fsync_dir(folder)
        except (OSError, DatabaseError) as exc:
            raise _space_error(exc) from exc
        check = scratch / "verify"
        try:
            check.mkdir(mode=0o700)
            verify_backup(target, master, check)
        except (KnownError, OSError) as exc:
            target.unlink(missing_ok=True)
            if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise KnownError(ErrorCode.DISK_FULL) from None
            log.info("backup failed verification: %s", type(exc).__name__)
            raise KnownError(ErrorCode.BACKUP_VERIFY_FAILED) from None
        progress(0.9)
        size = target.stat().st_size
        pruned = prune_backups(folder, keep) if keep else 0
        try:
            with session.write(conn) as c:  # DISK_FULL at once in a read-only session
                session.audit(c, Action.BACKUP_CREATED, size=size, pruned=pruned)
        except KnownError as exc:
            # A full data disk (a read-only session) must not cost the backup just made.
            if exc.code is not ErrorCode.DISK_FULL:
                raise
            log.info("backup written; its audit event waits for disk space")
        progress(1.0)
        log.info("backup written (%d bytes, %d old removed)", size, pruned)
        return BackupResult(target, size, now, pruned)
    finally:
        session.release(conn)
        wipe(master)
        shutil.rmtree(scratch, ignore_errors=True)
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            log.info("a partial backup file could not be removed")


def prune_backups(folder: Path, keep: int) -> int:
    """Delete all but the newest `keep` complete backups in `folder`; return how many went.

    Only complete archives count towards `keep` (a file cut short by a full disk or a
    copy pulled out too early is not a backup to rely on, and is left alone)."""
    removed = 0
    complete = [p for p in list_backups(folder) if zipfile.is_zipfile(p)]
    for old in complete[max(keep, 1) :]:
        try:
            old.unlink()
            removed += 1
        except OSError:
            log.info("an old backup could not be removed")
    return removed


# -- daily automatic backup ---------------------------------------------------------------

LAST_AUTO_KEY = "backup_last_auto"


def last_automatic_backup(session: VaultSession) -> datetime | None:
    """When the daily backup last ran (the Backup section shows it)."""
    return _last_automatic(session.conn)


def _last_automatic(conn: Connection) -> datetime | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (LAST_AUTO_KEY,)).fetchone()
    return datetime.fromisoformat(row[0]) if row else None


def automatic_backup_due(session: VaultSession, conn: Connection | None = None) -> bool:
    """Daily backups on, a folder set, and none made yet on today's date (by the clock).

    A clock set backwards makes a date earlier than the last one: that is "not due" —
    a backup too many is harmless, but pruning must not lose the newest by name order.
    """
    conn = conn or session.conn
    if not get_setting(conn, "backup.daily") or not get_setting(conn, "backup.folder"):
        return False
    last = _last_automatic(conn)
    return last is None or session.clock.now().date() > last.date()


def run_automatic_backup(
    session: VaultSession,
    progress: Progress = _no_progress,
    cancelled: Cancelled = never_cancelled,
) -> BackupResult | None:
    """The daily backup into the configured folder, keeping the configured number."""
    conn = session.connect()
    try:
        if not automatic_backup_due(session, conn):
            return None
        folder = Path(str(get_setting(conn, "backup.folder")))
        keep = int(get_setting(conn, "backup.keep"))
        result = create_backup(session, folder, keep=keep, progress=progress, cancelled=cancelled)
        if session.read_only:
            return result  # made on a full data disk: the date is recorded next time
        with session.write(conn) as c:
            c.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (LAST_AUTO_KEY, result.created_at.isoformat(timespec="seconds")),
            )
    finally:
        session.release(conn)
    return result
