"""One nested HSDS 3 service record (as in the API's `service_full`) → our `Service`.

Ids that are not UUIDs become UUIDv5 over a namespace of the import source, and the
original id is kept, so importing the same source again updates the same services; a
UUID another source already holds is namespaced too, so two sources never overwrite each
other. A record we cannot use at all (no id, no name) raises `Skip`; an impossible value
inside a usable record (a time "9:00am", a date "soon") is left out and reported as a
repair; what we can live without is counted in `Notes`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from typing import Any

from intake_app.directory import hsds_terms as terms
from intake_app.directory.crosswalk import crosswalk
from intake_app.directory.hsds_read import Notes, malformed
from intake_app.domain.languages import language_codes
from intake_app.domain.services import (
    AccessMode,
    Address,
    Contact,
    Document,
    Eligibility,
    ExternalTerm,
    Holiday,
    Location,
    OpeningHours,
    Organization,
    Phone,
    Service,
    Translation,
)
from intake_app.domain.taxonomy import is_audience_code, is_service_code
from intake_app.errors import KnownError

_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_DAYS = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}
_INACTIVE = {"inactive", "defunct", "temporarily closed"}

Where = Callable[[str], str]  # a JSON path inside the record → a place to name in errors


def source_namespace(source: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, "https://passerelle.invalid/source/" + source)


class Skip(Exception):
    """This record cannot be imported (the rest of the file can): field and reason."""

    def __init__(self, field: str, reason: str, where: str = "") -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason
        self.where = where


class IdMapper:
    """Original ids → our UUIDs, stable for one source. `taken` are UUIDs that belong to
    other sources (or to local records) in the vault: those are namespaced as well."""

    def __init__(self, source: str, taken: frozenset[str] = frozenset()) -> None:
        self.source = source
        self.taken = taken
        self._ns = source_namespace(source)

    def __call__(self, kind: str, raw: Any) -> str:
        text = str(raw).strip()
        try:
            as_uuid = str(uuid.UUID(text))
        except ValueError:
            return str(uuid.uuid5(self._ns, f"{kind}:{text}"))
        if as_uuid in self.taken:
            return str(uuid.uuid5(self._ns, f"{kind}:{as_uuid}"))
        return as_uuid


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
            if sch.get("valid_from") and not sch.get("byday"):
                continue  # a dated exception: see `holidays`
            try:
                opens = parse_time(sch.get("opens_at"), self.file, here, "opens_at")
                closes = parse_time(sch.get("closes_at"), self.file, here, "closes_at")
            except KnownError as exc:
                self.notes.repair(
                    self.file, here, exc.params["field"], "not a 24-hour time (HH:MM)", "schedule"
                )
                continue
            freq = _s(sch.get("freq")).upper()
            days = [d.strip().upper() for d in _s(sch.get("byday")).split(",") if d.strip()]
            if freq not in ("", "WEEKLY") or not days or any(d not in _DAYS for d in days):
                self.notes.add("schedule-not-weekly")
                continue
            out += [OpeningHours(_DAYS[d], opens, closes) for d in days]
        return tuple(out), " ".join(dict.fromkeys(notes))

    def phones(self, raw: Any, where: str = "") -> tuple[Phone, ...]:
        out = []
        for i, p in enumerate(_list(raw)):
            if not _s(p.get("number")):
                self.notes.skip(self.file, f"{where}.phones[{i}]", "number", "empty", "phone")
                continue
            out.append(Phone(_s(p.get("number")), _s(p.get("description")), _s(p.get("extension"))))
        return tuple(out)

    def holidays(self, raw: Any, where: str) -> tuple[Holiday, ...]:
        out = []
        for i, h in enumerate(_list(raw)):
            here = f"{where}.holiday_schedules[{i}]"
            try:
                start = _date(h.get("start_date"), self.file, here, "start_date")
                end = _date(h.get("end_date"), self.file, here, "end_date") or start
                closed = _s(h.get("closed")).lower() in ("1", "true", "yes", "t", "y", "")
                opens = closes = None
                if not closed:
                    opens = parse_time(h.get("opens_at"), self.file, here, "opens_at")
                    closes = parse_time(h.get("closes_at"), self.file, here, "closes_at")
            except KnownError as exc:
                self.notes.repair(
                    self.file, here, exc.params["field"], exc.params["reason"], "holiday_schedule"
                )
                continue
            if start is None or end is None:
                self.notes.repair(self.file, here, "start_date", "empty", "holiday_schedule")
                continue
            out.append(Holiday(start, max(start, end), closed, opens, closes))
        return tuple(out)

    def contacts(self, raw: Any) -> tuple[Contact, ...]:
        out = []
        for c in _list(raw):
            phones = [_s(p.get("number")) for p in _list(c.get("phones")) if _s(p.get("number"))]
            contact = Contact(
                _s(c.get("name")),
                _s(c.get("title")),
                _s(c.get("department")),
                _s(c.get("email")),
                phones[0] if phones else _s(c.get("phone")),
            )
            if any((contact.name, contact.title, contact.email, contact.phone)):
                out.append(contact)
        return tuple(out)

    def organization(self, raw: Any, where: str) -> Organization:
        if not isinstance(raw, dict) or not raw.get("id"):
            raise Skip("organization", "missing")
        name, description = _s(raw.get("name")), _s(raw.get("description"))
        return Organization(
            id=self.ids("organization", raw["id"]),
            name=name,
            # HSDS 3 requires a description; ours repeat the name when there is none.
            description="" if description == name else description,
            website=_s(raw.get("website") or raw.get("url")),
            email=_s(raw.get("email")),
            phones=self.phones(raw.get("phones"), where),
            source_id=_s(raw["id"]),
        )

    def location(self, sal: dict[str, Any], where: str) -> Location | None:
        loc = sal.get("location")
        if not isinstance(loc, dict):
            self.notes.add("service-at-location-without-location")
            return None
        here = f"{where}.location"
        address, area = _address_and_area(loc)
        hours, _note = self.hours(sal.get("schedules"), where)
        if not hours:
            hours, _note = self.hours(loc.get("schedules"), here)
        lat, lon = self._coordinates(loc, here)
        return Location(
            id=self.ids("location", loc.get("id") or sal.get("id")),
            name=_s(loc.get("name")),
            address=address,
            area=area,
            latitude=lat,
            longitude=lon,
            accessibility=_accessibility(loc),
            hours=hours,
            transit=_s(loc.get("transportation")),
            description=_s(loc.get("description")),
            source_id=_s(loc.get("id") or sal.get("id")),
        )

    def _coordinates(self, loc: dict[str, Any], where: str) -> tuple[float | None, float | None]:
        """(latitude, longitude); one that is not a number is dropped alone, a pair out of
        the Earth's range is dropped together (a swapped pair would mislead distances)."""
        lat = self._coordinate(loc, "latitude", where)
        lon = self._coordinate(loc, "longitude", where)
        if (lat is not None and not -90 <= lat <= 90) or (
            lon is not None and not -180 <= lon <= 180
        ):
            self.notes.add("coordinates-out-of-range")
            return None, None
        return lat, lon

    def _coordinate(self, loc: dict[str, Any], key: str, where: str) -> float | None:
        try:
            return _float(loc.get(key), self.file, where, key)
        except KnownError:
            self.notes.repair(self.file, where, key, "not a number", "location")
            return None

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
            mapped = crosswalk().lookup(taxonomy, code, _s(t.get("name")))
            if mapped is not None:
                facts["categories"] |= mapped.categories
                facts["audiences"] |= mapped.audiences
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
            raise Skip("id", "empty id")
        name = _s(rec.get("name"))
        if not name:
            raise Skip("name", "missing")
        org = self.organization(rec.get("organization") or org_fallback, f"{where}.organization")
        facts = self._attributes(rec.get("attributes"))
        locations = self._locations(rec, where)
        hours, hours_note = self.hours(rec.get("schedules"), where)
        languages = self._languages(rec, where)
        docs_text = "; ".join(
            _s(d.get("document")) for d in _list(rec.get("required_documents")) if d.get("document")
        )
        flags = facts["flags"]
        program = rec.get("program")
        letter = {owner: facts["texts"].pop(owner, {}) for owner in terms.LETTER_TEXT_OWNERS}
        org = _with_letter_texts(org, letter["organization"])
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
            eligibility=_eligibility(flags, _s(rec.get("eligibility_description"))),
            required_documents=frozenset(facts["documents"] | _documents(docs_text)),
            access=frozenset(facts["access"]),
            locations=tuple(locations),
            hours=hours,
            phones=self.phones(rec.get("phones"), where),
            email=_s(rec.get("email")),
            url=_s(rec.get("url")),
            active=_s(rec.get("status")).lower() not in _INACTIVE,
            last_verified=self._verified(rec, where),
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
            alternate_name=_s(rec.get("alternate_name")),
            contacts=self.contacts(rec.get("contacts")),
            documents_text=docs_text,
            holidays=self.holidays(_holiday_rows(rec), where),
        )

    def _locations(self, rec: dict[str, Any], where: str) -> list[Location]:
        """The service's locations, in order; a link without a location is left out."""
        locations = []
        for i, sal in enumerate(_list(rec.get("service_at_locations"))):
            loc = self.location(sal, f"{where}.service_at_locations[{i}]")
            if loc is not None:
                locations.append(loc)
        return locations

    def _languages(self, rec: dict[str, Any], where: str) -> set[str]:
        """ISO codes from each language row's code, else its name ("Spanish, Tagalog");
        a word we cannot place is reported, the others kept."""
        languages: set[str] = set()
        for i, lang in enumerate(_list(rec.get("languages"))):
            text = _s(lang.get("code")) or _s(lang.get("name"))
            if not text:
                self.notes.add("language-without-code")
                continue
            found, unknown = language_codes(text)
            languages |= found
            for _word in unknown:
                self.notes.repair(
                    self.file, f"{where}.languages[{i}]", "name", "unknown language", "language"
                )
        return languages

    def _verified(self, rec: dict[str, Any], where: str) -> date | None:
        try:
            return _date(rec.get("assured_date"), self.file, where, "assured_date")
        except KnownError:
            self.notes.repair(
                self.file, where, "assured_date", "not a date (YYYY-MM-DD)", "service"
            )
            return None


_ACCESS = {m.value: m for m in AccessMode}
_DOCS = {d.value: d for d in Document}
# Required documents as sources word them (English, French, Spanish) → the barriers
# routing knows; the words themselves are kept in `documents_text`.
_DOC_WORDS = {
    Document.PHOTO_ID: re.compile(
        r"photo\s*id|\bid\b|identification|pi[eè]ce d.identit|identificaci[oó]n|passport|"
        r"passeport|driver.?s licen",
        re.IGNORECASE,
    ),
    Document.HEALTH_CARD: re.compile(
        r"health (insurance )?card|carte d.assurance.maladie|carte soleil|\bramq\b|"
        r"insurance card|medicaid|medicare card",
        re.IGNORECASE,
    ),
    Document.PROOF_OF_ADDRESS: re.compile(
        r"proof of (address|residen)|preuve d.(adresse|r[ée]sidence)|utility bill|"
        r"comprobante de domicilio|lease",
        re.IGNORECASE,
    ),
    Document.PROOF_OF_INCOME: re.compile(
        r"proof of income|income (verification|proof)|pay ?stub|preuve de revenu|"
        r"avis de cotisation|tax return|comprobante de ingresos",
        re.IGNORECASE,
    ),
}


def _documents(text: str) -> frozenset[Document]:
    if not text:
        return frozenset()
    return frozenset(d for d, pattern in _DOC_WORDS.items() if pattern.search(text))


def _list(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, dict)]


def _address_and_area(loc: dict[str, Any]) -> tuple[Address | None, str]:
    """The first physical address (else the first of any kind) and its region, which is
    our area; no address when it has nothing in it."""
    addrs = _list(loc.get("addresses"))
    physical = [a for a in addrs if _s(a.get("address_type")) != "postal"] or addrs
    if not physical:
        return None, ""
    a = physical[0]
    area = _s(a.get("region"))
    if not any(
        _s(a.get(k))
        for k in ("address_1", "address_2", "city", "state_province", "postal_code", "country")
    ):
        return None, area
    address = Address(
        _s(a.get("address_1")),
        _s(a.get("city")),
        _s(a.get("state_province")),
        _s(a.get("postal_code")),
        _s(a.get("country")).upper(),
        street2=", ".join(
            x for x in (_s(a.get(k)) for k in ("address_2", "address_3", "address_4")) if x
        ),
    )
    return address, area


def _accessibility(loc: dict[str, Any]) -> str:
    """Every accessibility row's description and details, in one line."""
    return "; ".join(
        x
        for a in _list(loc.get("accessibility"))
        for x in (_s(a.get("description")), _s(a.get("details")))
        if x
    )


def _with_letter_texts(org: Organization, texts: dict[str, str]) -> Organization:
    """The organization with the letter name and address line our export carries."""
    if not texts:
        return org
    return replace(
        org,
        letter_name=_s(texts.get("letter-name")),
        letter_address_line=_s(texts.get("letter-address")),
    )


def _eligibility(flags: set[str], text: str) -> Eligibility:
    """Our eligibility flags, from the terms of our own taxonomy, with the source's text."""
    return Eligibility(
        no_status_required="eligibility:no-status-required" in flags,
        no_id_required="eligibility:no-id-required" in flags,
        no_health_card_required="eligibility:no-health-card-required" in flags,
        free="eligibility:free" in flags,
        text=text,
    )


def _holiday_rows(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """Holiday schedules, and the dated schedules without weekdays that HSDS 3 writes
    for the same thing (open with hours, else closed), as one list of holiday rows."""
    return _list(rec.get("holiday_schedules")) + [
        {
            "start_date": h["valid_from"],
            "end_date": h.get("valid_to"),
            "closed": "0" if h.get("opens_at") else "1",
            **h,
        }
        for h in _list(rec.get("schedules"))
        if h.get("valid_from") and not h.get("byday")
    ]
