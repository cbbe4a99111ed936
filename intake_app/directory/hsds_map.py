"""One nested HSDS 3 service record (as in the API's `service_full`) → our `Service`.

Ids that are not UUIDs become UUIDv5 over a namespace of the import source, and the
original id is kept, so importing the same source again updates the same services.
Schema problems and impossible values raise `malformed(file, path, field, reason)`;
what we cannot use but can live without is counted in `Notes`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from typing import Any

from intake_app.directory import hsds_terms as terms
from intake_app.directory.hsds_read import Notes, malformed
from intake_app.domain.services import (
    AccessMode,
    Address,
    Document,
    Eligibility,
    ExternalTerm,
    Location,
    OpeningHours,
    Organization,
    Phone,
    Service,
    Translation,
)
from intake_app.domain.taxonomy import is_audience_code, is_service_code

_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_DAYS = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}
_INACTIVE = {"inactive", "defunct", "temporarily closed"}

Where = Callable[[str], str]  # a JSON path inside the record → a place to name in errors


def source_namespace(source: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, "https://passerelle.invalid/source/" + source)


class IdMapper:
    """Original ids → our UUIDs, stable for one source."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._ns = source_namespace(source)

    def __call__(self, kind: str, raw: Any) -> str:
        text = str(raw).strip()
        try:
            return str(uuid.UUID(text))
        except ValueError:
            return str(uuid.uuid5(self._ns, f"{kind}:{text}"))


def _s(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_time(value: Any, file: str, where: str, field: str) -> time:
    """ "9:00", "09:00:00", "17:30:00Z" → time; "9:00am", "25:99" → a malformed error."""
    m = _TIME.match(_s(value))
    if m is None:
        raise malformed(file, where, field, "not a 24-hour time (HH:MM)")
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if hour == 24 and minute == 0 and second == 0:
        return time(23, 59)
    if hour > 23 or minute > 59 or second > 59:
        raise malformed(file, where, field, "not a 24-hour time (HH:MM)")
    return time(hour, minute)


def _date(value: Any, file: str, where: str, field: str) -> date | None:
    text = _s(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise malformed(file, where, field, "not a date (YYYY-MM-DD)") from None


def _float(value: Any, file: str, where: str, field: str) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise malformed(file, where, field, "not a number") from None


class ServiceMapper:
    def __init__(self, file: str, ids: IdMapper, notes: Notes) -> None:
        self.file = file
        self.ids = ids
        self.notes = notes

    # -- pieces ----------------------------------------------------------------------

    def hours(self, schedules: Any, where: str) -> tuple[tuple[OpeningHours, ...], str]:
        out: list[OpeningHours] = []
        notes: list[str] = []
        for i, sch in enumerate(_list(schedules)):
            here = f"{where}.schedules[{i}]"
            if _s(sch.get("description")):
                notes.append(_s(sch["description"]))
            if sch.get("opens_at") in (None, "") and sch.get("closes_at") in (None, ""):
                continue
            opens = parse_time(sch.get("opens_at"), self.file, here, "opens_at")
            closes = parse_time(sch.get("closes_at"), self.file, here, "closes_at")
            freq = _s(sch.get("freq")).upper()
            days = [d.strip().upper() for d in _s(sch.get("byday")).split(",") if d.strip()]
            if freq not in ("", "WEEKLY") or not days or any(d not in _DAYS for d in days):
                self.notes.add("schedule-not-weekly")
                continue
            out += [OpeningHours(_DAYS[d], opens, closes) for d in days]
        return tuple(out), " ".join(dict.fromkeys(notes))

    def phones(self, raw: Any) -> tuple[Phone, ...]:
        return tuple(
            Phone(_s(p.get("number")), _s(p.get("description")), _s(p.get("extension")))
            for p in _list(raw)
            if _s(p.get("number"))
        )

    def organization(self, raw: Any, where: str) -> Organization:
        if not isinstance(raw, dict) or not raw.get("id"):
            raise malformed(self.file, where, "organization", "missing")
        return Organization(
            id=self.ids("organization", raw["id"]),
            name=_s(raw.get("name")),
            description=_s(raw.get("description")),
            website=_s(raw.get("website") or raw.get("url")),
            email=_s(raw.get("email")),
            phones=self.phones(raw.get("phones")),
            source_id=_s(raw["id"]),
        )

    def location(self, sal: dict[str, Any], where: str) -> Location | None:
        loc = sal.get("location")
        if not isinstance(loc, dict):
            self.notes.add("service-at-location-without-location")
            return None
        here = f"{where}.location"
        address = None
        area = ""
        addrs = _list(loc.get("addresses"))
        physical = [a for a in addrs if _s(a.get("address_type")) != "postal"] or addrs
        if physical:
            a = physical[0]
            street = ", ".join(x for x in (_s(a.get("address_1")), _s(a.get("address_2"))) if x)
            address = Address(
                street,
                _s(a.get("city")),
                _s(a.get("state_province")),
                _s(a.get("postal_code")),
                _s(a.get("country")) or "CA",
            )
            area = _s(a.get("region"))
        hours, _note = self.hours(sal.get("schedules"), where)
        if not hours:
            hours, _note = self.hours(loc.get("schedules"), here)
        lat = _float(loc.get("latitude"), self.file, here, "latitude")
        lon = _float(loc.get("longitude"), self.file, here, "longitude")
        if (lat is not None and not -90 <= lat <= 90) or (
            lon is not None and not -180 <= lon <= 180
        ):
            self.notes.add("coordinates-out-of-range")
            lat = lon = None
        access = "; ".join(
            x
            for a in _list(loc.get("accessibility"))
            for x in (_s(a.get("description")), _s(a.get("details")))
            if x
        )
        return Location(
            id=self.ids("location", loc.get("id") or sal.get("id")),
            name=_s(loc.get("name")),
            address=address,
            area=area,
            latitude=lat,
            longitude=lon,
            accessibility=access,
            hours=hours,
            transit=_s(loc.get("transportation")),
            description=_s(loc.get("description")),
            source_id=_s(loc.get("id")),
        )

    def _attributes(self, raw: Any) -> dict[str, Any]:
        facts: dict[str, Any] = {
            "categories": set(),
            "audiences": set(),
            "flags": set(),
            "access": set(),
            "documents": set(),
            "texts": {},
            "external": [],
        }
        for attr in _list(raw):
            t = attr.get("taxonomy_term")
            if not isinstance(t, dict):
                self.notes.add("attribute-without-term")
                continue
            raw_detail = t.get("taxonomy_detail")
            detail: dict[str, Any] = raw_detail if isinstance(raw_detail, dict) else {}
            taxonomy = _s(t.get("taxonomy")) or _s(detail.get("name")) or _s(t.get("taxonomy_id"))
            code = _s(t.get("code")) or _s(t.get("name"))
            if terms.is_ours(taxonomy):
                self._our_term(code, _s(attr.get("value")), facts)
                continue
            facts["external"].append(ExternalTerm(taxonomy, code, _s(t.get("name"))))
            if terms.is_open_eligibility(taxonomy):
                if code in terms.OPEN_ELIGIBILITY:
                    facts["categories"].add(terms.OPEN_ELIGIBILITY[code])
                if code in terms.OPEN_ELIGIBILITY_AUDIENCES:
                    facts["audiences"].add(terms.OPEN_ELIGIBILITY_AUDIENCES[code])
        return facts

    def _our_term(self, code: str, value: str, facts: dict[str, Any]) -> None:
        if is_service_code(code):
            facts["categories"].add(code)
        elif is_audience_code(code):
            facts["audiences"].add(code)
        elif code in terms.FLAG_CODES or code == terms.INTERPRETATION_CODE:
            facts["flags"].add(code)
        elif code.startswith(terms.ACCESS_PREFIX) and code[7:] in _ACCESS:
            facts["access"].add(_ACCESS[code[7:]])
        elif code.startswith(terms.DOCUMENT_PREFIX) and code[9:] in _DOCS:
            facts["documents"].add(_DOCS[code[9:]])
        elif code.startswith(terms.TEXT_PREFIX) and code.count(":") == 2:
            _t, kind, lang = code.split(":")
            facts["texts"].setdefault(lang, {})[kind] = value
        else:
            self.notes.add("unknown-passerelle-term")

    # -- the whole record ----------------------------------------------------------------

    def service(self, rec: dict[str, Any], where: str, org_fallback: Any = None) -> Service:
        raw_id = rec.get("id")
        if raw_id in (None, ""):
            raise malformed(self.file, where, "id", "missing")
        name = _s(rec.get("name"))
        if not name:
            raise malformed(self.file, where, "name", "missing")
        org = self.organization(rec.get("organization") or org_fallback, f"{where}.organization")
        facts = self._attributes(rec.get("attributes"))
        locations = []
        for i, sal in enumerate(_list(rec.get("service_at_locations"))):
            loc = self.location(sal, f"{where}.service_at_locations[{i}]")
            if loc is not None:
                locations.append(loc)
        hours, hours_note = self.hours(rec.get("schedules"), where)
        languages = set()
        for lang in _list(rec.get("languages")):
            code = _s(lang.get("code")).lower()
            if code:
                languages.add(code.split("-")[0])
            else:
                self.notes.add("language-without-code")
        flags = facts["flags"]
        program = rec.get("program")
        letter = {owner: facts["texts"].pop(owner, {}) for owner in terms.LETTER_TEXT_OWNERS}
        if letter["organization"]:
            org = replace(
                org,
                letter_name=_s(letter["organization"].get("letter-name")),
                letter_address_line=_s(letter["organization"].get("letter-address")),
            )
        translations = tuple(
            Translation(lang, t.get("name", ""), t.get("description", ""))
            for lang, t in sorted(facts["texts"].items())
        )
        interp = _s(rec.get("interpretation_services"))
        return Service(
            id=self.ids("service", raw_id),
            organization=org,
            name=name,
            description=_s(rec.get("description")),
            program_name=_s(program.get("name")) if isinstance(program, dict) else "",
            categories=frozenset(facts["categories"]),
            audiences=frozenset(facts["audiences"]),
            languages=frozenset(languages),
            interpretation_offered=bool(interp) or terms.INTERPRETATION_CODE in flags,
            eligibility=Eligibility(
                no_status_required="eligibility:no-status-required" in flags,
                no_id_required="eligibility:no-id-required" in flags,
                no_health_card_required="eligibility:no-health-card-required" in flags,
                free="eligibility:free" in flags,
                text=_s(rec.get("eligibility_description")),
            ),
            required_documents=frozenset(facts["documents"]),
            access=frozenset(facts["access"]),
            locations=tuple(locations),
            hours=hours,
            phones=self.phones(rec.get("phones")),
            email=_s(rec.get("email")),
            url=_s(rec.get("url")),
            active=_s(rec.get("status")).lower() not in _INACTIVE,
            last_verified=_date(rec.get("assured_date"), self.file, where, "assured_date"),
            external_terms=tuple(dict.fromkeys(facts["external"])),
            source_id=_s(raw_id),
            source=self.ids.source,
            translations=translations,
            application_process=_s(rec.get("application_process")),
            interpretation_text=interp,
            fees_text=_s(rec.get("fees_description")),
            hours_note=hours_note,
            letter_name=_s(letter["service"].get("letter-name")),
            letter_address_line=_s(letter["service"].get("letter-address")),
        )


_ACCESS = {m.value: m for m in AccessMode}
_DOCS = {d.value: d for d in Document}


def _list(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, dict)]
