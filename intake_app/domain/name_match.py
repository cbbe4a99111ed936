"""Are two written names the same person's? Keys that forgive how names get written down.

The same person is written "El Amrani, Amina", "Amina Elamrani", "Amina El-Amrani"; or
"Jean-Baptiste", "Jean Baptiste", "Jeanbaptiste"; or "Abdallah" / "Abdullah",
"Nguyen" / "Ngyuen". A name is compared in several forms and the best agreement wins:

- the words (accents, case, punctuation and hyphens folded; transliteration variants to
  one spelling; doubled letters collapsed), in any order;
- particles glued to the word after them ("el amrani" → "elamrani", "de la cruz" →
  "delacruz"), so spacing does not matter;
- the particles left out ("amrani"), for a record written without them;
- all letters of the family name run together, for hyphens and spaces written or not;
- a phonetic key of each word (Metaphone, from `jellyfish`), for vowels and letters heard
  alike; it counts a little less than a written agreement.

Scores are rapidfuzz ratios (0..100). Nothing here reads or stores anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import jellyfish
from rapidfuzz import fuzz

from intake_app.domain.client_names import (
    EXPANSIONS,
    PARTICLES,
    canonical,
    glue_particles,
    skeleton,
    words,
)

# How much a phonetic agreement counts next to a written one.
PHONETIC_WEIGHT = 0.93


def _word(w: str) -> str:
    """One spelling per name: abbreviation expanded, variant to its canonical form,
    doubled letters collapsed (the same on both sides of every comparison)."""
    w = EXPANSIONS.get(w, w)
    key = canonical(w)
    if key == w:
        key = canonical(skeleton(w))
    return skeleton(key)


def without_particles(tokens: list[str]) -> list[str]:
    kept = [t for t in tokens if t not in PARTICLES]
    return kept or tokens


@lru_cache(maxsize=8192)
def phonetic(word: str) -> str:
    return jellyfish.metaphone(word) or word


@dataclass(frozen=True)
class Part:
    """One field of a name (the given names, or the family name) in its folded forms."""

    words: str  # "el amrani"
    glued: str  # "elamrani"
    bare: str  # "amrani"
    run: str  # every letter run together: "elamrani"
    sounds: str  # "ELMRN"


def _part(text: str) -> Part:
    tokens = [_word(w) for w in words(text)]
    glued = [_word(t) for t in glue_particles(tokens)]
    return Part(
        words=" ".join(tokens),
        glued=" ".join(glued),
        bare=" ".join(without_particles(tokens)),
        run="".join(tokens),
        sounds=" ".join(phonetic(t) for t in glued),
    )


@dataclass(frozen=True)
class NameForms:
    """The forms one person's name is compared in (all folded)."""

    given: Part
    family: Part

    @property
    def whole(self) -> Part:
        return _part(f"{self.given.words} {self.family.words}")


def name_forms(given: str, family: str, preferred: str = "") -> NameForms:
    return NameForms(_part(f"{given} {preferred}"), _part(family))


def _ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return max(fuzz.token_sort_ratio(a, b), fuzz.token_set_ratio(a, b) - 5)


def part_similarity(a: Part, b: Part) -> float:
    """0..100 for one field: the best of its written forms, and its sound a little less."""
    if not a.words or not b.words:
        return 0.0
    written = max(
        _ratio(a.words, b.words),
        _ratio(a.glued, b.glued),
        _ratio(a.bare, b.bare),
        fuzz.ratio(a.run, b.run),
    )
    # A sound agreement lifts a near spelling; it cannot make two different names one
    # ("Hassan" and "Hussein" sound alike to Metaphone).
    heard = min(PHONETIC_WEIGHT * _ratio(a.sounds, b.sounds), written + 12)
    return max(written, heard)


def _both(given: float, family: float) -> float:
    """Both fields must agree: the weaker one counts most."""
    low, high = sorted((given, family))
    return low + 0.2 * (high - low)


def name_similarity(a: NameForms, b: NameForms) -> float:
    """0..100: how likely the two written names are one person's name."""
    if not (a.family.words and b.family.words):
        # A record with its whole name in one field: compare whole names.
        return max(0.0, min(100.0, part_similarity(a.whole, b.whole)))
    straight = _both(part_similarity(a.given, b.given), part_similarity(a.family, b.family))
    # Given and family names written the other way round ("Ali, Mohamed").
    swapped = _both(part_similarity(a.given, b.family), part_similarity(a.family, b.given))
    return max(0.0, min(100.0, max(straight, swapped - 2)))
