"""Does this vault hold together? The roster, the key-slot file and the audit trail.

Read-only: nothing here writes. Unlocking runs `verify` before it appends a single event
and refuses a vault with a blocking problem; `intake-app check` runs it in full and
prints every problem, one line each.

What is checked, and against whom it holds:

* the **key-slot file's MAC** (HKDF of the master key) — stops anyone *without* the
  master key: a planted slot, a flipped bit, swapped name tags, another vault's file;
* the **roster** (signed entries in the database) — stops anyone *with* the master key
  but without a coordinator's signing key: a role edited by SQL, a slot added to the
  file and to the database, a public key replaced. The file must hold exactly the
  roster's active slots, with the same public keys, and name tags that fit the names;
* the **audit chain** — each event hashed onto the previous one and signed by the slot
  that was signed in; an event signed by a key the roster does not give that place in
  time, reordered, edited or removed from the middle breaks it;
* the **high-water marks** — the key file's and every signed backup manifest's (event
  count and head hash): a database older than either, or whose trail has forked from
  them, is reported as rolled back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from intake_app.vault import roster as roster_repo
from intake_app.vault.audit import GENESIS
from intake_app.vault.audit_check import valid_checkpoints, verify_audit, verify_segments
from intake_app.vault.database import Connection, DatabaseError
from intake_app.vault.keyslots import HighWater, KeySlotFile
from intake_app.vault.marks import (
    backup_marks,
    compare_mark,
    last_restore_time,
    passphrase_changes_after,
)
from intake_app.vault.problems import Area, Problem, Repair, summary
from intake_app.vault.roster_check import (
    RosterState,
    SlotInfo,
    compare_account_events,
    compare_file,
    compare_users,
    fold_roster,
    rekeyed_after_removal,
)

log = logging.getLogger(__name__)

__all__ = [
    "Area",
    "Problem",
    "Repair",
    "RosterState",
    "SlotInfo",
    "TrustReport",
    "compare_mark",
    "fold_roster",
    "summary",
    "verify",
]


@dataclass
class TrustReport:
    problems: list[Problem]
    roster: RosterState
    events: int
    head: str
    verified_from: int = 0  # signatures verified for events after this id

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def blocking(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]


def verify(
    conn: Connection,
    slots: KeySlotFile,
    master_key: bytes | bytearray,
    *,
    me: str | None = None,
    full: bool = False,
    backups: Path | None = None,
    last_seen: HighWater | None = None,
    more_backups: tuple[Path, ...] = (),
) -> TrustReport:
    """Everything above, read-only. `full` verifies every signature from event 1.

    `last_seen` (this computer's note) and `backups` (a folder of signed manifests) are
    the anchors outside the data folder; a backup about to be restored, older by nature,
    is verified without them."""
    problems: list[Problem] = []
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        vault_id = str(row["value"]) if row else ""
        if vault_id != slots.vault_id:
            problems.append(Problem("the key file belongs to another vault"))
        if not slots.mac_fits(master_key):
            problems.append(
                Problem(
                    "the key file was changed outside Passerelle (its MAC does not fit): "
                    "a slot, public key, KDF parameter, wrapped key, tag or high-water mark"
                )
            )
        state, roster_problems = fold_roster(roster_repo.entries(conn), vault_id)
        problems += roster_problems
        if not roster_problems:
            problems += compare_users(conn, state)
            problems += compare_file(slots, state, state.names)
            problems += compare_account_events(conn, state)
            problems += rekeyed_after_removal(conn, roster_repo.entries(conn))
        cps, chain_problems = valid_checkpoints(conn, state, vault_id)
        start = None
        events, head = 0, GENESIS
        if full:
            events, head, walk_problems = verify_audit(conn, state, vault_id, None)
            chain_problems = walk_problems + chain_problems
        elif not chain_problems:
            start, chain_problems = verify_segments(conn, state, vault_id, cps)
            if not chain_problems:
                events, head, chain_problems = verify_audit(conn, state, vault_id, start)
        problems += chain_problems
        # The marks are compared with what the database holds, broken chain or not.
        held = (
            events
            if not chain_problems
            else int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])
        )
        problems += compare_mark(conn, slots.high_water, held, "its key file")
        problems += passphrase_changes_after(conn, slots.high_water, state, me)
        if last_seen is not None:
            problems += compare_mark(conn, last_seen, held, "what this computer saw last")
        folders = [f for f in (backups, *more_backups) if f is not None]
        since = last_restore_time(conn) if folders else None
        for folder in dict.fromkeys(folders):
            marks, backup_problems = backup_marks(folder, state, vault_id, since)
            problems += backup_problems
            for name, mark in marks:
                problems += compare_mark(conn, mark, held, f"the backup {name}")
    except DatabaseError as exc:
        log.info("trust check could not read the vault: %s", type(exc).__name__)
        return TrustReport(
            [Problem("the vault's tables could not be read")], RosterState(), 0, GENESIS
        )
    return TrustReport(problems, state, events, head, start.event_id if start else 0)
