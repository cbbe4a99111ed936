"""The signed audit chain verified: in full (`check`), or from the signed checkpoints
(unlock). Read-only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from intake_app.vault.audit import GENESIS, row_digest
from intake_app.vault.audit import checkpoint_text as _checkpoint_text
from intake_app.vault.database import Connection, Row
from intake_app.vault.problems import Area, Problem
from intake_app.vault.roster_check import RosterState
from intake_app.vault.signing import verifies


@dataclass(frozen=True)
class Checkpoint:
    signer_slot: str
    event_id: int
    hash: str
    sig: str


def checkpoints(conn: Connection) -> list[Checkpoint]:
    return [
        Checkpoint(str(r["signer_slot"]), int(r["event_id"]), str(r["hash"]), str(r["sig"]))
        for r in conn.execute("SELECT * FROM audit_checkpoints")
    ]


def _audit_problem(text: str) -> list[Problem]:
    return [Problem(area=Area.AUDIT, text=text)]


def _signed_right(row: Row, state: RosterState, vault_id: str) -> str:
    """Why this event's signature does not hold ("" if it does)."""
    eid = int(row["id"])
    info = state.slots.get(str(row["signer_slot"]))
    if info is None or eid < info.from_event or (info.to_event is not None and eid > info.to_event):
        return f"audit event #{eid} is signed by a key the roster does not allow there"
    if not verifies(info.key(), str(row["sig"]), "audit", vault_id, str(row["hash"])):
        return f"audit event #{eid} has a forged signature"
    if row["user_id"] is not None and info.user_id is not None and row["user_id"] != info.user_id:
        return f"audit event #{eid} names user #{row['user_id']} but another user signed it"
    return ""


def valid_checkpoints(
    conn: Connection, state: RosterState, vault_id: str
) -> tuple[list[Checkpoint], list[Problem]]:
    """Every checkpoint signed by a roster slot, oldest first, each checked against the
    chain: the event it names must still be there with the same hash."""
    found = []
    for cp in checkpoints(conn):
        info = state.slots.get(cp.signer_slot)
        text = _checkpoint_text(cp.event_id, cp.hash)
        if info is None or not verifies(info.key(), cp.sig, "checkpoint", vault_id, text):
            continue  # anyone with the key can add a row; only signed ones count
        have = hash_at(conn, cp.event_id)
        if have is None:
            return [], _audit_problem(
                f"audit events up to #{cp.event_id}, verified before, are missing (truncated)"
            )
        if have != cp.hash:
            return [], _audit_problem(
                f"audit events up to #{cp.event_id}, verified before, were rewritten"
            )
        found.append(cp)
    return sorted(found, key=lambda c: c.event_id), []


def verify_segments(
    conn: Connection, state: RosterState, vault_id: str, cps: list[Checkpoint]
) -> tuple[Checkpoint | None, list[Problem]]:
    """Verify up to the newest checkpoint without walking every event.

    Sessions run one at a time (the instance lock) and each ends with a checkpoint signed
    by its user, vouching "verified when I opened, then I appended my own events". So in
    the stretch that ends at a checkpoint by slot X, X's own events need no second look;
    every event there *not* signed by X, or naming another user, is verified — hash, link
    to the event before it, and signature — and the links of all events are checked in
    one SQL pass. A forged event always falls in that set (its signer is not X), and an
    event inserted, removed or reordered breaks a link or a checkpoint. What this does not
    see is a field edited in X's own stretch with its stored hash left as it was: `check`
    walks every hash and every signature and finds it. What no check of a chain can see —
    others' events deleted by someone who re-chains after them — is what the high-water
    marks are for."""
    if not cps:
        return None, []
    # One pass in SQL (no hashing in Python): every event's link must name the hash
    # stored in the event before it, from #1 on. Catches reordered, removed or inserted
    # events, and edits re-hashed without re-hashing everything after them.
    broken = conn.execute(
        "SELECT min(a.id) FROM audit a LEFT JOIN audit b ON b.id = a.id - 1"
        " WHERE a.id <= ? AND a.prev_hash IS NOT (CASE WHEN a.id = 1 THEN ? ELSE b.hash END)",
        (cps[-1].event_id, GENESIS),
    ).fetchone()[0]
    first = conn.execute("SELECT min(id) FROM audit").fetchone()[0]
    if broken is not None or first != 1:
        where = broken if broken is not None else 1
        return None, _audit_problem(
            f"audit chain broken at event #{where}: edited, removed or reordered"
        )
    last: Checkpoint | None = None
    for cp in cps:
        low = last.event_id if last else 0
        if cp.event_id <= low:
            continue
        owner = state.slots[cp.signer_slot].user_id
        for row in _foreign_events(conn, state, cp.signer_slot, owner, low, cp.event_id):
            eid = int(row["id"])
            if row["hash"] != row_digest(row, str(row["prev_hash"])):
                return last, _audit_problem(
                    f"audit chain broken at event #{eid}: edited, removed or reordered"
                )
            why = _signed_right(row, state, vault_id)
            if why:
                return last, _audit_problem(why)
        last = cp
    return last, []


def _signers(conn: Connection) -> Iterator[str]:
    """Every distinct signer slot, one index seek each (a skip scan by hand)."""
    current = conn.execute("SELECT min(signer_slot) FROM audit").fetchone()[0]
    while current is not None:
        yield str(current)
        current = conn.execute(
            "SELECT min(signer_slot) FROM audit WHERE signer_slot > ?", (current,)
        ).fetchone()[0]


def _foreign_events(
    conn: Connection, state: RosterState, slot: str, owner: int | None, low: int, high: int
) -> Iterator[Row]:
    """Events in (low, high] not signed by `slot`, or signed by it but naming another
    user, found through the indexes (a handful of range lookups, no table scan)."""
    for other in _signers(conn):
        if other == slot:
            continue
        yield from conn.execute(
            "SELECT * FROM audit WHERE signer_slot = ? AND id > ? AND id <= ?", (other, low, high)
        )
    if owner is None:
        yield from conn.execute(
            "SELECT * FROM audit WHERE signer_slot = ? AND user_id IS NOT NULL"
            " AND id > ? AND id <= ?",
            (slot, low, high),
        )
        return
    for cmp in ("<", ">"):  # two index ranges either side of the owner's own events
        yield from conn.execute(
            f"SELECT * FROM audit WHERE signer_slot = ? AND user_id {cmp} ? AND id > ? AND id <= ?",
            (slot, owner, low, high),
        )


def verify_audit(
    conn: Connection, state: RosterState, vault_id: str, start: Checkpoint | None
) -> tuple[int, str, list[Problem]]:
    """Walk the chain from `start` (or from the first event); return count, head, problems."""
    prev, expected = GENESIS, 1
    if start is not None:
        have = hash_at(conn, start.event_id)
        if have is None:
            return (
                0,
                GENESIS,
                _audit_problem(
                    f"audit events up to #{start.event_id}, verified before, are missing "
                    "(truncated)"
                ),
            )
        if have != start.hash:
            return (
                0,
                GENESIS,
                _audit_problem(
                    f"audit events up to #{start.event_id}, verified before, were rewritten"
                ),
            )
        prev, expected = start.hash, start.event_id + 1
    count = expected - 1
    for row in conn.execute("SELECT * FROM audit WHERE id >= ? ORDER BY id", (expected,)):
        eid = int(row["id"])
        if eid != expected or row["prev_hash"] != prev or row["hash"] != row_digest(row, prev):
            return (
                count,
                prev,
                _audit_problem(
                    f"audit chain broken at event #{expected}: edited, removed or reordered"
                ),
            )
        why = _signed_right(row, state, vault_id)
        if why:
            return count, prev, _audit_problem(why)
        prev, expected, count = str(row["hash"]), eid + 1, eid
    meta = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if meta is not None and meta["value"] != f"{count}:{prev}":
        return (
            count,
            prev,
            _audit_problem(f"the audit trail's last events (after #{count}) were deleted"),
        )
    return count, prev, []


def hash_at(conn: Connection, event_id: int) -> str | None:
    if event_id == 0:
        return GENESIS
    row = conn.execute("SELECT hash FROM audit WHERE id = ?", (event_id,)).fetchone()
    return str(row["hash"]) if row else None
