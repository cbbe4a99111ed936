"""The hash-chained audit trail.

Each event's hash covers its own fields and the previous event's hash; the newest hash
and count are also kept in `meta`, so removing events from the end shows too. Details are
ids and counts: the trail is safe to show a coordinator and to export.
"""

from __future__ import annotations

import json
from datetime import datetime
from hashlib import sha256
from typing import Any

from intake_app.domain.audit import AuditEvent, ChainReport
from intake_app.vault.database import Connection, Row
from intake_app.vault.signing import Signer

GENESIS = "0" * 64


def _digest(
    prev_hash: str,
    event_id: int,
    at: str,
    user_id: int | None,
    action: str,
    record_type: str,
    record_id: str,
    detail: str,
    signer_slot: str,
) -> str:
    payload = json.dumps(
        [prev_hash, event_id, at, user_id, action, record_type, record_id, detail, signer_slot],
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return sha256(payload.encode("ascii")).hexdigest()


def row_digest(row: Row, prev_hash: str) -> str:
    """The hash an audit row must carry if it follows `prev_hash`."""
    return _digest(
        prev_hash,
        row["id"],
        row["at"],
        row["user_id"],
        row["action"],
        row["record_type"],
        row["record_id"],
        row["detail"],
        row["signer_slot"],
    )


def record(
    conn: Connection,
    signer: Signer,
    at: datetime,
    user_id: int | None,
    action: str,
    record_type: str = "",
    record_id: str | int = "",
    **detail: Any,
) -> int:
    """Append one event signed by `signer`. Call inside the caller's write transaction."""
    last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = last["hash"] if last else GENESIS
    event_id = (last["id"] + 1) if last else 1
    at_text = at.isoformat(timespec="seconds")
    detail_text = json.dumps(detail, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    digest = _digest(
        prev_hash,
        event_id,
        at_text,
        user_id,
        str(action),
        record_type,
        str(record_id),
        detail_text,
        signer.slot_id,
    )
    conn.execute(
        "INSERT INTO audit (id, at, user_id, action, record_type, record_id, detail,"
        " prev_hash, hash, signer_slot, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event_id,
            at_text,
            user_id,
            str(action),
            record_type,
            str(record_id),
            detail_text,
            prev_hash,
            digest,
            signer.slot_id,
            signer.sign("audit", digest),
        ),
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{event_id}:{digest}",),
    )
    return event_id


def head(conn: Connection) -> tuple[int, str]:
    """The newest event's id and hash ((0, GENESIS) for an empty trail)."""
    last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return (int(last["id"]), str(last["hash"])) if last else (0, GENESIS)


def checkpoint_text(event_id: int, digest: str) -> str:
    return f"{event_id}:{digest}"


def write_checkpoint(conn: Connection, signer: Signer) -> tuple[int, str]:
    """Sign "the trail was verified up to its head" (after a verified unlock or a session).

    The next unlock by this slot (or by anyone, if a coordinator's) starts from here."""
    event_id, digest = head(conn)
    conn.execute(
        "INSERT INTO audit_checkpoints (signer_slot, event_id, hash, sig) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(signer_slot) DO UPDATE SET event_id = excluded.event_id,"
        " hash = excluded.hash, sig = excluded.sig",
        (
            signer.slot_id,
            event_id,
            digest,
            signer.sign("checkpoint", checkpoint_text(event_id, digest)),
        ),
    )
    return event_id, digest


def verify_chain(conn: Connection) -> ChainReport:
    """The hash chain alone (no signatures): see `vault.trust` for the full verification."""
    prev_hash = GENESIS
    expected_id = 1
    count = 0
    for row in conn.execute("SELECT * FROM audit ORDER BY id"):
        digest = row_digest(row, prev_hash)
        if row["id"] != expected_id or row["prev_hash"] != prev_hash or row["hash"] != digest:
            return ChainReport(count, broken_at=row["id"])
        prev_hash = row["hash"]
        expected_id += 1
        count += 1
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if head is not None and head["value"] != f"{count}:{prev_hash}":
        return ChainReport(count, broken_at=count + 1)
    return ChainReport(count)


def _event(row: Row) -> AuditEvent:
    return AuditEvent(
        id=row["id"],
        at=datetime.fromisoformat(row["at"]),
        user_id=row["user_id"],
        action=row["action"],
        record_type=row["record_type"],
        record_id=row["record_id"],
        detail=json.loads(row["detail"]),
    )


def events_for_record(conn: Connection, record_type: str, record_id: str | int) -> list[AuditEvent]:
    rows = conn.execute(
        "SELECT * FROM audit WHERE record_type = ? AND record_id = ? ORDER BY id",
        (record_type, str(record_id)),
    )
    return [_event(r) for r in rows]


def query_events(
    conn: Connection,
    *,
    user_id: int | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    record_type: str | None = None,
    record_id: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[AuditEvent]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (
        ("user_id", user_id),
        ("action", action),
        ("record_type", record_type),
        ("record_id", record_id),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if since is not None:
        clauses.append("at >= ?")
        params.append(since.isoformat(timespec="seconds"))
    if until is not None:
        clauses.append("at < ?")
        params.append(until.isoformat(timespec="seconds"))
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = f"SELECT * FROM audit {where} ORDER BY id DESC LIMIT ? OFFSET ?"
    return [_event(r) for r in conn.execute(sql, (*params, limit, offset))]
