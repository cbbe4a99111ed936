"""Record ids that are never given out twice.

SQLite's `INTEGER PRIMARY KEY` without AUTOINCREMENT hands out `max(rowid) + 1`: delete
the newest client and the next one gets its id, its number and — since the audit trail
keys history by record id — the deleted person's history. A counter in `meta` remembers
the highest id ever used per table (seeded by migration 0060 from the trail too).
"""

from __future__ import annotations

from intake_app.vault.database import Connection

_TABLES = {"clients": "clients.last_id", "referrals": "referrals.last_id"}


def next_id(conn: Connection, table: str) -> int:
    """The next id of `table` never used before (inside the caller's write transaction)."""
    key = _TABLES[table]
    row = conn.execute(
        f"SELECT max((SELECT ifnull(max(id), 0) FROM {table}),"
        " ifnull((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?), 0)) + 1",
        (key,),
    ).fetchone()
    return int(row[0])


def claim_up_to(conn: Connection, table: str, last_id: int) -> None:
    """Record that ids up to `last_id` of `table` are used (in the same transaction)."""
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        " WHERE CAST(meta.value AS INTEGER) < CAST(excluded.value AS INTEGER)",
        (_TABLES[table], str(last_id)),
    )
