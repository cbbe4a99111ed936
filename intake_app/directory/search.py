"""Filtering the directory as the user types: accents and case ignored, in memory.

`DirectoryIndex` prepares, once per directory load, one folded text per service (name and
description in both languages, organization, area, category names in French and English)
and its facets. A filter is then a
plain pass over prepared strings and sets — a few milliseconds for 10,000 services.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from intake_app.domain.folding import fold
from intake_app.domain.services import AccessMode, Service
from intake_app.domain.taxonomy import SERVICE_TERMS

_TERMS = {t.code: t for t in SERVICE_TERMS}
_WORD = re.compile(r"\w+")
# Words people type for a category that its name does not contain ("nourriture" for
# Food), in French and English; searched like the category's own name.
SEARCH_WORDS: dict[str, tuple[str, ...]] = {
    "food": ("nourriture", "épicerie", "repas", "dépannage", "groceries", "meals", "food bank"),
    "housing": ("appartement", "loyer", "bail", "apartment", "rent", "lease", "landlord"),
    "shelter": ("refuge", "dormir", "lit", "sans-abri", "itinérance", "bed", "homeless"),
    "health": ("médecin", "clinique", "infirmière", "soins", "doctor", "clinic", "nurse"),
    "mental-health": ("psychologue", "détresse", "anxiété", "therapy", "stress", "trauma"),
    "legal": ("avocat", "droit", "immigration", "lawyer", "rights", "tribunal"),
    "employment": ("travail", "emploi", "cv", "job", "work", "resume"),
    "francization": ("français", "cours de langue", "french", "language class"),
    "goods": ("vêtements", "meubles", "manteau", "clothes", "furniture", "coat"),
    "children-family": ("enfant", "garderie", "bébé", "child", "daycare", "baby"),
    "income": ("argent", "aide sociale", "prestations", "money", "welfare", "benefits"),
    "transport": ("autobus", "métro", "billet", "bus", "metro", "ticket"),
}


# Typographic punctuation, written plain in the index and in what is searched: one dash
# in a name ("Accueil — Atelier") otherwise stores the whole folded text two bytes a
# character (CPython's widest character decides), doubling the index of 50,000 services.
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


def _index_fold(text: str) -> str:
    return fold(text).translate(_PLAIN)


@dataclass(frozen=True)
class DirectoryFilter:
    """What the user asked for. Empty sets mean "any"; a True flag means "must have"."""

    text: str = ""
    categories: frozenset[str] = frozenset()
    audiences: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    areas: frozenset[str] = frozenset()
    access: frozenset[AccessMode] = frozenset()
    free: bool = False
    no_status_required: bool = False
    no_id_required: bool = False
    no_health_card_required: bool = False
    include_inactive: bool = False


@dataclass(slots=True)
class _Entry:
    text: str  # the service's own words, folded; its categories' words are searched apart
    categories: frozenset[str]
    audiences: frozenset[str]
    languages: frozenset[str]
    areas: frozenset[str]
    access: frozenset[AccessMode]
    flags: tuple[bool, bool, bool, bool]
    active: bool


@dataclass
class DirectoryIndex:
    """The prepared, folded index of a list of services (kept in the same order)."""

    services: Sequence[Service]
    previous: DirectoryIndex | None = field(default=None, repr=False)
    _entries: list[_Entry] = field(init=False, repr=False)
    _vocabulary: list[str] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        # Entries of services unchanged since `previous` (the same objects, e.g. after a
        # re-sort) are reused, so re-indexing a re-ordered directory costs almost nothing.
        known: dict[int, _Entry] = {}
        if self.previous is not None:
            known = {
                id(s): e
                for s, e in zip(self.previous.services, self.previous._entries, strict=True)
            }
            self.previous = None
        # Equal area sets and flags are one object: thousands of services share them.
        areas: dict[frozenset[str], frozenset[str]] = {}
        flags: dict[tuple[bool, bool, bool, bool], tuple[bool, bool, bool, bool]] = {}
        self._entries = [known.get(id(s)) or self._entry(s, areas, flags) for s in self.services]

    @staticmethod
    def _entry(
        s: Service,
        area_pool: dict[frozenset[str], frozenset[str]],
        flag_pool: dict[tuple[bool, bool, bool, bool], tuple[bool, bool, bool, bool]],
    ) -> _Entry:
        parts = [s.name, s.organization.name, s.description, s.program_name]
        for t in s.translations:
            parts += [t.name, t.description]
        areas = frozenset(loc.area for loc in s.locations if loc.area)
        parts += list(areas)
        e = s.eligibility
        flags = (e.free, e.no_status_required, e.no_id_required, e.no_health_card_required)
        return _Entry(
            text=_index_fold(" \n ".join(p for p in parts if p)),
            categories=s.categories,
            audiences=s.audiences,
            languages=s.languages,
            areas=area_pool.setdefault(areas, areas),
            access=s.access,
            flags=flag_pool.setdefault(flags, flags),
            active=s.active,
        )

    def __len__(self) -> int:
        return len(self._entries)

    def matches(self, f: DirectoryFilter) -> list[bool]:
        """One bool per service, in the index's order.

        A word matches a service when its own text or one of its categories' words (the
        category's names and `SEARCH_WORDS`) contains it. The category words are the same
        for thousands of services, so they are folded once (`_category_texts`), not copied
        into every entry: a word holds no space, so it is in the joined text exactly when
        it is in one of its parts."""
        words = _index_fold(f.text).split()
        by_word = [frozenset(c for c, t in _category_texts().items() if w in t) for w in words]
        admits = _facet_test(f)
        return [
            admits(e)
            and all(
                w in e.text or not cs.isdisjoint(e.categories)
                for w, cs in zip(words, by_word, strict=True)
            )
            for e in self._entries
        ]

    def suggest(self, text: str) -> str:
        """For a search that finds nothing ("nouriture"): the same words with each
        misspelt one replaced by the closest word of the directory ("nourriture"), or ""
        when there is nothing close enough."""
        if self._vocabulary is None:
            found: set[str] = set()
            for e in self._entries:
                found.update(w for w in _WORD.findall(e.text) if len(w) >= 4)
            for code in {c for e in self._entries for c in e.categories}:
                words = _category_texts().get(code, "")
                found.update(w for w in _WORD.findall(words) if len(w) >= 4)
            self._vocabulary = sorted(found)
        out: list[str] = []
        changed = False
        for word in _index_fold(text).split():
            if len(word) < 4 or any(word in v for v in self._vocabulary):
                out.append(word)
                continue
            best = process.extractOne(word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=80)
            if best is None:
                return ""
            out.append(best[0])
            changed = True
        return " ".join(out) if changed else ""

    def filter(self, f: DirectoryFilter) -> list[Service]:
        return [s for s, ok in zip(self.services, self.matches(f), strict=True) if ok]


@lru_cache(maxsize=1)
def _category_texts() -> dict[str, str]:
    """Category code → its French and English names and search words, folded."""
    out = {}
    for code, term in _TERMS.items():
        out[code] = _index_fold(" \n ".join([term.fr, term.en, *SEARCH_WORDS.get(code, ())]))
    return out


def facet_values(services: Sequence[Service]) -> dict[str, list[str]]:
    """The languages and areas present, sorted, for the filter pickers."""
    langs: set[str] = set()
    areas: set[str] = set()
    for s in services:
        langs |= s.languages
        areas.update(loc.area for loc in s.locations if loc.area)
    return {"languages": sorted(langs), "areas": sorted(areas, key=fold)}


def _facet_test(f: DirectoryFilter) -> Callable[[_Entry], bool]:
    """Whether an entry passes the filter's lists and ticks (everything but the words),
    with what does not change from one entry to the next worked out once."""
    wanted_flags = (f.free, f.no_status_required, f.no_id_required, f.no_health_card_required)
    need_flags = any(wanted_flags)
    facets = [
        (wanted, field_name)
        for wanted, field_name in (
            (f.categories, "categories"),
            (f.audiences, "audiences"),
            (f.languages, "languages"),
            (f.areas, "areas"),
            (f.access, "access"),
        )
        if wanted
    ]

    def admits(e: _Entry) -> bool:
        if not f.include_inactive and not e.active:
            return False
        if any(wanted.isdisjoint(getattr(e, name)) for wanted, name in facets):
            return False
        return not need_flags or all(h for w, h in zip(wanted_flags, e.flags, strict=True) if w)

    return admits
