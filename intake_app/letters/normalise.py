"""Text as the leak guard reads it: folded characters, then words.

A status word must be found however it was typed or pasted: in capitals, with or without
accents, with a non-breaking hyphen (U+2011 in "sans-papiers"), an en dash in a number
("1234–5678"), a zero-width space inside a word, letters spaced out ("s a n s p a p i e r
s") or run together ("sanspapiers"). Two views are built, each keeping the index of the original
character behind every folded one, so a find is always reported as a span of the text the
caseworker typed:

* `fold()` — characters: NFKC, case folding, accents removed, every dash as "-", every
  apostrophe as "'", every space as " ", invisible characters dropped. Number shapes are
  matched here.
* `words()` — that text cut into words of letters or of digits (a letter-digit boundary
  cuts too: "UCI12345678" is "uci 12345678"), joined by one space. Terms and phrases are
  matched here; "n'a pas de papiers" reads `n a pas de papiers`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

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
def _fold_char(ch: str) -> str:
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
class Folded:
    """Folded text and, for each of its characters, the index of the original one."""

    text: str
    where: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span behind folded `[start, end)`."""
        return self.where[start], self.where[end - 1] + 1


def fold(text: str) -> Folded:
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for d in _fold_char(ch):
            out.append(d)
            where.append(i)
    return Folded("".join(out), tuple(where), len(text))


_WORD = re.compile(r"[^\W\d_]+|\d+")


@dataclass(frozen=True)
class Words:
    """The folded text as words joined by single spaces, with each word's folded span."""

    text: str
    starts: tuple[int, ...]  # offset of each word in `text`
    spans: tuple[tuple[int, int], ...]  # folded span of each word

    def word_at(self, offset: int) -> int:
        """Index of the word holding `text[offset]` (or the next one after a space)."""
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo


# Cyrillic and Greek letters that look like Latin ones (after case folding). A word that
# mixes them with Latin letters ("refugee" typed with a Cyrillic U+0435) is read in Latin.
_LOOKALIKES = str.maketrans(
    "аеорсухіјѕкмтвнԁԛԝαορειкντυχ",
    "aeopcyxijskmtbhdqwaopeikvtux",
)


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0]


def _unmix(word: str) -> str:
    """A word mixing Latin with Cyrillic or Greek look-alikes, in Latin letters."""
    scripts = {_script(ch) for ch in word if ch.isalpha()}
    if "LATIN" in scripts and scripts & {"CYRILLIC", "GREEK"}:
        return word.translate(_LOOKALIKES)
    return word


def words(folded: Folded) -> Words:
    parts: list[str] = []
    starts: list[int] = []
    spans: list[tuple[int, int]] = []
    offset = 0
    for m in _WORD.finditer(folded.text):
        parts.append(_unmix(m.group()))
        starts.append(offset)
        spans.append((m.start(), m.end()))
        offset += len(m.group()) + 1
    return Words(" ".join(parts), tuple(starts), tuple(spans))


def normalise_term(term: str) -> str:
    """A lexicon entry in the guard's own form (same folding, same word cutting); a
    trailing "*" on a word is kept as the prefix mark."""
    out = []
    for piece in term.split():
        star = piece.endswith("*")
        folded = words(fold(piece.rstrip("*"))).text
        if folded:
            out.append(folded + ("*" if star else ""))
    return " ".join(out)
