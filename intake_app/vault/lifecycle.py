"""Creating, unlocking and recovering a vault, and changing a passphrase.

These are the use cases that touch keys. Each takes its inputs explicitly (paths, names,
secrets, the key-derivation policy, the clock) and returns a `VaultSession` or raises a
`KnownError`. A file that fails to open is never rewritten.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from intake_app.clock import Clock
from intake_app.domain.audit import Action
from intake_app.domain.passphrase import assess
from intake_app.domain.users import Role, User
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import audit, faults, org_keys, roster, seen, trust, users_repo
from intake_app.vault.database import (
    Connection,
    DatabaseError,
    connect,
    damaged_pages,
    restrict_modes,
    transaction,
    wal_is_empty,
)
from intake_app.vault.keyslots import (
    HighWater,
    KdfPolicy,
    KeySlotFile,
    OpenedSlot,
    SlotIntent,
    SlotKind,
    derive_key,
    new_master_key,
    raw_public,
    wipe,
)
from intake_app.vault.migrate import migrate
from intake_app.vault.page_check import FULL_CHECK_BYTES, PageCheck
from intake_app.vault.paths import VaultPaths
from intake_app.vault.roster import EntryKind
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting, put_setting
from intake_app.vault.signing import Signer, founder_vault_id
from intake_app.vault.throttle import AttemptStore

log = logging.getLogger(__name__)

_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
_RECOVERY_GROUPS = 8


def new_recovery_key() -> str:
    """160 random bits as eight groups of four unambiguous characters."""
    chars = [secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * 4)]
    return "-".join("".join(chars[i : i + 4]) for i in range(0, len(chars), 4))


def normalise_recovery_key(text: str) -> str:
    """Accept what people type: lower case, spaces, O for 0, I or L for 1."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("OILU", "011V"))
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def require_strong(passphrase: str, names: tuple[str, ...]) -> None:
    strength = assess(passphrase, names)
    if strength.weakness is not None:
        code = ErrorCode.EMPTY_PASSPHRASE if not passphrase else ErrorCode.WEAK_PASSPHRASE
        raise KnownError(code, reason=strength.weakness.value)


@dataclass(frozen=True)
class CreatedVault:
    session: VaultSession
    recovery_key: str


def create_vault(
    paths: VaultPaths,
    *,
    org_name: str,
    org_address: str,
    admin_name: str,
    passphrase: str,
    policy: KdfPolicy,
    clock: Clock,
) -> CreatedVault:
    """Make a new vault with its first coordinator and a recovery key (shown once).

    The founder's signing key names the vault (`founder_vault_id`) and signs the first
    roster entries: the founder as coordinator, then the recovery key."""
    if not admin_name.strip():
        raise KnownError(ErrorCode.INVALID_INPUT, field="admin", reason="empty")
    if not org_name.strip():
        raise KnownError(ErrorCode.INVALID_INPUT, field="organization", reason="empty")
    require_strong(passphrase, (admin_name, org_name))
    paths.ensure_dir()
    found = paths.leftovers()
    if found:
        # Never a new key file over an old one: its database may only be unmounted.
        log.info("vault creation refused: %d Passerelle file(s) in the folder", len(found))
        raise KnownError(ErrorCode.FOLDER_NOT_EMPTY, found=", ".join(found[:6]))
    master = new_master_key()
    founder_key = Ed25519PrivateKey.generate()
    vault_id = founder_vault_id(raw_public(founder_key))
    recovery_key = new_recovery_key()
    slots = KeySlotFile.new(vault_id)
    user_slot, signing = slots.make_slot(
        SlotKind.USER, passphrase, master, policy, user_name=admin_name, signing=founder_key
    )
    recovery_slot, recovery_signing = slots.make_slot(
        SlotKind.RECOVERY, recovery_key, master, policy
    )
    slots = slots.with_slot(user_slot).with_slot(recovery_slot)
    signer = Signer(vault_id, user_slot.id, signing)

    # The database is built under a temporary name and renamed last, so a crash midway
    # leaves no half-made vault where the wizard would refuse to start again.
    building = paths.data_dir / "vault.db.creating"
    now = clock.now()
    conn = connect(building, master, create=True)
    try:
        migrate(conn, now)
        with transaction(conn):
            conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('created_at', ?)",
                (now.isoformat(timespec="seconds"),),
            )
            put_setting(conn, "org.name", org_name.strip())
            put_setting(conn, "org.address", org_address.strip())
            user = users_repo.add_user(conn, admin_name, Role.COORDINATOR, user_slot.id, now)
            event = audit.record(conn, signer, now, user.id, Action.VAULT_CREATED)
            roster.append(
                conn,
                signer,
                EntryKind.FOUNDER,
                event_id=event,
                user_id=user.id,
                role=Role.COORDINATOR.value,
                name=user.name,
                slot_id=user_slot.id,
                x_public=user_slot.public,
                sign_public=user_slot.sign_public,
            )
            event = audit.record(conn, signer, now, user.id, Action.RECOVERY_KEY_SET)
            roster.append(
                conn,
                signer,
                EntryKind.RECOVERY,
                event_id=event,
                slot_id=recovery_slot.id,
                x_public=recovery_slot.public,
                sign_public=recovery_slot.sign_public,
            )
            org_keys.ensure_first_key(conn, signer, now, user.id, reason="vault-created")
            events, head = audit.write_checkpoint(conn, signer)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    del recovery_signing
    slots.with_high_water(HighWater(events, head)).authenticated(master).save(paths.keyslots)
    seen.remember(paths.data_dir, vault_id, HighWater(events, head), lower=True)
    building.replace(paths.db)
    for suffix in ("-wal", "-shm"):
        building.with_name(building.name + suffix).unlink(missing_ok=True)
    conn = connect(paths.db, master)
    migrate(conn, now)
    log.info("vault created")
    session = VaultSession(paths, conn, master, user, clock, signer=signer)
    return CreatedVault(session, recovery_key)


def connect_with_any(
    db: Path, candidates: list[bytearray], *, readonly: bool = False
) -> tuple[Connection, bytearray]:
    """Open `db` with the first candidate master key that fits; wipe the others.

    A slot holds two sealed keys only during a re-key; the database has one of them.
    """
    last: KnownError | None = None
    for index, key in enumerate(candidates):
        try:
            conn = connect(db, key, readonly=readonly)
        except KnownError as exc:
            last = exc
            if exc.code is ErrorCode.NOT_A_VAULT and index + 1 < len(candidates):
                continue
            for other in candidates:
                wipe(other)
            raise
        for other in candidates:
            if other is not key:
                wipe(other)
        return conn, key
    assert last is not None
    raise last


def _connect_for_unlock(
    db: Path, candidates: list[bytearray], *, readonly: bool = False
) -> tuple[Connection, bytearray, bool, bool]:
    """`connect_with_any`, falling back to a read-only (immutable) open on a full disk
    whose write-ahead log is empty. Returns the connection, the key that fitted, whether
    it is read-only, and whether that key is the newest (first) candidate. Every other
    candidate is wiped."""
    copies = [bytearray(k) for k in candidates]  # connect_with_any wipes what it is given
    try:
        conn, key = connect_with_any(db, copies, readonly=readonly)
    except KnownError as exc:
        if exc.code is not ErrorCode.DISK_FULL or not wal_is_empty(db):
            for k in candidates:
                wipe(k)
            raise
    else:
        newest = key is copies[0]
        for k in candidates:
            wipe(k)
        return conn, key, False, newest
    log.info("disk full: opening the vault read-only")
    last: KnownError | None = None
    for index, key in enumerate(candidates):
        try:
            conn = connect(db, key, immutable=True)
        except KnownError as exc:
            last = exc
            continue
        for other in candidates:
            if other is not key:
                wipe(other)
        return conn, key, True, index == 0
    for k in candidates:
        wipe(k)
    assert last is not None
    raise last


def backup_folder(conn: Connection) -> Path | None:
    """The configured backup folder, if set and reachable (its manifests are high-water marks)."""
    try:
        folder = get_setting(conn, "backup.folder")
    except (KeyError, KnownError, DatabaseError):
        return None
    path = Path(str(folder)) if folder else None
    return path if path is not None and path.is_dir() else None


@dataclass
class VerifiedOpen:
    """A database opened with a slot's key and verified (nothing written yet)."""

    conn: Connection
    master: bytearray
    opened: OpenedSlot
    report: trust.TrustReport
    settled: KeySlotFile | None = None  # the key file with a journaled step finished, unsaved
    read_only: bool = False  # opened immutable on a full disk
    wal_left: bool = False  # opened read-only by `check` because a WAL was left with content
    page_check: PageCheck | None = None  # the page check still running (a large file)

    def discard(self) -> None:
        if self.page_check is not None:
            self.page_check.cancel()
        self.conn.close()
        wipe(self.master)

    def save_settled(self, paths: VaultPaths) -> bool:
        """Write the settled key file (only once the vault verified); True if there was one."""
        if self.settled is None:
            return False
        self.settled.save(paths.keyslots)
        self.settled = None
        log.info("an interrupted key-slot change was finished or rolled back")
        return True


def settle_file(
    conn: Connection, slots: KeySlotFile, master: bytearray, newest: bool
) -> KeySlotFile | None:
    """The key file with any interrupted step settled, in memory; None if nothing to do.

    Only a file whose MAC fits is settled (otherwise `trust.verify` reports it), and only
    by the *verified* roster: the account holds the new slot → the old one goes; it does
    not → the new one goes. With the database opened by the newest sealed key
    (`newest`), older sealed keys left by an interrupted re-key go too."""
    tidy = newest and slots.stale_sealed()
    if not slots.mac_fits(master) or (slots.intent is None and not tidy):
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    state, problems = trust.fold_roster(roster.entries(conn), str(row[0]) if row else "")
    if problems:
        return None
    settled = slots
    if slots.intent is not None:
        new_held = slots.intent.new in state.active_slots()
        gone = slots.intent.old if new_held else slots.intent.new
        settled = settled.without_slot(gone).with_intent(None)
    if newest and settled.stale_sealed():
        settled = settled.newest_only()
    # The original's MAC fitted, so the settled file is re-authenticated for `verify`.
    return settled.authenticated(master)


def _verify(
    conn: Connection,
    master: bytearray,
    paths: VaultPaths,
    slots: KeySlotFile,
    opened: OpenedSlot,
    newest: bool,
    full: bool,
    more_backups: tuple[Path, ...] = (),
) -> VerifiedOpen:
    try:
        settled = settle_file(conn, slots, master, newest)
        report = trust.verify(
            conn,
            settled or slots,
            master,
            me=opened.slot.id,
            full=full,
            backups=backup_folder(conn),
            last_seen=seen.seen(paths.data_dir, slots.vault_id),
            more_backups=more_backups,
        )
    except BaseException:
        conn.close()
        wipe(master)
        raise
    return VerifiedOpen(conn, master, opened, report, settled)


def _log_left_behind(paths: VaultPaths) -> bool:
    """A write-ahead log with content (a crash, or someone else's writes): closing a
    read-write connection would fold it into the database file."""
    return any(p.exists() and p.stat().st_size > 0 for p in paths.sidecars())


def open_verified(
    paths: VaultPaths,
    slots: KeySlotFile,
    opened: OpenedSlot,
    *,
    full: bool = False,
    defer_pages: bool = False,
) -> VerifiedOpen:
    """Open the database with the slot's master key(s) and verify it before any write.

    Raises VAULT_TAMPERED (one line: the first blocking problem) and leaves every file as
    it was. The schema is not migrated here: a suspect vault is never written to. A
    write-ahead log left with content is verified read-only and folded in only after. A key
    file with an interrupted step is settled only once everything else verified; a slot
    that the settling removed (the old passphrase after a finished recovery, the new one
    after a rolled-back one) then counts as a wrong passphrase."""
    leftover = _log_left_behind(paths)
    conn, master, read_only, newest = _connect_for_unlock(
        paths.db, opened.masters, readonly=leftover
    )
    pending = None
    if defer_pages and not leftover and not read_only:
        pending = PageCheck(paths.db, master)  # beside the reading (see `vault.page_check`)
    else:
        damaged = damaged_pages(conn)
        if damaged:
            conn.close()
            wipe(master)
            log.info("vault refused: %d damaged page(s)", damaged)
            raise KnownError(ErrorCode.VAULT_DAMAGED, count=damaged)
    try:
        verified = _verify(conn, master, paths, slots, opened, newest, full)
    except BaseException:
        if pending is not None:
            pending.cancel()
        raise
    verified.page_check = pending
    verified.read_only = read_only
    report = verified.report
    blocking = report.blocking
    if leftover and not blocking and not read_only:
        # Verified read-only; only now may SQLite fold the log in.
        verified.conn.close()
        try:
            verified.conn = connect(paths.db, master)
        except BaseException:
            wipe(master)
            raise
    if not blocking and verified.settled is not None and not read_only:
        verified.save_settled(paths)
        if KeySlotFile.load(paths.keyslots).slot(opened.slot.id) is None:
            verified.discard()
            raise KnownError(ErrorCode.WRONG_PASSPHRASE)
    if (
        not blocking
        and opened.slot.kind is SlotKind.USER
        and report.roster.owner(opened.slot.id) is None
    ):
        blocking = [trust.Problem("the slot that opened belongs to no current account")]
    if blocking:
        verified.discard()
        log.info("vault refused: %d tamper problem(s)", len(blocking))
        raise KnownError(ErrorCode.VAULT_TAMPERED, detail=trust.summary(blocking))
    return verified


def _session_for(
    verified: VerifiedOpen, paths: VaultPaths, user: User, clock: Clock
) -> VaultSession:
    """Migrate the verified database and make the session signing as the opened slot."""
    restrict_modes((paths.db, *paths.sidecars(), paths.lock, paths.keyslots))
    try:
        if not verified.read_only:
            migrate(verified.conn, clock.now())
        elif _schema_behind(verified.conn):
            raise KnownError(ErrorCode.DISK_FULL)  # a read-only vault cannot be upgraded
    except BaseException:
        verified.discard()
        raise
    row = verified.conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    signer = Signer(str(row[0]), verified.opened.slot.id, verified.opened.signing)
    session = VaultSession(paths, verified.conn, verified.master, user, clock, signer=signer)
    session.read_only = verified.read_only
    return session


def _schema_behind(conn: Connection) -> bool:
    from intake_app.vault.migrate import available_migrations

    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0) < available_migrations()[-1].version


def _owner(verified: VerifiedOpen) -> User:
    owner = verified.report.roster.owner(verified.opened.slot.id)
    user = users_repo.user_by_id(verified.conn, owner) if owner is not None else None
    if user is None or not user.active:
        verified.discard()
        raise KnownError(ErrorCode.WRONG_PASSPHRASE)
    return user


def _check_files(paths: VaultPaths) -> KeySlotFile:
    from intake_app.vault.restore import recover_interrupted_restore

    recover_interrupted_restore(paths)
    if not paths.db.exists():
        raise KnownError(ErrorCode.VAULT_MISSING)
    slots = KeySlotFile.load(paths.keyslots)
    if not slots.slots:
        # Not a wrong passphrase: nothing could be right, and no back-off should start.
        raise KnownError(ErrorCode.KEYSLOTS_EMPTY)
    return slots


def finish_interrupted(session: VaultSession) -> bool:
    """Finish a journaled re-key left by a kill (the key file was settled on open).

    On a full disk it waits for the next unlock (the journal keeps it); the session is
    then read-only."""
    from intake_app.vault import rekey

    if session.read_only:
        return False
    try:
        return rekey.resume(session)
    except KnownError as exc:
        if exc.code is not ErrorCode.DISK_FULL:
            session.close()
            raise
        session.read_only = True
        log.info("disk full: the interrupted re-key will finish at the next unlock")
        return False


def record_progress(session: VaultSession, *events: Action, conn: Connection | None = None) -> None:
    """Record `events`, sign a checkpoint at the trail's head (one transaction), then raise
    the high-water marks: the key file's and this computer's note.

    Done after a verified unlock and at lock. The key file is rewritten only if its MAC
    still fits the session's key (a file changed meanwhile is left for `check`)."""
    with session.write(conn) as c:
        for action in events:
            session.audit(c, action)
        count, head = audit.write_checkpoint(c, session.signer)
    mark = HighWater(count, head)
    seen.remember(session.paths.data_dir, session.signer.vault_id, mark)
    try:
        slots = KeySlotFile.load(session.paths.keyslots)
    except KnownError:
        log.info("key file unreadable: high-water mark not raised")
        return
    master = session.master_key_copy()
    try:
        if not slots.mac_fits(master):
            log.info("key file changed during the session: high-water mark not raised")
            return
        slots.with_high_water(mark).authenticated(master).save(session.paths.keyslots)
    finally:
        wipe(master)


def _signed_in(
    session: VaultSession,
    attempts: AttemptStore,
    clock: Clock,
    *extra: Action,
    conn: Connection | None = None,
) -> None:
    """Record the unlock. On a full disk the vault still opens, read-only (`read_only`):
    the vault verified before this write, and a caseworker must be able to read and make
    a backup to another drive while someone frees space."""
    if session.read_only:
        return
    try:
        failures = attempts.reset()
        if failures:
            with session.write(conn) as c:
                session.audit(c, Action.UNLOCK_FAILED, count=failures)
        record_progress(session, *extra, Action.UNLOCKED, conn=conn)
    except KnownError as exc:
        if exc.code is not ErrorCode.DISK_FULL:
            if conn is None:  # in the page check's thread the session is the GUI's
                session.close()
            raise
        session.read_only = True
        log.info("disk full at unlock: the vault is open read-only")


def _throttle(paths: VaultPaths, clock: Clock) -> AttemptStore:
    attempts = AttemptStore(paths.attempts)
    wait = attempts.load().seconds_left(clock.now())
    if wait > 0:
        raise KnownError(ErrorCode.UNLOCK_THROTTLED, seconds=wait)
    return attempts


def unlock(paths: VaultPaths, user_name: str, passphrase: str, clock: Clock) -> VaultSession:
    """Unlock with the slot `user_name` picks. Who signs in is that slot's owner.

    Wrong name and wrong passphrase look the same from outside."""
    if not passphrase:
        raise KnownError(ErrorCode.EMPTY_PASSPHRASE)
    slots = _check_files(paths)
    attempts = _throttle(paths, clock)
    candidates = slots.user_slots(user_name)
    if not candidates:
        # Spend the same effort as a real attempt so timing does not tell names apart.
        if slots.slots:
            derive_key(passphrase, slots.slots[0].kdf)
        attempts.record_failure(clock.now())
        raise KnownError(ErrorCode.WRONG_PASSPHRASE)
    opened = None
    for slot in candidates:  # two only while a slot replacement is journaled
        try:
            opened = slots.open_slot(slot, passphrase)
            break
        except KnownError as exc:
            if exc.code is not ErrorCode.WRONG_PASSPHRASE:
                raise
    if opened is None:
        attempts.record_failure(clock.now())
        raise KnownError(ErrorCode.WRONG_PASSPHRASE)
    try:
        verified = open_verified(
            paths, slots, opened, defer_pages=paths.db.stat().st_size > FULL_CHECK_BYTES
        )
        if verified.page_check is not None and _writes_to_open(verified):
            _wait_for_pages(verified)
    except KnownError as exc:
        if exc.code is ErrorCode.WRONG_PASSPHRASE:
            attempts.record_failure(clock.now())
        raise
    session = _session_for(verified, paths, _owner(verified), clock)
    check = session.page_check = verified.page_check
    if check is not None and not check.done:
        # Nothing else to write: the sign-in is recorded once the whole file checked clean.
        check.after_pass(lambda: _signed_in_later(session, attempts, clock))
        log.info("vault unlocked by user #%d; pages checked in the background", session.user.id)
        return session
    resumed = finish_interrupted(session)
    _signed_in(session, attempts, clock)
    _upgrade_org_identity(session)
    if not resumed:  # the journal did it; otherwise what the trail shows (issue-12's check)
        _finish_interrupted_work(session, verified.report)
    log.info("vault unlocked by user #%d", session.user.id)
    return session


def _writes_to_open(verified: VerifiedOpen) -> bool:
    """Unlock must write before the session is usable: a key file to settle, a schema or
    the name index to upgrade, a journaled re-key or an interrupted removal to finish, or
    an older vault's organization key to make (once, at a coordinator's unlock)."""
    from intake_app.vault import rekey
    from intake_app.vault.clients_repo import index_is_stale

    conn = verified.conn
    return (
        verified.settled is not None
        or _schema_behind(conn)
        or index_is_stale(conn)
        or rekey.pending(conn) is not None
        or any(p.repair == trust.Repair.REKEY for p in verified.report.problems)
        or not org_keys.has_key(conn)
    )


def _wait_for_pages(verified: VerifiedOpen) -> None:
    """The whole page check before the first write, as for a small file."""
    check = verified.page_check
    assert check is not None
    try:
        check.wait()
    except KnownError:
        verified.discard()
        log.info("vault refused: damaged page(s)")
        raise
    verified.page_check = None


def _signed_in_later(session: VaultSession, attempts: AttemptStore, clock: Clock) -> None:
    """The sign-in's writes, in the page check's thread on a connection of its own."""
    try:
        conn = session.connect()
    except KnownError:
        return  # locked meanwhile
    try:
        _signed_in(session, attempts, clock, conn=conn)
    finally:
        session.release(conn)


def _upgrade_org_identity(session: VaultSession) -> None:
    """A vault from before organization keys gets its key pair at the first coordinator
    unlock after the upgrade, once (audited). On a full disk it waits for a later unlock."""
    if not session.user.is_coordinator or session.read_only or org_keys.has_key(session.conn):
        return
    try:
        with session.write() as conn:
            org_keys.upgrade_vault(conn, session.signer, session.clock.now(), session.user.id)
    except KnownError as exc:
        if exc.code is not ErrorCode.DISK_FULL:
            session.close()
            raise
        log.info("disk full: the organization key waits for the next unlock")


def _finish_interrupted_work(session: VaultSession, report: trust.TrustReport) -> None:
    """A removal or reset that stopped before its re-key left a retired key able to open
    the current master key: the first coordinator to unlock finishes the job."""
    if not session.user.is_coordinator or session.read_only:
        return
    if not any(p.repair == trust.Repair.REKEY for p in report.problems):
        return
    from intake_app.accounts.manage import rekey_vault  # accounts builds on lifecycle

    rekey_vault(session, session_slots(session))
    log.info("an interrupted removal was finished by a re-key")


def open_for_check(
    paths: VaultPaths,
    passphrase: str,
    user_name: str | None,
    backups: tuple[Path, ...] = (),
) -> VerifiedOpen:
    """Open with a user's passphrase (or the recovery key) and verify everything, writing
    nothing: for `intake-app check`. Tamper problems come back in the report, not raised.

    `backups` are more folders of backups to compare with (a drive kept elsewhere)."""
    if not passphrase:
        raise KnownError(ErrorCode.EMPTY_PASSPHRASE)
    from intake_app.vault.restore import JOURNAL

    if (paths.data_dir / JOURNAL).exists():
        # Rolling the restore back would write: leave that to the next unlock.
        raise KnownError(
            ErrorCode.VAULT_TAMPERED,
            detail="a restore was interrupted; unlock once to roll it back, then check again",
        )
    if not paths.db.exists():
        raise KnownError(ErrorCode.VAULT_MISSING)
    slots = KeySlotFile.load(paths.keyslots)
    # The name only chooses which slot to try first (tags may have been swapped).
    first = slots.user_slot(user_name) if user_name else None
    candidates = [first] if first is not None else []
    candidates += [s for s in slots.slots if s is not first]
    for slot in candidates:
        secret = (
            normalise_recovery_key(passphrase) if slot.kind is SlotKind.RECOVERY else passphrase
        )
        try:
            opened = slots.open_slot(slot, secret)
        except KnownError as exc:
            if exc.code is ErrorCode.WRONG_PASSPHRASE:
                continue
            raise
        # A write-ahead log left with content would be folded into the file when the last
        # connection closes: open read-only then, so check changes no byte.
        leftover = _log_left_behind(paths)
        conn, master, immutable, newest = _connect_for_unlock(
            paths.db, opened.masters, readonly=leftover
        )
        verified = _verify(conn, master, paths, slots, opened, newest, True, backups)
        verified.read_only = immutable
        verified.wal_left = leftover
        return verified
    raise KnownError(ErrorCode.NO_SLOT_OPENS)


def finish_after_check(paths: VaultPaths, verified: VerifiedOpen, clock: Clock) -> list[str]:
    """After a `check` that found nothing wrong: finish what a kill interrupted.

    Returns one line per thing done. Consumes `verified` (its connection is closed)."""
    from intake_app.vault import rekey

    if verified.read_only:  # a full disk: finishing waits for an unlock with room
        verified.discard()
        return []
    if verified.wal_left:
        # Verified as it was (read-only, the log unfolded); only now may it be written to.
        verified.conn.close()
        verified.conn = connect(paths.db, verified.master)
    notes = []
    if verified.save_settled(paths):
        notes.append("finished: an interrupted passphrase recovery or reset")
    if rekey.pending(verified.conn) is None:
        verified.discard()
        return notes
    owner = verified.report.roster.owner(verified.opened.slot.id)
    user = users_repo.user_by_id(verified.conn, owner) if owner is not None else None
    if user is None:
        verified.discard()
        return [*notes, "pending: an interrupted re-key (unlock with a passphrase to finish it)"]
    session = _session_for(verified, paths, user, clock)
    try:
        rekey.resume(session)
    finally:
        session.close()
    return [*notes, "finished: an interrupted re-key after an account removal"]


def unlock_any_user(paths: VaultPaths, passphrase: str, clock: Clock) -> VaultSession:
    """Unlock with a passphrase alone, trying each user's slot (for scripted commands).

    Costs one key derivation per user; the GUI asks for the name instead.
    """
    if not passphrase:
        raise KnownError(ErrorCode.EMPTY_PASSPHRASE)
    slots = _check_files(paths)
    attempts = _throttle(paths, clock)
    for slot in slots.slots:
        if slot.kind is not SlotKind.USER:
            continue
        try:
            opened = slots.open_slot(slot, passphrase)
        except KnownError as exc:
            if exc.code is ErrorCode.WRONG_PASSPHRASE:
                continue
            raise
        try:
            verified = open_verified(paths, slots, opened)
        except KnownError as exc:
            if exc.code is ErrorCode.WRONG_PASSPHRASE:
                continue
            raise
        session = _session_for(verified, paths, _owner(verified), clock)
        finish_interrupted(session)
        _signed_in(session, attempts, clock)
        _upgrade_org_identity(session)
        _finish_interrupted_work(session, verified.report)
        return session
    attempts.record_failure(clock.now())
    raise KnownError(ErrorCode.WRONG_PASSPHRASE)


def unlock_with_recovery(
    paths: VaultPaths,
    user_name: str,
    recovery_key: str,
    new_passphrase: str,
    policy: KdfPolicy,
    clock: Clock,
) -> VaultSession:
    """Open with the recovery key and give `user_name` a new passphrase (new keys, signed
    into the roster by the recovery key)."""
    slots = _check_files(paths)
    attempts = _throttle(paths, clock)
    rslot = slots.recovery_slot()
    if rslot is None:
        raise KnownError(ErrorCode.KEYSLOTS_DAMAGED)
    try:
        opened = slots.open_slot(rslot, normalise_recovery_key(recovery_key))
    except KnownError as exc:
        if exc.code is not ErrorCode.WRONG_PASSPHRASE:
            raise
        attempts.record_failure(clock.now())
        raise KnownError(ErrorCode.WRONG_RECOVERY_KEY) from None
    verified = open_verified(paths, slots, opened)
    if verified.report.roster.recovery_slot != rslot.id:
        verified.discard()
        raise KnownError(ErrorCode.VAULT_TAMPERED, detail="the recovery slot is not the roster's")
    try:
        user = users_repo.user_by_name(verified.conn, user_name)
        if user is None:
            raise KnownError(ErrorCode.UNKNOWN_USER)
        require_strong(new_passphrase, (user.name,))
    except BaseException:
        verified.discard()
        raise
    session = _session_for(verified, paths, user, clock)
    finish_interrupted(session)
    _replace_user_slot(session, user, new_passphrase, policy, False, Action.RECOVERY_KEY_USED)
    _signed_in(session, attempts, clock)
    _upgrade_org_identity(session)
    return session


def session_slots(session: VaultSession) -> KeySlotFile:
    """The key file, refused unless its MAC fits the session's key."""
    slots = KeySlotFile.load(session.paths.keyslots)
    master = session.master_key_copy()
    try:
        if not slots.mac_fits(master):
            raise KnownError(
                ErrorCode.VAULT_TAMPERED,
                detail="the key file was changed outside Passerelle since the vault was opened",
            )
    finally:
        wipe(master)
    return slots


def save_slots(session: VaultSession, slots: KeySlotFile) -> None:
    master = session.master_key_copy()
    try:
        slots.authenticated(master).save(session.paths.keyslots)
    finally:
        wipe(master)


def _replace_user_slot(
    session: VaultSession,
    user: User,
    passphrase: str,
    policy: KdfPolicy,
    must_change: bool,
    action: Action,
) -> None:
    """Give `user` a new slot (new key pairs) sealing the session's master key.

    Used when the old passphrase is not known (recovery, a coordinator's reset). Journaled
    in the authenticated key file: (1) the new slot joins with an intent naming old and
    new; (2) the roster entry (signed by the session's slot) commits; (3) the old slot and
    the intent leave. Killed after (1) or (2), the next unlock or `check` asks the verified
    roster which slot the account holds and finishes or rolls back (`settle_file`). With
    the recovery key, the session then signs as the user's new slot.
    """
    slots = session_slots(session)
    old_slot_id = users_repo.slot_id_of(session.conn, user.id)
    master = session.master_key_copy()
    try:
        new_slot, signing = slots.make_slot(
            SlotKind.USER, passphrase, master, policy, user_name=user.name
        )
        journaled = slots.with_slot(new_slot).with_intent(SlotIntent(old_slot_id, new_slot.id))
        journaled.authenticated(master).save(session.paths.keyslots)
    finally:
        wipe(master)
    faults.step("slot-replace:intent-saved")
    with session.write() as conn:
        event = session.audit(conn, action, "user", user.id)
        roster.append(
            conn,
            session.signer,
            EntryKind.KEYS,
            event_id=event,
            user_id=user.id,
            slot_id=new_slot.id,
            x_public=new_slot.public,
            sign_public=new_slot.sign_public,
        )
        users_repo.set_slot(conn, user.id, new_slot.id, must_change)
    faults.step("slot-replace:committed")
    save_slots(session, journaled.without_slot(old_slot_id).with_intent(None))
    if session.user.id == user.id:
        session.signer = Signer(session.signer.vault_id, new_slot.id, signing)


def change_passphrase(session: VaultSession, current: str, new: str, policy: KdfPolicy) -> None:
    """The signed-in user replaces their own passphrase (the current one is asked again)."""
    slots = session_slots(session)
    slot = slots.slot(session.signer.slot_id)
    if slot is None:
        raise KnownError(ErrorCode.KEYSLOTS_DAMAGED)
    require_strong(new, (session.user.name,))
    if current == new:
        raise KnownError(ErrorCode.INVALID_INPUT, field="passphrase", reason="unchanged")
    # Only the private keys are rewrapped: the key pairs and sealed master keys stay.
    save_slots(session, slots.with_slot(slots.rewrapped(slot, current, new, policy)))
    with session.write() as conn:
        users_repo.set_slot(conn, session.user.id, slot.id, False)
        session.audit(conn, Action.PASSPHRASE_CHANGED, "user", session.user.id)
    session.user = replace(session.user, must_change_passphrase=False)
    # The key file's mark now covers the change: a copy of the file from before it (the
    # old passphrase still opens that one) is refused for this user from now on.
    record_progress(session)


def lock(session: VaultSession) -> None:
    """Record the lock, sign a checkpoint, close the session (key overwritten)."""
    if session.closed:
        return
    check = session.page_check
    if session.read_only or (check is not None and not check.passed):
        # Not checked clean (yet): nothing was written in this session, the lock neither.
        session.close()
        return
    try:
        record_progress(session, Action.LOCKED)
    except KnownError:
        log.warning("lock event could not be recorded")
    session.close()
