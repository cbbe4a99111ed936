"""The service directory, modelled after Open Referral HSDS 3 (organization → service →
location, with schedules, phones, languages and taxonomy terms).

Eligibility flags and audience tags are facts about a *service*. They drive routing and
filters, and they are never printed on a letter: a letter saying "no status required"
tells its reader something about the person carrying it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

from intake_app.domain.folding import search_text


class AccessMode(StrEnum):
    """How a person gets in."""

    WALK_IN = "walk-in"
    APPOINTMENT = "appointment"
    REFERRAL = "referral"


class Document(StrEnum):
    """Documents a service may ask for; each matches a barrier a client may have."""

    HEALTH_CARD = "health-card"
    PHOTO_ID = "photo-id"
    PROOF_OF_ADDRESS = "proof-of-address"
    PROOF_OF_INCOME = "proof-of-income"


@dataclass(frozen=True, slots=True)
class OpeningHours:
    """One opening period on one ISO weekday (1 = Monday … 7 = Sunday)."""

    weekday: int
    opens: time
    closes: time


@dataclass(frozen=True, slots=True)
class Phone:
    number: str
    description: str = ""
    extension: str = ""


@dataclass(frozen=True, slots=True)
class Address:
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = "CA"  # as the source gave it: an import never invents one ("" stays "")
    street2: str = ""  # HSDS address_2 (suite, floor, building), kept apart from the street


@dataclass(frozen=True, slots=True)
class Location:
    id: str
    name: str = ""
    address: Address | None = None
    area: str = ""
    latitude: float | None = None
    longitude: float | None = None
    accessibility: str = ""
    hours: tuple[OpeningHours, ...] = ()
    transit: str = ""
    description: str = ""
    source_id: str = ""  # the id in the file it was imported from, if any


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    name: str
    description: str = ""
    website: str = ""
    email: str = ""
    phones: tuple[Phone, ...] = ()
    source_id: str = ""  # the id in the file it was imported from, if any
    # What a letter prints instead of the name, when the name itself would tell the reader
    # something about the bearer ("Centre pour réfugiés…"), and an address line for letters.
    letter_name: str = ""
    letter_address_line: str = ""


@dataclass(frozen=True, slots=True)
class Eligibility:
    """What the service says about who may come. Flags default to the cautious value."""

    no_status_required: bool = False
    no_id_required: bool = False
    no_health_card_required: bool = False
    free: bool = False
    text: str = ""


@dataclass(frozen=True, slots=True)
class ExternalTerm:
    """A term from another taxonomy (211/AIRS, Open Eligibility…), kept as imported."""

    taxonomy: str
    code: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class Translation:
    """The service's name and description in another language (e.g. English beside French)."""

    lang: str
    name: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class Contact:
    """A named contact at the service (directory data about staff, never about clients)."""

    name: str = ""
    title: str = ""
    department: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Holiday:
    """A dated exception to the weekly hours (HSDS holiday_schedule): closed, or open
    with other hours, from `start` to `end` inclusive."""

    start: date
    end: date
    closed: bool = True
    opens: time | None = None
    closes: time | None = None


STALE_AFTER_DAYS = 365


@dataclass(frozen=True, slots=True)
class Service:
    id: str
    organization: Organization
    name: str
    description: str = ""
    program_name: str = ""
    categories: frozenset[str] = frozenset()
    audiences: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()  # ISO 639-1 codes, e.g. "fr", "en", "es"
    interpretation_offered: bool = False
    eligibility: Eligibility = field(default_factory=Eligibility)
    required_documents: frozenset[Document] = frozenset()
    access: frozenset[AccessMode] = frozenset()
    locations: tuple[Location, ...] = ()
    hours: tuple[OpeningHours, ...] = ()  # service-wide hours when no location has its own
    phones: tuple[Phone, ...] = ()
    email: str = ""
    url: str = ""
    active: bool = True
    last_verified: date | None = None
    external_terms: tuple[ExternalTerm, ...] = ()
    source_id: str = ""  # the id in the file it was imported from, if any
    source: str = ""  # the import source label (namespace of its UUIDv5 ids)
    translations: tuple[Translation, ...] = ()
    application_process: str = ""  # how to get in, in words
    interpretation_text: str = ""  # HSDS interpretation_services
    fees_text: str = ""  # HSDS fees_description
    hours_note: str = ""  # e.g. "closed on public holidays"
    # A neutral name printed on letters instead of `name` (e.g. "Clinique juridique
    # Côte-des-Neiges" for "Consultation juridique en immigration"), and a line printed
    # under it (a floor, a door, a desk). Both pass the leak guard like everything printed.
    letter_name: str = ""
    letter_address_line: str = ""
    alternate_name: str = ""  # HSDS alternate_name: what people also call it
    contacts: tuple[Contact, ...] = ()
    documents_text: str = ""  # required documents as the source words them
    holidays: tuple[Holiday, ...] = ()

    def name_in(self, lang: str) -> str:
        """The name in `lang` if the directory has it, else the main name."""
        for t in self.translations:
            if t.lang == lang and t.name:
                return t.name
        return self.name

    def description_in(self, lang: str) -> str:
        for t in self.translations:
            if t.lang == lang and t.description:
                return t.description
        return self.description

    def is_stale(self, today: date) -> bool:
        """Not verified for a year (or never): the directory marks it for checking."""
        return self.last_verified is None or (today - self.last_verified).days > STALE_AFTER_DAYS

    @property
    def effective_hours(self) -> tuple[OpeningHours, ...]:
        """The hours a client should see: the first location's, else the service's own."""
        for loc in self.locations:
            if loc.hours:
                return loc.hours
        return self.hours

    @property
    def area(self) -> str:
        return self.locations[0].area if self.locations else ""

    @property
    def phone(self) -> str:
        """The first phone number (what a suggestion card shows)."""
        return self.phones[0].number if self.phones else ""


@dataclass(frozen=True, slots=True)
class Place:
    """Where a listed service is, as the list, the filter and ranking read it: the area and
    the coordinates of one of its locations (its address stays in the vault)."""

    area: str = ""
    latitude: float | None = None
    longitude: float | None = None


NAMES_APART = b"\xff"  # never in UTF-8


@dataclass(frozen=True, slots=True)
class ListedService:
    """A service as the in-memory directory keeps it (the list, its filter index, the facets
    and ranking): 50,000 of them stay in memory, so only what those read is here — no
    descriptions, addresses, contacts or long texts. `organization` is shared and compact
    (id, name, letter names); `search_text` is the folded text the filter searches (names,
    descriptions, program, areas in every language), built once while decoding. Whatever
    shows, edits or prints a service reads the whole `Service` from the vault by id."""

    id: str
    organization: Organization
    # The name, and the translated names (language, name, language, name… apart by the
    # byte 0xFF, which UTF-8 never holds), in UTF-8: most names hold a dash ("Accueil —
    # Atelier"), which stores a `str` two bytes a character; as UTF-8 each is about half
    # the size (`name` and `name_in` decode).
    name_utf8: bytes
    names_utf8: bytes = b""
    categories: frozenset[str] = frozenset()
    audiences: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    interpretation_offered: bool = False
    eligibility: Eligibility = field(default_factory=Eligibility)  # flags; text ""
    required_documents: frozenset[Document] = frozenset()
    access: frozenset[AccessMode] = frozenset()
    # The first location's place in three fields (most services have one), the others
    # as `Place`s: `locations` gives them all.
    area: str = ""
    latitude: float | None = None
    longitude: float | None = None
    more_places: tuple[Place, ...] = ()
    effective_hours: tuple[OpeningHours, ...] = ()
    active: bool = True
    last_verified: date | None = None
    source: str = ""
    letter_name: str = ""
    phone: str = ""  # the first phone number, for the suggestion card
    search_text: str = ""

    @property
    def name(self) -> str:
        return self.name_utf8.decode()

    def name_in(self, lang: str) -> str:
        if self.names_utf8:
            names = self.names_utf8.split(NAMES_APART)
            code = lang.encode()
            for i in range(0, len(names), 2):
                if names[i] == code:
                    return names[i + 1].decode()
        return self.name

    def is_stale(self, today: date) -> bool:
        return self.last_verified is None or (today - self.last_verified).days > STALE_AFTER_DAYS

    @property
    def locations(self) -> tuple[Place, ...]:
        """Its places, the first one first (a place with neither area nor coordinates —
        a location without them, or none — says nothing and is left out)."""
        if self.area or self.latitude is not None or self.longitude is not None:
            return (Place(self.area, self.latitude, self.longitude), *self.more_places)
        return self.more_places


# What the list, the filter, the facets and ranking accept: a listed (compact) service or
# a whole one (tests, a service just saved).
AnyService = Service | ListedService


def service_search_text(
    name: str,
    organization: str,
    description: str,
    program: str,
    translations: Iterable[tuple[str, str]],
    areas: Iterable[str],
) -> str:
    """The folded text the directory filter searches for one service: its names and
    descriptions in every language (`translations`: (name, description) pairs), its
    organization, program and areas. One recipe for a whole `Service`
    (`directory.search`) and for a listed one built from its stored document
    (`vault.directory_codec`), so both find the same services."""
    parts = [name, organization, description, program]
    for other_name, other_description in translations:
        parts += [other_name, other_description]
    parts += list(areas)
    return search_text(parts)
