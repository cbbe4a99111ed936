"""Importing an HSDS directory: read and check the whole file first (the preview), then
store everything in one transaction (the commit).

Accepted: nested JSON (one service record, an array, or the API's paged list with
`contents`, read as a stream), and tabular data packages (a folder or a .zip, CSV files in
`resources[].path` or found below the folder) in HSDS 3.0/3.1, 2.0 or 1.1.

A broken *file* (not JSON or CSV, a missing table or column, an unsafe archive) imports
nothing. A messy *record* is skipped or repaired alone and listed in the report. Each
import belongs to a source (publisher + stable key, confirmed in the preview); local edits
to its services survive the next import (see `overrides`), and services the source no
longer lists are flagged for review.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import fastjsonschema
import ijson

from intake_app.directory.hsds_map import IdMapper, ServiceMapper, Skip
from intake_app.directory.hsds_read import (
    Folder,
    Notes,
    Problem,
    TextFormat,
    decode_labelled,
    detect_encoding,
    malformed,
    parse_json,
    read_bytes,
)
from intake_app.directory.hsds_tabular import Package, nested_services
from intake_app.directory.overrides import Change, Merged, Stored, merge
from intake_app.directory.sources import SourceChoice, SuggestedBy, slug, suggest
from intake_app.domain.audit import Action
from intake_app.domain.permissions import Permission, require
from intake_app.domain.services import Service
from intake_app.errors import ErrorCode, KnownError
from intake_app.progress import Cancelled, Progress, never_cancelled, no_progress
from intake_app.resources import resources_dir
from intake_app.vault import directory_repo
from intake_app.vault.session import VaultSession

log = logging.getLogger(__name__)

# One import; beyond it the file is refused, naming the limit. About 5 kB of memory per
# service once read (a 10,000-service directory is the size the program is built for).
MAX_SERVICES = 40_000


@dataclass
class DirectoryFile:
    """Everything read from one file, before any source or vault is involved."""

    label: str
    format: str  # "json", "tabular-3", "tabular-2", "tabular-1.1"
    services: list[Service]
    notes: Notes
    formats: list[TextFormat]
    meta: dict[str, Any]
    skipped_ids: set[str] = field(default_factory=set)  # original ids of skipped services


@dataclass
class ImportPreview:
    """What an import would do; nothing is stored until `commit_import`."""

    file: str
    format: str
    services: list[Service]
    new: int = 0
    updated: int = 0
    warnings: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    conflicting: int = 0
    gone: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    tally: dict[tuple[str, str], int] = field(default_factory=dict)
    formats: list[TextFormat] = field(default_factory=list)
    source: SourceChoice = field(default_factory=lambda: SourceChoice("", "", SuggestedBy.GUESS))
    uncategorised: int = 0
    raw: DirectoryFile | None = None

    @property
    def organizations(self) -> int:
        return len({s.organization.id for s in self.services})

    @property
    def locations(self) -> int:
        return len({loc.id for s in self.services for loc in s.locations})

    @property
    def repaired(self) -> int:
        return sum(n for (_rec, action), n in self.tally.items() if action == "repaired")

    def report_lines(self) -> list[str]:
        """The plain report for the command line (English; the window translates)."""
        lines = [
            f"File: {self.file} ({self.format})",
            f"Source: {self.source.publisher} [{self.source.key}]"
            f" ({self.source.suggested_by.value})",
        ]
        for fmt in self.formats:
            sep = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}.get(fmt.delimiter, "")
            lines.append(
                f"  {fmt.file}: {fmt.encoding}" + (f", {sep}, {fmt.rows} rows" if sep else "")
            )
        lines += [
            f"{len(self.services)} services will be imported, {self.skipped} skipped",
            f"New: {self.new}, updated: {self.updated}, unchanged: {self.unchanged},"
            f" conflicting: {self.conflicting}, gone upstream: {self.gone}",
            f"Organizations: {self.organizations}",
            f"Locations: {self.locations}",
            f"Without a category: {self.uncategorised}",
        ]
        for (record, action), count in sorted(self.tally.items()):
            lines.append(f"{action.capitalize()}: {record}: {count}")
        for code, count in sorted(self.warnings.items()):
            lines.append(f"Warning: {code}: {count}")
        return lines


# -- checking JSON records -----------------------------------------------------------------


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


def _tidy(record: dict[str, Any], where: str, file: str, notes: Notes) -> dict[str, Any]:
    """Repairs a usable record needs before the schema check: phones without a number
    are dropped, an organization without a description gets an empty one."""

    def phones(owner: dict[str, Any], here: str) -> None:
        items = owner.get("phones")
        if isinstance(items, list):
            kept = []
            for i, p in enumerate(items):
                if isinstance(p, dict) and str(p.get("number") or "").strip():
                    kept.append(p)
                else:
                    notes.skip(file, f"{here}.phones[{i}]", "number", "empty", "phone")
            owner["phones"] = kept

    phones(record, where)
    org = record.get("organization")
    if isinstance(org, dict):
        org.setdefault("description", "")
        phones(org, f"{where}.organization")
    return record


def _check(record: Any, where: str) -> None:
    """Raise Skip naming the place and field when the record breaks the HSDS schema."""
    if not isinstance(record, dict):
        raise Skip("", "not a service record")
    try:
        _validator()(record)
    except fastjsonschema.JsonSchemaValueException as exc:
        parts = list(exc.path[1:]) if exc.path else []
        if exc.rule == "required":
            missing = [f for f in (exc.rule_definition or []) if f not in _at(record, parts)]
            fld, reason = (missing[0] if missing else ""), "missing"
        else:
            fld = parts.pop() if parts and not parts[-1].isdigit() else ""
            reason = (
                f"should be {exc.rule_definition}" if exc.rule == "type" else "not allowed by HSDS"
            )
        path = where + "".join(f"[{p}]" if p.isdigit() else f".{p}" for p in parts)
        raise Skip(fld, reason, path) from None


def _at(record: Any, parts: list[str]) -> Any:
    for p in parts:
        record = record[int(p)] if isinstance(record, list) else record.get(p, {})
    return record if isinstance(record, dict) else {}


# -- reading JSON as a stream -----------------------------------------------------------------


def _expand(where: str, item: Any) -> Iterator[tuple[str, Any, Any]]:
    """An organization_full record (with its services inside) gives its services."""
    if isinstance(item, dict) and isinstance(item.get("services"), list) and "status" not in item:
        org = {k: v for k, v in item.items() if k != "services"}
        for j, rec in enumerate(item["services"]):
            yield f"{where}.services[{j}]", rec, org
    else:
        yield where, item, None


def _json_records(data: bytes, label: str, notes: Notes) -> Iterator[tuple[str, Any, Any]]:
    """(path, service record, organization for records nested in one), one at a time:
    an array or a page's `contents` is streamed with ijson, so a large file never sits
    in memory as Python objects all at once."""
    text, encoding = decode_labelled(data, label, notes)
    notes.add("json-encoding:" + encoding, 0)
    if detect_encoding(data)[0] != "utf-8":
        data = text.encode("utf-8")
    del text
    start = data.lstrip()[:1]
    try:
        if start == b"[":
            for i, item in enumerate(ijson.items(io.BytesIO(data), "item", use_float=True)):
                yield from _expand(f"[{i}]", item)
            return
        if start == b"{":
            found = False
            for i, item in enumerate(
                ijson.items(io.BytesIO(data), "contents.item", use_float=True)
            ):
                found = True
                yield from _expand(f"contents[{i}]", item)
            if found:
                return
    except ijson.JSONError:
        parse_json(data.decode("utf-8"), label)  # names the line and column
        raise malformed(label, "", "", "not valid JSON") from None
    whole = parse_json(data.decode("utf-8"), label)
    if isinstance(whole, dict):
        yield from _expand("$", whole)
    else:
        raise malformed(label, "", "", "not an HSDS record, list or page")


# -- reading any file -----------------------------------------------------------------------


def _consume(nested: list[tuple[str, dict[str, Any]]]) -> Iterator[tuple[str, Any, Any]]:
    """The records one by one, each let go once mapped (memory falls as services grow)."""
    nested.reverse()
    while nested:
        where, rec = nested.pop()
        yield where, rec, None


@dataclass
class _Opened:
    """A file opened for reading: its records as a stream and what the report says of it."""

    label: str
    format: str
    records: Iterator[tuple[str, Any, Any]]
    total: int  # for progress: tabular records, or the bytes of a JSON file
    formats: list[TextFormat]
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def tabular(self) -> bool:
        return self.format != "json"


def _open(path: Path, notes: Notes) -> _Opened:
    """A data package (a folder, a zip or its datapackage.json) is read and nested at
    once, then handed out record by record; anything else is streamed as JSON."""
    label = path.name
    if path.is_dir():
        folder: Folder | None = Folder.from_dir(path)
    elif path.suffix.lower() == ".zip":
        folder = Folder.from_zip(path)
    elif path.name.lower() == "datapackage.json":
        folder = Folder.from_dir(path.parent)
        label = path.parent.name
    else:
        folder = None
    if folder is None:
        data = read_bytes(path)
        return _Opened(
            label,
            "json",
            _json_records(data, label, notes),
            max(1, len(data)),
            [TextFormat(label, detect_encoding(data)[1])],
        )
    pkg = Package(folder, notes, MAX_SERVICES)
    fmt = {"1.1": "tabular-1.1", "2.0": "tabular-2"}.get(pkg.version, "tabular-3")
    nested = nested_services(pkg)
    pkg.tables.clear()  # the records hold what they need; the rest can go
    return _Opened(label, fmt, _consume(nested), max(1, len(nested)), pkg.formats, pkg.meta)


def _checked_json_record(rec: Any, org: Any, where: str, label: str, notes: Notes) -> Any:
    """A JSON record given its organization when it came nested in one, tidied, and
    checked against the HSDS schema (CSV values were typed by `hsds_tabular` already)."""
    if org is not None and isinstance(rec, dict) and "organization" not in rec:
        rec = {**rec, "organization": org}
    if isinstance(rec, dict):
        rec = _tidy(rec, where, label, notes)
    _check(rec, where)
    _count_unknown_fields(rec, notes)
    return rec


def read_directory(
    path: Path,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> DirectoryFile:
    """Parse and check a whole file with provisional ids. Stores nothing."""
    notes = Notes()
    opened = _open(Path(path), notes)
    label = opened.label
    mapper = ServiceMapper(label, IdMapper(""), notes)
    services: list[Service] = []
    seen: set[str] = set()
    skipped_ids: set[str] = set()
    for n, (where, rec, org) in enumerate(opened.records):
        if n % 200 == 0:
            if cancelled():
                raise KnownError(ErrorCode.IMPORT_CANCELLED)
            progress(0.8 * min(1.0, n / opened.total) if opened.tabular else 0.4)
        if len(services) >= MAX_SERVICES:
            raise KnownError(
                ErrorCode.IMPORT_TOO_BIG, file=label, limit=MAX_SERVICES, what="services"
            )
        raw_id = str(rec.get("id") or "").strip() if isinstance(rec, dict) else ""
        try:
            if not opened.tabular:
                rec = _checked_json_record(rec, org, where, label, notes)
            if raw_id in seen:
                raise Skip("id", "duplicate id")
            service = mapper.service(rec, where)
        except Skip as skip:
            notes.skip(label, skip.where or where, skip.field, skip.reason, "service")
            if raw_id and raw_id not in seen:
                skipped_ids.add(raw_id)
            continue
        seen.add(raw_id)
        services.append(service)
    if not services and not notes.tally:
        raise malformed(label, "", "", "no services in the file")
    progress(0.8)
    return DirectoryFile(
        label, opened.format, services, notes, opened.formats, opened.meta, skipped_ids
    )


def read_directory_file(
    path: Path,
    source: str = "",
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> tuple[list[Service], str, dict[str, int]]:
    """(services, format, warnings) with ids in `source`'s namespace; stores nothing."""
    read = read_directory(path, progress, cancelled)
    ids = IdMapper(source or slug(Path(path).stem) or "source")
    return rekey(read.services, ids), read.format, read.notes.counts


def rekey(services: list[Service], ids: IdMapper) -> list[Service]:
    """The same services with ids in the namespace of `ids.source` (from their original
    ids, kept on every service, organization and location)."""
    out = []
    orgs: dict[str, Any] = {}
    for s in services:
        o = s.organization
        org = orgs.get(o.source_id)
        if org is None:
            org = orgs[o.source_id] = replace(o, id=ids("organization", o.source_id))
        out.append(
            replace(
                s,
                id=ids("service", s.source_id),
                source=ids.source,
                organization=org,
                locations=tuple(
                    replace(loc, id=ids("location", loc.source_id)) for loc in s.locations
                ),
            )
        )
    return out


# -- the preview and the commit -------------------------------------------------------------


def _choose_source(
    session: VaultSession, read: DirectoryFile, source: str, publisher: str
) -> SourceChoice:
    conn = session.conn
    if source:
        known = {r.key: r.publisher for r in directory_repo.list_sources(conn)}
        key = slug(source) or source
        return SourceChoice(key, publisher or known.get(key, source), SuggestedBy.GIVEN)
    overlap = directory_repo.source_overlap(conn, {s.source_id: s.name for s in read.services})
    publishers = {r.key: r.publisher for r in directory_repo.list_sources(conn)}
    choice = suggest(read.meta, read.label, overlap, len(read.services), publishers)
    return replace(choice, publisher=publisher or choice.publisher)


@dataclass
class _Plan:
    merged: list[Merged]
    gone_ids: list[str]


def _plan(session: VaultSession, services: list[Service], key: str, skipped_ids: set[str]) -> _Plan:
    conn = session.conn
    ids = [s.id for s in services]
    states = directory_repo.load_local_states(conn, ids)
    locals_ = directory_repo.load_services_by_id(conn, ids)
    merged = []
    for s in services:
        stored = None
        if s.id in locals_:
            st = states[s.id]
            stored = Stored(locals_[s.id], st.upstream, st.overrides, st.conflicts, st.gone)
        merged.append(merge(s, stored))
    incoming = set(ids)
    gone = [
        sid
        for sid, (source_id, already) in directory_repo.source_service_ids(conn, key).items()
        if sid not in incoming and not already and source_id not in skipped_ids
    ]
    return _Plan(merged, gone)


def _fill(preview: ImportPreview, plan: _Plan) -> None:
    counts = {c: 0 for c in Change}
    for m in plan.merged:
        counts[m.change] += 1
    preview.new = counts[Change.NEW]
    preview.updated = counts[Change.UPDATED]
    preview.unchanged = counts[Change.UNCHANGED]
    preview.conflicting = counts[Change.CONFLICTING]
    preview.gone = len(plan.gone_ids)
    preview.uncategorised = sum(1 for m in plan.merged if not m.service.categories)


def preview_import(
    session: VaultSession,
    path: Path,
    source: str = "",
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    publisher: str = "",
) -> ImportPreview:
    """Read, check and count: services to import and skipped (why), new / updated /
    unchanged / conflicting / gone, and the suggested source to confirm."""
    require(session.user, Permission.IMPORT_DIRECTORY)
    read = read_directory(path, lambda f: progress(0.9 * f), cancelled)
    choice = _choose_source(session, read, source, publisher)
    preview = ImportPreview(
        Path(path).name,
        read.format,
        [],
        warnings={k: v for k, v in read.notes.counts.items() if v},
        skipped=read.notes.tally.get(("service", "skipped"), 0),
        problems=read.notes.problems,
        tally=dict(read.notes.tally),
        formats=read.formats,
        raw=read,
    )
    _apply_source(session, preview, choice)
    progress(1.0)
    log.info(
        "import preview: %d services, %d skipped, %d new, %d gone",
        len(preview.services),
        preview.skipped,
        preview.new,
        preview.gone,
    )
    return preview


def _apply_source(session: VaultSession, preview: ImportPreview, choice: SourceChoice) -> None:
    assert preview.raw is not None
    ids = IdMapper(choice.key, directory_repo.ids_not_from(session.conn, choice.key))
    preview.source = choice
    preview.services = rekey(preview.services or preview.raw.services, ids)
    preview.raw.services = []  # one copy in memory: rekeying works from the original ids
    _fill(preview, _plan(session, preview.services, choice.key, preview.raw.skipped_ids))


def change_source(
    session: VaultSession, preview: ImportPreview, key: str, publisher: str
) -> ImportPreview:
    """The coordinator named the source in the preview: ids and counts follow it."""
    require(session.user, Permission.IMPORT_DIRECTORY)
    key = slug(key)
    if not key:
        raise KnownError(ErrorCode.INVALID_INPUT, field="source", reason="required")
    _apply_source(session, preview, SourceChoice(key, publisher.strip(), SuggestedBy.GIVEN))
    return preview


def commit_import(
    session: VaultSession,
    preview: ImportPreview,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> ImportPreview:
    """Store every previewed service in one transaction; cancelling stores nothing.
    Local overrides are kept, services gone upstream flagged and deactivated."""
    require(session.user, Permission.IMPORT_DIRECTORY)
    now = session.clock.now().isoformat()
    key = preview.source.key
    if not key:
        raise KnownError(ErrorCode.INVALID_INPUT, field="source", reason="required")
    skipped_ids = preview.raw.skipped_ids if preview.raw else set()
    with session.write() as c:
        plan = _plan(session, preview.services, key, skipped_ids)
        total = max(1, len(plan.merged))
        for start in range(0, len(plan.merged), 500):
            if cancelled():
                raise KnownError(ErrorCode.IMPORT_CANCELLED)
            chunk = plan.merged[start : start + 500]
            directory_repo.save_services(c, [m.service for m in chunk], now)
            for m in chunk:
                directory_repo.set_local_state(
                    c, m.service.id, m.overrides, m.conflicts, m.upstream, keep_upstream=False
                )
            progress(min(1.0, (start + 500) / total))
        directory_repo.mark_gone(c, plan.gone_ids, now)
        directory_repo.save_source(c, key, preview.source.publisher, now, len(plan.merged))
        _fill(preview, plan)
        session.audit(
            c,
            Action.DIRECTORY_IMPORTED,
            "directory",
            "",
            services=len(preview.services),
            new=preview.new,
            updated=preview.updated,
            unchanged=preview.unchanged,
            conflicting=preview.conflicting,
            gone=preview.gone,
            skipped=preview.skipped,
            format=preview.format,
        )
    progress(1.0)
    log.info(
        "imported %d services (%d new, %d gone)", len(preview.services), preview.new, preview.gone
    )
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
