"""Directory use cases: store, edit, duplicate, deactivate and verify services.

Each takes the `VaultSession` explicitly, checks the acting user's permission below the
UI, writes in one transaction and records an audit event with ids and counts only.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from intake_app.clock import today
from intake_app.directory import overrides
from intake_app.domain.audit import Action
from intake_app.domain.permissions import Permission, require
from intake_app.domain.services import ListedService, Service
from intake_app.domain.taxonomy import is_audience_code, is_service_code
from intake_app.errors import ErrorCode, KnownError
from intake_app.progress import Cancelled, Progress, never_cancelled, no_progress
from intake_app.vault import directory_repo
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
) -> int:
    """Store `services` (insert or update) in one transaction; return how many.

    Cancelling rolls everything back and raises KnownError(CANCELLED).
    """
    require(session.user, Permission.EDIT_DIRECTORY)
    now = session.clock.now().isoformat()
    total = len(services)
    with session.write() as conn:
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


def _record_local_work(session: VaultSession, service: Service) -> None:
    """A service from a source: every field now differing from upstream is local work
    that the next import keeps (see `overrides`)."""
    conn = session.conn
    state = directory_repo.load_local_states(conn, [service.id]).get(service.id)
    if state is None or state.upstream is None:
        return
    ov, co = overrides.overrides_after_edit(service, state.upstream, state.conflicts)
    directory_repo.set_local_state(conn, service.id, ov, co)


def save_service(session: VaultSession, service: Service) -> Service:
    """Create or update one service after validation; audit SERVICE_CREATED/CHANGED.
    On an imported service, the changed fields become local overrides."""
    require(session.user, Permission.EDIT_DIRECTORY)
    _check(service)
    now = session.clock.now().isoformat()
    with session.write() as conn:
        existed = directory_repo.load_service(conn, service.id) is not None
        directory_repo.save_service(conn, service, now)
        _record_local_work(session, service)
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
        stored = directory_repo.load_service(conn, service_id)
        if stored is not None:
            _record_local_work(session, stored)
        session.audit(conn, Action.SERVICE_CHANGED, RECORD_TYPE, service_id, active=active)


def mark_verified_today(session: VaultSession, service_id: str) -> None:
    require(session.user, Permission.EDIT_DIRECTORY)
    day = today(session.clock)
    with session.write() as conn:
        if not directory_repo.set_verified(conn, service_id, day, session.clock.now().isoformat()):
            raise KnownError(ErrorCode.NOT_FOUND, record=RECORD_TYPE, id=service_id)
        session.audit(conn, Action.SERVICE_CHANGED, RECORD_TYPE, service_id, verified=True)


@dataclass(frozen=True)
class Review:
    """A service the coordinator should look at after an import."""

    service: Service
    gone_upstream: bool
    conflicts: frozenset[str]  # fields changed upstream while the local value was kept
    upstream: Service | None


def services_to_review(session: VaultSession) -> list[Review]:
    """Services gone upstream and services with conflicting local values."""
    require(session.user, Permission.EDIT_DIRECTORY)
    flagged = directory_repo.review_service_ids(session.conn)
    services = directory_repo.load_services_by_id(session.conn, flagged)
    states = directory_repo.load_local_states(session.conn, flagged)
    out = [
        Review(services[sid], gone, conflicts, states[sid].upstream)
        for sid, (gone, conflicts) in flagged.items()
        if sid in services
    ]
    return sorted(out, key=lambda r: r.service.name.casefold())


def review_count(session: VaultSession) -> int:
    """How many services are gone upstream or have conflicting fields (one cheap query)."""
    return len(directory_repo.review_service_ids(session.conn))


def local_state(session: VaultSession, service_id: str) -> directory_repo.LocalState | None:
    """Upstream version, overrides and conflicts of one service (None if made here)."""
    return directory_repo.load_local_states(session.conn, [service_id]).get(service_id)


def take_upstream(session: VaultSession, service_id: str, field: str) -> Service:
    """One click: the field goes back to the source's value and stops being local."""
    require(session.user, Permission.EDIT_DIRECTORY)
    with session.write() as conn:
        local = directory_repo.load_service(conn, service_id)
        state = directory_repo.load_local_states(conn, [service_id]).get(service_id)
        if local is None or state is None or state.upstream is None:
            raise KnownError(ErrorCode.NOT_FOUND, record=RECORD_TYPE, id=service_id)
        try:
            updated = overrides.take_upstream(local, state.upstream, field)
        except ValueError:
            raise KnownError(ErrorCode.INVALID_INPUT, field="field", reason="unknown") from None
        directory_repo.save_service(conn, updated, session.clock.now().isoformat())
        ov, co = overrides.overrides_after_edit(updated, state.upstream, state.conflicts)
        directory_repo.set_local_state(conn, service_id, ov, co - {field})
        session.audit(conn, Action.SERVICE_CHANGED, RECORD_TYPE, service_id, upstream=field)
    return updated


def keep_local(session: VaultSession, service_id: str, field: str) -> None:
    """The coordinator has seen the upstream change and keeps the local value."""
    require(session.user, Permission.EDIT_DIRECTORY)
    with session.write() as conn:
        state = directory_repo.load_local_states(conn, [service_id]).get(service_id)
        if state is None:
            raise KnownError(ErrorCode.NOT_FOUND, record=RECORD_TYPE, id=service_id)
        directory_repo.set_local_state(conn, service_id, state.overrides, state.conflicts - {field})
        session.audit(conn, Action.SERVICE_CHANGED, RECORD_TYPE, service_id, kept=field)


def uncategorised_services(session: VaultSession) -> list[Service]:
    """Active services without a category: routing cannot suggest them."""
    return [
        s
        for s in directory_repo.load_services(session.conn, include_inactive=False)
        if not s.categories
    ]


def assign_category(session: VaultSession, service_ids: Sequence[str], code: str) -> int:
    """Add one category to many services at once (a local override on imported ones)."""
    require(session.user, Permission.EDIT_DIRECTORY)
    if not is_service_code(code):
        raise KnownError(ErrorCode.INVALID_INPUT, field="categories", reason="unknown-code")
    now = session.clock.now().isoformat()
    with session.write() as conn:
        found = directory_repo.load_services_by_id(conn, service_ids)
        for s in found.values():
            updated = replace(s, categories=s.categories | {code})
            directory_repo.save_service(conn, updated, now)
            _record_local_work(session, updated)
        session.audit(
            conn, Action.SERVICE_CHANGED, RECORD_TYPE, "", categorised=len(found), category=code
        )
    log.info("category assigned to %d services", len(found))
    return len(found)


def list_sources(session: VaultSession) -> list[directory_repo.SourceRow]:
    return directory_repo.list_sources(session.conn)


def list_services(session: VaultSession, *, include_inactive: bool = True) -> list[Service]:
    """The whole directory for browsing (everyone may browse); on a worker thread, its
    `session.worker()` view."""
    return directory_repo.load_services(session.conn, include_inactive=include_inactive)


def list_listing(session: VaultSession, *, include_inactive: bool = True) -> list[ListedService]:
    """The whole directory as the listed records the in-memory list, filter index and
    ranking keep (`ListedService`); `get_service` reads one whole."""
    return directory_repo.load_listing(session.conn, include_inactive=include_inactive)


def get_service(session: VaultSession, service_id: str) -> Service | None:
    """One service, whole, as the detail pane, the editor and letters show it."""
    return directory_repo.load_service(session.conn, service_id)


def directory_version(session: VaultSession) -> int:
    """Changes on every directory write: prepared lists are kept per version."""
    return directory_repo.directory_version(session.conn)


def export_directory(
    session: VaultSession,
    path: Path,
    fmt: str = "csv",
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    *,
    include_inactive: bool = True,
) -> int:
    """Write the directory as HSDS 3.0: `fmt` "csv" (a .zip data package) or "json".

    Directory data only — nothing about clients. Audited with the count and format.
    """
    from intake_app.directory.hsds_export import export_json, export_tabular

    require(session.user, Permission.EXPORT_DIRECTORY)
    if fmt not in ("csv", "json"):
        raise KnownError(ErrorCode.INVALID_INPUT, field="format", reason=fmt)
    services = directory_repo.load_services(session.conn, include_inactive=include_inactive)
    if cancelled():
        raise KnownError(ErrorCode.CANCELLED)
    writer = export_tabular if fmt == "csv" else export_json
    count = writer(services, Path(path), progress)
    with session.write() as c:
        session.audit(c, Action.DIRECTORY_EXPORTED, "directory", "", services=count, format=fmt)
    log.info("exported %d services as %s", count, fmt)
    return count


def save_text_report(path: Path, text: str) -> None:
    """Write an import report (counts and warnings only, no client data) atomically."""
    from intake_app.vault.atomic import atomic_write_bytes

    atomic_write_bytes(Path(path), text.encode("utf-8"), mode=0o644)


def save_problem_report(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """The import's problems as a CSV a spreadsheet opens (UTF-8 with a BOM so Excel reads
    accents), written atomically. The caller words header and reasons in its language;
    directory data only, nothing about clients."""
    import csv
    import io

    from intake_app.vault.atomic import atomic_write_bytes

    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    atomic_write_bytes(Path(path), buf.getvalue().encode("utf-8-sig"), mode=0o644)
