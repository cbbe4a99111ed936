"""All referral SQL: referrals, the needs they answer, and unmet needs.

Lists are read with a single query each (needs' categories folded in with group_concat),
so a page of a thousand referrals is one round trip.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from intake_app.domain.clients import Client
from intake_app.domain.common import Lang
from intake_app.domain.referrals import (
    CloseReason,
    Referral,
    ReferralFilter,
    ReferralRow,
    ReferralState,
)
from intake_app.vault import ids
from intake_app.vault.database import Connection, Row


def _ts(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def code_exists(conn: Connection, code: str) -> bool:
    return conn.execute("SELECT 1 FROM referrals WHERE code = ?", (code,)).fetchone() is not None


def insert_referral(conn: Connection, r: Referral, categories: Iterable[str]) -> int:
    """Insert in the caller's transaction; IntegrityError if the code is already taken."""
    referral_id = ids.next_id(conn, "referrals")  # never a deleted referral's id
    ids.claim_up_to(conn, "referrals", referral_id)
    conn.execute(
        "INSERT INTO referrals (id, code, client_id, service_id, service_name, letter_language,"
        " reading_language, state, state_changed_at, follow_up_on, close_reason,"
        " outcome_note, created_at, created_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            referral_id,
            r.code,
            r.client_id,
            r.service_id,
            r.service_name,
            r.letter_language.value,
            r.reading_language,
            r.state.value,
            _ts(r.state_changed_at or r.created_at),
            _day(r.follow_up_on),
            r.close_reason.value if r.close_reason else "",
            r.outcome_note,
            _ts(r.created_at),
            r.created_by,
        ),
    )
    conn.executemany(
        "INSERT INTO referral_needs (referral_id, need_id, category) VALUES (?, ?, ?)",
        [(referral_id, nid, cat) for nid, cat in zip(r.need_ids, categories, strict=True)],
    )
    return referral_id


def _referral(row: Row, needs: list[Row]) -> Referral:
    return Referral(
        id=row["id"],
        code=row["code"],
        client_id=row["client_id"],
        service_id=row["service_id"] or "",
        service_name=row["service_name"],
        need_ids=tuple(n["need_id"] for n in needs if n["need_id"] is not None),
        categories=tuple(n["category"] for n in needs),
        letter_language=Lang(row["letter_language"]),
        reading_language=row["reading_language"],
        state=ReferralState(row["state"]),
        state_changed_at=_dt(row["state_changed_at"]),
        follow_up_on=_d(row["follow_up_on"]),
        close_reason=CloseReason(row["close_reason"]) if row["close_reason"] else None,
        outcome_note=row["outcome_note"],
        created_at=_dt(row["created_at"]) or datetime.min,
        created_by=row["created_by"],
    )


def load_referral(conn: Connection, referral_id: int) -> Referral | None:
    row = conn.execute("SELECT * FROM referrals WHERE id = ?", (referral_id,)).fetchone()
    if row is None:
        return None
    needs = conn.execute(
        "SELECT need_id, category FROM referral_needs WHERE referral_id = ? ORDER BY rowid",
        (referral_id,),
    ).fetchall()
    return _referral(row, needs)


def load_referrals(conn: Connection, ids: Iterable[int]) -> list[Referral]:
    """The referrals with these ids, in the order given (missing ones are skipped)."""
    out = []
    for rid in ids:
        r = load_referral(conn, rid)
        if r is not None:
            out.append(r)
    return out


def set_reading_language(conn: Connection, referral_id: int, code: str) -> None:
    """Remember the reading language chosen for this referral's letter."""
    conn.execute("UPDATE referrals SET reading_language = ? WHERE id = ?", (code, referral_id))


def referral_id_by_code(conn: Connection, code: str) -> int | None:
    row = conn.execute("SELECT id FROM referrals WHERE code = ?", (code,)).fetchone()
    return int(row[0]) if row else None


def update_referral(
    conn: Connection,
    referral_id: int,
    *,
    state: ReferralState,
    changed_at: datetime,
    follow_up_on: date | None,
    close_reason: CloseReason | None,
    outcome_note: str,
) -> bool:
    cur = conn.execute(
        "UPDATE referrals SET state = ?, state_changed_at = ?, follow_up_on = ?,"
        " close_reason = ?, outcome_note = ? WHERE id = ?",
        (
            state.value,
            _ts(changed_at),
            _day(follow_up_on),
            close_reason.value if close_reason else "",
            outcome_note,
            referral_id,
        ),
    )
    return cur.rowcount == 1


_LIST_SQL = """
SELECT r.id, r.code, r.client_id, c.number AS client_number, c.given_name, c.family_name,
       c.preferred_name, r.service_id, coalesce(s.name, r.service_name) AS service_name,
       r.state, r.created_at, r.created_by, coalesce(u.name, '') AS created_by_name,
       r.follow_up_on, r.close_reason, r.outcome_note, json_extract(s.doc, '$.tr') AS tr,
       (SELECT group_concat(category, ',') FROM referral_needs n WHERE n.referral_id = r.id)
           AS categories
FROM referrals r
JOIN clients c ON c.id = r.client_id
LEFT JOIN services s ON s.id = r.service_id
LEFT JOIN users u ON u.id = r.created_by
"""


def list_referrals(conn: Connection, f: ReferralFilter) -> list[ReferralRow]:
    """Referrals matching the filter: due ones by follow-up date, the others newest first."""
    where: list[str] = []
    params: list[Any] = []
    if f.states:
        where.append(f"r.state IN ({', '.join('?' for _ in f.states)})")
        params.extend(sorted(s.value for s in f.states))
    if f.due_on_or_before is not None:
        where.append("r.state != 'closed' AND r.follow_up_on IS NOT NULL AND r.follow_up_on <= ?")
        params.append(f.due_on_or_before.isoformat())
    if f.created_by is not None:
        where.append("r.created_by = ?")
        params.append(f.created_by)
    if f.service_id is not None:
        where.append("r.service_id = ?")
        params.append(f.service_id)
    if f.client_id is not None:
        where.append("r.client_id = ?")
        params.append(f.client_id)
    sql = _LIST_SQL + (" WHERE " + " AND ".join(where) if where else "")
    if f.due_on_or_before is not None:
        sql += " ORDER BY r.follow_up_on, r.id"
    else:
        sql += " ORDER BY r.created_at DESC, r.id DESC"
    sql += " LIMIT ?"
    params.append(f.limit)
    return [_row(r) for r in conn.execute(sql, params).fetchall()]


def _row(r: Row) -> ReferralRow:
    name = Client(
        given_name=r["given_name"],
        family_name=r["family_name"],
        preferred_name=r["preferred_name"],
    ).display_name
    return ReferralRow(
        id=r["id"],
        code=r["code"],
        client_id=r["client_id"],
        client_number=r["client_number"],
        client_name=name,
        service_id=r["service_id"],
        service_name=r["service_name"],
        categories=tuple(x for x in (r["categories"] or "").split(",") if x),
        state=ReferralState(r["state"]),
        created_at=_dt(r["created_at"]) or datetime.min,
        created_by=r["created_by"],
        created_by_name=r["created_by_name"],
        follow_up_on=_d(r["follow_up_on"]),
        close_reason=CloseReason(r["close_reason"]) if r["close_reason"] else None,
        outcome_note=r["outcome_note"],
        service_names=_names(r["tr"]),
    )


def _names(tr: str | None) -> tuple[tuple[str, str], ...]:
    """(language, name) pairs from the service document's translations, if readable."""
    try:
        items = json.loads(tr) if tr else []
        return tuple((str(t[0]), str(t[1])) for t in items if len(t) >= 2)
    except (ValueError, TypeError, IndexError):
        return ()


def referred_services(conn: Connection) -> list[tuple[str, str]]:
    """(service id, name) of every service that has referrals, by name: the list filter."""
    return [
        (r[0], r[1])
        for r in conn.execute(
            "SELECT r.service_id, coalesce(s.name, max(r.service_name)) FROM referrals r"
            " LEFT JOIN services s ON s.id = r.service_id WHERE r.service_id IS NOT NULL"
            " GROUP BY r.service_id ORDER BY 2 COLLATE NOCASE"
        )
    ]


def count_due(conn: Connection, on: date, created_by: int | None = None) -> int:
    sql = (
        "SELECT count(*) FROM referrals WHERE state != 'closed' AND follow_up_on IS NOT NULL"
        " AND follow_up_on <= ?"
    )
    params: list[Any] = [on.isoformat()]
    if created_by is not None:
        sql += " AND created_by = ?"
        params.append(created_by)
    return int(conn.execute(sql, params).fetchone()[0])


# -- unmet needs ---------------------------------------------------------------------------


def record_unmet(
    conn: Connection, client_id: int, need_id: int, category: str, urgency: str, on: date
) -> bool:
    """Note that nothing fitted this need on `on`; True if it is newly recorded."""
    row = conn.execute("SELECT id FROM unmet_needs WHERE need_id = ?", (need_id,)).fetchone()
    if row is not None:
        conn.execute(
            "UPDATE unmet_needs SET last_seen_on = ?, category = ?, urgency = ? WHERE id = ?",
            (on.isoformat(), category, urgency, row[0]),
        )
        return False
    conn.execute(
        "INSERT INTO unmet_needs (client_id, need_id, category, urgency, first_seen_on,"
        " last_seen_on) VALUES (?, ?, ?, ?, ?, ?)",
        (client_id, need_id, category, urgency, on.isoformat(), on.isoformat()),
    )
    return True


def unmet_last_seen(conn: Connection, need_ids: Iterable[int]) -> dict[int, date]:
    """When each of these needs was last found unmet (needs never found unmet are absent)."""
    ids = list(need_ids)
    if not ids:
        return {}
    rows = conn.execute(
        f"SELECT need_id, last_seen_on FROM unmet_needs WHERE need_id IN"
        f" ({', '.join('?' for _ in ids)})",
        ids,
    ).fetchall()
    return {int(r[0]): date.fromisoformat(r[1]) for r in rows}


def resolve_unmet(conn: Connection, need_ids: Iterable[int], on: date) -> int:
    """A referral now answers these needs; return how many unmet records it closed."""
    total = 0
    for nid in need_ids:
        cur = conn.execute(
            "UPDATE unmet_needs SET resolved_on = ? WHERE need_id = ? AND resolved_on IS NULL",
            (on.isoformat(), nid),
        )
        total += cur.rowcount
    return total


def unmet_by_category(
    conn: Connection, start: date, end: date, *, open_only: bool = False
) -> dict[str, int]:
    """Unmet needs first seen in [start, end), counted by category (no client data)."""
    sql = (
        "SELECT category, count(*) FROM unmet_needs WHERE first_seen_on >= ? AND first_seen_on < ?"
    )
    if open_only:
        sql += " AND resolved_on IS NULL"
    sql += " GROUP BY category ORDER BY category"
    return {r[0]: int(r[1]) for r in conn.execute(sql, (start.isoformat(), end.isoformat()))}


def open_unmet_need_ids(conn: Connection, client_id: int) -> set[int]:
    return {
        int(r[0])
        for r in conn.execute(
            "SELECT need_id FROM unmet_needs WHERE client_id = ? AND need_id IS NOT NULL"
            " AND resolved_on IS NULL",
            (client_id,),
        )
    }


def referrals_by_state(conn: Connection, start: date, end: date) -> dict[str, int]:
    """Referrals created in [start, end), counted by state (for reports)."""
    return {
        r[0]: int(r[1])
        for r in conn.execute(
            "SELECT state, count(*) FROM referrals WHERE substr(created_at, 1, 10) >= ?"
            " AND substr(created_at, 1, 10) < ? GROUP BY state ORDER BY state",
            (start.isoformat(), end.isoformat()),
        )
    }
