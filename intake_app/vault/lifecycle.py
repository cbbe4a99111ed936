"""Creating, unlocking and recovering a vault, and changing a passphrase.

These are the use cases that touch keys. Each takes its inputs explicitly (paths, names,
secrets, the key-derivation policy, the clock) and returns a `VaultSession` or raises a
`KnownError`. A file that fails to open is never rewritten.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from intake_app.clock import Clock
from intake_app.domain.audit import Action
from intake_app.domain.passphrase import assess
from intake_app.domain.users import Role
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import audit, users_repo
from intake_app.vault.database import Connection, connect, transaction
from intake_app.vault.keyslots import (
    KdfPolicy,
    KeySlotFile,
    SlotKind,
    derive_key,
    new_master_key,
    wipe,
)
from intake_app.vault.migrate import migrate
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import put_setting
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
    """Make a new vault with its first coordinator and a recovery key (shown once)."""
    if not admin_name.strip():
        raise KnownError(ErrorCode.INVALID_INPUT, field="admin", reason="empty")
    if not org_name.strip():
        raise KnownError(ErrorCode.INVALID_INPUT, field="organization", reason="empty")
    require_strong(passphrase, (admin_name, org_name))
    paths.ensure_dir()
    from intake_app.vault.restore import recover_interrupted_restore

    recover_interrupted_restore(paths)
    if paths.db.exists():
        raise KnownError(ErrorCode.VAULT_EXISTS)
    master = new_master_key()
    vault_id = str(uuid.uuid4())
    recovery_key = new_recovery_key()
    slots = KeySlotFile.new(vault_id)
    user_slot = slots.make_slot(SlotKind.USER, passphrase, master, policy, user_name=admin_name)
    recovery_slot = slots.make_slot(SlotKind.RECOVERY, recovery_key, master, policy)
    slots = slots.with_slot(user_slot).with_slot(recovery_slot)

    # The database is built under a temporary name and renamed last, so a crash midway
    # leaves no half-made vault where the wizard would refuse to start again.
    building = paths.data_dir / "vault.db.creating"
    for leftover in (building, *(building.with_name(building.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
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
            audit.record(conn, now, user.id, Action.VAULT_CREATED)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    slots.save(paths.keyslots)
    building.replace(paths.db)
    for suffix in ("-wal", "-shm"):
        building.with_name(building.name + suffix).unlink(missing_ok=True)
    conn = connect(paths.db, master)
    migrate(conn, now)
    log.info("vault created")
    return CreatedVault(VaultSession(paths, conn, master, user, clock), recovery_key)


def connect_with_any(db: Path, candidates: list[bytearray]) -> tuple[Connection, bytearray]:
    """Open `db` with the first candidate master key that fits; wipe the others.

    A slot holds two sealed keys only during a re-key; the database has one of them.
    """
    last: KnownError | None = None
    for index, key in enumerate(candidates):
        try:
            conn = connect(db, key)
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


def _open_as(
    paths: VaultPaths, candidates: list[bytearray], user_name: str, clock: Clock
) -> tuple[VaultSession, int]:
    """Open the database with the master key and find the user; return the session."""
    conn, master = connect_with_any(paths.db, candidates)
    try:
        migrate(conn, clock.now())
        user = users_repo.user_by_name(conn, user_name)
    except BaseException:
        conn.close()
        wipe(master)
        raise
    if user is None:
        conn.close()
        wipe(master)
        raise KnownError(ErrorCode.WRONG_PASSPHRASE)
    return VaultSession(paths, conn, master, user, clock), user.id


def _check_files(paths: VaultPaths) -> KeySlotFile:
    from intake_app.vault.restore import recover_interrupted_restore

    recover_interrupted_restore(paths)
    if not paths.db.exists():
        raise KnownError(ErrorCode.VAULT_MISSING)
    return KeySlotFile.load(paths.keyslots)


def unlock(paths: VaultPaths, user_name: str, passphrase: str, clock: Clock) -> VaultSession:
    """Unlock as `user_name`. Wrong name and wrong passphrase look the same from outside."""
    if not passphrase:
        raise KnownError(ErrorCode.EMPTY_PASSPHRASE)
    slots = _check_files(paths)
    attempts = AttemptStore(paths.attempts)
    wait = attempts.load().seconds_left(clock.now())
    if wait > 0:
        raise KnownError(ErrorCode.UNLOCK_THROTTLED, seconds=wait)
    slot = slots.user_slot(user_name)
    if slot is None:
        # Spend the same effort as a real attempt so timing does not tell names apart.
        if slots.slots:
            derive_key(passphrase, slots.slots[0].kdf)
        attempts.record_failure(clock.now())
        raise KnownError(ErrorCode.WRONG_PASSPHRASE)
    try:
        candidates = slots.unwrap_all(slot, passphrase)
    except KnownError:
        attempts.record_failure(clock.now())
        raise
    session, user_id = _open_as(paths, candidates, user_name, clock)
    failures = attempts.reset()
    with session.write() as conn:
        if failures:
            audit.record(conn, clock.now(), None, Action.UNLOCK_FAILED, count=failures)
        audit.record(conn, clock.now(), user_id, Action.UNLOCKED)
    log.info("vault unlocked by user #%d", user_id)
    return session


def unlock_any_user(paths: VaultPaths, passphrase: str, clock: Clock) -> VaultSession:
    """Unlock with a passphrase alone, trying each user's slot (for scripted commands).

    Costs one key derivation per user; the GUI asks for the name instead.
    """
    if not passphrase:
        raise KnownError(ErrorCode.EMPTY_PASSPHRASE)
    slots = _check_files(paths)
    attempts = AttemptStore(paths.attempts)
    wait = attempts.load().seconds_left(clock.now())
    if wait > 0:
        raise KnownError(ErrorCode.UNLOCK_THROTTLED, seconds=wait)
    for slot in slots.slots:
        if slot.kind is not SlotKind.USER:
            continue
        try:
            candidates = slots.unwrap_all(slot, passphrase)
        except KnownError:
            continue
        conn, master = connect_with_any(paths.db, candidates)
        migrate(conn, clock.now())
        user = users_repo.user_by_slot(conn, slot.id)
        if user is None:
            conn.close()
            wipe(master)
            continue
        session = VaultSession(paths, conn, master, user, clock)
        failures = attempts.reset()
        with session.write() as c:
            if failures:
                audit.record(c, clock.now(), None, Action.UNLOCK_FAILED, count=failures)
            audit.record(c, clock.now(), user.id, Action.UNLOCKED)
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
    """Open with the recovery key and give `user_name` a new passphrase."""
    slots = _check_files(paths)
    attempts = AttemptStore(paths.attempts)
    wait = attempts.load().seconds_left(clock.now())
    if wait > 0:
        raise KnownError(ErrorCode.UNLOCK_THROTTLED, seconds=wait)
    rslot = slots.recovery_slot()
    if rslot is None:
        raise KnownError(ErrorCode.KEYSLOTS_DAMAGED)
    try:
        candidates = slots.unwrap_all(rslot, normalise_recovery_key(recovery_key))
    except KnownError:
        attempts.record_failure(clock.now())
        raise KnownError(ErrorCode.WRONG_RECOVERY_KEY) from None
    conn, master = connect_with_any(paths.db, candidates)
    try:
        migrate(conn, clock.now())
        user = users_repo.user_by_name(conn, user_name)
        if user is None:
            raise KnownError(ErrorCode.UNKNOWN_USER)
        require_strong(new_passphrase, (user.name,))
    except BaseException:
        conn.close()
        wipe(master)
        raise
    session = VaultSession(paths, conn, master, user, clock)
    _replace_user_slot(session, slots, user.id, user.name, new_passphrase, policy, False)
    attempts.reset()
    with session.write() as c:
        audit.record(c, clock.now(), user.id, Action.RECOVERY_KEY_USED)
        audit.record(c, clock.now(), user.id, Action.UNLOCKED)
    return session


def _replace_user_slot(
    session: VaultSession,
    slots: KeySlotFile,
    user_id: int,
    user_name: str,
    passphrase: str,
    policy: KdfPolicy,
    must_change: bool,
) -> None:
    """Give `user_id` a new slot (new key pair) sealing the session's master key.

    Used when the old passphrase is not known (recovery, a coordinator's reset): the
    new slot is written first; the old one goes only once the vault points at the new.
    """
    old_slot_id = users_repo.slot_id_of(session.conn, user_id)
    master = session.master_key_copy()
    try:
        new_slot = slots.make_slot(SlotKind.USER, passphrase, master, policy, user_name=user_name)
    finally:
        wipe(master)
    slots = slots.with_slot(new_slot)
    slots.save(session.paths.keyslots)
    with session.write() as conn:
        users_repo.set_slot(conn, user_id, new_slot.id, must_change)
    slots.without_slot(old_slot_id).save(session.paths.keyslots)


def change_passphrase(session: VaultSession, current: str, new: str, policy: KdfPolicy) -> None:
    """The signed-in user replaces their own passphrase (the current one is asked again)."""
    slots = KeySlotFile.load(session.paths.keyslots)
    slot = slots.user_slot(session.user.name)
    if slot is None:
        raise KnownError(ErrorCode.KEYSLOTS_DAMAGED)
    require_strong(new, (session.user.name,))
    if current == new:
        raise KnownError(ErrorCode.INVALID_INPUT, field="passphrase", reason="unchanged")
    # Only the private key is rewrapped: the sealed master keys stay as they are.
    slots.with_slot(slots.rewrapped(slot, current, new, policy)).save(session.paths.keyslots)
    with session.write() as conn:
        users_repo.set_slot(conn, session.user.id, slot.id, False)
        session.audit(conn, Action.PASSPHRASE_CHANGED, "user", session.user.id)
    session.user = replace(session.user, must_change_passphrase=False)


def lock(session: VaultSession) -> None:
    """Record the lock and close the session (connections closed, key overwritten)."""
    if session.closed:
        return
    try:
        with session.write() as conn:
            session.audit(conn, Action.LOCKED)
    except KnownError:
        log.warning("lock event could not be recorded")
    session.close()
