"""The leak guard: status words and client-ID-like numbers in text meant for a letter.

A letter must never say anything about its bearer's immigration status. The referral
reason is free text a caseworker types in a hurry, so before printing it is checked for
words and patterns in French, English and Spanish that speak of status, visas, permits,
immigration offices, removal or identification numbers. The check ignores case and
accents ("DÉPORTATION", "deportacion") and returns the spans of the *original* text, so
the dialog can highlight exactly what was typed. It warns; it does not rewrite: the
caseworker edits the words or confirms (and the confirmation is audited).

A false alarm costs one click; a miss can cost a person their safety. The patterns lean
towards warning.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class LeakKind(StrEnum):
    STATUS_WORD = "status-word"
    ID_NUMBER = "id-number"


@dataclass(frozen=True)
class LeakSpan:
    """`text[start:end]` is what was found; `term` is the folded pattern label."""

    start: int
    end: int
    kind: LeakKind
    term: str


# Patterns run on folded text: lower case, no accents, apostrophes as "'". `\b` borders
# keep "visage" or "permission" from matching; optional endings cover plurals and verbs.
_STATUS_PATTERNS: tuple[tuple[str, str], ...] = (
    # French
    ("sans papiers", r"sans[\s\-]+papiers?"),
    ("sans statut", r"sans[\s\-]+statuts?"),
    ("statut", r"statuts?\s+(?:d'|de\s+)?(?:immigra\w*|migratoire|legal|precaire|de\s+refugie)"),
    ("demandeur d'asile", r"demandeu(?:r|se|rs|ses)\s+d'\s*asile"),
    ("asile", r"\basile\b"),
    ("refugie", r"\brefugie(?:e|s|es)?\b"),
    ("permis de travail", r"permis\s+d(?:e\s+|'\s*)(?:travail|sejour|etudes?)"),
    ("residence permanente", r"residen(?:ce|t|ts|te|tes)\s+permanent(?:e|s|es)?"),
    ("citoyennete", r"citoyennete"),
    ("immigration", r"immigra(?:tion|nt|nte|nts|ntes)\b"),
    ("clandestin", r"clandestin(?:e|s|es)?"),
    ("irregulier", r"(?:entree|passage|situation|statut)\s+irreguli(?:er|ere)"),
    ("deportation", r"deport(?:ation|e|es|ee|ees|er|ed|ing|s)?\b"),
    ("renvoi", r"(?:mesure|ordonnance|avis)\s+de\s+renvoi|\brenvoi\s+(?:du\s+canada|force)"),
    ("expulsion", r"expuls(?:ion|e|es|ee|ees|er|ed|ado|ada|ion)\b"),
    ("expire", r"expir(?:e|es|ee|ees|ed|ation|ado|ada)\b"),
    ("ircc", r"\bircc\b"),
    ("cic", r"\bcic\b"),
    ("asfc", r"\basfc\b"),
    ("cisr", r"\bcisr\b"),
    ("mifi", r"\bmifi\b"),
    ("csq", r"\bcsq\b"),
    ("uci", r"\buci\b(?:\s*(?:no\.?|n°|#|:)?\s*\d(?:[\s\-]?\d)*)?"),
    # English
    ("undocumented", r"\bundocumented\b"),
    (
        "without status",
        r"(?:without|no|lack\s+of|lost|losing)\s+(?:legal\s+|immigration\s+)?status",
    ),
    ("non-status", r"\bnon[\s\-]?status\b"),
    ("immigration status", r"(?:immigration|legal|migrant|refugee)\s+status"),
    ("refugee claim", r"refugee\s+claim(?:s|ant|ants)?"),
    ("refugee", r"\brefugees?\b"),
    ("asylum", r"\basylum\b"),
    ("illegal", r"\billegal(?:ly|s)?\b"),
    ("overstay", r"\boverstay(?:ed|ing|s|er|ers)?\b"),
    ("visa", r"\bvisas?\b"),
    ("work permit", r"(?:work|study|student|temporary\s+resident)\s+permits?"),
    ("permanent resident", r"permanent\s+residen(?:t|ts|ce|cy)"),
    ("citizenship", r"\bcitizenship\b"),
    ("removal", r"removal\s+order|\bremoval\b"),
    ("cbsa", r"\bcbsa\b"),
    ("irb", r"\birb\b"),
    ("ice", r"\bice\s+(?:raid|detention|agents?)\b"),
    ("detention", r"\b(?:immigration\s+)?detention\b"),
    ("pr card", r"\bpr\s+card\b"),
    # Spanish
    ("indocumentado", r"\bindocumentad(?:o|a|os|as)\b"),
    ("sin papeles", r"sin\s+papeles"),
    ("sin estatus", r"sin\s+(?:estatus|estado\s+migratorio)"),
    ("solicitante de asilo", r"solicitante(?:s)?\s+de\s+asilo"),
    ("asilo", r"\basilo\b"),
    ("refugiado", r"\brefugiad(?:o|a|os|as)\b"),
    ("deportacion", r"deport(?:acion|ado|ada|ados|adas|ar)\b"),
    ("permiso de trabajo", r"permiso\s+de\s+(?:trabajo|estudios?|residencia)"),
    ("migratorio", r"\bmigratori(?:o|a|os|as)\b"),
    ("residente permanente", r"residente(?:s)?\s+permanente(?:s)?"),
    ("ilegal", r"\bilegal(?:es|mente)?\b"),
)

# Client-ID-like numbers: an IRCC UCI (8 or 10 digits, often written 0000-0000 or
# 00-0000-0000), a SIN (9 digits), a RAMQ or passport number (letters and digits). Any run
# of 7+ digits (with spaces or dashes inside) is suspect on a letter; phone numbers of
# the service are printed elsewhere, never typed into the reason.
_ID_PATTERNS: tuple[tuple[str, str], ...] = (
    ("number", r"(?<![\w])\d(?:[\s\-]?\d){6,}(?![\w])"),
    ("ramq", r"\b[a-z]{4}\s?\d{4}\s?\d{4}\b"),
    ("passport", r"\b[a-z]{1,2}\d{6,8}\b"),
    ("client number", r"\bc-?\d{4,}\b"),
)

_COMPILED: tuple[tuple[str, LeakKind, re.Pattern[str]], ...] = tuple(
    [(label, LeakKind.STATUS_WORD, re.compile(p)) for label, p in _STATUS_PATTERNS]
    + [(label, LeakKind.ID_NUMBER, re.compile(p)) for label, p in _ID_PATTERNS]
)

_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"}


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, the index of its original character."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        ch = _APOSTROPHES.get(ch, ch)
        decomposed = unicodedata.normalize("NFKD", ch.casefold())
        for d in decomposed:
            if unicodedata.combining(d):
                continue
            out.append(d)
            where.append(i)
    return "".join(out), where


def find_leaks(text: str) -> list[LeakSpan]:
    """Every status word or ID-like number in `text`, as spans of the original text.

    Overlapping finds are merged into the longest, leftmost span, so a highlight never
    doubles up ("demandeur d'asile" is one span, not two).
    """
    if not text:
        return []
    folded, where = _fold_with_map(text)
    raw: list[LeakSpan] = []
    for label, kind, pattern in _COMPILED:
        for m in pattern.finditer(folded):
            if m.end() <= m.start():
                continue
            start = where[m.start()]
            end = where[m.end() - 1] + 1
            raw.append(LeakSpan(start, end, kind, label))
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


def is_clean(text: str) -> bool:
    return not find_leaks(text)
