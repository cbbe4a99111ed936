"""All directory SQL: services and their organizations.

`load_active_services` is what routing calls for every ranking, so it reads the whole
directory in two queries (organizations, then services) and never one query per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from intake_app.domain.services import Organization, Service
from intake_app.vault.database import Connection
from intake_app.vault.directory_codec import (
    organization_doc,
    organization_from,
    service_doc,
    service_from,
)

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


def _services_from_rows(conn: Connection, rows: list, all_orgs: bool) -> list[Service]:
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
    rows = conn.execute(
        f"SELECT {_SERVICE_COLUMNS} FROM services{where} ORDER BY name COLLATE NOCASE, id"
    ).fetchall()
    return _services_from_rows(conn, rows, all_orgs=True)


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
