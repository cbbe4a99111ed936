"""HSDS 3.0 records built from our services: the nested `service_full` form that the JSON
export writes and the tabular export flattens. Our own facts (categories, audiences,
eligibility flags, access, documents, English text) travel as attributes pointing at the
`passerelle` taxonomy (see `hsds_terms`).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import time
from typing import Any

from intake_app.directory import hsds_terms as terms
from intake_app.domain.services import Contact, Location, OpeningHours, Phone, Service

_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://passerelle.invalid/export")


def _id(kind: str, *parts: str) -> str:
    return str(uuid.uuid5(_NS, kind + ":" + ":".join(parts)))


def _time(t: time) -> str:
    return t.strftime("%H:%M")


def _holidays(s: Service) -> list[dict[str, Any]]:
    """Dated exceptions as HSDS 3 schedules: valid_from/valid_to, no weekly rule; closed
    when there are no hours."""
    out = []
    for h in s.holidays:
        rec: dict[str, Any] = {
            "id": _id("holiday", s.id, h.start.isoformat(), h.end.isoformat()),
            "valid_from": h.start.isoformat(),
            "valid_to": h.end.isoformat(),
        }
        if not h.closed and h.opens and h.closes:
            rec["opens_at"], rec["closes_at"] = _time(h.opens), _time(h.closes)
        out.append(rec)
    return out


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


def term_record(code: str, facet: str, fr: str, en: str, lang: str = "en") -> dict[str, Any]:
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
    o = s.organization
    for code, value in (
        (f"{terms.TEXT_PREFIX}letter-name:service", s.letter_name),
        (f"{terms.TEXT_PREFIX}letter-address:service", s.letter_address_line),
        (f"{terms.TEXT_PREFIX}letter-name:organization", o.letter_name),
        (f"{terms.TEXT_PREFIX}letter-address:organization", o.letter_address_line),
    ):
        if value:
            codes.append((code, value))
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
        term = term_record(code, facet, fr, en)
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


TAXONOMY = {
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
                **({"address_2": a.street2} if a and a.street2 else {}),
                "city": a.city if a else "",
                "region": loc.area,
                "state_province": a.region if a else "",
                "postal_code": a.postal_code if a else "",
                "country": a.country if a else "",
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
        ("alternate_name", s.alternate_name),
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
    rec["schedules"] = _schedules(s.hours, s.id, s.hours_note) + _holidays(s)
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
    if s.contacts:
        rec["contacts"] = [_contact(c, s.id, i) for i, c in enumerate(s.contacts)]
    if s.documents_text:
        rec["required_documents"] = [
            {"id": _id("document", s.id, str(i)), "document": d.strip()}
            for i, d in enumerate(s.documents_text.split(";"))
            if d.strip()
        ]
    return rec


def _contact(c: Contact, owner: str, i: int) -> dict[str, Any]:
    cid = _id("contact", owner, str(i))
    rec: dict[str, Any] = {"id": cid}
    for key, value in (
        ("name", c.name),
        ("title", c.title),
        ("department", c.department),
        ("email", c.email),
    ):
        if value:
            rec[key] = value
    rec["phones"] = [{"id": _id("phone", cid), "number": c.phone}] if c.phone else []
    return rec


def without_provenance(s: Service) -> Service:
    """The service as an export carries it: where it was first imported from is not
    exported (the export's ids are our own UUIDs). Round-trip tests compare these."""
    return replace(
        s,
        source="",
        source_id="",
        organization=replace(s.organization, source_id=""),
        locations=tuple(replace(loc, source_id="") for loc in s.locations),
    )
