"""Retention queries: which clients have been inactive long enough to be deleted.

A client's *effective* last activity is the latest of its `last_activity` and the time of
its newest audit event **as corrected by the audit order**: audit events are numbered in
the order they really happened, so an event cannot truly be older than any event before
it. Taking the running maximum of the timestamps along the audit order undoes a clock
that was set backwards while someone worked: that work still counts as recent, and the
client is not deleted early.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from intake_app.vault.database import Connection

_DUE_SQL = """
WITH corrected AS (
    SELECT record_type, record_id,
           max(at) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS at
    FROM audit
), per_client AS (
    SELECT record_id, max(at) AS at FROM corrected
    WHERE record_type = 'client' GROUP BY record_id
)
SELECT c.id, c.number, c.given_name, c.family_name, c.preferred_name, c.last_activity,
       by_id.at AS audit_by_id, by_number.at AS audit_by_number
FROM clients c
LEFT JOIN per_client by_id ON by_id.record_id = CAST(c.id AS TEXT)
LEFT JOIN per_client by_number ON by_number.record_id = c.number
"""
# `+` keeps SQLite from walking `clients_by_merge` (nearly every client has no
# `merged_into`, so that index visits the whole table, row by row, out of file order —
# worse than linear once the file outgrows the page cache). With a cutoff, the range on
# `clients_by_activity` visits only the clients old enough to be candidates.
_WHERE = " WHERE +c.merged_into IS NULL"


@dataclass(frozen=True)
class InactiveClient:
    id: int
    number: str
    display_name: str
    last_activity: datetime


def _name(given: str, family: str, preferred: str) -> str:
    name = ", ".join(p for p in (family, given) if p)
    if preferred and preferred != given:
        name = f"{name} ({preferred})" if name else preferred
    return name


def due_sql(*, with_cutoff: bool) -> str:
    """The listing's query; with a cutoff it takes one `?`: the stored-text bound."""
    return _DUE_SQL + _WHERE + (" AND c.last_activity < ?" if with_cutoff else "")


def effective_last_activity(
    conn: Connection, older_than: datetime | None = None
) -> list[InactiveClient]:
    """Every client with its effective last activity (see the module docstring).

    With `older_than`, clients whose own `last_activity` is already later are skipped in
    SQL: their effective activity can only be later still, so they are never due. (The
    stored text is compared with a day's margin, since offsets may differ.)
    """
    sql = due_sql(with_cutoff=older_than is not None)
    params: tuple[str, ...] = ()
    if older_than is not None:
        params = ((older_than + timedelta(days=1)).isoformat(),)
    out = []
    for row in conn.execute(sql, params):
        times = [datetime.fromisoformat(row["last_activity"])]
        for col in ("audit_by_id", "audit_by_number"):
            if row[col]:
                times.append(datetime.fromisoformat(row[col]))
        out.append(
            InactiveClient(
                row["id"],
                row["number"],
                _name(row["given_name"], row["family_name"], row["preferred_name"]),
                max(times),
            )
        )
    return out


def get_meta(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def put_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def vacuum(conn: Connection) -> None:
    """Rebuild the file so freed pages are gone, then empty the write-ahead log."""
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def client_id_by_number(conn: Connection, number: str) -> int | None:
    row = conn.execute(
        "SELECT id FROM clients WHERE number = ? COLLATE NOCASE", (number.strip(),)
    ).fetchone()
    return int(row[0]) if row else None
