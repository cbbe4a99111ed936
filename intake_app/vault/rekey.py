"""Re-keying the database (after a removal) as a journaled, resumable operation.

The intent is written first, inside the encrypted database and in the same transaction as
the removal: `meta['rekey.pending']` holds a fingerprint of the master key the database
must leave. Then, each step safe to repeat:

1. the key file gets a new master key sealed to every slot the verified roster keeps,
   beside the current one (so both open), with a MAC under each;
2. `PRAGMA rekey` (other connections closed first, as SQLCipher requires);
3. the key file keeps only the new key;
4. the intent is cleared with the VAULT_REKEYED event.

Every unlock (and `intake-app check`) calls `resume` after verifying the vault: if the
database is still under the key to leave, it re-keys again from step 1 with a fresh key;
if not, it finishes steps 3–4. A removed person's copy of the key file then opens nothing.
"""

from __future__ import annotations

import hashlib
import logging

from intake_app.domain.audit import Action
from intake_app.errors import ErrorCode, KnownError
from intake_app.progress import Cancelled, Progress, never_cancelled
from intake_app.vault import accounts_repo, faults, roster
from intake_app.vault.database import Connection, rekey
from intake_app.vault.keyslots import KeySlotFile, new_master_key, wipe
from intake_app.vault.session import VaultSession
from intake_app.vault.trust import fold_roster, summary

log = logging.getLogger(__name__)

PENDING = "rekey.pending"


def _no_progress(_fraction: float) -> None:
    return None


def fingerprint(master_key: bytes | bytearray) -> str:
    """A one-way label for a master key, so the journal can name it without holding it."""
    return hashlib.sha256(b"passerelle-rekey-from/" + bytes(master_key)).hexdigest()[:32]


def mark_pending(conn: Connection, master_key: bytes | bytearray) -> None:
    """Journal a re-key away from `master_key` (inside the caller's transaction)."""
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (PENDING, fingerprint(master_key)),
    )


def pending(conn: Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (PENDING,)).fetchone()
    return str(row[0]) if row else None


def roster_public_keys(session: VaultSession) -> dict[str, bytes]:
    """Slot id -> X25519 public key of every active slot, from the *verified* roster."""
    row = session.conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    state, problems = fold_roster(roster.entries(session.conn), str(row[0]))
    if problems:
        raise KnownError(ErrorCode.VAULT_TAMPERED, detail=summary(problems))
    return {slot_id: info.x_public for slot_id, info in state.active_slots().items()}


def _session_slots(session: VaultSession) -> KeySlotFile:
    from intake_app.vault.lifecycle import session_slots

    return session_slots(session)


def rekey_vault(
    session: VaultSession,
    slots: KeySlotFile | None = None,
    *,
    progress: Progress = _no_progress,
    cancelled: Cancelled = never_cancelled,
) -> None:
    """A new master key for the database, sealed only to the roster's active slots.

    Slots in the file that the signed roster does not give to a current account (planted,
    removed, altered public key) are dropped, never sealed to. Cancelling is possible only
    before `PRAGMA rekey` starts; the journal then makes the next unlock finish it.
    """
    if session.page_check is not None:
        # PRAGMA rekey rewrites every page outside `session.write`: only after the whole
        # file checked clean, and the sign-in written after it (its connection would be
        # closed below).
        session.page_check.join()
        session.page_check.wait()
    slots = (slots or _session_slots(session)).keeping(roster_public_keys(session))
    current = session.master_key_copy()
    try:
        leave = pending(session.conn)
        progress(0.1)
        if leave is None or leave == fingerprint(current):
            if cancelled():
                raise KnownError(ErrorCode.CANCELLED)
            closed = session.close_other_connections()
            new_master = new_master_key()
            try:
                # Each slot: (new, current) — never the older keys of an earlier attempt.
                both = slots.resealed(current, keep_old=False).resealed(new_master, keep_old=True)
                both.authenticated(new_master, current).save(session.paths.keyslots)
                faults.step("rekey:file-has-both-keys")
                progress(0.3)
                rekey(session.conn, new_master)
                accounts_repo.checkpoint(session.conn)
                session.replace_master_key(bytearray(new_master))
                faults.step("rekey:database-rekeyed")
            finally:
                wipe(new_master)
            log.info("vault re-keyed (%d worker connections closed first)", closed)
        progress(0.8)
        master = session.master_key_copy()
        try:
            slots.resealed(master, keep_old=False).authenticated(master).save(
                session.paths.keyslots
            )
        finally:
            wipe(master)
        faults.step("rekey:file-has-new-key")
        with session.write() as c:
            c.execute("DELETE FROM meta WHERE key = ?", (PENDING,))
            session.audit(c, Action.VAULT_REKEYED, slots=len(slots.slots))
        progress(1.0)
    finally:
        wipe(current)


def resume(session: VaultSession) -> bool:
    """Finish a journaled re-key left by a kill; True if there was one."""
    if pending(session.conn) is None:
        return False
    log.info("finishing an interrupted re-key")
    rekey_vault(session)
    return True
