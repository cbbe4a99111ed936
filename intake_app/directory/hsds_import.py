"""Importing an HSDS directory: read and check the whole file first (the preview), then
store everything in one transaction (the commit). A bad file imports nothing.

Accepted: nested JSON (one service record, an array, or the API's paged list with
`contents`), and tabular data packages (a folder or a .zip with CSV files and
`datapackage.json`) in HSDS 3.0/3.1 or 2.0.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import fastjsonschema

from intake_app.directory.hsds_map import IdMapper, ServiceMapper
from intake_app.directory.hsds_read import (
    Folder,
    Notes,
    decode,
    malformed,
    parse_json,
    read_bytes,
)
from intake_app.directory.hsds_tabular import Package, nested_services
from intake_app.domain.audit import Action
from intake_app.domain.permissions import Permission, require
from intake_app.domain.services import Service
from intake_app.errors import ErrorCode, KnownError
from intake_app.progress import Cancelled, Progress, never_cancelled, no_progress
from intake_app.resources import resources_dir
from intake_app.vault import directory_repo
from intake_app.vault.session import VaultSession

log = logging.getLogger(__name__)


@dataclass
class ImportPreview:
    """What an import would do; nothing is stored until `commit_import`."""

    file: str
    format: str  # "json", "tabular-3", "tabular-2"
    services: list[Service]
    new: int = 0
    updated: int = 0
    warnings: dict[str, int] = field(default_factory=dict)

    @property
    def organizations(self) -> int:
        return len({s.organization.id for s in self.services})

    @property
    def locations(self) -> int:
        return len({loc.id for s in self.services for loc in s.locations})

    def report_lines(self) -> list[str]:
        """The plain report for the command line and the saved report (English)."""
        lines = [
            f"File: {self.file} ({self.format})",
            f"Organizations: {self.organizations}",
            f"Services: {len(self.services)} ({self.new} new, {self.updated} updated)",
            f"Locations: {self.locations}",
        ]
        for code, count in sorted(self.warnings.items()):
            lines.append(f"Warning: {code}: {count}")
        return lines


@lru_cache(maxsize=1)
def _validator() -> Callable[[Any], Any]:
    """The HSDS 3.1-dev service schema (a superset of 3.0), compiled once per process.

    fastjsonschema compiles the schema to Python; checking 10,000 services takes about a
    second instead of half a minute. Formats (uuid, email, uri) are not enforced: other
    agencies' ids are often not UUIDs, and a typo in an e-mail must not stop an import.
    """
    path = (
        resources_dir()
        / "hsds"
        / "3.1-dev"
        / "schema"
        / "compiled"
        / "service_with_definitions.json"
    )
    schema = json.loads(path.read_text("utf-8"))
    return fastjsonschema.compile(schema, use_default=False, use_formats=False)


@lru_cache(maxsize=1)
def _known_fields() -> dict[str, frozenset[str]]:
    """Field names HSDS 3.1-dev knows for a service, its organization and a location."""
    folder = resources_dir() / "hsds" / "3.1-dev" / "schema"
    out = {}
    for name in ("service", "organization", "location"):
        props = json.loads((folder / f"{name}.json").read_text("utf-8")).get("properties", {})
        out[name] = frozenset(props)
    return out


def _count_unknown_fields(record: dict[str, Any], notes: Notes) -> None:
    """Fields HSDS does not define are ignored; the report counts them."""
    known = _known_fields()
    n = len(record.keys() - known["service"])
    org = record.get("organization")
    if isinstance(org, dict):
        n += len(org.keys() - known["organization"])
    for sal in record.get("service_at_locations") or ():
        loc = sal.get("location") if isinstance(sal, dict) else None
        if isinstance(loc, dict):
            n += len(loc.keys() - known["location"])
    notes.add("unknown-field", n)


def _validate(file: str, where: str, record: Any) -> None:
    if not isinstance(record, dict):
        raise malformed(file, where, "", "not a service record")
    try:
        _validator()(record)
    except fastjsonschema.JsonSchemaValueException as exc:
        parts = list(exc.path[1:]) if exc.path else []
        fld = ""
        if exc.rule == "required":
            missing = [f for f in (exc.rule_definition or []) if f not in _at(record, parts)]
            fld = missing[0] if missing else ""
            reason = "missing"
        else:
            fld = parts.pop() if parts and not parts[-1].isdigit() else ""
            reason = (
                f"should be {exc.rule_definition}"
                if exc.rule == "type"
                else ("not allowed by HSDS")
            )
        path = where + "".join(f"[{p}]" if p.isdigit() else f".{p}" for p in parts)
        raise malformed(file, path, fld, reason) from None


def _at(record: Any, parts: list[str]) -> Any:
    for p in parts:
        record = record[int(p)] if isinstance(record, list) else record.get(p, {})
    return record if isinstance(record, dict) else {}


def _json_records(data: Any, file: str) -> list[tuple[str, Any, Any]]:
    """(path, service record, organization for records nested in an organization)."""
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        items, base = data["contents"], "contents"
    elif isinstance(data, list):
        items, base = data, ""
    elif isinstance(data, dict):
        items, base = [data], ""
    else:
        raise malformed(file, "", "", "not an HSDS record, list or page")
    out: list[tuple[str, Any, Any]] = []
    for i, item in enumerate(items):
        where = f"{base}[{i}]" if base or isinstance(data, list) else "$"
        if (
            isinstance(item, dict)
            and isinstance(item.get("services"), list)
            and "status" not in item
        ):
            org = {k: v for k, v in item.items() if k != "services"}
            for j, rec in enumerate(item["services"]):
                out.append((f"{where}.services[{j}]", rec, org))
        else:
            out.append((where, item, None))
    return out


def read_directory_file(
    path: Path,
    source: str = "",
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> tuple[list[Service], str, dict[str, int]]:
    """Parse and check a whole file; return (services, format, warnings). Stores nothing."""
    path = Path(path)
    notes = Notes()
    label = path.name
    if path.is_dir():
        folder = Folder.from_dir(path)
    elif path.suffix.lower() == ".zip":
        folder = Folder.from_zip(path)
    elif path.name.lower() == "datapackage.json":
        folder = Folder.from_dir(path.parent)
        label = path.parent.name
    else:
        folder = None
    if folder is not None:
        pkg = Package(folder, notes)
        fmt = "tabular-2" if pkg.version == "2.0" else "tabular-3"
        if not source and "datapackage.json" in folder.files:
            meta = parse_json(
                decode(folder.files["datapackage.json"], "datapackage.json", notes),
                "datapackage.json",
            )
            source = str(meta.get("name", "")) if isinstance(meta, dict) else ""
        records: list[tuple[str, Any, Any]] = [(w, r, None) for w, r in nested_services(pkg)]
    else:
        fmt = "json"
        data = parse_json(decode(read_bytes(path), label, notes), label)
        records = _json_records(data, label)
    mapper = ServiceMapper(label, IdMapper(source or path.stem.lower()), notes)
    services: list[Service] = []
    seen: dict[str, str] = {}
    total = max(1, len(records))
    for n, (where, rec, org) in enumerate(records):
        if n % 200 == 0:
            if cancelled():
                raise KnownError(ErrorCode.IMPORT_CANCELLED)
            progress(0.9 * n / total)
        if org is not None and isinstance(rec, dict) and "organization" not in rec:
            rec = {**rec, "organization": org}
        _validate(label, where, rec)
        if fmt == "json":
            _count_unknown_fields(rec, notes)
        service = mapper.service(rec, where)
        if service.id in seen:
            raise malformed(label, where, "id", "duplicate id")
        seen[service.id] = where
        services.append(service)
    if not services:
        raise malformed(label, "", "", "no services in the file")
    progress(0.9)
    return services, fmt, notes.counts


def preview_import(
    session: VaultSession,
    path: Path,
    source: str = "",
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    conn: Any = None,
) -> ImportPreview:
    """Read, check and count: N organizations/services/locations, M new, K updated."""
    require(session.user, Permission.IMPORT_DIRECTORY)
    services, fmt, warnings = read_directory_file(path, source, progress, cancelled)
    existing = directory_repo.existing_service_ids(conn or session.conn, (s.id for s in services))
    progress(1.0)
    preview = ImportPreview(
        Path(path).name, fmt, services, len(services) - len(existing), len(existing), dict(warnings)
    )
    log.info(
        "import preview: %d services, %d new, %d warnings",
        len(services),
        preview.new,
        sum(warnings.values()),
    )
    return preview


def commit_import(
    session: VaultSession,
    preview: ImportPreview,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    conn: Any = None,
) -> ImportPreview:
    """Store every previewed service in one transaction; cancelling stores nothing."""
    require(session.user, Permission.IMPORT_DIRECTORY)
    now = session.clock.now().isoformat()
    services = preview.services
    total = max(1, len(services))
    with session.write(conn) as c:
        existing = directory_repo.existing_service_ids(c, (s.id for s in services))
        for start in range(0, len(services), 500):
            if cancelled():
                raise KnownError(ErrorCode.IMPORT_CANCELLED)
            directory_repo.save_services(c, services[start : start + 500], now)
            progress(min(1.0, (start + 500) / total))
        preview.new, preview.updated = len(services) - len(existing), len(existing)
        session.audit(
            c,
            Action.DIRECTORY_IMPORTED,
            "directory",
            "",
            services=len(services),
            new=preview.new,
            updated=preview.updated,
            format=preview.format,
        )
    progress(1.0)
    log.info("imported %d services (%d new)", len(services), preview.new)
    return preview


def import_directory(
    session: VaultSession,
    path: Path,
    source: str = "",
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> ImportPreview:
    """Preview and commit in one call (command line, benchmarks)."""
    preview = preview_import(session, path, source, lambda f: progress(0.6 * f), cancelled)
    return commit_import(session, preview, lambda f: progress(0.6 + 0.4 * f), cancelled)
