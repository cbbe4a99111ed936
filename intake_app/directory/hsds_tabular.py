"""A tabular HSDS data package (CSV files + datapackage.json) → nested service records.

HSDS 3.0/3.1 packages are read as they are; HSDS 2.0 packages have their few renamed
tables and columns mapped to 3.0 first. Values are converted to the types the HSDS schema
gives each column, so one mapper (`hsds_map`) serves JSON and CSV alike. Errors name the
file, the row as a spreadsheet numbers it, and the column.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from typing import Any

from intake_app.directory.hsds_read import Folder, Notes, Table, decode, malformed, parse_csv
from intake_app.resources import resources_dir

# table (HSDS 3 resource name) → file name
TABLES_3 = {
    "organization": "organizations.csv",
    "program": "programs.csv",
    "service": "services.csv",
    "attribute": "attributes.csv",
    "service_at_location": "service_at_location.csv",
    "location": "locations.csv",
    "phone": "phones.csv",
    "contact": "contacts.csv",
    "address": "addresses.csv",
    "schedule": "schedules.csv",
    "funding": "funding.csv",
    "service_area": "service_areas.csv",
    "required_document": "required_documents.csv",
    "language": "languages.csv",
    "accessibility": "accessibility.csv",
    "taxonomy_term": "taxonomy_terms.csv",
    "metadata": "metadata.csv",
    "meta_table_description": "meta_table_descriptions.csv",
    "cost_option": "cost_options.csv",
    "organization_identifier": "organization_identifiers.csv",
    "taxonomy": "taxonomies.csv",
    "url": "url.csv",
    "unit": "units.csv",
    "service_capacity": "service_capacity.csv",
}
# HSDS 2.0 file → (3.0 table, column renames, fixed values)
_V2: dict[str, tuple[str, dict[str, str], dict[str, str]]] = {
    "services_at_location.csv": ("service_at_location", {}, {}),
    "physical_addresses.csv": ("address", {}, {"address_type": "physical"}),
    "postal_addresses.csv": ("address", {}, {"address_type": "postal"}),
    "service_attributes.csv": ("attribute", {"service_id": "link_id"}, {"link_entity": "service"}),
    "other_attributes.csv": ("attribute", {"link_type": "link_entity"}, {}),
    "accessibility_for_disabilities.csv": ("accessibility", {"accessibility": "description"}, {}),
    "eligibility.csv": ("eligibility", {}, {}),
    "payments_accepted.csv": ("payment_accepted", {}, {}),
}
_REQUIRED_COLUMNS = {
    "service": ("id", "name", "organization_id"),
    "organization": ("id", "name"),
    "location": ("id",),
    "service_at_location": ("id", "service_id", "location_id"),
    "taxonomy_term": ("id",),
    "attribute": ("id", "link_id", "taxonomy_term_id"),
}
_KNOWN_FILES = set(TABLES_3.values()) | set(_V2) | {"datapackage.json"}


@lru_cache(maxsize=1)
def _column_types() -> dict[str, dict[str, str]]:
    """table → column → JSON type ("number", "integer", "string"…) from the HSDS schema."""
    out: dict[str, dict[str, str]] = {}
    folder = resources_dir() / "hsds" / "3.1-dev" / "schema"
    for table in TABLES_3:
        path = folder / f"{table}.json"
        if path.exists():
            props = json.loads(path.read_text("utf-8")).get("properties", {})
            out[table] = {k: v.get("type", "string") for k, v in props.items()}
    return out


def _convert(table: str, t: Table, notes: Notes) -> list[tuple[int, dict[str, Any]]]:
    types = _column_types().get(table, {})
    unknown = [h for h in t.header if types and h not in types]
    notes.add("unknown-column", len(unknown))
    rows = []
    for line, row in t.rows:
        out: dict[str, Any] = {}
        for col, value in row.items():
            kind = types.get(col, "string")
            if kind in ("number", "integer"):
                try:
                    out[col] = float(value) if kind == "number" else int(value)
                except ValueError:
                    raise malformed(t.file, f"row {line}", col, "not a number") from None
            elif kind == "string":
                out[col] = value
        rows.append((line, out))
    return rows


class Package:
    """The tables of one package, converted and checked for duplicate ids."""

    def __init__(self, folder: Folder, notes: Notes) -> None:
        self.notes = notes
        self.version = "3.0"
        self.tables: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
        self.files: dict[str, str] = {}
        names = set(folder.files)
        if "datapackage.json" not in names and "services.csv" not in names:
            raise malformed(folder.label, "", "datapackage.json", "not an HSDS data package")
        if names & set(_V2) or "service_attributes.csv" in names:
            self.version = "2.0"
        notes.add("unknown-table", len([n for n in names if n not in _KNOWN_FILES]))
        for table, file in TABLES_3.items():
            if file in folder.files:
                self._add(table, file, folder, {}, {})
        for file, (table, renames, fixed) in _V2.items():
            if file in folder.files:
                self._add(table, file, folder, renames, fixed)
        if "service" not in self.tables and "services.csv" not in folder.files:
            raise malformed(folder.label, "", "services.csv", "missing table")

    def _add(
        self,
        table: str,
        file: str,
        folder: Folder,
        renames: dict[str, str],
        fixed: dict[str, str],
    ) -> None:
        t = parse_csv(decode(folder.files[file], file, self.notes), file)
        t.header = [renames.get(h, h) for h in t.header]
        t.rows = [
            (line, {**fixed, **{renames.get(k, k): v for k, v in row.items()}})
            for line, row in t.rows
        ]
        if self.version == "2.0":
            _from_v2(table, t)
        for col in _REQUIRED_COLUMNS.get(table, ()):
            if col not in t.header:
                raise malformed(file, "row 1", col, "missing column")
        rows = _convert(table, t, self.notes)
        seen: set[str] = set()
        for line, row in rows:
            rid = row.get("id", "")
            for col in _REQUIRED_COLUMNS.get(table, ()):
                if row.get(col) in (None, ""):
                    raise malformed(file, f"row {line}", col, "empty")
            if rid in seen:
                raise malformed(file, f"row {line}", "id", "duplicate id")
            seen.add(rid)
        self.tables[table] += rows
        self.files[table] = file


def _from_v2(table: str, t: Table) -> None:
    """HSDS 2.0 column names → 3.0 (in place)."""
    for _line, row in t.rows:
        if table == "organization" and "url" in row:
            row["website"] = row.pop("url")
        elif table == "taxonomy_term" and "term" in row:
            row["name"] = row.pop("term")
            row.setdefault("code", row.get("id", ""))
            row.setdefault("description", row["name"])
        elif table == "language" and "language" in row:
            value = row.pop("language")
            row["code" if len(value) <= 3 else "name"] = value
        elif table == "phone" and "language" in row:
            row.pop("language")
    renames = {
        "organization": {"url": "website"},
        "taxonomy_term": {"term": "name"},
        "language": {"language": "code"},
    }.get(table, {})
    t.header = [renames.get(h, h) for h in t.header]
    if table == "taxonomy_term" and "code" not in t.header:
        t.header.append("code")


def _by(rows: list[tuple[int, dict[str, Any]]], key: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for _line, row in rows:
        if row.get(key):
            out[row[key]].append(row)
    return out


def nested_services(pkg: Package) -> list[tuple[str, dict[str, Any]]]:
    """(where, record) for every service, shaped like the API's `service_full`."""
    t = pkg.tables
    orgs = {r["id"]: dict(r) for _l, r in t["organization"]}
    taxonomies = {r["id"]: r for _l, r in t["taxonomy"]}
    term_rows = {}
    for _l, r in t["taxonomy_term"]:
        term = dict(r)
        if r.get("taxonomy_id") in taxonomies:
            term["taxonomy_detail"] = taxonomies[r["taxonomy_id"]]
        term_rows[r["id"]] = term
    attrs = _by(t["attribute"], "link_id")
    schedules_by_service = _by(t["schedule"], "service_id")
    schedules_by_location = _by(t["schedule"], "location_id")
    schedules_by_sal = _by(t["schedule"], "service_at_location_id")
    phones_by_service = _by(t["phone"], "service_id")
    phones_by_org = _by(t["phone"], "organization_id")
    langs = _by(t["language"], "service_id")
    eligibility = _by(t["eligibility"], "service_id")
    locations = {}
    addresses = _by(t["address"], "location_id")
    access = _by(t["accessibility"], "location_id")
    for _l, r in t["location"]:
        loc = dict(r)
        if pkg.version == "2.0":  # 2.0 had no location_type and looser addresses
            loc.setdefault("location_type", "physical")
            for a in addresses.get(r["id"], []):
                for col in ("address_1", "city", "state_province", "postal_code", "country"):
                    a.setdefault(col, "")
        loc["addresses"] = addresses.get(r["id"], [])
        loc["accessibility"] = access.get(r["id"], [])
        loc["schedules"] = schedules_by_location.get(r["id"], [])
        locations[r["id"]] = loc
    programs = {r["id"]: r for _l, r in t["program"]}
    sals: dict[str, list[dict[str, Any]]] = defaultdict(list)
    sal_file = pkg.files.get("service_at_location", "service_at_location.csv")
    service_ids = {r["id"] for _l, r in t["service"]}
    for line, r in t["service_at_location"]:
        if r["location_id"] not in locations:
            raise malformed(sal_file, f"row {line}", "location_id", "no such location")
        if r["service_id"] not in service_ids:
            raise malformed(sal_file, f"row {line}", "service_id", "no such service")
        sals[r["service_id"]].append(
            {
                **r,
                "location": locations[r["location_id"]],
                "schedules": schedules_by_sal.get(r["id"], []),
            }
        )
    linked = set(service_ids) | set(locations) | set(orgs)
    pkg.notes.add("attribute-link-missing", len([k for k in attrs if k not in linked]))
    for org in orgs.values():
        org["phones"] = phones_by_org.get(org["id"], [])
    out = []
    file = pkg.files.get("service", "services.csv")
    for line, r in t["service"]:
        if r["organization_id"] not in orgs:
            raise malformed(file, f"row {line}", "organization_id", "no such organization")
        rec = dict(r)
        rec.setdefault("status", "active")
        rec["organization"] = orgs[r["organization_id"]]
        rec["service_at_locations"] = sals.get(r["id"], [])
        rec["schedules"] = [
            s
            for s in schedules_by_service.get(r["id"], [])
            if not s.get("location_id") and not s.get("service_at_location_id")
        ]
        rec["phones"] = [p for p in phones_by_service.get(r["id"], [])]
        rec["languages"] = langs.get(r["id"], [])
        if r.get("program_id") in programs:
            rec["program"] = programs[r["program_id"]]
        extra = " ".join(e.get("eligibility", "") for e in eligibility.get(r["id"], []))
        if extra:
            rec["eligibility_description"] = " ".join(
                x for x in (rec.get("eligibility_description", ""), extra) if x
            )
        rec["attributes"] = [
            {**a, "taxonomy_term": term_rows.get(a["taxonomy_term_id"])}
            for a in attrs.get(r["id"], [])
        ]
        out.append((f"{file} row {line}", rec))
    return out
