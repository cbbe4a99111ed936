"""Text as the leak guard reads it: folded characters, then words.

A status word must be found however it was typed or pasted: in capitals, with or without
accents, with a non-breaking hyphen (U+2011 in "sans-papiers"), an en dash in a number
("1234–5678"), a zero-width space inside a word, letters spaced out ("s a n s p a p i e r
s") or run together ("sanspapiers"). Two views are built, each keeping the index of the original
character behind every folded one, so a find is always reported as a span of the text the
caseworker typed:

* characters — `intake_app.domain.folding.fold_with_offsets` (NFKC, case
  folding, accents removed, every dash as "-", every apostrophe as "'", every space as " ",
  invisible characters dropped). Number shapes are matched here.
* `words()` — that text cut into words of letters or of digits (a letter-digit boundary
  cuts too: "UCI12345678" is "uci 12345678"), joined by one space. Terms and phrases are
  matched here; "n'a pas de papiers" reads `n a pas de papiers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake_app.domain.folding import OffsetFold, fold_with_offsets, unmix_lookalikes

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


def words(folded: OffsetFold) -> Words:
    parts: list[str] = []
    starts: list[int] = []
    spans: list[tuple[int, int]] = []
    offset = 0
    for m in _WORD.finditer(folded.text):
        parts.append(unmix_lookalikes(m.group()))
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
        folded = words(fold_with_offsets(piece.rstrip("*"))).text
        if folded:
            out.append(folded + ("*" if star else ""))
    return " ".join(out)
