"""Unsaved intake work kept inside the encrypted vault: one draft per user and record.

A draft never goes to a temp file, QSettings or the clipboard. `client_id` is None for a
new intake not yet saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from intake_app.vault.database import Connection


@dataclass(frozen=True)
class DraftRow:
    id: int
    user_id: int
    client_id: int | None
    payload: str
    saved_at: datetime


def save_draft(
    conn: Connection, user_id: int, client_id: int | None, payload: str, now: datetime
) -> None:
    conn.execute(
        "DELETE FROM client_drafts WHERE user_id = ? AND ifnull(client_id, 0) = ?",
        (user_id, client_id or 0),
    )
    conn.execute(
        "INSERT INTO client_drafts (user_id, client_id, payload, saved_at) VALUES (?, ?, ?, ?)",
        (user_id, client_id, payload, now.isoformat(timespec="seconds")),
    )


def load_draft(conn: Connection, user_id: int, client_id: int | None) -> DraftRow | None:
    r = conn.execute(
        "SELECT * FROM client_drafts WHERE user_id = ? AND ifnull(client_id, 0) = ?",
        (user_id, client_id or 0),
    ).fetchone()
    if r is None:
        return None
    return DraftRow(
        r["id"], r["user_id"], r["client_id"], r["payload"], datetime.fromisoformat(r["saved_at"])
    )


def delete_draft(conn: Connection, user_id: int, client_id: int | None) -> bool:
    cur = conn.execute(
        "DELETE FROM client_drafts WHERE user_id = ? AND ifnull(client_id, 0) = ?",
        (user_id, client_id or 0),
    )
    return cur.rowcount > 0


def drafts_of_user(conn: Connection, user_id: int) -> list[DraftRow]:
    return [
        DraftRow(
            r["id"],
            r["user_id"],
            r["client_id"],
            r["payload"],
            datetime.fromisoformat(r["saved_at"]),
        )
        for r in conn.execute(
            "SELECT * FROM client_drafts WHERE user_id = ? ORDER BY saved_at DESC", (user_id,)
        )
    ]
