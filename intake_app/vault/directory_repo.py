"""All directory SQL: services and their organizations.

`load_active_services` is what routing calls for every ranking, so it reads the whole
directory in two queries (organizations, then services) and never one query per row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from intake_app.domain.services import ListedService, Organization, Service
from intake_app.vault.database import Connection, Row
from intake_app.vault.directory_codec import (
    listed_organization_from,
    listed_service_from,
    organization_doc,
    organization_from,
    service_doc,
    service_from,
    upstream_doc,
    upstream_from,
)

_SCAN_CACHE_KIB = -2048  # 2 MiB of page cache while the whole directory is read once
_SERVICE_COLUMNS = "id, organization_id, name, source, source_id, active, last_verified, doc"


def save_organization(conn: Connection, org: Organization, source: str = "", now: str = "") -> None:
    conn.execute(
        "INSERT INTO organizations (id, source, source_id, name, doc, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET source = excluded.source,"
        " source_id = excluded.source_id, name = excluded.name, doc = excluded.doc,"
        " updated_at = excluded.updated_at",
        (org.id, source, org.source_id, org.name, organization_doc(org), now),
    )


def save_service(conn: Connection, service: Service, now: str = "") -> None:
    """Insert or update the service and its organization (locations live in the service)."""
    save_organization(conn, service.organization, service.source, now)
    conn.execute(
        "INSERT INTO services (id, organization_id, source, source_id, name, active,"
        " last_verified, doc, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET organization_id = excluded.organization_id,"
        " source = excluded.source, source_id = excluded.source_id, name = excluded.name,"
        " active = excluded.active, last_verified = excluded.last_verified,"
        " doc = excluded.doc, updated_at = excluded.updated_at",
        (
            service.id,
            service.organization.id,
            service.source,
            service.source_id,
            service.name,
            1 if service.active else 0,
            service.last_verified.isoformat() if service.last_verified else None,
            service_doc(service),
            now,
        ),
    )


def save_services(conn: Connection, services: Iterable[Service], now: str = "") -> int:
    """Save many services in the caller's transaction; return how many."""
    count = 0
    for service in services:
        save_service(conn, service, now)
        count += 1
    return count


def _organizations(conn: Connection, ids: Iterable[str] | None = None) -> dict[str, Organization]:
    if ids is None:
        rows = conn.execute("SELECT id, name, source_id, doc FROM organizations").fetchall()
    else:
        wanted = list(ids)
        rows = []
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows += conn.execute(
                f"SELECT id, name, source_id, doc FROM organizations WHERE id IN ({marks})",
                chunk,
            ).fetchall()
    return {r[0]: organization_from(r[0], r[1], r[2], r[3]) for r in rows}


def _services_from_rows(conn: Connection, rows: list[Row], all_orgs: bool) -> list[Service]:
    orgs = _organizations(conn, None if all_orgs else {r[1] for r in rows})
    return [service_from(r[0], orgs[r[1]], r[2], r[3], r[4], bool(r[5]), r[6], r[7]) for r in rows]


def load_service(conn: Connection, service_id: str) -> Service | None:
    row = conn.execute(
        f"SELECT {_SERVICE_COLUMNS} FROM services WHERE id = ?", (service_id,)
    ).fetchone()
    if row is None:
        return None
    return _services_from_rows(conn, [row], all_orgs=False)[0]


def load_services(conn: Connection, *, include_inactive: bool = True) -> list[Service]:
    """The whole directory, sorted by name (case-insensitive)."""
    where = "" if include_inactive else " WHERE active = 1"
    orgs = _organizations(conn)
    # Read from the cursor as it goes: the whole directory's documents (about 2 kB each)
    # are never all in memory at once, so the process does not peak at their size.
    rows = conn.execute(
        f"SELECT {_SERVICE_COLUMNS} FROM services{where} ORDER BY name COLLATE NOCASE, id"
    )
    return [service_from(r[0], orgs[r[1]], r[2], r[3], r[4], bool(r[5]), r[6], r[7]) for r in rows]


def load_listing(conn: Connection, *, include_inactive: bool = True) -> list[ListedService]:
    """The whole directory as `ListedService` records, sorted by name: what the in-memory
    list, filter index and ranking keep. A service shown, edited or printed is read again
    with `load_service`, with one compact organization object per organization shared by
    its services.

    Read from the cursor as it goes, in table order, and sorted here: with `ORDER BY`
    (no index on the name) SQLite's sorter would hold every row, documents included, in
    memory before giving the first — 50,000 documents of about 2 kB, the peak of the
    whole load. The key is `ORDER BY name COLLATE NOCASE, id` exactly: NOCASE folds only
    ASCII letters and compares UTF-8 bytes, as `bytes.lower()` and bytes comparison do."""
    where = "" if include_inactive else " WHERE active = 1"
    orgs = {
        r[0]: listed_organization_from(r[0], r[1], r[2])
        for r in conn.execute("SELECT id, name, doc FROM organizations")
    }
    # One pass over the table: each page is read once, so a large page cache would only
    # fill up (32 MiB) with pages never read again; a small one while it lasts.
    cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {_SCAN_CACHE_KIB}")
    try:
        rows = conn.execute(
            "SELECT id, organization_id, name, source, active, last_verified, doc"
            f" FROM services{where}"
        )
        pool: dict[Any, Any] = {}
        listed = [
            listed_service_from(r[0], orgs[r[1]], r[2], r[3], bool(r[4]), r[5], r[6], pool)
            for r in rows
        ]
    finally:
        conn.execute(f"PRAGMA cache_size = {cache}")
    listed.sort(key=lambda s: (s.name_utf8.lower(), s.id))
    return listed


def load_active_services(conn: Connection) -> list[Service]:
    """Every active service with its organization, in two queries (used by routing)."""
    return load_services(conn, include_inactive=False)


def count_services(conn: Connection, *, include_inactive: bool = False) -> int:
    where = "" if include_inactive else " WHERE active = 1"
    return int(conn.execute(f"SELECT count(*) FROM services{where}").fetchone()[0])


def existing_service_ids(conn: Connection, ids: Iterable[str]) -> set[str]:
    """Which of `ids` are already in the directory (to tell new from updated)."""
    wanted = list(ids)
    found: set[str] = set()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0] for r in conn.execute(f"SELECT id FROM services WHERE id IN ({marks})", chunk)
        )
    return found


def existing_organization_ids(conn: Connection, ids: Iterable[str]) -> set[str]:
    wanted = list(ids)
    found: set[str] = set()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0] for r in conn.execute(f"SELECT id FROM organizations WHERE id IN ({marks})", chunk)
        )
    return found


def set_active(conn: Connection, service_id: str, active: bool, now: str = "") -> bool:
    cur = conn.execute(
        "UPDATE services SET active = ?, updated_at = ? WHERE id = ?",
        (1 if active else 0, now, service_id),
    )
    return cur.rowcount > 0


def set_verified(conn: Connection, service_id: str, day: date, now: str = "") -> bool:
    cur = conn.execute(
        "UPDATE services SET last_verified = ?, updated_at = ? WHERE id = ?",
        (day.isoformat(), now, service_id),
    )
    return cur.rowcount > 0


def organization_names(conn: Connection) -> list[tuple[str, str]]:
    """(id, name) of every organization, for the editor's organization picker."""
    return [
        (r[0], r[1])
        for r in conn.execute("SELECT id, name FROM organizations ORDER BY name COLLATE NOCASE")
    ]


def load_organization(conn: Connection, org_id: str) -> Organization | None:
    return _organizations(conn, [org_id]).get(org_id)


def load_organizations(conn: Connection) -> list[Organization]:
    """Every organization, by name (one query)."""
    return sorted(_organizations(conn).values(), key=lambda o: o.name.casefold())


def directory_version(conn: Connection) -> int:
    """A number that changes whenever a service or organization is written (kept by
    triggers, so no write path can forget it): views and the routing cache compare it to
    skip reloading an unchanged directory."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'directory_version'").fetchone()
    return int(row[0]) if row else 0


# -- sources and local work over imports ------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    key: str
    publisher: str
    created_at: str
    last_import_at: str
    services: int


@dataclass(frozen=True)
class LocalState:
    """What the vault knows about a service beyond its local version."""

    upstream: Service | None
    overrides: frozenset[str]
    conflicts: frozenset[str]
    gone: bool


def _chunks(ids: Iterable[str], size: int = 500) -> Iterable[list[str]]:
    wanted = list(ids)
    for i in range(0, len(wanted), size):
        yield wanted[i : i + size]


def list_sources(conn: Connection) -> list[SourceRow]:
    rows = conn.execute(
        "SELECT key, publisher, created_at, last_import_at, services FROM directory_sources"
        " ORDER BY publisher COLLATE NOCASE, key"
    ).fetchall()
    return [SourceRow(r[0], r[1], r[2], r[3], int(r[4])) for r in rows]


def save_source(conn: Connection, key: str, publisher: str, now: str, services: int) -> None:
    conn.execute(
        "INSERT INTO directory_sources (key, publisher, created_at, last_import_at, services)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET publisher = excluded.publisher,"
        " last_import_at = excluded.last_import_at, services = excluded.services",
        (key, publisher, now, now, services),
    )


def set_source_unsigned(conn: Connection, key: str, unsigned: bool) -> None:
    """Mark (or clear) a source whose last import came from a file nobody signed."""
    conn.execute("UPDATE directory_sources SET unsigned = ? WHERE key = ?", (int(unsigned), key))


def unsigned_sources(conn: Connection) -> frozenset[str]:
    rows = conn.execute("SELECT key FROM directory_sources WHERE unsigned = 1")
    return frozenset(r[0] for r in rows)


def source_overlap(conn: Connection, names_by_id: dict[str, str]) -> dict[str, int]:
    """source key → how many of these services (original id *and* name, since small
    numeric ids repeat between agencies) it already holds."""
    out: dict[str, int] = {}
    for chunk in _chunks(names_by_id):
        marks = ",".join("?" * len(chunk))
        for source, source_id, name in conn.execute(
            "SELECT source, source_id, name FROM services"
            f" WHERE source != '' AND source_id IN ({marks})",
            chunk,
        ):
            if names_by_id.get(source_id) == name:
                out[source] = out.get(source, 0) + 1
    return out


def ids_not_from(conn: Connection, source: str) -> frozenset[str]:
    """Service and organization ids held by other sources or made here."""
    rows = conn.execute(
        "SELECT id FROM services WHERE source != ? UNION SELECT id FROM organizations"
        " WHERE source != ?",
        (source, source),
    )
    return frozenset(r[0] for r in rows)


def load_local_states(conn: Connection, ids: Iterable[str]) -> dict[str, LocalState]:
    out: dict[str, LocalState] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for sid, source, source_id, up, ov, co, gone in conn.execute(
            "SELECT id, source, source_id, upstream, overrides, conflicts, gone_upstream"
            f" FROM services WHERE id IN ({marks})",
            chunk,
        ):
            out[sid] = LocalState(
                upstream_from(sid, source, source_id, up) if up else None,
                frozenset(json.loads(ov)),
                frozenset(json.loads(co)),
                bool(gone),
            )
    return out


def load_services_by_id(conn: Connection, ids: Iterable[str]) -> dict[str, Service]:
    out: dict[str, Service] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT {_SERVICE_COLUMNS} FROM services WHERE id IN ({marks})", chunk
        ).fetchall()
        for s in _services_from_rows(conn, rows, all_orgs=False):
            out[s.id] = s
    return out


def set_local_state(
    conn: Connection,
    service_id: str,
    overrides: Iterable[str],
    conflicts: Iterable[str],
    upstream: Service | None = None,
    *,
    keep_upstream: bool = True,
) -> None:
    """Record overrides and conflicts (and, on import, the new upstream version)."""
    ov = json.dumps(sorted(overrides))
    co = json.dumps(sorted(conflicts))
    if keep_upstream and upstream is None:
        conn.execute(
            "UPDATE services SET overrides = ?, conflicts = ? WHERE id = ?", (ov, co, service_id)
        )
    else:
        conn.execute(
            "UPDATE services SET overrides = ?, conflicts = ?, upstream = ?, gone_upstream = 0"
            " WHERE id = ?",
            (ov, co, upstream_doc(upstream) if upstream else None, service_id),
        )


def source_service_ids(conn: Connection, source: str) -> dict[str, tuple[str, bool]]:
    """id → (original id, already flagged gone), for every service of a source."""
    return {
        r[0]: (r[1], bool(r[2]))
        for r in conn.execute(
            "SELECT id, source_id, gone_upstream FROM services WHERE source = ?", (source,)
        )
    }


def mark_gone(conn: Connection, ids: Iterable[str], now: str) -> int:
    """Services their source no longer lists: inactive and flagged for review, not deleted.
    The upstream version says inactive too, so taking it back later is no override."""
    count = 0
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        cur = conn.execute(
            "UPDATE services SET gone_upstream = 1, active = 0, updated_at = ?,"
            " upstream = CASE WHEN upstream IS NULL THEN NULL ELSE"
            " json_set(upstream, '$.active', json('false')) END"
            f" WHERE gone_upstream = 0 AND id IN ({marks})",
            [now, *chunk],
        )
        count += cur.rowcount
    return count


REVIEW_SQL = (
    "SELECT id, gone_upstream, conflicts FROM services INDEXED BY services_needing_review"
    " WHERE gone_upstream = 1 OR conflicts != '[]'"
)


def review_service_ids(conn: Connection) -> dict[str, tuple[bool, frozenset[str]]]:
    """id → (gone upstream, conflicting fields) for services needing the coordinator,
    read from their partial index (migration 0160), never by a scan of the directory."""
    return {r[0]: (bool(r[1]), frozenset(json.loads(r[2]))) for r in conn.execute(REVIEW_SQL)}


def service_names(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """id → name for the given services (e.g. to write the audit trail as sentences)."""
    wanted = sorted(set(ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT id, name FROM services WHERE id IN ({marks})", chunk):
            found[r[0]] = r[1]
    return found
