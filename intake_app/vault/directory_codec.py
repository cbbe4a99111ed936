"""The stored form of a service: a plain JSON document, written and read only by the
directory repository. Unknown keys are ignored on reading, so older programs can read
documents written by newer ones."""

from __future__ import annotations

import json
import sys
from datetime import date, time
from functools import lru_cache
from typing import Any

from intake_app.domain.hours import hours_from_store, stored_hours
from intake_app.domain.services import (
    NAMES_APART,
    AccessMode,
    Address,
    Contact,
    Document,
    Eligibility,
    ExternalTerm,
    Holiday,
    ListedService,
    Location,
    OpeningHours,
    Organization,
    Phone,
    Place,
    Service,
    Translation,
    service_search_text,
)


def _word(text: str) -> str:
    """One object for a short text that many services repeat (a city, an area, a region,
    an organization's name as a location's name, a source label): the whole directory is
    held in memory, and at 50,000 services each repeated copy costs megabytes."""
    return sys.intern(text) if len(text) <= 80 else text


@lru_cache(maxsize=4096)
def _day(text: str) -> date:
    return date.fromisoformat(text)


def _address(a: list[str]) -> Address:
    return Address(*(_word(x) if i != 0 else x for i, x in enumerate(a)))


def _phones_out(phones: tuple[Phone, ...]) -> list[list[str]]:
    return [[p.number, p.description, p.extension] for p in phones]


def _phones_in(raw: list[list[str]]) -> tuple[Phone, ...]:
    return tuple(Phone(*p) for p in raw)


def _location_out(loc: Location) -> dict[str, Any]:
    a = loc.address
    return {
        "id": loc.id,
        "name": loc.name,
        "address": None
        if a is None
        else [a.street, a.city, a.region, a.postal_code, a.country, a.street2],
        "area": loc.area,
        "lat": loc.latitude,
        "lon": loc.longitude,
        "access": loc.accessibility,
        "hours": stored_hours(loc.hours),
        "transit": loc.transit,
        "desc": loc.description,
        "src": loc.source_id,
    }


def _location_in(d: dict[str, Any]) -> Location:
    a = d.get("address")
    return Location(
        id=d["id"],
        name=_word(d.get("name", "")),
        address=None if a is None else _address(a),
        area=_word(d.get("area", "")),
        latitude=d.get("lat"),
        longitude=d.get("lon"),
        accessibility=d.get("access", ""),
        hours=hours_from_store(d.get("hours", "")),
        transit=d.get("transit", ""),
        description=d.get("desc", ""),
        source_id=d.get("src", ""),
    )


def organization_doc(org: Organization) -> str:
    return json.dumps(
        {
            "description": org.description,
            "website": org.website,
            "email": org.email,
            "phones": _phones_out(org.phones),
            "letter_name": org.letter_name,
            "letter_line": org.letter_address_line,
        },
        ensure_ascii=False,
    )


def organization_from(org_id: str, name: str, source_id: str, doc: str) -> Organization:
    d = json.loads(doc)
    return Organization(
        id=org_id,
        name=_word(name),
        description=d.get("description", ""),
        website=d.get("website", ""),
        email=d.get("email", ""),
        phones=_phones_in(d.get("phones", [])),
        source_id=source_id,
        letter_name=d.get("letter_name", ""),
        letter_address_line=d.get("letter_line", ""),
    )


_ACCESS = {m.value: m for m in AccessMode}
_DOCUMENTS = {m.value: m for m in Document}


@lru_cache(maxsize=8192)
def _codes(codes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(codes)


@lru_cache(maxsize=1024)
def _access(codes: tuple[str, ...]) -> frozenset[AccessMode]:
    return frozenset(_ACCESS[c] for c in codes)


@lru_cache(maxsize=1024)
def _documents(codes: tuple[str, ...]) -> frozenset[Document]:
    return frozenset(_DOCUMENTS[c] for c in codes)


@lru_cache(maxsize=4096)
def _eligibility(no_status: bool, no_id: bool, no_card: bool, free: bool, text: str) -> Eligibility:
    return Eligibility(no_status, no_id, no_card, free, text)


def service_doc(s: Service) -> str:
    e = s.eligibility
    return json.dumps(
        {
            "description": s.description,
            "program": s.program_name,
            "categories": sorted(s.categories),
            "audiences": sorted(s.audiences),
            "languages": sorted(s.languages),
            "interp": s.interpretation_offered,
            "elig": [e.no_status_required, e.no_id_required, e.no_health_card_required, e.free],
            "elig_text": e.text,
            "documents": sorted(d.value for d in s.required_documents),
            "access": sorted(a.value for a in s.access),
            "locations": [_location_out(loc) for loc in s.locations],
            "hours": stored_hours(s.hours),
            "phones": _phones_out(s.phones),
            "email": s.email,
            "url": s.url,
            "terms": [[t.taxonomy, t.code, t.name] for t in s.external_terms],
            "tr": [[t.lang, t.name, t.description] for t in s.translations],
            "apply": s.application_process,
            "interp_text": s.interpretation_text,
            "fees": s.fees_text,
            "hours_note": s.hours_note,
            "letter_name": s.letter_name,
            "letter_line": s.letter_address_line,
            "alt": s.alternate_name,
            "contacts": [[c.name, c.title, c.department, c.email, c.phone] for c in s.contacts],
            "docs_text": s.documents_text,
            "holidays": [_holiday_out(h) for h in s.holidays],
        },
        ensure_ascii=False,
    )


def service_from(
    row_id: str,
    org: Organization,
    name: str,
    source: str,
    source_id: str,
    active: bool,
    last_verified: str | None,
    doc: str,
) -> Service:
    d = json.loads(doc)
    get = d.get
    no_status, no_id, no_card, free = get("elig", (False, False, False, False))
    return Service(
        id=row_id,
        organization=org,
        name=name,
        description=get("description", ""),
        program_name=get("program", ""),
        categories=_codes(tuple(get("categories", ()))),
        audiences=_codes(tuple(get("audiences", ()))),
        languages=_codes(tuple(get("languages", ()))),
        interpretation_offered=bool(get("interp", False)),
        eligibility=_eligibility(no_status, no_id, no_card, free, get("elig_text", "")),
        required_documents=_documents(tuple(get("documents", ()))),
        access=_access(tuple(get("access", ()))),
        locations=tuple(_location_in(x) for x in get("locations", ())),
        hours=hours_from_store(get("hours", "")),
        phones=_phones_in(get("phones", [])),
        active=active,
        last_verified=_day(last_verified) if last_verified else None,
        source=_word(source),
        translations=tuple(Translation(_word(t[0]), *t[1:]) for t in get("tr", ())),
        letter_name=get("letter_name", ""),
        email=get("email", ""),
        url=get("url", ""),
        external_terms=tuple(ExternalTerm(*t) for t in get("terms", ())),
        source_id=source_id,
        application_process=get("apply", ""),
        interpretation_text=get("interp_text", ""),
        fees_text=get("fees", ""),
        hours_note=get("hours_note", ""),
        letter_address_line=get("letter_line", ""),
        alternate_name=get("alt", ""),
        contacts=tuple(Contact(*c) for c in get("contacts", ())),
        documents_text=get("docs_text", ""),
        holidays=tuple(_holiday_in(h) for h in get("holidays", ())),
    )


def listed_organization_from(org_id: str, name: str, doc: str) -> Organization:
    """An organization as the in-memory directory shares it among its services: id, name
    and letter names (its description, phones and website stay in the vault)."""
    d = json.loads(doc)
    return Organization(
        id=org_id,
        name=_word(name),
        letter_name=_word(d.get("letter_name", "")),
        letter_address_line=_word(d.get("letter_line", "")),
    )


def _place(d: dict[str, Any], pool: dict[Any, Any]) -> Place:
    place = Place(_word(d.get("area", "")), d.get("lat"), d.get("lon"))
    return pool.setdefault(place, place)  # type: ignore[no-any-return]


def listed_service_from(
    row_id: str,
    org: Organization,
    name: str,
    source: str,
    active: bool,
    last_verified: str | None,
    doc: str,
    pool: dict[Any, Any] | None = None,
) -> ListedService:
    """The record of the in-memory directory (`ListedService`): what the list, its filter
    index, the facets and ranking read. The filter's folded text is built here, from the
    document just parsed (names, description, program and translations, organization,
    areas), so descriptions are never held; equal values (places, tuples) are one object
    through `pool` (one per load). Whatever shows, edits or prints a service reads it whole
    (`service_from`)."""
    pool = {} if pool is None else pool
    d = json.loads(doc)
    get = d.get
    locations = get("locations", ())
    first: dict[str, Any] = locations[0] if locations else {}
    more = tuple(_place(x, pool) for x in locations[1:])
    more = pool.setdefault(more, more)
    areas = {_word(x.get("area", "")) for x in locations} - {""}
    hours: tuple[OpeningHours, ...] = ()
    for x in locations:
        if x.get("hours"):
            hours = hours_from_store(x["hours"])
            break
    else:
        hours = hours_from_store(get("hours", ""))
    tr = get("tr", ())
    no_status, no_id, no_card, free = get("elig", (False, False, False, False))
    phones = get("phones", ())
    return ListedService(
        id=row_id,
        organization=org,
        name_utf8=name.encode(),
        names_utf8=NAMES_APART.join(x.encode() for t in tr if t[1] for x in (t[0], t[1])),
        categories=_codes(tuple(get("categories", ()))),
        audiences=_codes(tuple(get("audiences", ()))),
        languages=_codes(tuple(get("languages", ()))),
        interpretation_offered=bool(get("interp", False)),
        eligibility=_eligibility(no_status, no_id, no_card, free, ""),
        required_documents=_documents(tuple(get("documents", ()))),
        access=_access(tuple(get("access", ()))),
        area=_word(first.get("area", "")),
        latitude=first.get("lat"),
        longitude=first.get("lon"),
        more_places=more,
        effective_hours=hours,
        active=active,
        last_verified=_day(last_verified) if last_verified else None,
        source=_word(source),
        letter_name=_word(get("letter_name", "")),
        phone=phones[0][0] if phones else "",
        search_text=service_search_text(
            name,
            org.name,
            get("description", ""),
            get("program", ""),
            ((t[1], t[2]) for t in tr),
            areas,
        ),
    )


def _holiday_out(h: Holiday) -> list[Any]:
    return [
        h.start.isoformat(),
        h.end.isoformat(),
        h.closed,
        h.opens.strftime("%H:%M") if h.opens else None,
        h.closes.strftime("%H:%M") if h.closes else None,
    ]


def _holiday_in(raw: list[Any]) -> Holiday:
    start, end, closed, opens, closes = raw
    return Holiday(
        date.fromisoformat(start),
        date.fromisoformat(end),
        bool(closed),
        time.fromisoformat(opens) if opens else None,
        time.fromisoformat(closes) if closes else None,
    )


def upstream_doc(s: Service) -> str:
    """The whole upstream version of a service in one JSON document (organization too)."""
    o = s.organization
    return json.dumps(
        {
            "name": s.name,
            "active": s.active,
            "verified": s.last_verified.isoformat() if s.last_verified else None,
            "org": [o.id, o.name, o.source_id, organization_doc(o)],
            "doc": service_doc(s),
        },
        ensure_ascii=False,
    )


def upstream_from(row_id: str, source: str, source_id: str, text: str) -> Service:
    d = json.loads(text)
    org = organization_from(*d["org"])
    return service_from(
        row_id, org, d["name"], source, source_id, bool(d["active"]), d["verified"], d["doc"]
    )
