"""Directory use cases: store, edit, duplicate, deactivate and verify services.

Each takes the `VaultSession` explicitly, checks the acting user's permission below the
UI, writes in one transaction and records an audit event with ids and counts only.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from intake_app.clock import today
from intake_app.domain.audit import Action
from intake_app.domain.permissions import Permission, require
from intake_app.domain.services import Service
from intake_app.domain.taxonomy import is_audience_code, is_service_code
from intake_app.errors import ErrorCode, KnownError
from intake_app.progress import Cancelled, Progress, never_cancelled, no_progress
from intake_app.vault import directory_repo
from intake_app.vault.database import Connection
from intake_app.vault.session import VaultSession

log = logging.getLogger(__name__)


RECORD_TYPE = "service"
_BATCH = 500


def new_id() -> str:
    return str(uuid.uuid4())


def add_services(
    session: VaultSession,
    services: Sequence[Service],
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    conn: Connection | None = None,
) -> int:
    """Store `services` (insert or update) in one transaction; return how many.

    Cancelling rolls everything back and raises KnownError(CANCELLED).
    """
    require(session.user, Permission.EDIT_DIRECTORY)
    now = session.clock.now().isoformat()
    total = len(services)
    with session.write(conn) as conn:
        existing = directory_repo.existing_service_ids(conn, (s.id for s in services))
        for start in range(0, total, _BATCH):
            if cancelled():
                raise KnownError(ErrorCode.CANCELLED)
            directory_repo.save_services(conn, services[start : start + _BATCH], now)
            progress(min(1.0, (start + _BATCH) / total))
        new = total - len(existing)
        session.audit(
            conn, Action.SERVICE_CREATED, RECORD_TYPE, "", created=new, updated=len(existing)
        )
    progress(1.0)
    log.info("stored %d services (%d new)", total, new)
    return total


def validate_service(service: Service) -> dict[str, str]:
    """Field name → problem code, for messages beside the fields. Empty when valid.

    Codes: "required", "unknown-code", "hours-order", "latitude", "longitude", "weekday".
    """
    problems: dict[str, str] = {}
    if not service.name.strip():
        problems["name"] = "required"
    if not service.organization.name.strip():
        problems["organization"] = "required"
    if not service.categories:
        problems["categories"] = "required"
    elif not all(is_service_code(c) for c in service.categories):
        problems["categories"] = "unknown-code"
    if not all(is_audience_code(a) for a in service.audiences):
        problems["audiences"] = "unknown-code"
    all_hours = list(service.hours)
    for i, loc in enumerate(service.locations):
        all_hours += loc.hours
        if loc.latitude is not None and not -90 <= loc.latitude <= 90:
            problems[f"locations[{i}].latitude"] = "latitude"
        if loc.longitude is not None and not -180 <= loc.longitude <= 180:
            problems[f"locations[{i}].longitude"] = "longitude"
    for h in all_hours:
        if not 1 <= h.weekday <= 7:
            problems["hours"] = "weekday"
        elif h.closes <= h.opens and not (h.closes.hour == 0 and h.closes.minute == 0):
            problems["hours"] = "hours-order"
    return problems


def _check(service: Service) -> None:
    problems = validate_service(service)
    if problems:
        field, reason = next(iter(sorted(problems.items())))
        raise KnownError(ErrorCode.INVALID_INPUT, field=field, reason=reason)


def save_service(session: VaultSession, service: Service) -> Service:
    """Create or update one service after validation; audit SERVICE_CREATED/CHANGED."""
    require(session.user, Permission.EDIT_DIRECTORY)
    _check(service)
    now = session.clock.now().isoformat()
    with session.write() as conn:
        existed = directory_repo.load_service(conn, service.id) is not None
        directory_repo.save_service(conn, service, now)
        session.audit(
            conn,
            Action.SERVICE_CHANGED if existed else Action.SERVICE_CREATED,
            RECORD_TYPE,
            service.id,
            locations=len(service.locations),
        )
    return service


def duplicate_service(session: VaultSession, service_id: str) -> Service:
    """A copy of the service with new ids, unverified, not tied to any import source."""
    require(session.user, Permission.EDIT_DIRECTORY)
    original = directory_repo.load_service(session.conn, service_id)
    if original is None:
        raise KnownError(ErrorCode.NOT_FOUND, record=RECORD_TYPE, id=service_id)
    copy = replace(
        original,
        id=new_id(),
        locations=tuple(replace(loc, id=new_id(), source_id="") for loc in original.locations),
        source="",
        source_id="",
        last_verified=None,
        active=True,
    )
    return save_service(session, copy)


def set_active(session: VaultSession, service_id: str, active: bool) -> None:
    """Deactivate (or bring back) a service; routing ignores inactive services."""
    require(session.user, Permission.EDIT_DIRECTORY)
    with session.write() as conn:
        if not directory_repo.set_active(conn, service_id, active, session.clock.now().isoformat()):
            raise KnownError(ErrorCode.NOT_FOUND, record=RECORD_TYPE, id=service_id)
        session.audit(conn, Action.SERVICE_CHANGED, RECORD_TYPE, service_id, active=active)


def mark_verified_today(session: VaultSession, service_id: str) -> None:
    require(session.user, Permission.EDIT_DIRECTORY)
    day = today(session.clock)
    with session.write() as conn:
        if not directory_repo.set_verified(conn, service_id, day, session.clock.now().isoformat()):
            raise KnownError(ErrorCode.NOT_FOUND, record=RECORD_TYPE, id=service_id)
        session.audit(conn, Action.SERVICE_CHANGED, RECORD_TYPE, service_id, verified=True)


def list_services(
    session: VaultSession, *, include_inactive: bool = True, conn: Connection | None = None
) -> list[Service]:
    """The whole directory for browsing (everyone may browse); `conn` for a worker thread."""
    return directory_repo.load_services(conn or session.conn, include_inactive=include_inactive)


def directory_version(session: VaultSession, conn: Connection | None = None) -> int:
    """Changes on every directory write: prepared lists are kept per version."""
    return directory_repo.directory_version(conn or session.conn)


def export_directory(
    session: VaultSession,
    path: Path,
    fmt: str = "csv",
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    *,
    include_inactive: bool = True,
    conn: Connection | None = None,
) -> int:
    """Write the directory as HSDS 3.0: `fmt` "csv" (a .zip data package) or "json".

    Directory data only — nothing about clients. Audited with the count and format.
    """
    from intake_app.directory.hsds_export import export_json, export_tabular

    require(session.user, Permission.EXPORT_DIRECTORY)
    if fmt not in ("csv", "json"):
        raise KnownError(ErrorCode.INVALID_INPUT, field="format", reason=fmt)
    services = directory_repo.load_services(conn or session.conn, include_inactive=include_inactive)
    if cancelled():
        raise KnownError(ErrorCode.CANCELLED)
    writer = export_tabular if fmt == "csv" else export_json
    count = writer(services, Path(path), progress)
    with session.write(conn) as c:
        session.audit(c, Action.DIRECTORY_EXPORTED, "directory", "", services=count, format=fmt)
    log.info("exported %d services as %s", count, fmt)
    return count


def save_text_report(path: Path, text: str) -> None:
    """Write an import report (counts and warnings only, no client data) atomically."""
    from intake_app.vault.atomic import atomic_write_bytes

    atomic_write_bytes(Path(path), text.encode("utf-8"), mode=0o644)
