"""Merging two client records so that it can be undone exactly.

A merge moves every row that points at the merged record (needs, consents, household,
and any table another area adds with a foreign key to clients, such as referrals) to the
survivor, fills some of the survivor's empty fields, and hides the merged record. What
moved and what the survivor looked like are kept in `client_merges`, so undo puts every
row back where it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from intake_app.vault.clients_repo import bump_generation, referencing_columns, reindex_client
from intake_app.vault.database import Connection

# Columns a merge may fill on the survivor; the use case decides the values.
MERGEABLE_COLUMNS = frozenset(
    {
        "given_name",
        "family_name",
        "preferred_name",
        "latin_name",
        "birth_year",
        "age_range",
        "languages",
        "phone",
        "email",
        "area",
        "notes",
        "sensitive_note",
        "no_health_card",
        "no_photo_id",
        "no_proof_of_address",
        "no_income",
        "needs_interpreter",
        "last_activity",
    }
)


@dataclass(frozen=True)
class MergeRecord:
    id: int
    survivor_id: int
    merged_id: int
    merged_at: datetime
    merged_by: int | None
    undone_at: datetime | None
    moved_rows: int


def merge_records(
    conn: Connection,
    survivor_id: int,
    merged_id: int,
    fills: dict[str, Any],
    now: datetime,
    user_id: int | None,
) -> MergeRecord:
    """Move everything of `merged_id` to `survivor_id`; call inside a write transaction."""
    bad = set(fills) - MERGEABLE_COLUMNS
    if bad:
        raise ValueError(f"not a mergeable column: {sorted(bad)}")
    moved: dict[str, dict[str, list[int]]] = {}
    count = 0
    for table, column in referencing_columns(conn):
        ids = [
            r[0]
            for r in conn.execute(f"SELECT rowid FROM {table} WHERE {column} = ?", (merged_id,))
        ]
        if ids:
            moved.setdefault(table, {})[column] = ids
            conn.execute(
                f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (survivor_id, merged_id)
            )
            count += len(ids)
    before: dict[str, Any] = {}
    if fills:
        cols = sorted(fills)
        row = conn.execute(
            f"SELECT {', '.join(cols)} FROM clients WHERE id = ?", (survivor_id,)
        ).fetchone()
        before = {c: row[c] for c in cols}
        conn.execute(
            f"UPDATE clients SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
            (*(fills[c] for c in cols), survivor_id),
        )
    conn.execute("DELETE FROM client_drafts WHERE client_id = ?", (merged_id,))
    conn.execute("UPDATE clients SET merged_into = ? WHERE id = ?", (survivor_id, merged_id))
    at = now.isoformat(timespec="seconds")
    cur = conn.execute(
        "INSERT INTO client_merges (survivor_id, merged_id, moved, survivor_before, merged_at,"
        " merged_by) VALUES (?, ?, ?, ?, ?, ?)",
        (survivor_id, merged_id, json.dumps(moved), json.dumps(before), at, user_id),
    )
    reindex_client(conn, merged_id)
    reindex_client(conn, survivor_id)
    merge_id = int(cur.lastrowid or 0)
    return MergeRecord(merge_id, survivor_id, merged_id, now, user_id, None, count)


def undo_merge(conn: Connection, merge_id: int, now: datetime) -> MergeRecord | None:
    """Put back every moved row and the survivor's former fields; None if nothing to undo."""
    row = conn.execute(
        "SELECT * FROM client_merges WHERE id = ? AND undone_at IS NULL", (merge_id,)
    ).fetchone()
    if row is None:
        return None
    survivor_id, merged_id = row["survivor_id"], row["merged_id"]
    moved: dict[str, dict[str, list[int]]] = json.loads(row["moved"])
    count = 0
    for table, columns in moved.items():
        for column, ids in columns.items():
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" for _ in chunk)
                cur = conn.execute(
                    f"UPDATE {table} SET {column} = ? WHERE rowid IN ({marks}) AND {column} = ?",
                    (merged_id, *chunk, survivor_id),
                )
                count += cur.rowcount
    before: dict[str, Any] = json.loads(row["survivor_before"])
    if before:
        cols = sorted(before)
        conn.execute(
            f"UPDATE clients SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
            (*(before[c] for c in cols), survivor_id),
        )
    conn.execute("UPDATE clients SET merged_into = NULL WHERE id = ?", (merged_id,))
    conn.execute(
        "UPDATE client_merges SET undone_at = ? WHERE id = ?",
        (now.isoformat(timespec="seconds"), merge_id),
    )
    reindex_client(conn, survivor_id)
    reindex_client(conn, merged_id)
    bump_generation(conn)
    return MergeRecord(
        merge_id,
        survivor_id,
        merged_id,
        datetime.fromisoformat(row["merged_at"]),
        row["merged_by"],
        now,
        count,
    )


def merges_for_client(conn: Connection, client_id: int) -> list[MergeRecord]:
    """Merges where the client survived or was merged away, newest first."""
    out = []
    for r in conn.execute(
        "SELECT * FROM client_merges WHERE survivor_id = ? OR merged_id = ? ORDER BY id DESC",
        (client_id, client_id),
    ):
        moved = json.loads(r["moved"])
        out.append(
            MergeRecord(
                r["id"],
                r["survivor_id"],
                r["merged_id"],
                datetime.fromisoformat(r["merged_at"]),
                r["merged_by"],
                datetime.fromisoformat(r["undone_at"]) if r["undone_at"] else None,
                sum(len(ids) for cols in moved.values() for ids in cols.values()),
            )
        )
    return out
