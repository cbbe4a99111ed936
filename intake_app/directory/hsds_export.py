"""Exporting the directory as HSDS 3.0: nested JSON (the API's paged list form) and a
tabular data package (.zip of CSV files + datapackage.json). Re-importing an export gives
the same directory.

CSV cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are
prefixed with an apostrophe; numbers are left alone, and our importer removes the guard.
Our taxonomy travels as HSDS `taxonomy` + `taxonomy_term` rows in English and French.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from intake_app.directory import hsds_terms as terms
from intake_app.directory.hsds_records import (
    TAXONOMY,
    service_record,
    term_record,
    without_provenance,
)
from intake_app.domain.services import Service
from intake_app.progress import Progress, no_progress
from intake_app.resources import resources_dir
from intake_app.vault.atomic import atomic_write_bytes

__all__ = ["export_json", "export_tabular", "neutralise", "service_record", "without_provenance"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> str:
    """A CSV cell a spreadsheet will show as text, never run as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        try:
            float(text)
        except ValueError:
            return "'" + text
    return text


def export_json(services: Sequence[Service], path: Path, progress: Progress = no_progress) -> int:
    contents = []
    for i, s in enumerate(services):
        contents.append(service_record(s))
        if i % 500 == 0:
            progress(0.9 * i / max(1, len(services)))
    page = {
        "total_items": len(contents),
        "total_pages": 1,
        "page_number": 1,
        "size": len(contents),
        "first_page": True,
        "last_page": True,
        "empty": not contents,
        "contents": contents,
    }
    text = json.dumps(page, ensure_ascii=False, separators=(",", ":"))
    atomic_write_bytes(Path(path), text.encode("utf-8"))
    progress(1.0)
    return len(contents)


# -- tabular -------------------------------------------------------------------------------

# The files we write and the columns we fill; each file's columns are written in the order
# its resource in the official HSDS 3.0 datapackage.json declares (frictionless checks it).
_COLUMNS: dict[str, frozenset[str]] = {
    "organizations.csv": frozenset({"id", "name", "description", "email", "website"}),
    "programs.csv": frozenset({"id", "organization_id", "name", "description"}),
    "services.csv": frozenset(
        {
            "id",
            "organization_id",
            "program_id",
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "interpretation_services",
            "application_process",
            "fees_description",
            "eligibility_description",
            "assured_date",
        }
    ),
    "locations.csv": frozenset(
        {
            "id",
            "location_type",
            "organization_id",
            "name",
            "description",
            "transportation",
            "latitude",
            "longitude",
        }
    ),
    "service_at_location.csv": frozenset({"id", "service_id", "location_id"}),
    "addresses.csv": frozenset(
        {
            "id",
            "location_id",
            "address_1",
            "address_2",
            "city",
            "region",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        }
    ),
    "accessibility.csv": frozenset({"id", "location_id", "description"}),
    "phones.csv": frozenset(
        {"id", "service_id", "organization_id", "contact_id", "number", "extension", "description"}
    ),
    "contacts.csv": frozenset({"id", "service_id", "name", "title", "department", "email"}),
    "schedules.csv": frozenset(
        {
            "id",
            "service_id",
            "service_at_location_id",
            "valid_from",
            "valid_to",
            "freq",
            "byday",
            "opens_at",
            "closes_at",
            "description",
        }
    ),
    "languages.csv": frozenset({"id", "service_id", "code"}),
    "required_documents.csv": frozenset({"id", "service_id", "document"}),
    "attributes.csv": frozenset(
        {"id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"}
    ),
    "taxonomies.csv": frozenset({"id", "name", "description", "uri", "version"}),
    "taxonomy_terms.csv": frozenset(
        {"id", "code", "name", "description", "taxonomy", "language", "taxonomy_id"}
    ),
}
# An address whose street (or postal code) is kept confidential, as shelters do, is still
# an address: our package declares these columns optional instead of inventing values.
_OPTIONAL_ADDRESS = ("address_1", "city", "state_province", "postal_code", "country")


def _seconds(value: Any) -> Any:
    """Table Schema `time` is HH:MM:SS."""
    return f"{value}:00" if isinstance(value, str) and len(value) == 5 else value


def _tabular_rows(services: Iterable[Service]) -> dict[str, dict[str, dict[str, Any]]]:
    tables: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in _COLUMNS}
    codes: set[str] = set()

    def put(table: str, row: dict[str, Any]) -> None:
        tables[table][row["id"]] = row

    def schedule(row: dict[str, Any]) -> None:
        row["opens_at"], row["closes_at"] = (
            _seconds(row.get("opens_at")),
            _seconds(row.get("closes_at")),
        )
        put("schedules.csv", row)

    put("taxonomies.csv", TAXONOMY)
    for code, facet, fr, en in terms.all_terms():
        # One row per code (the official unique constraint); English names, the French
        # ones are the same taxonomy and come back from our own list on import.
        put("taxonomy_terms.csv", term_record(code, facet, fr, en, "en"))
        codes.add(code)
    for s in services:
        rec = service_record(s)
        org = rec.pop("organization")
        for p in org.pop("phones"):
            put("phones.csv", {**p, "organization_id": org["id"]})
        put("organizations.csv", org)
        program = rec.pop("program", None)
        if program:
            put("programs.csv", {**program, "organization_id": org["id"]})
            rec["program_id"] = program["id"]
        for p in rec.pop("phones"):
            put("phones.csv", {**p, "service_id": s.id})
        for c in rec.pop("contacts", []):
            for p in c.pop("phones"):
                put("phones.csv", {**p, "contact_id": c["id"]})
            put("contacts.csv", {**c, "service_id": s.id})
        for d in rec.pop("required_documents", []):
            put("required_documents.csv", {**d, "service_id": s.id})
        for sch in rec.pop("schedules"):
            schedule({**sch, "service_id": s.id})
        for lang in rec.pop("languages"):
            put("languages.csv", {**lang, "service_id": s.id})
        for sal in rec.pop("service_at_locations"):
            loc = sal["location"]
            for a in loc.pop("addresses", []):
                put("addresses.csv", {**a, "location_id": loc["id"]})
            for a in loc.pop("accessibility", []):
                put("accessibility.csv", {**a, "location_id": loc["id"]})
            put("locations.csv", {**loc, "organization_id": org["id"]})
            put(
                "service_at_location.csv",
                {"id": sal["id"], "service_id": s.id, "location_id": loc["id"]},
            )
            for sch in sal["schedules"]:
                schedule({**sch, "service_at_location_id": sal["id"]})
        for attr in rec.pop("attributes"):
            term = attr.pop("taxonomy_term")
            put("attributes.csv", {**attr, "link_id": s.id, "link_entity": "service"})
            if term["id"] not in tables["taxonomy_terms.csv"]:
                term.pop("taxonomy_detail", None)
                if term.get("code") in codes:  # the same code in two foreign taxonomies
                    term = {**term, "code": ""}
                codes.add(term.get("code", ""))
                put("taxonomy_terms.csv", term)
        put("services.csv", {**rec, "organization_id": org["id"]})
    return tables


def _csv_bytes(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([neutralise(_cell(row.get(c))) for c in columns])
    return buf.getvalue().encode("utf-8")


def _cell(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _resources() -> dict[str, dict[str, Any]]:
    base = json.loads((resources_dir() / "hsds" / "3.0" / "datapackage.json").read_text("utf-8"))
    return {r["path"]: r for r in base["resources"]}


def _columns(file: str) -> list[str]:
    """The columns we write for `file`, in the official order."""
    keep = _COLUMNS[file]
    return [f["name"] for f in _resources()[file]["schema"]["fields"] if f["name"] in keep]


def _datapackage(files: Iterable[str]) -> dict[str, Any]:
    base = json.loads((resources_dir() / "hsds" / "3.0" / "datapackage.json").read_text("utf-8"))
    by_path = {r["path"]: r for r in base["resources"]}
    resources = []
    for f in files:
        r = dict(by_path[f])
        keep = _COLUMNS[f]
        schema = dict(r["schema"])
        fields = []
        for fl in schema["fields"]:
            if fl["name"] not in keep:
                continue
            if f == "addresses.csv" and fl["name"] in _OPTIONAL_ADDRESS:
                fl = {**fl, "constraints": {**fl.get("constraints", {}), "required": False}}
            fields.append(fl)
        schema["fields"] = fields
        schema.pop("foreignKeys", None)
        r["schema"] = schema
        resources.append(r)
    return {
        **{k: v for k, v in base.items() if k != "resources"},
        "name": "passerelle-directory",
        "title": "Passerelle directory export",
        "resources": resources,
    }


def tabular_files(
    services: Sequence[Service], progress: Progress = no_progress
) -> dict[str, bytes]:
    """The data package's files (CSV tables and `datapackage.json`), in memory."""
    tables = _tabular_rows(services)
    progress(0.6)
    files = {name: _csv_bytes(_columns(name), tables[name].values()) for name in _COLUMNS}
    files["datapackage.json"] = json.dumps(_datapackage(list(_COLUMNS)), indent=1).encode()
    return files


def export_tabular(
    services: Sequence[Service], path: Path, progress: Progress = no_progress
) -> int:
    files = tabular_files(services, progress)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    atomic_write_bytes(Path(path), buf.getvalue())
    progress(1.0)
    return len(services)
