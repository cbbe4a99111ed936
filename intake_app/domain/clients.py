"""The client record. There is deliberately no immigration-status field.

Barriers are practical obstacles used only for routing; they, private notes, the optional
sensitive note, household, contact details and birth year are never printed or exported.
What a letter may show is decided by an allowlist in `intake_app.letters`, never by
filtering this record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from intake_app.domain.common import Lang, Tri, Urgency


class Naming(StrEnum):
    """How the client wants to be named on letters."""

    FULL_NAME = "full-name"
    FIRST_NAME = "first-name"
    INITIALS = "initials"


@dataclass(frozen=True)
class Barriers:
    """YES means the obstacle is there (e.g. `no_health_card=YES`: has no health card)."""

    no_health_card: Tri = Tri.UNKNOWN
    no_photo_id: Tri = Tri.UNKNOWN
    no_proof_of_address: Tri = Tri.UNKNOWN
    no_income: Tri = Tri.UNKNOWN
    needs_interpreter: Tri = Tri.UNKNOWN


@dataclass(frozen=True)
class Need:
    category: str  # a service code from the taxonomy
    urgency: Urgency = Urgency.THIS_WEEK
    reason: str = ""
    met: bool = False
    id: int | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class HouseholdMember:
    relation: str
    age_range: str = ""


class ConsentMethod(StrEnum):
    VERBAL = "verbal"
    WRITTEN = "written"


class ShareItem(StrEnum):
    """What a client may agree to share with a receiving service."""

    NAME = "name"
    LANGUAGES = "languages"
    INTERPRETER_NEEDED = "interpreter-needed"
    REFERRAL_REASON = "referral-reason"
    PHONE = "phone"  # the client's phone, so the service can call them


@dataclass(frozen=True)
class Consent:
    purpose: str
    shares: frozenset[ShareItem]
    with_whom: str = ""  # a service id, or free text such as "any referred service"
    method: ConsentMethod = ConsentMethod.VERBAL
    given_on: date | None = None
    expires_on: date | None = None
    revoked_on: date | None = None
    id: int | None = None

    def in_force(self, on: date) -> bool:
        if self.revoked_on is not None and self.revoked_on <= on:
            return False
        if self.given_on is not None and self.given_on > on:
            return False
        return self.expires_on is None or on <= self.expires_on


@dataclass(frozen=True)
class Client:
    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""
    # The name in Latin letters, as the caseworker confirmed it (suggested by
    # transliteration): what a letter prints for a name in another script, and what its
    # initials are made of, so a French-speaking service can read them.
    latin_name: str = ""
    naming: Naming = Naming.FULL_NAME
    birth_year: int | None = None
    age_range: str = ""
    languages: tuple[str, ...] = ()  # ISO 639 codes, most comfortable first
    letter_language: Lang = Lang.FR
    # The language the client reads best, for the client's part of letters ("" = the
    # letter's own language); suggested from `languages`, chosen again per letter.
    reading_language: str = ""
    phone: str = ""
    email: str = ""
    area: str = ""
    household: tuple[HouseholdMember, ...] = ()
    notes: str = ""
    sensitive_note: str = ""
    barriers: Barriers = field(default_factory=Barriers)
    needs: tuple[Need, ...] = ()
    consents: tuple[Consent, ...] = ()
    archived: bool = False
    id: int | None = None
    number: str = ""  # the client number shown to staff, e.g. "C-000042"
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # Last time anyone created, changed, referred or printed for this client (retention).
    last_activity: datetime | None = None

    @property
    def display_name(self) -> str:
        """How staff see the client in lists: "Family, Given (Preferred)"."""
        name = ", ".join(p for p in (self.family_name, self.given_name) if p)
        if self.preferred_name and self.preferred_name != self.given_name:
            name = f"{name} ({self.preferred_name})" if name else self.preferred_name
        return name

    @property
    def has_a_name(self) -> bool:
        """The one required thing: a given, family or preferred name (an alias will do)."""
        return any(p.strip() for p in (self.given_name, self.family_name, self.preferred_name))


DEFAULT_CONSENT_MONTHS = 12

AGE_RANGES: tuple[str, ...] = ("0-4", "5-11", "12-17", "18-24", "25-34", "35-49", "50-64", "65+")
HOUSEHOLD_RELATIONS: tuple[str, ...] = (
    "partner",
    "child",
    "parent",
    "sibling",
    "grandparent",
    "other-relative",
    "other",
)


def client_number(client_id: int) -> str:
    """The number staff read aloud and type into search: `C-000042`."""
    return f"C-{client_id:06d}"


@dataclass(frozen=True)
class ClientHit:
    """One row of a search result: only what a list shows, never notes or barriers."""

    id: int
    number: str
    given_name: str
    family_name: str
    preferred_name: str
    birth_year: int | None
    area: str
    archived: bool
    last_activity: datetime | None
    score: float = 0.0

    @property
    def display_name(self) -> str:
        return Client(
            given_name=self.given_name,
            family_name=self.family_name,
            preferred_name=self.preferred_name,
        ).display_name
