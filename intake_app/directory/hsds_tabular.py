"""A tabular HSDS data package (CSV files + datapackage.json) → nested service records.

HSDS 3.0/3.1 packages are read as they are; HSDS 1.1 and 2.0 packages (what 211 lines and
city portals actually publish) have their renamed tables and columns mapped to 3.0 first:
`regular_schedules` and `holiday_schedules`, `services_taxonomy` + `taxonomy`,
`physical_addresses`, `accessibility_for_disabilities`, `languages.language` by name.

Lenient on records, strict on structure. A missing table or column, a file that is not
CSV, refuses the package. A row with an empty or repeated id, a link to nothing, a value
of the wrong type is skipped or repaired *alone*, with a `Problem` saying which and why.
Values are converted to the types the HSDS schema gives each column, so one mapper
(`hsds_map`) serves JSON and CSV alike.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from intake_app.directory.hsds_read import (
    Folder,
    Notes,
    Table,
    TextFormat,
    decode_labelled,
    malformed,
    parse_csv,
)
from intake_app.errors import ErrorCode, KnownError
from intake_app.resources import resources_dir

Rows = list[tuple[int, dict[str, Any]]]
# All tables of one package together; about 1 kB of memory each while importing, so a
# package beyond this is refused (naming the limit) rather than exhausting memory.
MAX_TOTAL_ROWS = 300_000

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
# HSDS 1.1/2.0 file → (3.0 table, column renames, fixed values)
_LEGACY: dict[str, tuple[str, dict[str, str], dict[str, str]]] = {
    "services_at_location.csv": ("service_at_location", {}, {}),
    "physical_addresses.csv": ("address", {}, {"address_type": "physical"}),
    "postal_addresses.csv": ("address", {}, {"address_type": "postal"}),
    "service_attributes.csv": ("attribute", {"service_id": "link_id"}, {"link_entity": "service"}),
    "services_taxonomy.csv": (
        "attribute",
        {"service_id": "link_id", "taxonomy_id": "taxonomy_term_id"},
        {"link_entity": "service"},
    ),
    "other_attributes.csv": ("attribute", {"link_type": "link_entity"}, {}),
    "taxonomy.csv": ("taxonomy_term", {"vocabulary": "taxonomy"}, {}),
    "accessibility_for_disabilities.csv": ("accessibility", {"accessibility": "description"}, {}),
    "eligibility.csv": ("eligibility", {}, {}),
    "payments_accepted.csv": ("payment_accepted", {}, {}),
    "regular_schedules.csv": ("schedule", {}, {"freq": "WEEKLY"}),
    "holiday_schedules.csv": ("holiday", {}, {}),
}
# datapackage resource names that real exports use → our file names
_RESOURCE_NAMES = {
    **{f.removesuffix(".csv"): f for f in list(_LEGACY) + list(TABLES_3.values())},
    **{t: f for t, f in TABLES_3.items()},
    "regular_schedule": "regular_schedules.csv",
    "holiday_schedule": "holiday_schedules.csv",
    "physical_address": "physical_addresses.csv",
    "postal_address": "postal_addresses.csv",
    "service_taxonomy": "services_taxonomy.csv",
    "services_at_locations": "services_at_location.csv",
}
_REQUIRED_COLUMNS = {
    "service": ("id", "name", "organization_id"),
    "organization": ("id", "name"),
    "location": ("id",),
    "service_at_location": ("service_id", "location_id"),
    "taxonomy_term": ("id",),
    "attribute": ("link_id", "taxonomy_term_id"),
}
# Tables whose ids other rows point at: a row without an id, or with one already seen, is
# skipped. Elsewhere (languages, eligibility, phones…) the id links nothing: kept.
_KEYED = {"organization", "service", "location", "taxonomy_term", "program", "taxonomy"}
_LEGACY_COLUMNS = {"fees": "fees_description", "language": "language"}
_KNOWN_FILES = set(TABLES_3.values()) | set(_LEGACY) | {"datapackage.json"}


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


def _number(value: str, kind: str) -> float | int:
    try:
        return float(value) if kind == "number" else int(value)
    except ValueError:
        # Excel with French regional settings writes "45,5017"; "1 234,5" too.
        cleaned = value.replace("\u00a0", "").replace(" ", "")
        if cleaned.count(",") == 1 and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")
            return float(cleaned) if kind == "number" else int(float(cleaned))
        raise


def _convert(table: str, t: Table, notes: Notes) -> Rows:
    """Values to the schema's types, in place (a large table is never copied)."""
    types = _column_types().get(table, {})
    unknown = [h for h in t.header if types and h not in types]
    notes.add("unknown-column", len(unknown))
    numeric = {c for c, k in types.items() if k in ("number", "integer")}
    dropped = {c for c, k in types.items() if k not in ("number", "integer", "string", "boolean")}
    for line, row in t.rows:
        for col in numeric & row.keys():
            try:
                row[col] = _number(row[col], types[col])
            except ValueError:
                del row[col]
                notes.repair(t.file, f"row {line}", col, "not a number", table)
        for col in dropped & row.keys():
            del row[col]
    return t.rows


def _pick_version(names: set[str], meta: dict[str, Any]) -> str:
    if names & {
        "regular_schedules.csv",
        "services_taxonomy.csv",
        "taxonomy.csv",
        "holiday_schedules.csv",
    }:
        return "1.1"
    if names & set(_LEGACY):
        return "2.0"
    declared = str(meta.get("version") or meta.get("profile") or "")
    return "3.1" if declared.startswith("3.1") else "3.0"


class Package:
    """The tables of one package, converted, with bad rows set aside."""

    def __init__(self, folder: Folder, notes: Notes, max_services: int = 40_000) -> None:
        self.notes = notes
        self.max_services = max_services
        self.rows_read = 0
        self.tables: dict[str, Rows] = defaultdict(list)
        self.files: dict[str, str] = {}
        self.formats: list[TextFormat] = []
        self.meta: dict[str, Any] = {}
        _name_files_by_resource(folder)
        names = set(folder.files)
        if "datapackage.json" in names:
            self.meta = self._read_meta(folder)
        elif "services.csv" not in names:
            raise malformed(folder.label, "", "datapackage.json", "not an HSDS data package")
        if "services.csv" not in names:
            raise malformed(folder.label, "", "services.csv", "missing table")
        self.version = _pick_version(names, self.meta)
        notes.add("unknown-table", len([n for n in names if n not in _KNOWN_FILES]))
        for table, file in TABLES_3.items():
            if file in folder.files:
                self._add(table, file, folder, {}, {})
        for file, (table, renames, fixed) in _LEGACY.items():
            if file in folder.files:
                self._add(table, file, folder, renames, fixed)

    def _read_meta(self, folder: Folder) -> dict[str, Any]:
        """datapackage.json, which only tells the version: not JSON refuses the package,
        JSON that is not an object counts as saying nothing."""
        text, label = decode_labelled(
            folder.files["datapackage.json"], "datapackage.json", self.notes
        )
        try:
            meta = json.loads(text)
        except (json.JSONDecodeError, RecursionError):
            raise malformed("datapackage.json", "", "", "not valid JSON") from None
        self.formats.append(TextFormat("datapackage.json", label))
        return meta if isinstance(meta, dict) else {}

    def _add(
        self,
        table: str,
        file: str,
        folder: Folder,
        renames: dict[str, str],
        fixed: dict[str, str],
    ) -> None:
        t = self._read_table(table, file, folder)
        if self.version in ("1.1", "2.0"):
            renames = {**{k: v for k, v in _LEGACY_COLUMNS.items() if k != v}, **renames}
        _rename_columns(t, renames, fixed)
        if self.version in ("1.1", "2.0"):
            _from_legacy(table, t)
        for col in _REQUIRED_COLUMNS.get(table, ()):
            if col not in t.header:
                raise malformed(file, "row 1", col, "missing column")
        self.tables[table] += self._kept_rows(table, file, _convert(table, t, self.notes))
        self.files[table] = file

    def _read_table(self, table: str, file: str, folder: Folder) -> Table:
        """The CSV file decoded and parsed (and taken out of `folder`, so its bytes are
        freed), refused when the package grows past the row or service limit."""
        text, label = decode_labelled(folder.files.pop(file), file, self.notes)
        t = parse_csv(text, file)
        del text
        self.rows_read += len(t.rows)
        if self.rows_read > MAX_TOTAL_ROWS:
            raise KnownError(
                ErrorCode.IMPORT_TOO_BIG, file=folder.label, limit=MAX_TOTAL_ROWS, what="rows"
            )
        if table == "service" and len(t.rows) > self.max_services:
            raise KnownError(
                ErrorCode.IMPORT_TOO_BIG, file=file, limit=self.max_services, what="services"
            )
        self.formats.append(TextFormat(file, label, t.delimiter, len(t.rows)))
        return t

    def _kept_rows(self, table: str, file: str, rows: Rows) -> Rows:
        """The rows that can be used, each one set aside saying why: no id or a repeated
        one where other rows point at ids, an empty required value (a service without
        one is kept: the mapper reports what it lacks)."""
        required = _REQUIRED_COLUMNS.get(table, ())
        keyed = table in _KEYED
        kept: Rows = []
        seen: set[str] = set()
        for line, row in rows:
            rid = row.get("id", "")
            where = f"row {line}"
            missing = [c for c in required if row.get(c) in (None, "")]
            if keyed and not rid:
                self.notes.skip(file, where, "id", "empty id", table)
                continue
            if missing and table != "service":
                self.notes.skip(file, where, missing[0], "empty", table)
                continue
            if rid and rid in seen:
                if keyed:
                    self.notes.skip(file, where, "id", "duplicate id", table)
                    continue
                self.notes.repair(file, where, "id", "duplicate id", table)
            elif not rid and not keyed:
                self.notes.add("row-without-id")
            seen.add(rid)
            kept.append((line, row))
        return kept


def _name_files_by_resource(folder: Folder) -> None:
    """Files that datapackage.json names as a known resource but that are called
    otherwise on disk ("Services.txt" for `services`) take the file name we read."""
    for rname, base in folder.aliases.items():
        canonical = _RESOURCE_NAMES.get(rname.lower())
        if (
            canonical
            and base not in _KNOWN_FILES
            and canonical not in folder.files
            and base in folder.files
        ):
            folder.files[canonical] = folder.files.pop(base)


def _rename_columns(t: Table, renames: dict[str, str], fixed: dict[str, str]) -> None:
    """Older names of columns to HSDS 3's, and the fixed values a legacy table implies
    (a `physical_addresses` row is an address of type "physical"), in place."""
    t.header = [renames.get(h, h) for h in t.header]
    if not (renames or fixed):
        return
    for _line, row in t.rows:
        for old, new in renames.items():
            if old in row:
                row[new] = row.pop(old)
        for k, v in fixed.items():
            row.setdefault(k, v)


_WEEKDAYS = {
    **{str(n): d for n, d in enumerate(("SU", "MO", "TU", "WE", "TH", "FR", "SA", "SU"))},
    **{
        name: code
        for code, names in {
            "MO": ("monday", "mon", "lundi", "lun"),
            "TU": ("tuesday", "tue", "tues", "mardi", "mar"),
            "WE": ("wednesday", "wed", "mercredi", "mer"),
            "TH": ("thursday", "thu", "thur", "thurs", "jeudi", "jeu"),
            "FR": ("friday", "fri", "vendredi", "ven"),
            "SA": ("saturday", "sat", "samedi", "sam"),
            "SU": ("sunday", "sun", "dimanche", "dim"),
        }.items()
        for name in names
    },
}


def _from_legacy(table: str, t: Table) -> None:
    """HSDS 1.1/2.0 column names and values → 3.0 (in place)."""
    for _line, row in t.rows:
        if table == "organization" and "url" in row:
            row["website"] = row.pop("url")
        elif table == "taxonomy_term":
            if "term" in row:
                row["name"] = row.pop("term")
            row.setdefault("code", row.get("id", ""))
            row.setdefault("description", row.get("name", ""))
        elif table == "language" and "language" in row:
            row["name"] = row.pop("language")
        elif table == "phone" and "language" in row:
            row.pop("language")
        elif table == "schedule" and "weekday" in row:
            # 1.1/2.0: one row per weekday, ISO numbers (1 = Monday, 7 or 0 = Sunday)
            # or names; 3.0 speaks RFC 5545 BYDAY.
            day = str(row.pop("weekday")).strip().lower().removesuffix(".0")
            if day in _WEEKDAYS:
                row["byday"] = _WEEKDAYS[day]
            else:
                row["byday"] = "?" + day
    extra = {
        "organization": ["website"],
        "taxonomy_term": ["name", "code", "description"],
        "language": ["name"],
        "schedule": ["byday"],
    }.get(table, [])
    t.header = [h for h in t.header if h not in ("url", "term", "language", "weekday")]
    t.header += [h for h in extra if h not in t.header]


def _by(rows: Rows, key: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for _line, row in rows:
        if row.get(key):
            out[row[key]].append(row)
    return out


@dataclass(frozen=True)
class _Links:
    """Every table that hangs off a service, indexed by what it points at: built once per
    package, so nesting a service is lookups only."""

    terms: dict[str, dict[str, Any]]
    attributes: dict[str, list[dict[str, Any]]]
    schedules: dict[str, list[dict[str, Any]]]
    holidays: dict[str, list[dict[str, Any]]]
    phones: dict[str, list[dict[str, Any]]]
    contact_phones: dict[str, list[dict[str, Any]]]
    languages: dict[str, list[dict[str, Any]]]
    eligibility: dict[str, list[dict[str, Any]]]
    documents: dict[str, list[dict[str, Any]]]
    contacts: dict[str, list[dict[str, Any]]]
    programs: dict[str, dict[str, Any]]

    @classmethod
    def of(cls, t: dict[str, Rows]) -> _Links:
        return cls(
            terms=_terms(t),
            attributes=_by(t["attribute"], "link_id"),
            schedules=_by(t["schedule"], "service_id"),
            holidays=_by(t["holiday"], "service_id"),
            phones=_by(t["phone"], "service_id"),
            contact_phones=_by(t["phone"], "contact_id"),
            languages=_by(t["language"], "service_id"),
            eligibility=_by(t["eligibility"], "service_id"),
            documents=_by(t["required_document"], "service_id"),
            contacts=_by(t["contact"], "service_id"),
            programs={r["id"]: r for _l, r in t["program"]},
        )


def nested_services(pkg: Package) -> list[tuple[str, dict[str, Any]]]:
    """(where, record) for every service, shaped like the API's `service_full`.

    Links to nothing are dealt with here: a service-at-location row pointing to a missing
    service or location is left out; a service whose organization is missing keeps an
    organization named after the service (and the report says so)."""
    t = pkg.tables
    orgs = _organizations(t)
    locations = _locations(t, legacy=pkg.version in ("1.1", "2.0"))
    service_ids = {r["id"] for _l, r in t["service"] if r.get("id")}
    sals = _services_at_locations(pkg, locations, service_ids)
    links = _Links.of(t)
    linked = set(service_ids) | set(locations) | set(orgs)
    pkg.notes.add("attribute-link-missing", len([k for k in links.attributes if k not in linked]))
    out = []
    file = pkg.files.get("service", "services.csv")
    for line, r in t["service"]:
        org_id = r.get("organization_id", "")
        if org_id in orgs:
            org = orgs[org_id]
        else:
            pkg.notes.repair(
                file, f"row {line}", "organization_id", "no such organization", "service"
            )
            org = {
                "id": org_id or f"orphan:{r.get('id', line)}",
                "name": r.get("name", ""),
                "description": "",
                "phones": [],
            }
        rec = _service_record(r, org, links, sals.get(r.get("id", ""), []))
        out.append((f"{file} row {line}", rec))
    return out


def _terms(t: dict[str, Rows]) -> dict[str, dict[str, Any]]:
    """Taxonomy terms by id, each with its taxonomy when the package lists it."""
    taxonomies = {r["id"]: r for _l, r in t["taxonomy"]}
    terms = {}
    for _l, r in t["taxonomy_term"]:
        term = dict(r)
        if r.get("taxonomy_id") in taxonomies:
            term["taxonomy_detail"] = taxonomies[r["taxonomy_id"]]
        terms[r["id"]] = term
    return terms


def _organizations(t: dict[str, Rows]) -> dict[str, dict[str, Any]]:
    """Organizations by id, with their phones (and a description, even empty)."""
    phones = _by(t["phone"], "organization_id")
    orgs = {}
    for _l, r in t["organization"]:
        org = dict(r)
        org["phones"] = phones.get(org["id"], [])
        org.setdefault("description", "")
        orgs[r["id"]] = org
    return orgs


def _locations(t: dict[str, Rows], *, legacy: bool) -> dict[str, dict[str, Any]]:
    """Locations by id with their addresses, accessibility and schedules; before HSDS 3.0
    there is no location type, and a listed location is a physical one."""
    addresses = _by(t["address"], "location_id")
    access = _by(t["accessibility"], "location_id")
    schedules = _by(t["schedule"], "location_id")
    locations = {}
    for _l, r in t["location"]:
        loc = dict(r)
        if legacy:
            loc.setdefault("location_type", "physical")
        loc["addresses"] = addresses.get(r["id"], [])
        loc["accessibility"] = access.get(r["id"], [])
        loc["schedules"] = schedules.get(r["id"], [])
        locations[r["id"]] = loc
    return locations


def _services_at_locations(
    pkg: Package, locations: dict[str, dict[str, Any]], service_ids: set[str]
) -> dict[str, list[dict[str, Any]]]:
    """Service id → its service-at-location records, each with its location nested; a
    row linking to a location or service the package lacks is skipped and reported."""
    sal_file = pkg.files.get("service_at_location", "service_at_location.csv")
    schedules = _by(pkg.tables["schedule"], "service_at_location_id")
    sals: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line, r in pkg.tables["service_at_location"]:
        if r["location_id"] not in locations:
            pkg.notes.skip(
                sal_file, f"row {line}", "location_id", "no such location", "service_at_location"
            )
            continue
        if r["service_id"] not in service_ids:
            pkg.notes.skip(
                sal_file, f"row {line}", "service_id", "no such service", "service_at_location"
            )
            continue
        sals[r["service_id"]].append(
            {
                **r,
                "id": r.get("id") or f"{r['service_id']}@{r['location_id']}",
                "location": locations[r["location_id"]],
                "schedules": schedules.get(r.get("id", ""), []),
            }
        )
    return sals


def _service_record(
    r: dict[str, Any], org: dict[str, Any], links: _Links, sals: list[dict[str, Any]]
) -> dict[str, Any]:
    """One service row with its organization and everything that points at it nested,
    as `service_full` has it."""
    sid = r.get("id", "")
    rec = dict(r)
    rec.setdefault("status", "active")
    rec["organization"] = org
    rec["service_at_locations"] = sals
    rec["schedules"] = [
        s
        for s in links.schedules.get(sid, [])
        if not s.get("location_id") and not s.get("service_at_location_id")
    ]
    rec["holiday_schedules"] = links.holidays.get(sid, [])
    rec["phones"] = list(links.phones.get(sid, []))
    rec["languages"] = links.languages.get(sid, [])
    rec["contacts"] = [
        {**c, "phones": links.contact_phones.get(c.get("id", ""), [])}
        for c in links.contacts.get(sid, [])
    ]
    rec["required_documents"] = links.documents.get(sid, [])
    if r.get("program_id") in links.programs:
        rec["program"] = links.programs[r["program_id"]]
    extra = " ".join(e.get("eligibility", "") for e in links.eligibility.get(sid, []))
    if extra:
        rec["eligibility_description"] = " ".join(
            x for x in (rec.get("eligibility_description", ""), extra) if x
        )
    rec["attributes"] = [
        {**a, "taxonomy_term": links.terms.get(a["taxonomy_term_id"]) or _bare_term(a)}
        for a in links.attributes.get(sid, [])
    ]
    return rec


def _bare_term(attr: dict[str, Any]) -> dict[str, Any]:
    """A link to a term the package does not list: 211 exports often put the AIRS code
    itself in `taxonomy_id` and its name in `taxonomy_detail`; keep what they say."""
    tid = attr["taxonomy_term_id"]
    return {"id": tid, "code": tid, "name": attr.get("taxonomy_detail", "")}
