"""The client's part of a letter in the client's reading language.

One folder per language under `resources/catalogs/` (named by its code: ISO 639-1, or
ISO 639-3 where 639-1 has none — `prs` is Dari) holds `language.json` (how the language is
written: its own name, direction, script, CLDR locale, review status) and the `reading`
gettext catalog (`LC_MESSAGES/reading.po`, compiled to `.mo`). The msgids are the English
texts at the calls (`ClientTexts.phrase`, `reading_msg`); a test proves every shipped
catalog translates every one. `status` stays `draft` until a fluent speaker has read the
catalog; the Settings → Letters page lists drafts as "not yet reviewed by a fluent
speaker" and a coordinator may turn any language off (`letters.reading_languages_off`).

These texts are the program's, never typed by a caseworker; what a caseworker types for
the client (the note) is a `LetterData` field and passes the leak guard like the rest.
"""

from __future__ import annotations

import gettext
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from intake_app import catalogs
from intake_app.catalogs import Domain
from intake_app.resources import resources_dir

REVIEWED = "reviewed"
DRAFT = "draft"
PROFILE = "language.json"


def reading_msg(message: str) -> str:
    """Marks a msgid of the `reading` domain kept in a table (`ClientTexts.phrase`)."""
    return message


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
    catalog: gettext.NullTranslations = field(compare=False, repr=False)
    babel_note: str = ""  # why `babel_locale` is not the language's own, when it is not

    @property
    def reviewed(self) -> bool:
        return self.status == REVIEWED

    @property
    def rtl(self) -> bool:
        return self.direction is Direction.RTL

    def phrase(self, message: str) -> str:
        """`message` (the English msgid) in this reading language."""
        return self.catalog.gettext(message)


def texts_dir() -> Path:
    """The catalogs folder: one subfolder per language."""
    return resources_dir() / "catalogs"


def _parse(data: dict[str, Any], catalog: gettext.NullTranslations) -> ClientTexts:
    return ClientTexts(
        code=str(data["language"]),
        name=str(data["name"]),
        english_name=str(data["english_name"]),
        status=str(data["status"]),
        direction=Direction(data["direction"]),
        script=str(data["script"]),
        babel_locale=str(data["babel_locale"]),
        catalog=catalog,
        babel_note=str(data.get("babel_note", "")),
    )


def load_folder(folder: Path) -> dict[str, ClientTexts]:
    """Every reading language in `folder` (a folder with `language.json`). A malformed
    profile, or one without its `reading` catalog, is a bug in what we ship."""
    out: dict[str, ClientTexts] = {}
    for path in sorted(folder.glob(f"*/{PROFILE}")):
        code = path.parent.name
        if not (path.parent / "LC_MESSAGES" / f"{Domain.READING}.po").is_file():
            raise ValueError(f"{code}: {PROFILE} without LC_MESSAGES/{Domain.READING}.po")
        data = json.loads(path.read_text("utf-8"))
        entry = _parse(data, catalogs.load(Domain.READING, code, root=folder))
        if entry.code != code:
            raise ValueError(f"{code}/{PROFILE}: language {entry.code!r} differs from the folder")
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
