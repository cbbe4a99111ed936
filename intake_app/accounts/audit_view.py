"""The audit trail for coordinators: filtered views, the chain check, and a CSV export.

The export holds what the trail holds — times, actions, record types and numbers, ids
and counts — plus the staff member's name; never a client's name or note.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from intake_app.domain.audit import Action, AuditEvent, ChainReport
from intake_app.domain.permissions import Permission, require
from intake_app.vault import accounts_repo, audit, directory_repo
from intake_app.vault.atomic import atomic_write_bytes
from intake_app.vault.session import VaultSession

PAGE = 2000


@dataclass(frozen=True)
class AuditFilter:
    user_id: int | None = None
    action: str | None = None
    since: date | None = None  # inclusive
    until: date | None = None  # inclusive
    client_number: str | None = None


@dataclass(frozen=True)
class AuditRow:
    event: AuditEvent
    user_name: str  # "" for events without a user (e.g. failed unlocks)


def audit_user_names(session: VaultSession) -> dict[int, str]:
    """Every account that may appear in the trail, removed ones included."""
    require(session.user, Permission.VIEW_AUDIT)
    return accounts_repo.user_names(session.conn)


def search_audit(session: VaultSession, flt: AuditFilter, limit: int = PAGE) -> list[AuditRow]:
    """The newest events matching `flt` (at most `limit`)."""
    require(session.user, Permission.VIEW_AUDIT)
    tz = session.clock.now().tzinfo
    since = datetime.combine(flt.since, time.min, tz) if flt.since else None
    until = datetime.combine(flt.until + timedelta(days=1), time.min, tz) if flt.until else None
    number = (flt.client_number or "").strip() or None
    events = audit.query_events(
        session.conn,
        user_id=flt.user_id,
        action=flt.action,
        since=since,
        until=until,
        record_type="client" if number else None,
        record_id=number,
        limit=limit,
    )
    names = accounts_repo.user_names(session.conn)
    return [AuditRow(e, names.get(e.user_id, "") if e.user_id else "") for e in events]


def audit_service_names(session: VaultSession, rows: list[AuditRow]) -> dict[str, str]:
    """Names of the services the shown events mention, so the trail reads as sentences."""
    require(session.user, Permission.VIEW_AUDIT)
    ids = {
        str(value)
        for row in rows
        for key, value in (
            *row.event.detail.items(),
            ("record", row.event.record_id if row.event.record_type == "service" else ""),
        )
        if key in ("service_id", "record") and value
    }
    return directory_repo.service_names(session.conn, ids) if ids else {}


def check_chain(session: VaultSession) -> ChainReport:
    require(session.user, Permission.VIEW_AUDIT)
    return audit.verify_chain(session.conn)


CSV_COLUMNS = ("event", "time", "user", "action", "record_type", "record_number", "detail")


def audit_csv(rows: list[AuditRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        e = row.event
        writer.writerow(
            [
                e.id,
                e.at.isoformat(timespec="seconds"),
                row.user_name,
                e.action,
                e.record_type,
                e.record_id,
                json.dumps(e.detail, sort_keys=True, ensure_ascii=False) if e.detail else "",
            ]
        )
    return out.getvalue()


def export_audit_csv(session: VaultSession, flt: AuditFilter, dest: Path) -> int:
    """Write the matching events (all of them) as CSV to `dest`; return how many."""
    require(session.user, Permission.VIEW_AUDIT)
    rows = search_audit(session, flt, limit=1_000_000)
    atomic_write_bytes(Path(dest), audit_csv(rows).encode("utf-8-sig"))
    with session.write() as conn:
        session.audit(conn, Action.AUDIT_EXPORTED, events=len(rows))
    return len(rows)
