"""Restoring a backup, on this machine or another, with the current vault kept aside.

Two steps, so a person sees what they are about to get before anything changes:

1. `prepare_restore` checks the archive, opens it with a user's passphrase or the
   recovery key, checks the manifest signature and every encrypted page, and returns a
   preview (date, counts). The backup is unpacked into an owner-only folder inside the
   data folder; nothing of the current vault is touched.
2. `complete_restore` moves the current vault's files aside, moves the backup's in, opens
   the result, and only then deletes what was set aside. A journal file makes this safe
   against a crash: `recover_interrupted_restore` (run before any unlock) puts the
   previous vault back if the journal is still there.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from intake_app.clock import Clock
from intake_app.domain.audit import Action
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import audit, faults, seen, trust, users_repo
from intake_app.vault.atomic import atomic_write_bytes, fsync_dir, os_error_to_known
from intake_app.vault.backup import work_dir
from intake_app.vault.backup_format import (
    MEMBER_DB,
    MEMBER_KEYSLOTS,
    Reason,
    check_signature,
    invalid,
    read_members,
)
from intake_app.vault.database import Connection, DatabaseError, connect
from intake_app.vault.keyslots import HighWater, KeySlotFile, OpenedSlot, SlotKind, wipe
from intake_app.vault.lifecycle import connect_with_any, normalise_recovery_key
from intake_app.vault.migrate import available_migrations, current_version
from intake_app.vault.paths import VaultPaths
from intake_app.vault.signing import Signer

log = logging.getLogger(__name__)

JOURNAL = "restore-journal.json"
_WORK_PREFIXES = (".restore-new-", ".restore-previous-", ".backup-work-", ".backup-verify-")
# Counted for the preview when the table exists (other areas add theirs).
_COUNTED = ("clients", "services", "referrals", "users", "audit")


@dataclass(frozen=True)
class RestorePreview:
    created_at: datetime
    counts: dict[str, int]
    opened_with_recovery_key: bool
    user_name: str  # the staff account whose passphrase opened it ("" with the recovery key)
    same_vault: bool  # the backup is of the vault now in the data folder


@dataclass
class PreparedRestore:
    backup: Path
    staging: Path
    preview: RestorePreview
    user_id: int | None
    _master: bytearray = field(repr=False)
    _signer: Signer | None = field(default=None, repr=False)

    def discard(self) -> None:
        """Forget the unpacked backup and its key (when the person says no)."""
        wipe(self._master)
        shutil.rmtree(self.staging, ignore_errors=True)


def _vault_files(paths: VaultPaths) -> list[Path]:
    return [paths.db, paths.keyslots, *paths.sidecars()]


def _counts(conn: Connection) -> dict[str, int]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    counts = {}
    for name in _COUNTED:
        if name in tables:
            where = " WHERE active = 1" if name == "users" else ""
            counts[name] = int(conn.execute(f"SELECT count(*) FROM {name}{where}").fetchone()[0])
    return counts


def _current_vault_id(paths: VaultPaths) -> str:
    try:
        data = json.loads(paths.keyslots.read_bytes())
        return str(data.get("vault_id", ""))
    except (OSError, ValueError):
        return ""


def _find_keys(slots: KeySlotFile, secret: str, user_name: str | None) -> OpenedSlot:
    """Try the named user's slot, or every user's, then the recovery slot."""
    if user_name:
        user_slots = [s for s in [slots.user_slot(user_name)] if s is not None]
    else:
        user_slots = [s for s in slots.slots if s.kind is SlotKind.USER]
    for slot in user_slots:
        try:
            return slots.open_slot(slot, secret)
        except KnownError:
            continue
    recovery = slots.recovery_slot()
    if recovery is not None and not user_name:
        try:
            return slots.open_slot(recovery, normalise_recovery_key(secret))
        except KnownError:
            pass
    raise KnownError(ErrorCode.WRONG_PASSPHRASE)


def prepare_restore(
    backup: Path, paths: VaultPaths, secret: str, *, user_name: str | None = None
) -> PreparedRestore:
    """Check and open `backup`; return its preview. The current vault is not touched."""
    if not secret:
        raise KnownError(ErrorCode.EMPTY_PASSPHRASE)
    paths.ensure_dir()
    recover_interrupted_restore(paths, clean_work=False)
    staging = work_dir(paths.data_dir, "restore-new")
    try:
        try:
            manifest = read_members(Path(backup), staging)
        except OSError as exc:
            raise os_error_to_known(exc) from exc
        try:
            slots = KeySlotFile.load(staging / MEMBER_KEYSLOTS)
        except KnownError:
            raise invalid(Reason.DAMAGED) from None
        opened = _find_keys(slots, secret, user_name)
        slot = opened.slot
        try:
            conn, master = connect_with_any(staging / MEMBER_DB, opened.masters)
        except KnownError:
            raise invalid(Reason.TAMPERED) from None
        try:
            check_signature(manifest, master)
            if list(conn.execute("PRAGMA cipher_integrity_check")):
                raise invalid(Reason.TAMPERED)
            if current_version(conn) > available_migrations()[-1].version:
                raise invalid(Reason.TOO_NEW)
            # The backup must hold together as a vault does (roster, key file, signed
            # trail, its own manifest's mark) before it may replace anything.
            report = trust.verify(conn, slots, master, me=slot.id)
            if report.blocking or slots.vault_id != manifest.vault_id:
                log.info("backup refused: %d tamper problem(s)", len(report.blocking))
                raise invalid(Reason.TAMPERED)
            if trust.compare_mark(conn, manifest.high_water, report.events, "its manifest"):
                raise invalid(Reason.TAMPERED)
            counts = _counts(conn)
            owner = report.roster.owner(slot.id) if slot.kind is SlotKind.USER else None
            user = users_repo.user_by_id(conn, owner) if owner is not None else None
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except DatabaseError:
            wipe(master)
            raise invalid(Reason.DAMAGED) from None
        except BaseException:
            wipe(master)
            raise
        finally:
            conn.close()
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    preview = RestorePreview(
        created_at=manifest.created_at,
        counts=counts,
        opened_with_recovery_key=slot.kind is SlotKind.RECOVERY,
        user_name=user.name if user else "",
        same_vault=manifest.vault_id == _current_vault_id(paths),
    )
    log.info("backup opened for restore (%d tables counted)", len(counts))
    signer = Signer(slots.vault_id, slot.id, opened.signing)
    return PreparedRestore(
        Path(backup), staging, preview, user.id if user else None, master, signer
    )


def complete_restore(
    prepared: PreparedRestore, paths: VaultPaths, clock: Clock, *, replace: bool
) -> None:
    """Put the prepared backup in place of the current vault (kept aside until it opens).

    The caller holds the data folder's instance lock and has no session open on it.
    """
    if paths.db.exists() and not replace:
        prepared.discard()
        raise KnownError(ErrorCode.VAULT_EXISTS)
    staged_db = prepared.staging / MEMBER_DB
    try:
        conn = connect(staged_db, prepared._master)
        try:
            _record_restore(conn, clock, prepared)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            events, head = audit.head(conn)
        finally:
            conn.close()
        staged_slots = prepared.staging / MEMBER_KEYSLOTS
        KeySlotFile.load(staged_slots).with_high_water(HighWater(events, head)).authenticated(
            prepared._master
        ).save(staged_slots)
        _swap_in(prepared, paths)
        # A deliberate step back: the restored trail is now the one this computer knows.
        restored_id = KeySlotFile.load(paths.keyslots).vault_id
        seen.remember(paths.data_dir, restored_id, HighWater(events, head), lower=True)
    finally:
        prepared.discard()
    log.info("backup restored")


def _record_restore(conn: Connection, clock: Clock, prepared: PreparedRestore) -> None:
    assert prepared._signer is not None
    conn.execute("BEGIN IMMEDIATE")
    audit.record(
        conn,
        prepared._signer,
        clock.now(),
        prepared.user_id,
        Action.BACKUP_RESTORED,
        backup_date=prepared.preview.created_at.date().isoformat(),
        recovery_key=prepared.preview.opened_with_recovery_key,
    )
    audit.write_checkpoint(conn, prepared._signer)
    conn.execute("COMMIT")


def _move(src: Path, dst: Path) -> None:
    os.replace(src, dst)


def _swap_in(prepared: PreparedRestore, paths: VaultPaths) -> None:
    data = paths.data_dir
    aside = work_dir(data, "restore-previous")
    previous = [p.name for p in _vault_files(paths) if p.exists()]
    incoming = [paths.db.name, paths.keyslots.name]
    journal = {
        "aside": aside.name,
        "staging": prepared.staging.name,
        "previous": previous,
        "incoming": incoming,
    }
    try:
        atomic_write_bytes(data / JOURNAL, json.dumps(journal).encode("ascii"))
        for name in previous:
            _move(data / name, aside / name)
        fsync_dir(data)
        faults.step("restore:previous-set-aside")
        _move(prepared.staging / MEMBER_DB, paths.db)
        _move(prepared.staging / MEMBER_KEYSLOTS, paths.keyslots)
        fsync_dir(data)
        faults.step("restore:backup-moved-in")
        connect(paths.db, prepared._master).close()
    except Exception as exc:
        recover_interrupted_restore(paths)
        if isinstance(exc, OSError):
            raise os_error_to_known(exc) from exc
        raise
    if paths.keyslots.name in previous and paths.db.name not in previous:
        # A key file without its database (its drive not mounted yet?) is the only way
        # into that database: kept beside the restored vault, never deleted.
        kept = data / f"{paths.keyslots.name}.before-restore-{secrets.token_hex(4)}"
        os.replace(aside / paths.keyslots.name, kept)
        log.info("a lone key file was kept beside the restored vault")
    (data / JOURNAL).unlink()
    fsync_dir(data)
    shutil.rmtree(aside, ignore_errors=True)


def recover_interrupted_restore(paths: VaultPaths, *, clean_work: bool = True) -> bool:
    """Put the previous vault back after a restore that did not finish; True if it did.

    Run before unlocking (no backup is running then). With `clean_work`, also clears work
    folders left by an interrupted backup or restore (they hold encrypted files only).
    """
    data = paths.data_dir
    journal_path = data / JOURNAL
    rolled_back = False
    if journal_path.exists():
        try:
            journal = json.loads(journal_path.read_bytes())
            aside = data / str(journal["aside"])
            previous = [str(n) for n in journal["previous"]]
            incoming = [str(n) for n in journal["incoming"]]
        except (OSError, ValueError, KeyError, TypeError):
            raise KnownError(ErrorCode.KEYSLOTS_DAMAGED) from None
        for name in incoming:
            if name not in previous:
                (data / name).unlink(missing_ok=True)
        for name in previous:
            if (aside / name).exists():
                os.replace(aside / name, data / name)
        fsync_dir(data)
        journal_path.unlink()
        rolled_back = True
        log.info("an interrupted restore was rolled back")
    if clean_work and data.is_dir():
        for entry in data.iterdir():
            if entry.is_dir() and entry.name.startswith(_WORK_PREFIXES):
                shutil.rmtree(entry, ignore_errors=True)
    return rolled_back
