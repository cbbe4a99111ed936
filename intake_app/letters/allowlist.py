"""What a referral letter may print, and the one function that fills it.

The sanctuary promise says a letter is built from an explicit allowlist, never by
filtering a full record. `LetterData` is that allowlist: a small frozen value holding only
what may appear on paper. `build_letter_data()` is the only place that reads a `Client`
or a `Service` for a letter; the renderer receives `LetterData` and nothing else.

`CLIENT_FIELDS` and `SERVICE_FIELDS` classify every field of those records as printed or
not; a test fails when a new field is added without being classified here, so a future
field cannot slip onto paper by accident.

Consent narrows what is printed: the client's name as chosen (else initials), the
referral reason, the languages and "interpreter needed" each need a share item in a
consent in force on the letter's date, given for this service or for any service.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from intake_app.domain.clients import Client, Consent, Naming, ShareItem
from intake_app.domain.common import Lang, Tri
from intake_app.domain.services import (
    AccessMode,
    Address,
    AnyService,
    OpeningHours,
    Organization,
    Service,
)
from intake_app.letters.leak_guard import is_clean

# --- the classification of every record field -----------------------------------------

PRINTED = "printed"
NOT_PRINTED = "not-printed"

CLIENT_FIELDS: dict[str, str] = {
    "given_name": PRINTED,  # as the client chose (Naming), and only with consent to share it
    "family_name": PRINTED,
    "preferred_name": PRINTED,
    "latin_name": PRINTED,  # for a name in another script, and for its initials
    "naming": PRINTED,  # decides the form of the name, is not itself printed
    "languages": PRINTED,  # only with consent (ShareItem.LANGUAGES)
    "letter_language": PRINTED,  # the letter's language
    "reading_language": PRINTED,  # the language the client's part is repeated in
    "barriers": NOT_PRINTED,  # only `needs_interpreter`, with its own consent, prints
    "needs": PRINTED,  # the category label of the referral's needs; never their notes
    "consents": NOT_PRINTED,  # decide what prints; their details never do
    "birth_year": NOT_PRINTED,
    "age_range": NOT_PRINTED,
    "phone": PRINTED,  # only with consent (ShareItem.PHONE), so the service can call
    "email": NOT_PRINTED,
    "area": NOT_PRINTED,
    "household": NOT_PRINTED,
    "notes": NOT_PRINTED,
    "sensitive_note": NOT_PRINTED,
    "archived": NOT_PRINTED,
    "id": NOT_PRINTED,
    "number": NOT_PRINTED,  # the staff number identifies the person in our files
    "created_at": NOT_PRINTED,
    "updated_at": NOT_PRINTED,
    "last_activity": NOT_PRINTED,
}

SERVICE_FIELDS: dict[str, str] = {
    "id": NOT_PRINTED,
    "organization": PRINTED,  # its name only, when the service name does not say it
    "name": PRINTED,
    "description": NOT_PRINTED,  # free text, may speak of eligibility
    "program_name": PRINTED,
    "categories": NOT_PRINTED,  # the client's need labels print instead
    "audiences": NOT_PRINTED,  # "no-status", "refugees"… would describe the bearer
    "languages": NOT_PRINTED,
    "interpretation_offered": NOT_PRINTED,
    "eligibility": NOT_PRINTED,  # "no status required" tells the reader about the bearer
    "required_documents": NOT_PRINTED,  # would hint at which documents the bearer lacks
    "access": PRINTED,  # walk-in / appointment / referral
    "locations": PRINTED,  # first location: name, address, hours, transit (if clean)
    "hours": PRINTED,
    "phones": PRINTED,  # the first phone
    "email": PRINTED,
    "url": PRINTED,
    "active": NOT_PRINTED,
    "last_verified": NOT_PRINTED,
    "external_terms": NOT_PRINTED,
    "source_id": NOT_PRINTED,
    "source": NOT_PRINTED,
    "translations": PRINTED,  # the name in the letter's language
    "application_process": NOT_PRINTED,  # free text; access modes print instead
    "interpretation_text": NOT_PRINTED,
    "fees_text": NOT_PRINTED,
    "hours_note": PRINTED,  # only when the leak guard finds nothing in it
    "letter_name": PRINTED,  # replaces the name on letters
    "letter_address_line": PRINTED,  # printed under the name on letters
    "alternate_name": NOT_PRINTED,
    "contacts": NOT_PRINTED,  # staff names stay in the directory
    "documents_text": NOT_PRINTED,  # would hint at which documents the bearer lacks
    "holidays": NOT_PRINTED,
}

ORGANIZATION_FIELDS: dict[str, str] = {
    "id": NOT_PRINTED,
    "name": PRINTED,  # only when clean and not already in the service name
    "description": NOT_PRINTED,
    "website": PRINTED,  # when the service has no URL of its own
    "email": PRINTED,
    "phones": PRINTED,
    "source_id": NOT_PRINTED,
    "letter_name": PRINTED,
    "letter_address_line": PRINTED,
}


# --- the allowlist ----------------------------------------------------------------------


@dataclass(frozen=True)
class Letterhead:
    """The sending organization, from the vault settings (`org.*`, `letters.*`)."""

    name: str
    address: str = ""  # as typed in Settings, one line per address line
    phone: str = ""
    email: str = ""
    signature_line: str = ""  # e.g. "Intervenante, Centre d'accueil Exemple"
    logo_png: bytes = b""


@dataclass(frozen=True)
class ReferralFacts:
    """What a letter needs from a referral: its reference code and the need categories."""

    reference: str
    need_categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class LetterData:
    """Everything a referral letter may show, and nothing else."""

    lang: Lang
    date: date
    reference: str
    letterhead: Letterhead
    # the receiving service
    service_name: str
    organization_name: str = ""  # empty when the service name already says it
    letter_address_line: str = ""  # the directory's line for letters (a floor, a desk)
    program_name: str = ""
    location_name: str = ""
    address: Address | None = None
    hours: tuple[OpeningHours, ...] = ()
    hours_note: str = ""
    transit: str = ""
    service_phone: str = ""
    service_email: str = ""
    service_url: str = ""
    access: tuple[AccessMode, ...] = ()
    # the client, as the client chose and consented
    client_name: str = ""
    need_categories: tuple[str, ...] = ()
    reason: str = ""
    reason_allowed: bool = True  # the client consented to share a reason with this service
    languages: tuple[str, ...] = ()  # ISO 639 codes; labels are made in the letter's language
    interpreter_needed: bool = False
    person_phone: str = ""  # the client's phone, only with consent to share it
    # the caseworker
    caseworker_name: str = ""
    caseworker_phone: str = ""
    caseworker_email: str = ""
    # the client's part again in the client's reading language ("" = not repeated); the
    # code has texts and is on (resolved by `client_texts.resolve()` before it gets here)
    reading_language: str = ""
    client_note: str = ""  # typed by the caseworker for the client; guarded like the rest
    # Set only by `use_cases.release_letters()`: the caseworker saw what the leak guard
    # found in this letter and confirmed it. The renderer refuses, for paper, a letter
    # with finds that is not cleared (see `printed.py`).
    cleared: tuple[str, ...] = ()

    @property
    def file_name(self) -> str:
        return default_file_name(self.reference)


def default_file_name(reference: str) -> str:
    """`referral-<reference>.pdf`: reference codes are designed to carry no personal data."""
    safe = "".join(ch for ch in reference if ch.isalnum() or ch in "-_") or "letter"
    return f"referral-{safe}.pdf"


_ACCESS_ORDER = (AccessMode.WALK_IN, AccessMode.APPOINTMENT, AccessMode.REFERRAL)


def _first_letter(word: str) -> str:
    """The first letter of a word with its accents (a grapheme, not one code point)."""
    word = unicodedata.normalize("NFC", word.strip("-'’. "))
    if not word:
        return ""
    first = word[0]
    for ch in word[1:]:
        if unicodedata.combining(ch):
            first += ch
        else:
            break
    return first.upper()


def is_latin(text: str) -> bool:
    """Whether every letter of `text` is a Latin letter (accents allowed)."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def latin_suggestion(text: str) -> str:
    """A Latin spelling suggested by transliteration (anyascii), for the caseworker to
    correct and confirm; never printed unconfirmed except as a last resort for initials."""
    from anyascii import anyascii

    words = ["".join(ch for ch in w if ch.isalnum() or ch == "-") for w in anyascii(text).split()]
    return " ".join(w[:1].upper() + w[1:] for w in words if w)


def name_as_chosen(client: Client, naming: Naming) -> str:
    """The client's name in the form the client chose for letters.

    The preferred name (an alias will do) replaces the given name when there is one. A
    name written in another script prints in the Latin letters the caseworker confirmed
    (`latin_name`), so the receiving service can read it and match the person; initials
    are made from those letters, never from a letter of another script.
    """
    first = (client.preferred_name or client.given_name).strip()
    family = client.family_name.strip()
    full = " ".join(p for p in (first, family) if p)
    latin = client.latin_name.strip()
    if latin and not is_latin(full):
        words = latin.split()
        first, family = words[0], " ".join(words[1:])
        full = latin
    if naming is Naming.FIRST_NAME:
        return first or family
    if naming is Naming.INITIALS:
        if not is_latin(full):
            full = latin_suggestion(full)
        letters = [_first_letter(w) for w in full.replace("-", " ").split()]
        return " ".join(f"{x}." for x in letters if x)
    return full


def shares_for(consents: Sequence[Consent], service_id: str, on: date) -> frozenset[ShareItem]:
    """What the client agreed to share with this service on `on`.

    A consent in force given for this very service (the one asked inside Refer) decides
    alone — the latest one, so a refusal for this service narrows an older general consent;
    without one, the consents given for any service count together.
    """
    in_force = [c for c in consents if c.in_force(on)]
    specific = [c for c in in_force if service_id and c.with_whom == service_id]
    if specific:
        latest = max(specific, key=lambda c: (c.given_on or date.min, c.id or 0))
        return frozenset(latest.shares)
    allowed: set[ShareItem] = set()
    for c in in_force:
        if c.with_whom in ("", "any referred service"):
            allowed |= c.shares
    return frozenset(allowed)


def _clean(text: str) -> str:
    """Directory text that is not needed to find the service (a program, a location's
    name, a web address, an hours note, transit) prints only when the leak guard finds
    nothing in it."""
    text = " ".join(text.split())
    return text if text and is_clean(text) else ""


@dataclass(frozen=True)
class ServiceNaming:
    """The name a letter gives the service, and why.

    `name` is what prints: the service's letter name, else its plain name when the guard
    finds nothing in it. When the plain name would be flagged and there is no letter name,
    `name` is empty and the letter is *held* until the caseworker picks a name
    (`plain` is the flagged name to show in the banner, `options` the neutral choices)."""

    name: str
    plain: str
    held: bool = False
    options: tuple[str, ...] = ()


def organization_letter_name(org: Organization) -> str:
    """The organization as a letter may name it: its letter name, else its name if clean."""
    return _clean(org.letter_name) or _clean(org.name)


def service_naming(service: Service, lang: Lang) -> ServiceNaming:
    plain = " ".join(service.name_in(lang.value).split())
    letter = " ".join(service.letter_name.split())
    if letter:
        return ServiceNaming(letter, plain)
    if plain and is_clean(plain):
        return ServiceNaming(plain, plain)
    org = organization_letter_name(service.organization)
    return ServiceNaming("", plain, held=True, options=(org,) if org else ())


def plain_name_flagged(service: AnyService, lang: Lang = Lang.FR) -> bool:
    """Whether the service's own name would be flagged on a letter (the routing badge)."""
    names = {service.name, service.name_in(lang.value)}
    return any(n and not is_clean(n) for n in names)


def _service_address(service: Service) -> tuple[str, Address | None, tuple[OpeningHours, ...], str]:
    if not service.locations:
        return "", None, service.hours, ""
    loc = service.locations[0]
    hours = loc.hours or service.hours
    return _clean(loc.name), loc.address, hours, _clean(loc.transit)


def _organization_name(service: Service, service_name: str) -> str:
    """The organization as the letter names it, unless the service's printed name
    already says it ("Le Phare — Côte-des-Neiges" needs no "Le Phare" under it)."""
    org_name = organization_letter_name(service.organization)
    if org_name and org_name.casefold() in service_name.casefold():
        return ""
    return org_name


def _service_phone(service: Service, lang: Lang) -> str:
    """The service's first phone, else its organization's, with the extension written
    the way the letter's language writes it; empty when neither has one."""
    phone = service.phones[0] if service.phones else None
    if phone is None and service.organization.phones:
        phone = service.organization.phones[0]
    if phone is None:
        return ""
    if not phone.extension:
        return phone.number
    if lang is Lang.FR:
        return f"{phone.number}, poste {phone.extension}"
    return f"{phone.number} ext. {phone.extension}"


def build_letter_data(
    client: Client,
    service: Service,
    referral: ReferralFacts,
    letterhead: Letterhead,
    caseworker_name: str,
    reason: str,
    consents: Sequence[Consent],
    today: date,
    lang: Lang,
) -> LetterData:
    """Fill the allowlist for one letter. The only reader of `Client` for a letter.

    `consents` are the client's consents (normally `client.consents`); what they allow is
    judged on `today` for this service. Without consent to share the name, the letter
    carries the client's initials, so the receiving service can still match the person
    who hands it over.
    """
    shares = shares_for(consents, service.id, today)
    naming = client.naming if ShareItem.NAME in shares else Naming.INITIALS
    name = name_as_chosen(client, naming)
    location_name, address, hours, transit = _service_address(service)
    service_name = service_naming(service, lang).name
    address_line = " ".join(
        (service.letter_address_line or service.organization.letter_address_line).split()
    )
    interpreter = (
        ShareItem.INTERPRETER_NEEDED in shares and client.barriers.needs_interpreter is Tri.YES
    )
    return LetterData(
        lang=lang,
        date=today,
        reference=referral.reference,
        letterhead=letterhead,
        service_name=service_name,
        organization_name=_organization_name(service, service_name),
        letter_address_line=address_line,
        program_name=_clean(service.program_name),
        location_name=location_name if location_name != service_name else "",
        address=address,
        hours=tuple(sorted(hours, key=lambda h: (h.weekday, h.opens))),
        hours_note=_clean(service.hours_note),
        transit=transit,
        service_phone=_service_phone(service, lang),
        service_email=service.email or service.organization.email,
        service_url=_clean(service.url or service.organization.website),
        access=tuple(m for m in _ACCESS_ORDER if m in service.access),
        client_name=name,
        need_categories=tuple(dict.fromkeys(referral.need_categories)),
        reason=" ".join(reason.split()) if ShareItem.REFERRAL_REASON in shares else "",
        reason_allowed=ShareItem.REFERRAL_REASON in shares,
        languages=tuple(dict.fromkeys(client.languages)) if ShareItem.LANGUAGES in shares else (),
        interpreter_needed=interpreter,
        person_phone=client.phone.strip() if ShareItem.PHONE in shares else "",
        caseworker_name=caseworker_name,
        caseworker_phone=letterhead.phone,
        caseworker_email=letterhead.email,
    )


def with_reason(data: LetterData, reason: str) -> LetterData:
    """The same letter with a new reason, for live editing; still empty without consent."""
    if not data.reason_allowed:
        return data
    return replace(data, reason=" ".join(reason.split()))
