"""The leak guard: status words, barrier words and ID-like numbers in text meant for paper.

A letter must never say anything about its bearer's immigration status or about the
barriers used for routing. Every string that reaches a letter — the service's name as much
as the reason a caseworker types in a hurry — is checked here before printing.

The guard is built for the class of problem, not for a list: text is normalised first
(`domain/folding.py`: NFKC, case and accents, dashes, apostrophes, invisible characters;
`normalise.py`: words), then
matched against a lexicon kept as data, one file per language (`lexicon.py`), with phrase
patterns for negations ("n'a pas de papiers", "has no papers", "no tiene papeles"), words
run together or letters spaced out, and number shapes (UCI, IRCC file, SIN, RAMQ, passport).
Safe contexts keep ordinary text quiet ("Visa et Mastercard acceptées"), so a real warning
is not lost among false ones.

Finds are spans of the *original* text, so the dialog highlights exactly what was typed.
The guard warns; it does not rewrite: the caseworker edits the words or confirms (and the
confirmation is audited). A false alarm costs one click; a miss can cost a person their
safety, so the lexicon leans towards warning.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from intake_app.domain.folding import OffsetFold, fold_with_offsets
from intake_app.letters.lexicon import BARRIER, Lexicon, Term, shipped_lexicon
from intake_app.letters.normalise import Words, words


class LeakKind(StrEnum):
    STATUS_WORD = "status-word"
    BARRIER_WORD = "barrier-word"
    ID_NUMBER = "id-number"


@dataclass(frozen=True)
class LeakSpan:
    """`text[start:end]` is what was found; `term` is the lexicon entry or shape label."""

    start: int
    end: int
    kind: LeakKind
    term: str


def _kind(kind: str) -> LeakKind:
    if kind == BARRIER:
        return LeakKind.BARRIER_WORD
    if kind == "id-number":
        return LeakKind.ID_NUMBER
    return LeakKind.STATUS_WORD


@dataclass(frozen=True)
class _Find:
    start: int  # offsets in the words text
    end: int
    kind: LeakKind
    term: str


class _Reader:
    """One text, folded and cut into words, with the mapping back to the original."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded: OffsetFold = fold_with_offsets(text)
        self.words: Words = words(self.folded)

    def folded_offset(self, offset: int) -> int:
        w = self.words.word_at(offset)
        return self.words.spans[w][0] + max(0, offset - self.words.starts[w])

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Original span of words-text `[start, end)`."""
        a = self.folded_offset(start)
        b = self.folded_offset(end - 1) + 1
        return self.folded.span(a, b)


def _term_finds(reader: _Reader, lex: Lexicon) -> list[_Find]:
    wt = reader.words
    found: list[_Find] = []
    tokens = wt.text.split(" ") if wt.text else []
    # whole words, exact
    for i, token in enumerate(tokens):
        for term in lex.exact.get(token, ()):
            n = len(term.words)
            if tuple(tokens[i : i + n]) == term.words:
                start = wt.starts[i]
                end = wt.starts[i + n - 1] + len(tokens[i + n - 1])
                found.append(_Find(start, end, _kind(term.kind), term.label))
                break
    if lex.prefix_any is not None and lex.prefix_any.search(wt.text):
        for term, pattern in lex.prefix:
            for m in pattern.finditer(wt.text):
                found.append(_Find(m.start(), m.end(), _kind(term.kind), term.label))
    if lex.substring_re is not None:
        for m in lex.substring_re.finditer(wt.text):
            sub = lex.substring_terms[m.group()]
            found.append(_Find(m.start(), m.end(), _kind(sub.kind), sub.label))
    if lex.run_together_re is not None:
        for m in lex.run_together_re.finditer(wt.text):
            rt: Term = lex.run_together[m.group()]
            found.append(_Find(m.start(), m.end(), _kind(rt.kind), rt.label))
    if lex.phrase_any is not None and lex.phrase_any.search(wt.text):
        for phrase in lex.phrases:
            for m in phrase.pattern.finditer(wt.text):
                if m.end() > m.start():
                    found.append(_Find(m.start(), m.end(), _kind(phrase.kind), phrase.label))
    found += _spaced_out(tokens, wt, lex)
    return found


def _spaced_out(tokens: list[str], wt: Words, lex: Lexicon) -> list[_Find]:
    """Letters typed one by one ("s a n s p a p i e r s", "I.R.C.C."): each run of three
    or more one-letter words is read as one word and searched for every term."""
    found: list[_Find] = []
    i = 0
    while i < len(tokens):
        if len(tokens[i]) != 1 or not tokens[i].isalpha():
            i += 1
            continue
        j = i
        while j < len(tokens) and len(tokens[j]) == 1 and tokens[j].isalpha():
            j += 1
        if j - i >= 3:
            joined = "".join(tokens[i:j])
            hit = _joined_hit(joined, lex)
            if hit is not None:
                start = wt.starts[i]
                end = wt.starts[j - 1] + 1
                found.append(_Find(start, end, _kind(hit.kind), hit.label))
        i = j
    return found


def _joined_hit(joined: str, lex: Lexicon) -> Term | None:
    if joined in lex.single_words:
        return lex.single_words[joined]
    if lex.run_together_re is not None:
        m = lex.run_together_re.search(joined)
        if m:
            return lex.run_together[m.group()]
    for compact, term in lex.spaced_compacts.items():
        if compact in joined:
            return term
    for term, _pattern in lex.prefix:
        stem = term.compact
        if len(stem) >= 4 and stem in joined:
            return term
    return None


def _safe_ranges(reader: _Reader, lex: Lexicon) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for p in lex.safe for m in p.finditer(reader.words.text)]


_LEADING_LETTERS = re.compile(r"^[^\W\d_]+[ \-./_·#:]*")


def _shape_finds(reader: _Reader, lex: Lexicon) -> list[tuple[int, int, LeakKind, str]]:
    """Number shapes, on folded characters; returns folded spans."""
    text = reader.folded.text
    out = []
    for shape in lex.shapes:
        for m in shape.pattern.finditer(text):
            value = m.group().strip(" -./_·#:")
            if not value:
                continue
            digits = _LEADING_LETTERS.sub("", value)
            has_separator = any(not ch.isalnum() for ch in digits)
            if has_separator and any(e.match(digits) for e in lex.exempt):
                continue
            before = text[max(0, m.start() - 14) : m.start()]
            if lex.exempt_before is not None and lex.exempt_before.search(before):
                continue
            out.append((m.start(), m.end(), _kind(shape.kind), shape.label))
    return out


def _merge(raw: list[LeakSpan]) -> list[LeakSpan]:
    raw.sort(key=lambda s: (s.start, -(s.end - s.start)))
    merged: list[LeakSpan] = []
    for span in raw:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = LeakSpan(last.start, span.end, last.kind, last.term)
            continue
        merged.append(span)
    return merged


def _extend_over_marks(text: str, end: int) -> int:
    while end < len(text) and (unicodedata.combining(text[end]) or text[end] in "\u200b\u200d"):
        end += 1
    return end


def find_leaks(text: str, lexicon: Lexicon | None = None) -> list[LeakSpan]:
    """Every status word, barrier word or ID-like number in `text`, as spans of the
    original text, merged so a highlight never doubles up ("demandeur d'asile" is one
    span, not two)."""
    if not text or not text.strip():
        return []
    if lexicon is None:
        return list(_cached_leaks(text))
    return _find(text, lexicon)


@lru_cache(maxsize=4096)
def _cached_leaks(text: str) -> tuple[LeakSpan, ...]:
    """The same letterhead, caseworker and service lines recur across a batch of letters."""
    return tuple(_find(text, shipped_lexicon()))


def _find(text: str, lex: Lexicon) -> list[LeakSpan]:
    reader = _Reader(text)
    raw: list[LeakSpan] = []
    if reader.words.text:
        finds = _term_finds(reader, lex)
        safe = _safe_ranges(reader, lex) if finds else []
        for f in finds:
            if any(a <= f.start and f.end <= b for a, b in safe):
                continue
            start, end = reader.original(f.start, f.end)
            raw.append(LeakSpan(start, _extend_over_marks(text, end), f.kind, f.term))
    for a, b, kind, label in _shape_finds(reader, lex):
        start, end = reader.folded.span(a, b)
        raw.append(LeakSpan(start, _extend_over_marks(text, end), kind, label))
    return _merge(raw)


def is_clean(text: str) -> bool:
    return not find_leaks(text)
