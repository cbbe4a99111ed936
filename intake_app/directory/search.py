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

from intake_app.domain.folding import fold, search_fold
from intake_app.domain.services import AccessMode, AnyService, ListedService, service_search_text
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


def search_text_of(s: AnyService) -> str:
    """The folded text a filter searches for `s`: its names and descriptions in every
    language, organization, program and areas. A listed record carries it, built from
    the same parts when the directory was read (`vault.directory_codec`)."""
    if isinstance(s, ListedService):
        return s.search_text
    return service_search_text(
        s.name,
        s.organization.name,
        s.description,
        s.program_name,
        ((t.name, t.description) for t in s.translations),
        frozenset(loc.area for loc in s.locations if loc.area),
    )


@dataclass
class DirectoryIndex:
    """The prepared, folded index of a list of services (kept in the same order): one
    folded text per service (a listed record's own `search_text`, not a copy) and its
    set of areas (shared among equal ones); the other facets are read from the records,
    so the index adds no object per service."""

    services: Sequence[AnyService]
    previous: DirectoryIndex | None = field(default=None, repr=False)
    _texts: list[str] = field(init=False, repr=False)
    _areas: list[frozenset[str]] = field(init=False, repr=False)
    _vocabulary: list[str] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        p, self.previous = self.previous, None
        if p is not None and _same(p.services, self.services):
            self._texts, self._areas, self._vocabulary = p._texts, p._areas, p._vocabulary
            return
        # Entries of services unchanged since `previous` (the same objects, e.g. after a
        # re-sort) are reused, so re-indexing a re-ordered directory costs almost nothing.
        known: dict[int, int] = {}
        if p is not None:
            known = {id(s): i for i, s in enumerate(p.services)}
        pool: dict[frozenset[str], frozenset[str]] = {}
        self._texts, self._areas = [], []
        for s in self.services:
            i = known.get(id(s))
            if p is not None and i is not None:
                self._texts.append(p._texts[i])
                self._areas.append(p._areas[i])
            else:
                areas = frozenset(loc.area for loc in s.locations if loc.area)
                self._texts.append(search_text_of(s))
                self._areas.append(pool.setdefault(areas, areas))

    def __len__(self) -> int:
        return len(self._texts)

    def matches(self, f: DirectoryFilter) -> list[bool]:
        """One bool per service, in the index's order.

        A word matches a service when its own text or one of its categories' words (the
        category's names and `SEARCH_WORDS`) contains it. The category words are the same
        for thousands of services, so they are folded once (`_category_texts`), not copied
        into every entry: a word holds no space, so it is in the joined text exactly when
        it is in one of its parts."""
        words = search_fold(f.text).split()
        by_word = [frozenset(c for c, t in _category_texts().items() if w in t) for w in words]
        admits = _facet_test(f)
        return [
            admits(s, areas)
            and all(
                w in text or not cs.isdisjoint(s.categories)
                for w, cs in zip(words, by_word, strict=True)
            )
            for s, text, areas in zip(self.services, self._texts, self._areas, strict=True)
        ]

    def suggest(self, text: str) -> str:
        """For a search that finds nothing ("nouriture"): the same words with each
        misspelt one replaced by the closest word of the directory ("nourriture"), or ""
        when there is nothing close enough."""
        if self._vocabulary is None:
            found: set[str] = set()
            for own in self._texts:
                found.update(w for w in _WORD.findall(own) if len(w) >= 4)
            for code in {c for s in self.services for c in s.categories}:
                words = _category_texts().get(code, "")
                found.update(w for w in _WORD.findall(words) if len(w) >= 4)
            self._vocabulary = sorted(found)
        out: list[str] = []
        changed = False
        for word in search_fold(text).split():
            if len(word) < 4 or any(word in v for v in self._vocabulary):
                out.append(word)
                continue
            best = process.extractOne(word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=80)
            if best is None:
                return ""
            out.append(best[0])
            changed = True
        return " ".join(out) if changed else ""

    def filter(self, f: DirectoryFilter) -> list[AnyService]:
        return [s for s, ok in zip(self.services, self.matches(f), strict=True) if ok]


@lru_cache(maxsize=1)
def _category_texts() -> dict[str, str]:
    """Category code → its French and English names and search words, folded."""
    out = {}
    for code, term in _TERMS.items():
        out[code] = search_fold(" \n ".join([term.fr, term.en, *SEARCH_WORDS.get(code, ())]))
    return out


def facet_values(services: Sequence[AnyService]) -> dict[str, list[str]]:
    """The languages and areas present, sorted, for the filter pickers."""
    langs: set[str] = set()
    areas: set[str] = set()
    for s in services:
        langs |= s.languages
        areas.update(loc.area for loc in s.locations if loc.area)
    return {"languages": sorted(langs), "areas": sorted(areas, key=fold)}


def _same(a: Sequence[AnyService], b: Sequence[AnyService]) -> bool:
    """The same service objects in the same order (an index adopted for them)."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def _facet_test(f: DirectoryFilter) -> Callable[[AnyService, frozenset[str]], bool]:
    """Whether a service passes the filter's lists and ticks (everything but the words),
    with what does not change from one service to the next worked out once."""
    wanted_flags = (f.free, f.no_status_required, f.no_id_required, f.no_health_card_required)
    need_flags = any(wanted_flags)
    facets = [
        (wanted, field_name)
        for wanted, field_name in (
            (f.categories, "categories"),
            (f.audiences, "audiences"),
            (f.languages, "languages"),
            (f.access, "access"),
        )
        if wanted
    ]
    wanted_areas = f.areas

    def admits(s: AnyService, areas: frozenset[str]) -> bool:
        if not f.include_inactive and not s.active:
            return False
        if any(wanted.isdisjoint(getattr(s, name)) for wanted, name in facets):
            return False
        if wanted_areas and wanted_areas.isdisjoint(areas):
            return False
        if not need_flags:
            return True
        e = s.eligibility
        flags = (e.free, e.no_status_required, e.no_id_required, e.no_health_card_required)
        return all(h for w, h in zip(wanted_flags, flags, strict=True) if w)

    return admits
