"""Text folding: how two spellings of the same words are made to compare equal.

One module, so that the directory filter, client search and duplicates, routing's area
match and the leak guard never disagree about what "the same word" is:

* `fold()` — case and accents ignored, compatibility forms read as their letters
  ("Santé Côte" → "sante cote", "ﬁ" → "fi"). The directory filter and every key below.
* `search_fold()` / `search_text()` — `fold()` with typographic punctuation plain: the
  directory filter's text, built once per service when the directory is read.
* `fold_words()` — `fold()` with punctuation as spaces: the words of a client's name as
  the search index and duplicate check hold them.
* `area_key()` — an area name as routing compares it ("Côte-des-Neiges" = "cote des neiges").
* `to_ascii()` — accents dropped and every other non-ASCII character removed, for keys
  that must stay ASCII and stable (an import source's key).
* `name_key()` — case and spacing ignored but accents kept: a user name at sign-in
  ("Hélène" and "Helene" are two people there).
* `fold_with_offsets()` — the leak guard's stronger form: `fold()` plus NFKC, every dash,
  apostrophe and space as one character, invisible characters dropped, Arabic letter
  variants merged, and for each folded character the index of the original one, so a find
  is reported as a span of what the caseworker typed. `unmix_lookalikes()` reads a word
  that mixes Latin with Cyrillic or Greek look-alikes in Latin letters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


@lru_cache(maxsize=1)
def _combining_bmp() -> dict[int, None]:
    """Every combining mark of the Basic Multilingual Plane, for str.translate (C speed)."""
    return dict.fromkeys(c for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))


def fold(text: str) -> str:
    """Lower case without accents: "Santé Côte" → "sante cote" (NFKD, case folding, NFKD
    again, combining marks removed)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    if max(decomposed, default="") <= "\uffff":
        return decomposed.translate(_combining_bmp())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Typographic punctuation, written plain in the directory's search text and in what is
# searched: one dash in a name ("Accueil — Atelier") otherwise stores the whole folded text
# two bytes a character (CPython's widest character decides), doubling the search text of
# 50,000 services.
_PLAIN = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2026": "...",
        "\u202f": " ",
    }
)


def search_fold(text: str) -> str:
    """`fold()` with typographic dashes, quotes and spaces written plain: the directory
    filter's form, of the searched text and of what is typed alike."""
    return fold(text).translate(_PLAIN)


def search_text(parts: list[str]) -> str:
    """The directory filter's text of one service: the distinct words of its parts,
    folded, one space apart. A typed word holds no space, so it is in the text exactly
    when it is in one of those words: a word said twice (a name repeated in the
    description, in the other language, in the organization's name) is kept once, as
    50,000 of these texts stay in memory."""
    return " ".join(dict.fromkeys(search_fold(" ".join(parts)).split()))


def fold_words(text: str) -> str:
    """`fold()`, with punctuation and underscores as single spaces:
    "Côté, Hélène" → "cote helene"."""
    return " ".join(_NON_WORD.sub(" ", fold(text).replace("_", " ")).split())


def area_key(area: str) -> str:
    """ "Côte-des-Neiges" and "cote des neiges " compare equal."""
    return " ".join(fold(area).replace("-", " ").split())


def to_ascii(text: str) -> str:
    """Accents dropped, every other non-ASCII character removed ("Montréal" → "Montreal",
    "Straße" → "Strae"); case kept."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def name_key(name: str) -> str:
    """Case and spacing ignored, accents kept: " Hélène  Côté" → "hélène côté"."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


# -- the leak guard's form --------------------------------------------------------------

# Invisible characters a paste or a keyboard can slip inside a word.
_DROP = frozenset(
    "\u00ad\u034f\u061c\u0640\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\ufe0f"
)
# Every dash, hyphen and minus sign.
_DASHES = frozenset(
    "-\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d\u058a\u05be\u1806\u2e17\u30a0"
)
_APOSTROPHES = frozenset(
    "'\u2018\u2019\u201b\u2032\u02b9\u02bb\u02bc\u02bd\u02c8\u0060\u00b4\uff07"
)
# Letters written two ways in Arabic-script languages (Arabic and Persian keyboards).
_ARABIC = {"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647"}


@lru_cache(maxsize=4096)
def _strict_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    if ch in _DASHES:
        return "-"
    if ch in _APOSTROPHES:
        return "'"
    if ch.isspace() or unicodedata.category(ch) == "Zs":
        return " "
    out = []
    for d in unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", ch).casefold()):
        if unicodedata.combining(d) or d in _DROP:
            continue
        out.append(_ARABIC.get(d, d))
    return "".join(out)


@dataclass(frozen=True)
class OffsetFold:
    """Folded text and, for each of its characters, the index of the original one."""

    text: str
    where: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span behind folded `[start, end)`."""
        return self.where[start], self.where[end - 1] + 1


def fold_with_offsets(text: str) -> OffsetFold:
    """The leak guard's fold (see the module's docstring), keeping where each folded
    character came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for d in _strict_char(ch):
            out.append(d)
            where.append(i)
    return OffsetFold("".join(out), tuple(where), len(text))


# Cyrillic and Greek letters that look like Latin ones (after case folding).
_LOOKALIKES = str.maketrans(
    "аеорсухіјѕкмтвнԁԛԝαορειкντυχ",
    "aeopcyxijskmtbhdqwaopeikvtux",
)


def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ", 1)[0]


def unmix_lookalikes(word: str) -> str:
    """A word mixing Latin with Cyrillic or Greek look-alikes ("refugee" typed with a
    Cyrillic U+0435), in Latin letters; any other word as it is."""
    scripts = {_script(ch) for ch in word if ch.isalpha()}
    if "LATIN" in scripts and scripts & {"CYRILLIC", "GREEK"}:
        return word.translate(_LOOKALIKES)
    return word
