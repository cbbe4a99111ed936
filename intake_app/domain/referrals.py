"""A referral: one client sent to one service for one or more needs, and what came of it.

The reference code printed on the letter is random, short and unambiguous (no 0/O, 1/I/L,
2/Z, 5/S, 8/B, U/V), with a check character so a code read over the phone with one wrong
character is caught. It carries no personal data: nothing about the client can be read
from it, and its uniqueness is guaranteed by the vault (a clash is simply drawn again).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from intake_app.domain.common import Lang


class ReferralState(StrEnum):
    CREATED = "created"
    PRINTED = "printed"
    ATTENDED = "attended"
    NO_SHOW = "no-show"
    DECLINED = "declined"
    CLOSED = "closed"


class CloseReason(StrEnum):
    SERVICE_RECEIVED = "service-received"
    NO_LONGER_NEEDED = "no-longer-needed"
    REFERRED_ELSEWHERE = "referred-elsewhere"
    LOST_CONTACT = "lost-contact"
    NOT_ELIGIBLE = "not-eligible"
    OTHER = "other"


# created → printed → attended / no-show / declined → closed. A referral made by phone may
# be attended without a letter; a no-show may get a new letter; any open one may be closed.
TRANSITIONS: dict[ReferralState, frozenset[ReferralState]] = {
    ReferralState.CREATED: frozenset(
        {
            ReferralState.PRINTED,
            ReferralState.ATTENDED,
            ReferralState.NO_SHOW,
            ReferralState.DECLINED,
            ReferralState.CLOSED,
        }
    ),
    ReferralState.PRINTED: frozenset(
        {
            ReferralState.ATTENDED,
            ReferralState.NO_SHOW,
            ReferralState.DECLINED,
            ReferralState.CLOSED,
        }
    ),
    ReferralState.ATTENDED: frozenset({ReferralState.CLOSED}),
    ReferralState.NO_SHOW: frozenset({ReferralState.PRINTED, ReferralState.CLOSED}),
    ReferralState.DECLINED: frozenset({ReferralState.CLOSED}),
    ReferralState.CLOSED: frozenset(),
}

OPEN_STATES = frozenset(s for s in ReferralState if s is not ReferralState.CLOSED)


def can_move(current: ReferralState, target: ReferralState) -> bool:
    return target in TRANSITIONS[current]


# Unambiguous characters: digits and capitals that cannot be read as another one (no U,
# which reads as V). 23 of them: a prime, so the check character catches every single
# wrong character and every swap of two neighbours.
CODE_ALPHABET = "ACDEFHJKMNPQRTVWXY34679"
CODE_LENGTH = 8  # 7 random characters and a check character, shown as XXXX-XXXX


def _check_char(body: str) -> str:
    """A weighted mod-23 check character: catches any single wrong or swapped character."""
    n = len(CODE_ALPHABET)
    total = sum((i + 1) * CODE_ALPHABET.index(c) for i, c in enumerate(body))
    return CODE_ALPHABET[total % n]


def new_reference_code(choice: Callable[[str], str] = secrets.choice) -> str:
    """A fresh code like "K7QF-MX3A" (about 3.4 billion possibilities before the check)."""
    body = "".join(choice(CODE_ALPHABET) for _ in range(CODE_LENGTH - 1))
    code = body + _check_char(body)
    return f"{code[:4]}-{code[4:]}"


def normalize_code(text: str) -> str:
    """What a person typed → the canonical form ("k7qf mx3a" → "K7QF-MX3A"), or ""."""
    raw = "".join(c for c in text.upper() if c.isalnum())
    if len(raw) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in raw):
        return ""
    return f"{raw[:4]}-{raw[4:]}"


def is_valid_code(text: str) -> bool:
    raw = normalize_code(text).replace("-", "")
    return bool(raw) and _check_char(raw[:-1]) == raw[-1]


@dataclass(frozen=True)
class Referral:
    client_id: int
    service_id: str
    need_ids: tuple[int, ...]
    code: str
    created_at: datetime
    created_by: int | None
    letter_language: Lang = Lang.FR
    reading_language: str = ""  # the client's part repeated in this language ("" = none)
    service_name: str = ""  # as it was when referred, in case the service leaves the directory
    state: ReferralState = ReferralState.CREATED
    state_changed_at: datetime | None = None
    follow_up_on: date | None = None
    close_reason: CloseReason | None = None
    outcome_note: str = ""
    categories: tuple[str, ...] = ()  # the categories of the needs it answers
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.state is not ReferralState.CLOSED

    def follow_up_due(self, on: date) -> bool:
        return self.is_open and self.follow_up_on is not None and self.follow_up_on <= on


@dataclass(frozen=True)
class ReferralRow:
    """One line of the referrals list: what a caseworker needs to see and act on."""

    id: int
    code: str
    client_id: int
    client_number: str
    client_name: str
    service_id: str | None
    service_name: str
    categories: tuple[str, ...]
    state: ReferralState
    created_at: datetime
    created_by: int | None
    created_by_name: str
    follow_up_on: date | None
    close_reason: CloseReason | None
    outcome_note: str
    service_names: tuple[tuple[str, str], ...] = ()  # (language, name) from the directory

    def service_name_in(self, lang: str) -> str:
        """The service's name in `lang` when the directory has it."""
        return next((n for code, n in self.service_names if code == lang and n), self.service_name)


@dataclass(frozen=True)
class ReferralFilter:
    states: frozenset[ReferralState] = frozenset()  # empty: every state
    due_on_or_before: date | None = None  # follow-ups due (open referrals only)
    created_by: int | None = None
    service_id: str | None = None
    client_id: int | None = None
    limit: int = 1000
