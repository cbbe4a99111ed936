"""One guard over everything a letter prints.

`printed_texts()` walks `LetterData` and returns every string in it — recipient, service,
organization, program, location, address lines, URL, hours note, transit, reason, the
client's name, the caseworker block and the letterhead — with the name of its field. It
walks the dataclass rather than a list written by hand, so a field added to `LetterData`
is guarded the day it is added; `LETTER_FIELDS` classifies every field, and a test fails
when a new one is not classified.

`letter_leaks()` runs the leak guard over all of them. The renderer calls `require_cleared()`
before making paper: a letter whose printed text has finds prints only when the caseworker
confirmed exactly those finds (`LetterData.cleared`, set by `release_letters`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from enum import Enum
from typing import Any

from intake_app.errors import ErrorCode, KnownError
from intake_app.letters.allowlist import LetterData
from intake_app.letters.leak_guard import LeakSpan, find_leaks

GUARDED = "guarded"
NOT_TEXT = "not-text"  # dates, flags, enums, times: made by the program, never typed

LETTER_FIELDS: dict[str, str] = {
    "lang": NOT_TEXT,
    "date": NOT_TEXT,
    "reference": GUARDED,
    "letterhead": GUARDED,
    "service_name": GUARDED,
    "organization_name": GUARDED,
    "letter_address_line": GUARDED,
    "program_name": GUARDED,
    "location_name": GUARDED,
    "address": GUARDED,
    "hours": NOT_TEXT,
    "hours_note": GUARDED,
    "transit": GUARDED,
    "service_phone": GUARDED,
    "service_email": GUARDED,
    "service_url": GUARDED,
    "access": NOT_TEXT,
    "client_name": GUARDED,
    "need_categories": GUARDED,
    "reason": GUARDED,
    "reason_allowed": NOT_TEXT,
    "languages": GUARDED,
    "interpreter_needed": NOT_TEXT,
    "person_phone": GUARDED,
    "caseworker_name": GUARDED,
    "caseworker_phone": GUARDED,
    "caseworker_email": GUARDED,
    "reading_language": GUARDED,  # a code from the shipped list; guarded as all text is
    "client_note": GUARDED,  # typed for the client, in any language: every lexicon applies
    "cleared": NOT_TEXT,
}


def _walk(prefix: str, value: Any) -> Iterator[tuple[str, str]]:
    if isinstance(value, Enum | bool | bytes | int | float):
        return
    if isinstance(value, str):
        if value.strip():
            yield prefix, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _walk(f"{prefix}.{f.name}", getattr(value, f.name))
    elif isinstance(value, tuple | list):
        for i, item in enumerate(value):
            yield from _walk(f"{prefix}[{i}]", item)


def printed_texts(data: LetterData) -> list[tuple[str, str]]:
    """(field, text) for every string the letter may print."""
    out: list[tuple[str, str]] = []
    for f in dataclasses.fields(data):
        if LETTER_FIELDS.get(f.name) == NOT_TEXT:
            continue
        out += list(_walk(f.name, getattr(data, f.name)))
    return out


def letter_leaks(data: LetterData) -> dict[str, list[LeakSpan]]:
    """What the leak guard finds in each printed field (only fields with finds)."""
    found: dict[str, list[LeakSpan]] = {}
    for name, text in printed_texts(data):
        spans = find_leaks(text)
        if spans:
            found[name] = spans
    return found


def fingerprint(found: dict[str, list[LeakSpan]], data: LetterData) -> tuple[str, ...]:
    """The finds as confirmed: field and words, so a changed word needs a new confirmation."""
    texts = dict(printed_texts(data))
    return tuple(
        sorted(
            f"{name}:{texts[name][s.start : s.end]}" for name, spans in found.items() for s in spans
        )
    )


def require_cleared(data: LetterData) -> None:
    """Refuse to make paper from a letter with finds the caseworker has not confirmed."""
    found = letter_leaks(data)
    if found and data.cleared != fingerprint(found, data):
        raise KnownError(ErrorCode.LETTER_LEAK_WARNING, count=sum(len(v) for v in found.values()))
