"""Client records in the vault: clients, needs, consents, household, and the search terms.

Every write keeps the FTS5 index in step inside the caller's transaction, and bumps a
generation counter so that cached search vocabularies know to reload. Needs keep stable
integer ids across updates (referrals point at them).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from intake_app.domain.client_names import INDEX_VERSION, index_terms
from intake_app.domain.clients import (
    Barriers,
    Client,
    Consent,
    ConsentMethod,
    HouseholdMember,
    Naming,
    Need,
    ShareItem,
    client_number,
)
from intake_app.domain.common import Lang, Tri, Urgency
from intake_app.vault import ids
from intake_app.vault.database import Connection, Row

log = logging.getLogger(__name__)

_BARRIER_COLUMNS = (
    "no_health_card",
    "no_photo_id",
    "no_proof_of_address",
    "no_income",
    "needs_interpreter",
)
_CLIENT_COLUMNS = (
    "id",
    "number",
    "given_name",
    "family_name",
    "preferred_name",
    "latin_name",
    "naming",
    "birth_year",
    "age_range",
    "languages",
    "letter_language",
    "reading_language",
    "phone",
    "email",
    "area",
    "notes",
    "sensitive_note",
    *_BARRIER_COLUMNS,
    "archived",
    "created_by",
    "created_at",
    "updated_at",
    "last_activity",
)
_INSERT_CLIENT = (
    f"INSERT INTO clients ({', '.join(_CLIENT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _CLIENT_COLUMNS)})"
)


def _ts(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _client_values(
    client: Client, client_id: int, now: datetime, user_id: int | None
) -> tuple[Any, ...]:
    b = client.barriers
    return (
        client_id,
        client_number(client_id),
        client.given_name.strip(),
        client.family_name.strip(),
        client.preferred_name.strip(),
        client.latin_name.strip(),
        client.naming.value,
        client.birth_year,
        client.age_range,
        ",".join(client.languages),
        client.letter_language.value,
        client.reading_language.strip(),
        client.phone.strip(),
        client.email.strip(),
        client.area.strip(),
        client.notes,
        client.sensitive_note,
        *(getattr(b, c).value for c in _BARRIER_COLUMNS),
        int(client.archived),
        user_id,
        _ts(client.created_at or now),
        _ts(now),
        _ts(client.last_activity or now),
    )


def _terms(client: Client, number: str) -> str:
    return index_terms(
        (client.given_name, client.family_name, client.preferred_name, client.latin_name),
        number,
        client.phone,
    )


def bump_generation(conn: Connection) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('clients_generation', '1') ON CONFLICT(key)"
        " DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
    )


def generation(conn: Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'clients_generation'").fetchone()
    return int(row[0]) if row else 0


def next_client_id(conn: Connection) -> int:
    """The next id never used before, deleted clients included (`vault.ids`)."""
    return ids.next_id(conn, "clients")


def _claim_ids_up_to(conn: Connection, last_id: int) -> None:
    ids.claim_up_to(conn, "clients", last_id)


def insert_client(
    conn: Connection, client: Client, now: datetime, user_id: int | None = None
) -> Client:
    """Insert a client with its needs, consents and household; return it with id and number."""
    client_id = next_client_id(conn)
    _claim_ids_up_to(conn, client_id)
    conn.execute(_INSERT_CLIENT, _client_values(client, client_id, now, user_id))
    number = client_number(client_id)
    conn.execute(
        "INSERT INTO clients_fts (rowid, terms) VALUES (?, ?)", (client_id, _terms(client, number))
    )
    _write_children(conn, client_id, client, now)
    bump_generation(conn)
    loaded = load_client(conn, client_id)
    assert loaded is not None
    return loaded


def bulk_insert_clients(
    conn: Connection,
    clients: Iterable[Client],
    now: datetime,
    user_id: int | None = None,
    *,
    batch: int = 2000,
    on_batch: Callable[[int], bool] = lambda _n: True,
) -> int:
    """Insert many clients with executemany, inside the caller's transaction.

    `on_batch(done)` is called after each batch; returning False stops early. Returns how
    many were inserted (the caller rolls back if it wants all or nothing).
    """
    first_id = next_client_id(conn)
    done = 0
    rows: list[tuple[Any, ...]] = []
    fts: list[tuple[int, str]] = []
    needs: list[tuple[Any, ...]] = []
    consents: list[tuple[Any, ...]] = []
    household: list[tuple[Any, ...]] = []

    def flush() -> None:
        conn.executemany(_INSERT_CLIENT, rows)
        conn.executemany("INSERT INTO clients_fts (rowid, terms) VALUES (?, ?)", fts)
        conn.executemany(_INSERT_NEED, needs)
        conn.executemany(_INSERT_CONSENT, consents)
        conn.executemany(_INSERT_MEMBER, household)
        for pending in (rows, fts, needs, consents, household):
            pending.clear()

    for client in clients:
        client_id = first_id + done
        number = client_number(client_id)
        rows.append(_client_values(client, client_id, now, user_id))
        fts.append((client_id, _terms(client, number)))
        needs.extend(_need_values(client_id, n, now) for n in client.needs)
        consents.extend(_consent_values(client_id, c) for c in client.consents)
        household.extend(
            (client_id, i, m.relation, m.age_range) for i, m in enumerate(client.household)
        )
        done += 1
        if done % batch == 0:
            flush()
            if not on_batch(done):
                break
    if rows:
        flush()
        on_batch(done)
    if done:
        _claim_ids_up_to(conn, first_id + done - 1)
    bump_generation(conn)
    return done


_INSERT_NEED = (
    "INSERT INTO client_needs (client_id, category, urgency, reason, met, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_CONSENT = (
    "INSERT INTO client_consents (client_id, purpose, shares, with_whom, method, given_on,"
    " expires_on, revoked_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_MEMBER = (
    "INSERT INTO client_household (client_id, position, relation, age_range) VALUES (?, ?, ?, ?)"
)


def _need_values(client_id: int, need: Need, now: datetime) -> tuple[Any, ...]:
    return (
        client_id,
        need.category,
        need.urgency.value,
        need.reason,
        int(need.met),
        _ts(need.created_at or now),
    )


def _consent_values(client_id: int, c: Consent) -> tuple[Any, ...]:
    shares = ",".join(sorted(s.value for s in c.shares))
    return (
        client_id,
        c.purpose,
        shares,
        c.with_whom,
        c.method.value,
        _day(c.given_on),
        _day(c.expires_on),
        _day(c.revoked_on),
    )


def _write_children(conn: Connection, client_id: int, client: Client, now: datetime) -> None:
    """Needs and consents keep their ids (update in place); household is rewritten."""
    _sync_by_id(
        conn,
        "client_needs",
        client_id,
        client.needs,
        lambda n: _need_values(client_id, n, now),
        _INSERT_NEED,
        "category = ?, urgency = ?, reason = ?, met = ?, created_at = ?",
    )
    _sync_by_id(
        conn,
        "client_consents",
        client_id,
        client.consents,
        lambda c: _consent_values(client_id, c),
        _INSERT_CONSENT,
        "purpose = ?, shares = ?, with_whom = ?, method = ?, given_on = ?, expires_on = ?,"
        " revoked_on = ?",
    )
    conn.execute("DELETE FROM client_household WHERE client_id = ?", (client_id,))
    conn.executemany(
        _INSERT_MEMBER,
        [(client_id, i, m.relation, m.age_range) for i, m in enumerate(client.household)],
    )


def _sync_by_id(
    conn: Connection,
    table: str,
    client_id: int,
    items: Iterable[Any],
    values: Callable[[Any], tuple[Any, ...]],
    insert_sql: str,
    set_clause: str,
) -> None:
    existing = {
        r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE client_id = ?", (client_id,))
    }
    kept: set[int] = set()
    for item in items:
        vals = values(item)
        if item.id is not None and item.id in existing:
            conn.execute(f"UPDATE {table} SET {set_clause} WHERE id = ?", (*vals[1:], item.id))
            kept.add(item.id)
        else:
            conn.execute(insert_sql, vals)
    gone = existing - kept
    if gone:
        conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in sorted(gone)])


def update_client(conn: Connection, client: Client, now: datetime) -> Client:
    """Write every field of an existing client (by `client.id`); return it as stored."""
    if client.id is None:
        raise ValueError("update_client needs a client id")
    before = conn.execute(
        "SELECT created_at, created_by, last_activity FROM clients WHERE id = ?", (client.id,)
    ).fetchone()
    if before is None:
        raise LookupError(client.id)
    vals = list(_client_values(client, client.id, now, before["created_by"]))
    vals[-3] = before["created_at"]
    vals[-1] = _ts(now)
    columns = _CLIENT_COLUMNS[2:]
    conn.execute(
        f"UPDATE clients SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
        (*vals[2:], client.id),
    )
    number = client_number(client.id)
    conn.execute("DELETE FROM clients_fts WHERE rowid = ?", (client.id,))
    conn.execute(
        "INSERT INTO clients_fts (rowid, terms) VALUES (?, ?)", (client.id, _terms(client, number))
    )
    _write_children(conn, client.id, client, now)
    bump_generation(conn)
    loaded = load_client(conn, client.id)
    assert loaded is not None
    return loaded


def reindex_client(conn: Connection, client_id: int) -> None:
    client = load_client(conn, client_id)
    conn.execute("DELETE FROM clients_fts WHERE rowid = ?", (client_id,))
    if client is not None and not _is_merged_away(conn, client_id):
        conn.execute(
            "INSERT INTO clients_fts (rowid, terms) VALUES (?, ?)",
            (client_id, _terms(client, client.number)),
        )
    bump_generation(conn)


def _is_merged_away(conn: Connection, client_id: int) -> bool:
    row = conn.execute("SELECT merged_into FROM clients WHERE id = ?", (client_id,)).fetchone()
    return row is not None and row[0] is not None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _client_from_row(row: Row) -> Client:
    return Client(
        id=row["id"],
        number=row["number"],
        given_name=row["given_name"],
        family_name=row["family_name"],
        preferred_name=row["preferred_name"],
        latin_name=row["latin_name"],
        naming=Naming(row["naming"]),
        birth_year=row["birth_year"],
        age_range=row["age_range"],
        languages=tuple(x for x in row["languages"].split(",") if x),
        letter_language=Lang(row["letter_language"]),
        reading_language=row["reading_language"],
        phone=row["phone"],
        email=row["email"],
        area=row["area"],
        notes=row["notes"],
        sensitive_note=row["sensitive_note"],
        barriers=Barriers(**{c: Tri(row[c]) for c in _BARRIER_COLUMNS}),
        archived=bool(row["archived"]),
        created_at=_dt(row["created_at"]),
        updated_at=_dt(row["updated_at"]),
        last_activity=_dt(row["last_activity"]),
    )


def _need_from_row(row: Row) -> Need:
    return Need(
        id=row["id"],
        category=row["category"],
        urgency=Urgency(row["urgency"]),
        reason=row["reason"],
        met=bool(row["met"]),
        created_at=_dt(row["created_at"]),
    )


def consent_from_row(row: Row) -> Consent:
    return Consent(
        id=row["id"],
        purpose=row["purpose"],
        shares=frozenset(ShareItem(s) for s in row["shares"].split(",") if s),
        with_whom=row["with_whom"],
        method=ConsentMethod(row["method"]),
        given_on=_d(row["given_on"]),
        expires_on=_d(row["expires_on"]),
        revoked_on=_d(row["revoked_on"]),
    )


def load_client(conn: Connection, client_id: int) -> Client | None:
    """The whole record: fields, barriers, needs, consents and household."""
    row = conn.execute("SELECT * FROM clients WHERE id = ?", (client_id,)).fetchone()
    if row is None:
        return None
    needs = tuple(
        _need_from_row(r)
        for r in conn.execute(
            "SELECT * FROM client_needs WHERE client_id = ? ORDER BY id", (client_id,)
        )
    )
    consents = tuple(
        consent_from_row(r)
        for r in conn.execute(
            "SELECT * FROM client_consents WHERE client_id = ? ORDER BY id", (client_id,)
        )
    )
    household = tuple(
        HouseholdMember(relation=r["relation"], age_range=r["age_range"])
        for r in conn.execute(
            "SELECT relation, age_range FROM client_household WHERE client_id = ?"
            " ORDER BY position, id",
            (client_id,),
        )
    )
    return replace(_client_from_row(row), needs=needs, consents=consents, household=household)


def merged_into(conn: Connection, client_id: int) -> int | None:
    row = conn.execute("SELECT merged_into FROM clients WHERE id = ?", (client_id,)).fetchone()
    return row[0] if row else None


def set_archived(conn: Connection, client_id: int, archived: bool, now: datetime) -> bool:
    cur = conn.execute(
        "UPDATE clients SET archived = ?, updated_at = ? WHERE id = ?",
        (int(archived), _ts(now), client_id),
    )
    bump_generation(conn)
    return cur.rowcount == 1


def touch_activity(conn: Connection, client_id: int, now: datetime) -> None:
    """Mark activity for a client (a referral made, a letter printed): retention counts from it."""
    conn.execute(
        "UPDATE clients SET last_activity = max(last_activity, ?) WHERE id = ?",
        (_ts(now), client_id),
    )


def inactive_client_ids(conn: Connection, before: datetime) -> list[int]:
    """Clients (not merged away) whose last activity is older than `before`."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM clients WHERE last_activity < ? AND merged_into IS NULL ORDER BY id",
            (_ts(before),),
        )
    ]


def referencing_columns(conn: Connection) -> list[tuple[str, str]]:
    """(table, column) pairs of every other table whose foreign key points at clients(id).

    Merge and delete use this so that tables added by other areas (referrals…) follow.
    """
    found: list[tuple[str, str]] = []
    own = {"clients", "clients_fts", "client_merges", "client_drafts"}
    for (table,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        if table in own or table.startswith("clients_fts"):
            continue
        for fk in conn.execute(f"PRAGMA foreign_key_list('{table}')").fetchall():
            if fk["table"] == "clients":
                found.append((table, fk["from"]))
    return found


def delete_client(conn: Connection, client_id: int) -> bool:
    """Remove a client and every row that belongs to it (secure_delete is on), including
    records merged into it (they are part of it until an undo)."""
    for (merged_id,) in conn.execute(
        "SELECT id FROM clients WHERE merged_into = ?", (client_id,)
    ).fetchall():
        delete_client(conn, merged_id)
    for table, column in referencing_columns(conn):
        if table in ("client_needs", "client_consents", "client_household"):
            continue
        conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (client_id,))
    conn.execute("DELETE FROM clients_fts WHERE rowid = ?", (client_id,))
    cur = conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
    bump_generation(conn)
    return cur.rowcount == 1


def count_clients(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM clients WHERE merged_into IS NULL").fetchone()[0])


def live_client_ids(conn: Connection) -> list[int]:
    """Every client id not merged away, in order (benchmarks sample from it)."""
    return [
        r[0] for r in conn.execute("SELECT id FROM clients WHERE merged_into IS NULL ORDER BY id")
    ]


def index_is_stale(conn: Connection) -> bool:
    """The name index was built with older index terms (`INDEX_VERSION`)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'clients_index_version'").fetchone()
    return row is None or int(row[0]) < INDEX_VERSION


def refresh_index_if_stale(conn: Connection) -> int:
    """Re-index every client once when the index terms changed since the vault was last
    opened (`INDEX_VERSION`); return how many were re-indexed. Runs in one transaction."""
    if not index_is_stale(conn):
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        rows = conn.execute(
            "SELECT id, number, given_name, family_name, preferred_name, phone FROM clients"
            " WHERE merged_into IS NULL"
        ).fetchall()
        conn.execute("DELETE FROM clients_fts")
        conn.executemany(
            "INSERT INTO clients_fts (rowid, terms) VALUES (?, ?)",
            (
                (
                    r["id"],
                    index_terms(
                        (r["given_name"], r["family_name"], r["preferred_name"]),
                        r["number"],
                        r["phone"],
                    ),
                )
                for r in rows
            ),
        )
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('clients_index_version', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(INDEX_VERSION),),
        )
        bump_generation(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(rows)
