"""The leak guard's lexicon: one data file per language under `resources/lexicon/`.

Files share one structure (see `resources/lexicon/README.md`): status terms, barrier terms,
phrase patterns, safe contexts and examples. Every file found is loaded, so a language is
added by adding its file; every language applies to every text, because a caseworker may
type a word in the client's language into a French letter.

Loading compiles everything once per process into `Lexicon`, the guard's matching tables.
A malformed file is a bug in what we ship, so it fails loudly (and a test loads them all).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from intake_app.domain.folding import fold_with_offsets
from intake_app.letters.normalise import normalise_term
from intake_app.resources import resources_dir

STATUS = "status"
BARRIER = "barrier"
_KINDS = (STATUS, BARRIER)
SHAPES_FILE = "shapes.json"
RUN_TOGETHER_MIN = 6  # "sanspapiers", "nopapers": shorter run-together forms are too common


def lexicon_dir() -> Path:
    return resources_dir() / "lexicon"


def spaced_script(term: str) -> bool:
    """Whether the term's script separates words by spaces and attaches no particles
    (Latin, Greek, Cyrillic, Armenian): such terms match whole words only."""
    for ch in term:
        if ch in " *" or ch.isdigit():
            continue
        name = unicodedata.name(ch, "")
        if not name.startswith(("LATIN", "GREEK", "CYRILLIC", "ARMENIAN")):
            return False
    return True


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # normalised words; a trailing "*" marks a prefix
    kind: str
    label: str

    @property
    def has_prefix(self) -> bool:
        return any(w.endswith("*") for w in self.words)

    @property
    def compact(self) -> str:
        return "".join(w.rstrip("*") for w in self.words)

    def regex(self, bounded: bool) -> str:
        body = " ".join(
            re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in self.words
        )
        return rf"(?<![^ ]){body}(?![^ ])" if bounded else body


@dataclass(frozen=True)
class Phrase:
    kind: str
    label: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Shape:
    kind: str
    label: str
    pattern: re.Pattern[str]


@dataclass
class Lexicon:
    """Everything the guard matches, compiled."""

    languages: tuple[str, ...] = ()
    exact: dict[str, list[Term]] = field(default_factory=lambda: defaultdict(list))
    prefix: list[tuple[Term, re.Pattern[str]]] = field(default_factory=list)
    substring: list[Term] = field(default_factory=list)
    run_together: dict[str, Term] = field(default_factory=dict)
    run_together_re: re.Pattern[str] | None = None
    single_words: dict[str, Term] = field(default_factory=dict)
    # Every term's letters run together, for text typed one letter at a time.
    spaced_compacts: dict[str, Term] = field(default_factory=dict)
    phrases: list[Phrase] = field(default_factory=list)
    safe: list[re.Pattern[str]] = field(default_factory=list)
    shapes: list[Shape] = field(default_factory=list)
    exempt: list[re.Pattern[str]] = field(default_factory=list)
    exempt_before: re.Pattern[str] | None = None
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)
    terms_by_language: dict[str, tuple[Term, ...]] = field(default_factory=dict)
    # One pattern each for a first pass: most printed text matches none of them, and one
    # scan is much cheaper than a scan per entry.
    prefix_any: re.Pattern[str] | None = None
    substring_re: re.Pattern[str] | None = None
    substring_terms: dict[str, Term] = field(default_factory=dict)
    phrase_any: re.Pattern[str] | None = None

    def add_term(self, term: Term) -> None:
        if not spaced_script(" ".join(term.words)):
            self.substring.append(term)
            return
        if term.has_prefix:
            self.prefix.append((term, re.compile(term.regex(bounded=True))))
        else:
            self.exact[term.words[0]].append(term)
        if len(term.words) > 1 and len(term.compact) >= RUN_TOGETHER_MIN:
            self.run_together.setdefault(term.compact, term)
        if len(term.words) == 1:
            self.single_words.setdefault(term.compact, term)
        if len(term.compact) >= 4:
            self.spaced_compacts.setdefault(term.compact, term)


def fold_pattern(pattern: str) -> str:
    """A pattern's letters folded like the text it reads (accents, Arabic letter forms…);
    ASCII is left as written, so regular-expression syntax is untouched."""
    return "".join(ch if ch.isascii() else fold_with_offsets(ch).text for ch in pattern)


def _bounded(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^ ])(?:{fold_pattern(pattern)})(?![^ ])")


def _load_language(lex: Lexicon, path: Path) -> None:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    code = str(data["language"])
    terms: list[Term] = []
    for kind in _KINDS:
        for raw in data.get(kind, []):
            norm = normalise_term(raw)
            if not norm:
                continue
            term = Term(tuple(norm.split(" ")), kind, norm.replace("*", ""))
            terms.append(term)
            lex.add_term(term)
    for p in data.get("phrases", []):
        lex.phrases.append(Phrase(p["kind"], p["label"], _bounded(p["pattern"])))
    lex.safe += [_bounded(s) for s in data.get("safe", [])]
    lex.examples[code] = tuple(data.get("examples", []))
    lex.terms_by_language[code] = tuple(terms)


def _load_shapes(lex: Lexicon, path: Path) -> None:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    sep = data["sep"]
    for key, kind in (("id_shapes", "id-number"), ("status_shapes", STATUS)):
        for s in data.get(key, []):
            lex.shapes.append(Shape(kind, s["label"], re.compile(s["pattern"].replace("SEP", sep))))
    lex.exempt = [re.compile(p.replace("SEP", sep)) for p in data.get("exempt", [])]
    if data.get("exempt_before"):
        lex.exempt_before = re.compile(data["exempt_before"])


def load_lexicon(folder: Path) -> Lexicon:
    """Every language file in `folder`, plus its number shapes."""
    lex = Lexicon()
    codes = []
    for path in sorted(folder.glob("*.json")):
        if path.name == SHAPES_FILE:
            _load_shapes(lex, path)
        else:
            _load_language(lex, path)
            codes.append(path.stem)
    lex.languages = tuple(codes)
    if lex.run_together:
        alternatives = sorted(lex.run_together, key=len, reverse=True)
        lex.run_together_re = re.compile("|".join(re.escape(a) for a in alternatives))
    for bucket in lex.exact.values():
        bucket.sort(key=lambda t: len(t.words), reverse=True)
    if lex.prefix:
        lex.prefix_any = re.compile("|".join(f"(?:{p.pattern})" for _t, p in lex.prefix))
    for term in lex.substring:
        lex.substring_terms.setdefault(" ".join(term.words), term)
    if lex.substring_terms:
        needles = sorted(lex.substring_terms, key=len, reverse=True)
        lex.substring_re = re.compile("|".join(re.escape(n) for n in needles))
    if lex.phrases:
        lex.phrase_any = re.compile("|".join(f"(?:{p.pattern.pattern})" for p in lex.phrases))
    return lex


@lru_cache(maxsize=1)
def shipped_lexicon() -> Lexicon:
    """The lexicon shipped in `resources/lexicon/`, loaded once per process."""
    return load_lexicon(lexicon_dir())
