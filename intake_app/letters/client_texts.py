"""The client's part of a letter in the client's reading language, as shipped data.

One JSON file per language under `resources/letters/client_texts/` (named by its code:
ISO 639-1, or ISO 639-3 where 639-1 has none — `prs` is Dari), all with the same keys
(a test checks it). `status` stays `draft` until a fluent speaker has read the file; the
Settings → Letters page lists drafts as "not yet reviewed by a fluent speaker" and a
coordinator may turn any language off (`letters.reading_languages_off`).

These texts are the program's, never typed by a caseworker; what a caseworker types for
the client (the note) is a `LetterData` field and passes the leak guard like the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from intake_app.resources import resources_dir

REVIEWED = "reviewed"
DRAFT = "draft"

# Every file holds exactly these keys under "texts".
TEXT_KEYS: tuple[str, ...] = (
    "box_title",
    "note_title",
    "note",
    "where",
    "when",
    "how",
    "phone",
    "transit",
    "web",
    "bring",
    "hours_unknown",
    "walk_in",
    "appointment",
    "referral",
    "reference",
    "questions",
    "note_label",
    "range_days",
    "one_day",
    "period",
    "hours_line",
)

# Spoken-language codes that read one of our files (ISO 639-1/-3 and BCP 47 forms).
_ALIASES: dict[str, str] = {
    "fa-af": "prs",
    "fa_af": "prs",
    "dari": "prs",
    "zh-hans": "zh",
    "zh_hans": "zh",
    "cmn": "zh",
    "zh-cn": "zh",
    "pes": "fa",
    "pt-br": "pt",
    "pt-pt": "pt",
    "hat": "ht",
    "tir": "ti",
    "tam": "ta",
}

# The letter's own languages: the client part is not repeated in them.
LETTER_LANGUAGES = ("fr", "en")
# Chosen on purpose: the letter's language only (on the client or a referral; "" there
# means nobody chose, and the spoken languages suggest one).
NONE = "none"


class Direction(StrEnum):
    LTR = "ltr"
    RTL = "rtl"


@dataclass(frozen=True)
class ClientTexts:
    """One language's texts for the client's part and how to write them."""

    code: str
    name: str  # the language's own name ("العربية")
    english_name: str
    status: str
    direction: Direction
    script: str  # ISO 15924: Latn, Cyrl, Arab, Ethi, Hans, Taml
    babel_locale: str  # CLDR locale for dates, weekdays and times
    texts: MappingProxyType[str, str]
    babel_note: str = ""  # why `babel_locale` is not the language's own, when it is not

    @property
    def reviewed(self) -> bool:
        return self.status == REVIEWED

    @property
    def rtl(self) -> bool:
        return self.direction is Direction.RTL

    def __getitem__(self, key: str) -> str:
        return self.texts[key]


def texts_dir() -> Path:
    return resources_dir() / "letters" / "client_texts"


def _parse(data: dict[str, Any]) -> ClientTexts:
    texts = data["texts"]
    if set(texts) != set(TEXT_KEYS):
        raise ValueError(f"client texts {data.get('language')!r}: keys differ from TEXT_KEYS")
    return ClientTexts(
        code=str(data["language"]),
        name=str(data["name"]),
        english_name=str(data["english_name"]),
        status=str(data["status"]),
        direction=Direction(data["direction"]),
        script=str(data["script"]),
        babel_locale=str(data["babel_locale"]),
        texts=MappingProxyType({k: str(v) for k, v in texts.items()}),
        babel_note=str(data.get("babel_note", "")),
    )


def load_folder(folder: Path) -> dict[str, ClientTexts]:
    """Every language file in `folder`. A malformed file is a bug in what we ship."""
    out: dict[str, ClientTexts] = {}
    for path in sorted(folder.glob("*.json")):
        entry = _parse(json.loads(path.read_text("utf-8")))
        if entry.code != path.stem:
            raise ValueError(f"{path.name}: language {entry.code!r} differs from the file name")
        out[entry.code] = entry
    return out


@lru_cache(maxsize=1)
def shipped() -> MappingProxyType[str, ClientTexts]:
    """The shipped languages, loaded once per process, ordered by code."""
    return MappingProxyType(load_folder(texts_dir()))


def canonical(code: str) -> str:
    """A spoken-language code as our files name it ("fa-AF" → "prs", "zh-Hans" → "zh")."""
    c = code.strip().lower()
    return _ALIASES.get(c, c.split("-")[0].split("_")[0] if c not in shipped() else c)


def texts_for(code: str) -> ClientTexts | None:
    return shipped().get(canonical(code)) if code else None


def enabled(turned_off: Iterable[str]) -> list[ClientTexts]:
    """The languages a letter may use, in code order."""
    off = {canonical(c) for c in turned_off}
    return [t for code, t in shipped().items() if code not in off]


def suggest(spoken: Sequence[str], turned_off: Iterable[str] = ()) -> str:
    """The reading language suggested by the spoken languages (most comfortable first):
    the first one we have texts for and that is on; "" when the letter's own language
    (French or English) comes first or none has texts."""
    on = {t.code for t in enabled(turned_off)}
    for code in spoken:
        c = canonical(code)
        if c in LETTER_LANGUAGES:
            return ""
        if c in on:
            return c
    return ""


class Fallback(StrEnum):
    """Why a chosen reading language does not print (the dialog says so)."""

    NONE = ""
    NO_TEXTS = "no-texts"
    TURNED_OFF = "turned-off"


@dataclass(frozen=True)
class Resolved:
    code: str  # "" = the client's part prints only in the letter's language
    fallback: Fallback = Fallback.NONE


def resolve(code: str, turned_off: Iterable[str] = ()) -> Resolved:
    """The reading language a letter prints, or why it falls back to French/English."""
    if code.strip() in ("", NONE) or canonical(code) in LETTER_LANGUAGES:
        return Resolved("")
    c = canonical(code)
    if c not in shipped():
        return Resolved("", Fallback.NO_TEXTS)
    if c in {canonical(x) for x in turned_off}:
        return Resolved("", Fallback.TURNED_OFF)
    return Resolved(c)
