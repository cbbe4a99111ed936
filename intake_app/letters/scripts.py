"""Fonts for every script a letter prints, and text turned into runs of one font each.

DejaVu Sans prints Latin, Cyrillic and Greek; Noto Sans Arabic, Ethiopic and Tamil and
Droid Sans Fallback (simplified Chinese, a TrueType font — reportlab cannot embed the
CFF outlines of Noto CJK) print the rest. All ship in `resources/fonts/` with their
licences; reportlab embeds only the glyphs a letter uses.

Each letter goes to the first font of the chain that has a glyph for it — the
language's own font first, then the others — so a name mixing scripts prints whole;
digits and punctuation stay in the font of the run they are in. A
character no shipped font covers is reported by `missing_glyphs()` (the shipped texts are
checked by a test) and printed as "?" rather than as an empty box.

Right-to-left text is wrapped here, in logical order, then each line is put in visual
order with python-bidi (reportlab without `rlbidi` has no bidi of its own). Latin runs,
phone numbers and the reference code inside such a line stay left-to-right.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from intake_app.errors import ErrorCode, KnownError
from intake_app.resources import resources_dir


@dataclass(frozen=True)
class FontFace:
    """One registered font pair: its reportlab names and files."""

    regular: str
    bold: str
    regular_file: str
    bold_file: str


LATIN = FontFace("PasserelleSans", "PasserelleSans-Bold", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
ARABIC = FontFace(
    "PasserelleArabic",
    "PasserelleArabic-Bold",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
)
ETHIOPIC = FontFace(
    "PasserelleEthiopic",
    "PasserelleEthiopic-Bold",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
)
TAMIL = FontFace(
    "PasserelleTamil", "PasserelleTamil-Bold", "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"
)
# Droid Sans Fallback has no bold; labels print in the regular weight.
CHINESE = FontFace(
    "PasserelleHans", "PasserelleHans", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"
)

FACES: tuple[FontFace, ...] = (LATIN, ARABIC, ETHIOPIC, TAMIL, CHINESE)
BY_SCRIPT: dict[str, FontFace] = {
    "Latn": LATIN,
    "Cyrl": LATIN,
    "Grek": LATIN,
    "Arab": ARABIC,
    "Ethi": ETHIOPIC,
    "Taml": TAMIL,
    "Hans": CHINESE,
}

MISSING = "?"
_JOINERS = {
    "\u200c",
    "\u200d",
}  # Persian "وب‌سایت": HarfBuzz needs them; kept where the font has them
_INVISIBLE = {"\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"}


def register_all() -> None:
    """Register every shipped face once (reportlab keeps a process-wide font table)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    folder = resources_dir() / "fonts"
    for face in FACES:
        for name, file in ((face.regular, face.regular_file), (face.bold, face.bold_file)):
            if name in registered:
                continue
            try:
                pdfmetrics.registerFont(TTFont(name, str(folder / file)))
            except OSError as exc:
                raise KnownError(ErrorCode.IO_ERROR, file=file) from exc
            registered.add(name)
        pdfmetrics.registerFontFamily(
            face.regular,
            normal=face.regular,
            bold=face.bold,
            italic=face.regular,
            boldItalic=face.bold,
        )


@lru_cache(maxsize=16)
def _cmap(name: str) -> frozenset[int]:
    register_all()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def covers(face: FontFace, ch: str) -> bool:
    return ord(ch) in _cmap(face.regular) and ord(ch) in _cmap(face.bold)


def chain(first: FontFace) -> tuple[FontFace, ...]:
    return (first, *(f for f in FACES if f is not first))


@lru_cache(maxsize=4096)
def _face_index(ch: str, first: FontFace) -> int:
    """Index in `chain(first)` of the font for `ch`; -1 when none has it."""
    if ch in " \n\t" or ch in _INVISIBLE or unicodedata.category(ch) in ("Mn", "Cf"):
        return -2  # goes with its neighbours (combining marks stay with their letter)
    for i, face in enumerate(chain(first)):
        if covers(face, ch):
            return i
    return -1


def missing_glyphs(text: str, first: FontFace = LATIN) -> set[str]:
    """Characters of `text` that no shipped font can print."""
    return {ch for ch in text if _face_index(ch, first) == -1}


@lru_cache(maxsize=8192)
def font_runs(text: str, first: FontFace) -> tuple[tuple[FontFace, str], ...]:
    """`text` cut into runs printed with one font each; missing characters become "?".

    Cached: a batch prints the same labels and addresses again and again."""
    runs: list[tuple[FontFace, str]] = []
    faces = chain(first)
    current = 0
    buf: list[str] = []
    for ch in text:
        if ch in _INVISIBLE:
            continue
        if ch in _JOINERS:
            if covers(faces[current], ch):
                buf.append(ch)
            continue
        i = _face_index(ch, first)
        if i == -1:
            ch, i = MISSING, 0
        elif i != current and not ch.isalpha() and covers(faces[current], ch):
            # Digits and punctuation stay with their neighbours: "H2T 1R2" and "(Québec)"
            # in one font (reportlab's shaping loses a word cut between fonts).
            i = current
        if i == -2 or i == current:
            buf.append(ch)
            continue
        if buf:
            runs.append((faces[current], "".join(buf)))
        buf, current = [ch], i
    if buf:
        runs.append((faces[current], "".join(buf)))
    return tuple(runs)


@lru_cache(maxsize=8192)
def markup(text: str, first: FontFace, bold: bool = False) -> str:
    """Paragraph markup for `text` in a paragraph whose style font is `first`."""
    out = []
    for face, run in font_runs(text, first):
        if face is first:
            out.append(escape(run))
        else:
            out.append(f'<font name="{face.bold if bold else face.regular}">{escape(run)}</font>')
    return "".join(out)


@lru_cache(maxsize=8192)
def width(text: str, first: FontFace, size: float, bold: bool = False) -> float:
    """Width of `text` unshaped — for Arabic wider than shaped (isolated forms), so lines
    wrapped with it never overflow."""
    return sum(
        pdfmetrics.stringWidth(run, face.bold if bold else face.regular, size)
        for face, run in font_runs(text, first)
    )


def needs_shaping(text: str) -> bool:
    """Arabic joins and Indic vowel signs need HarfBuzz; Latin, Cyrillic, Ethiopic and
    Chinese print glyph for character (and shaping them costs time for nothing)."""
    for ch in text:
        o = ord(ch)
        if 0x0600 <= o <= 0x08FF or 0x0900 <= o <= 0x0DFF or 0xFB50 <= o <= 0xFEFF:
            return True
    return False


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def has_rtl(text: str) -> bool:
    return any(_is_rtl(ch) for ch in text)


LRI, PDI = "\u2066", "\u2069"


def keep_ltr(value: str) -> str:
    """A phone number, an address or a code held left-to-right inside right-to-left text."""
    return f"{LRI}{value}{PDI}" if value else value


def rtl_visual(line: str) -> str:
    """One right-to-left line in visual order, each right-to-left word kept in logical
    order for HarfBuzz to shape (it reverses it again when it sets an Arabic word)."""
    shown = get_display(line, base_dir="R")
    words = shown.split(" ")
    out = [w[::-1] if any(_is_rtl(ch) for ch in w) else w for w in words]
    return "".join(ch for ch in " ".join(out) if ch not in _INVISIBLE)


def ltr_visual(line: str) -> str:
    """Right-to-left words inside left-to-right text (an Arabic name in a Spanish note) in
    visual word order, each word left in logical order for HarfBuzz."""
    if not has_rtl(line):
        return line
    shown = get_display(line, base_dir="L")
    words = shown.split(" ")
    out = [w[::-1] if any(_is_rtl(ch) for ch in w) else w for w in words]
    return "".join(ch for ch in " ".join(out) if ch not in _INVISIBLE)


def wrap(text: str, max_width: float, measure: Callable[[str], float]) -> list[str]:
    """Greedy word wrap in logical order; a word wider than a line is cut by characters.

    Each word is measured once (unshaped widths add up: reportlab applies no kerning)."""
    space = measure(" ")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_w = "", 0.0
        for word in paragraph.split():
            w = measure(word)
            if line and line_w + space + w <= max_width:
                line, line_w = f"{line} {word}", line_w + space + w
                continue
            if not line and w <= max_width:
                line, line_w = word, w
                continue
            if line:
                lines.append(line)
            while w > max_width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and measure(word[:cut]) > max_width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                w = measure(word)
            line, line_w = word, w
        lines.append(line)
    return [ln for ln in lines if ln] or [""]
