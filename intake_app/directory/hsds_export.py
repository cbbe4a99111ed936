"""Exporting the directory as HSDS 3.0: nested JSON (the API's paged list form) and a
tabular data package (.zip of CSV files + datapackage.json). Re-importing an export gives
the same directory.

CSV cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are
prefixed with an apostrophe; numbers are left alone, and our importer removes the guard.
Our taxonomy travels as HSDS `taxonomy` + `taxonomy_term` rows in English and French.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import uuid
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from intake_app.directory import hsds_terms as terms
from intake_app.domain.services import Location, OpeningHours, Phone, Service
from intake_app.resources import resources_dir
from intake_app.vault.atomic import atomic_write_bytes

Progress = Callable[[float], None]
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://passerelle.invalid/export")


def _id(kind: str, *parts: str) -> str:
    return str(uuid.uuid5(_NS, kind + ":" + ":".join(parts)))


def neutralise(value: Any) -> str:
    """A CSV cell a spreadsheet will show as text, never run as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        try:
            float(text)
        except ValueError:
            return "'" + text
    return text


def _time(t: Any) -> str:
    return t.strftime("%H:%M")


def _schedules(hours: Sequence[OpeningHours], owner: str, note: str = "") -> list[dict[str, Any]]:
    groups: dict[tuple[str, str], list[int]] = {}
    for h in hours:
        groups.setdefault((_time(h.opens), _time(h.closes)), []).append(h.weekday)
    out = []
    for (opens, closes), days in groups.items():
        rec = {
            "id": _id("schedule", owner, opens, closes),
            "freq": "WEEKLY",
            "byday": ",".join(_DAYS[d - 1] for d in sorted(days)),
            "opens_at": opens,
            "closes_at": closes,
        }
        if note:
            rec["description"] = note
        out.append(rec)
    return out


def _phones(phones: Sequence[Phone], owner: str) -> list[dict[str, Any]]:
    out = []
    for i, p in enumerate(phones):
        rec: dict[str, Any] = {"id": _id("phone", owner, str(i)), "number": p.number}
        if p.description:
            rec["description"] = p.description
        if p.extension:
            with contextlib.suppress(ValueError):
                rec["extension"] = float(p.extension)
        out.append(rec)
    return out


def _term(code: str, facet: str, fr: str, en: str, lang: str = "en") -> dict[str, Any]:
    return {
        "id": terms.term_uuid(code, lang),
        "code": code,
        "name": en if lang == "en" else fr,
        "description": facet,
        "taxonomy": terms.TAXONOMY_NAME,
        "taxonomy_id": terms.TAXONOMY_UUID,
        "language": lang,
    }


_TERMS = {code: (facet, fr, en) for code, facet, fr, en in terms.all_terms()}


def _attributes(s: Service) -> list[dict[str, Any]]:
    e = s.eligibility
    codes: list[tuple[str, str]] = [(c, "") for c in sorted(s.categories | s.audiences)]
    flags = (e.no_status_required, e.no_id_required, e.no_health_card_required, e.free)
    codes += [(c, "") for c, on in zip(terms.FLAG_CODES, flags, strict=True) if on]
    codes += [(terms.ACCESS_PREFIX + a.value, "") for a in sorted(s.access)]
    if s.interpretation_offered:
        codes.append((terms.INTERPRETATION_CODE, ""))
    codes += [(terms.DOCUMENT_PREFIX + d.value, "") for d in sorted(s.required_documents)]
    for t in s.translations:
        if t.lang in ("en", "fr"):
            codes += [
                (f"{terms.TEXT_PREFIX}name:{t.lang}", t.name),
                (f"{terms.TEXT_PREFIX}description:{t.lang}", t.description),
            ]
    out = []
    for code, value in codes:
        if code not in _TERMS:
            continue
        facet, fr, en = _TERMS[code]
        term = _term(code, facet, fr, en)
        out.append(
            {
                "id": _id("attribute", s.id, code),
                "taxonomy_term_id": term["id"],
                **({"value": value} if value else {}),
                "taxonomy_term": {
                    k: term[k] for k in ("id", "code", "name", "description", "taxonomy")
                },
            }
        )
    for ext in s.external_terms:
        tid = _id("term", ext.taxonomy, ext.code)
        out.append(
            {
                "id": _id("attribute", s.id, ext.taxonomy, ext.code),
                "taxonomy_term_id": tid,
                "taxonomy_term": {
                    "id": tid,
                    "code": ext.code,
                    "name": ext.name or ext.code,
                    "description": ext.name or ext.code,
                    "taxonomy": ext.taxonomy,
                },
            }
        )
    return out


_TAXONOMY = {
    "id": terms.TAXONOMY_UUID,
    "name": terms.TAXONOMY_NAME,
    "description": "Passerelle service categories and audiences / catégories et publics",
    "uri": terms.TAXONOMY_URI,
    "version": terms.TAXONOMY_VERSION,
}


def _location(loc: Location, s: Service) -> dict[str, Any]:
    rec: dict[str, Any] = {"id": loc.id, "location_type": "physical", "name": loc.name}
    for key, value in (
        ("description", loc.description),
        ("transportation", loc.transit),
        ("latitude", loc.latitude),
        ("longitude", loc.longitude),
    ):
        if value not in (None, ""):
            rec[key] = value
    a = loc.address
    if a is not None or loc.area:
        rec["addresses"] = [
            {
                "id": _id("address", loc.id),
                "address_1": a.street if a else "",
                "city": a.city if a else "",
                "region": loc.area,
                "state_province": a.region if a else "",
                "postal_code": a.postal_code if a else "",
                "country": a.country if a else "CA",
                "address_type": "physical",
            }
        ]
    if loc.accessibility:
        rec["accessibility"] = [{"id": _id("access", loc.id), "description": loc.accessibility}]
    return rec


def service_record(s: Service) -> dict[str, Any]:
    """One service as an HSDS 3.0 `service_full` record."""
    o = s.organization
    rec: dict[str, Any] = {
        "id": s.id,
        "name": s.name,
        "status": "active" if s.active else "inactive",
    }
    for key, value in (
        ("description", s.description),
        ("url", s.url),
        ("email", s.email),
        ("interpretation_services", s.interpretation_text),
        ("application_process", s.application_process),
        ("fees_description", s.fees_text),
        ("eligibility_description", s.eligibility.text),
        ("assured_date", s.last_verified.isoformat() if s.last_verified else ""),
    ):
        if value:
            rec[key] = value
    rec["organization"] = {
        "id": o.id,
        "name": o.name,
        "description": o.description or o.name,
        **({"website": o.website} if o.website else {}),
        **({"email": o.email} if o.email else {}),
        "phones": _phones(o.phones, o.id),
    }
    if s.program_name:
        rec["program"] = {
            "id": _id("program", o.id, s.program_name),
            "name": s.program_name,
            "description": s.program_name,
        }
    rec["phones"] = _phones(s.phones, s.id)
    rec["schedules"] = _schedules(s.hours, s.id, s.hours_note)
    rec["languages"] = [{"id": _id("language", s.id, c), "code": c} for c in sorted(s.languages)]
    rec["service_at_locations"] = [
        {
            "id": _id("sal", s.id, loc.id),
            "location": _location(loc, s),
            "schedules": _schedules(loc.hours, s.id + loc.id),
        }
        for loc in s.locations
    ]
    rec["attributes"] = _attributes(s)
    return rec


def export_json(
    services: Sequence[Service], path: Path, progress: Progress = lambda _f: None
) -> int:
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

_COLUMNS: dict[str, tuple[str, ...]] = {
    "organizations.csv": ("id", "name", "description", "email", "website"),
    "programs.csv": ("id", "organization_id", "name", "description"),
    "services.csv": (
        "id",
        "organization_id",
        "program_id",
        "name",
        "description",
        "url",
        "email",
        "status",
        "interpretation_services",
        "application_process",
        "fees_description",
        "eligibility_description",
        "assured_date",
    ),
    "locations.csv": (
        "id",
        "location_type",
        "organization_id",
        "name",
        "description",
        "transportation",
        "latitude",
        "longitude",
    ),
    "service_at_location.csv": ("id", "service_id", "location_id"),
    "addresses.csv": (
        "id",
        "location_id",
        "address_1",
        "city",
        "region",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ),
    "accessibility.csv": ("id", "location_id", "description"),
    "phones.csv": ("id", "service_id", "organization_id", "number", "extension", "description"),
    "schedules.csv": (
        "id",
        "service_id",
        "service_at_location_id",
        "freq",
        "byday",
        "opens_at",
        "closes_at",
        "description",
    ),
    "languages.csv": ("id", "service_id", "code"),
    "attributes.csv": ("id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"),
    "taxonomies.csv": ("id", "name", "description", "uri", "version"),
    "taxonomy_terms.csv": (
        "id",
        "code",
        "name",
        "description",
        "taxonomy",
        "language",
        "taxonomy_id",
    ),
}


def _tabular_rows(services: Iterable[Service]) -> dict[str, dict[str, dict[str, Any]]]:
    tables: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in _COLUMNS}

    def put(table: str, row: dict[str, Any]) -> None:
        tables[table][row["id"]] = row

    put("taxonomies.csv", _TAXONOMY)
    for code, facet, fr, en in terms.all_terms():
        for lang in ("en", "fr"):
            put("taxonomy_terms.csv", _term(code, facet, fr, en, lang))
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
        for sch in rec.pop("schedules"):
            put("schedules.csv", {**sch, "service_id": s.id})
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
                put("schedules.csv", {**sch, "service_at_location_id": sal["id"]})
        for attr in rec.pop("attributes"):
            term = attr.pop("taxonomy_term")
            put("attributes.csv", {**attr, "link_id": s.id, "link_entity": "service"})
            if term["id"] not in tables["taxonomy_terms.csv"]:
                term.pop("taxonomy_detail", None)
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


def _datapackage(files: Iterable[str]) -> dict[str, Any]:
    base = json.loads((resources_dir() / "hsds" / "3.0" / "datapackage.json").read_text("utf-8"))
    by_path = {r["path"]: r for r in base["resources"]}
    resources = []
    for f in files:
        r = dict(by_path[f])
        keep = set(_COLUMNS[f])
        schema = dict(r["schema"])
        schema["fields"] = [fl for fl in schema["fields"] if fl["name"] in keep]
        schema.pop("foreignKeys", None)
        r["schema"] = schema
        resources.append(r)
    return {
        **{k: v for k, v in base.items() if k != "resources"},
        "name": "passerelle-directory",
        "title": "Passerelle directory export",
        "resources": resources,
    }


def export_tabular(
    services: Sequence[Service], path: Path, progress: Progress = lambda _f: None
) -> int:
    tables = _tabular_rows(services)
    progress(0.6)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        written = []
        for name, columns in _COLUMNS.items():
            z.writestr(name, _csv_bytes(columns, tables[name].values()))
            written.append(name)
        z.writestr("datapackage.json", json.dumps(_datapackage(written), indent=1))
    atomic_write_bytes(Path(path), buf.getvalue())
    progress(1.0)
    return len(services)


def without_provenance(s: Service) -> Service:
    """The service as an export carries it: where it was first imported from is not
    exported (the export's ids are our own UUIDs). Round-trip tests compare these."""
    from dataclasses import replace

    return replace(
        s,
        source="",
        source_id="",
        organization=replace(s.organization, source_id=""),
        locations=tuple(replace(loc, source_id="") for loc in s.locations),
    )
