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

import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.pdfbase import pdfmetrics

from intake_app.errors import ErrorCode, KnownError
from intake_app.letters.coverage import Coverage, coverage
from intake_app.letters.fonts import CachedTTFont
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


_REGISTER_LOCK = threading.Lock()
_REGISTERED: set[FontFace] = set()


def register(face: FontFace) -> FontFace:
    """Register `face` with reportlab once per process (a process-wide font table) and
    return it. Called where a face's name is handed to reportlab — the runs of a text,
    a paragraph style — so a font is parsed only when something prints with it: Droid
    Sans Fallback (18 MB parsed) waits for the first Chinese character.

    As `CachedTTFont`s: each face's per-document font program is then built once per
    process and reused by every letter (see `letters.fonts`). A regular and a bold name
    on the same file share one parsed face."""
    if face in _REGISTERED:
        return face
    with _REGISTER_LOCK:
        if face in _REGISTERED:
            return face
        registered = set(pdfmetrics.getRegisteredFontNames())
        folder = resources_dir() / "fonts"
        parsed: dict[str, CachedTTFont] = {}
        for name, file in ((face.regular, face.regular_file), (face.bold, face.bold_file)):
            if name in registered:
                continue
            try:
                font = CachedTTFont(name, str(folder / file), like=parsed.get(file))
            except OSError as exc:
                raise KnownError(ErrorCode.IO_ERROR, file=file) from exc
            pdfmetrics.registerFont(font)
            parsed[file] = font
            registered.add(name)
        pdfmetrics.registerFontFamily(
            face.regular,
            normal=face.regular,
            bold=face.bold,
            italic=face.regular,
            boldItalic=face.bold,
        )
        _REGISTERED.add(face)
    return face


def register_all() -> None:
    """Register every shipped face (a check of the shipped fonts; letters register the
    faces they print with, as they need them)."""
    for face in FACES:
        register(face)


def register_fonts() -> tuple[str, str]:
    """Register the Latin face, the one every letter, report and chart prints with, and
    return its (regular, bold) names."""
    register(LATIN)
    return LATIN.regular, LATIN.bold


@lru_cache(maxsize=16)
def _coverage(face: FontFace) -> tuple[Coverage, ...]:
    """The character maps of the face's fonts, from the coverage file: no font parsed."""
    files = dict.fromkeys((face.regular_file, face.bold_file))
    return tuple(coverage(f) for f in files)


# Letters ask about the same few hundred characters again and again; bounded, since a
# pasted text may hold any of Unicode's.
@lru_cache(maxsize=8192)
def covers(face: FontFace, ch: str) -> bool:
    code = ord(ch)
    return all(code in c for c in _coverage(face))


def chain(first: FontFace) -> tuple[FontFace, ...]:
    return (first, *(f for f in FACES if f is not first))


def _own_face(ch: str) -> FontFace | None:
    """The shipped font made for the script of `ch`, when DejaVu is not it: DejaVu has some
    Arabic glyphs, but Noto Sans Arabic covers Persian and Pashto letters and shapes better."""
    o = ord(ch)
    if 0x0600 <= o <= 0x08FF or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        return ARABIC
    if 0x1200 <= o <= 0x139F or 0x2D80 <= o <= 0x2DDF or 0xAB00 <= o <= 0xAB2F:
        return ETHIOPIC
    if 0x0B80 <= o <= 0x0BFF:
        return TAMIL
    if 0x3000 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF:
        return CHINESE
    return None


@lru_cache(maxsize=4096)
def _face_index(ch: str, first: FontFace) -> int:
    """Index in `chain(first)` of the font for `ch`; -1 when none has it, -2 for a space,
    a mark or a control (they go with their neighbours)."""
    if ch.isspace() or ch in _INVISIBLE or unicodedata.category(ch) in ("Mn", "Mc", "Cf"):
        return -2
    faces = chain(first)
    own = _own_face(ch)
    if own is not None and covers(own, ch):
        return faces.index(own)
    for i, face in enumerate(faces):
        if covers(face, ch):
            return i
    return -1


def missing_glyphs(text: str, first: FontFace = LATIN) -> set[str]:
    """Characters of `text` that no shipped font can print."""
    return {ch for ch in text if _face_index(ch, first) == -1}


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "L"


@lru_cache(maxsize=8192)
def font_runs(text: str, first: FontFace) -> tuple[tuple[FontFace, str], ...]:
    """`text` cut into runs printed with one font each; missing characters become "?".

    Letters pick their font; digits and punctuation take the font of a letter of the same
    word (the one before, else the one after) when it has them, so "H2T 1R2" and
    "(Québec)" stay in one font; spaces and marks go with what precedes them. Cached: a
    batch prints the same labels and addresses again and again."""
    faces = chain(first)
    chars, index = _own_fonts(text, first)
    letters = {i for i, ch in enumerate(chars) if _is_letter(ch) and index[i] >= 0}
    _fonts_from_word_letters(chars, index, faces, letters)
    _one_font_per_number(chars, index, faces, letters)
    runs = _runs(chars, index, faces)
    for face in {face for face, _run in runs}:
        register(face)  # the runs are printed or measured next
    return runs


def _own_fonts(text: str, first: FontFace) -> tuple[list[str], list[int]]:
    """(characters, the index in `chain(first)` of each one's own font): invisible
    characters dropped, one no font has replaced by `MISSING` in the first font."""
    chars = [ch for ch in text if ch not in _INVISIBLE]
    index = [_face_index(ch, first) for ch in chars]
    for i in range(len(chars)):
        if index[i] == -1:
            chars[i], index[i] = MISSING, 0
    return chars, index


def _fonts_from_word_letters(
    chars: list[str], index: list[int], faces: tuple[FontFace, ...], letters: set[int]
) -> None:
    """Digits and punctuation take the font of a letter of their word (before, else
    after) when it has them, so "H2T" or "(Québec)" does not switch font mid-word."""

    def word_letter(i: int, step: int) -> int | None:
        j = i + step
        while 0 <= j < len(chars) and not chars[j].isspace():
            if j in letters:
                return index[j]
            j += step
        return None

    for i, ch in enumerate(chars):
        if index[i] < 0 or i in letters:
            continue
        for near in (word_letter(i, -1), word_letter(i, 1)):
            if near is not None and covers(faces[near], ch):
                index[i] = near
                break


def _runs(
    chars: list[str], index: list[int], faces: tuple[FontFace, ...]
) -> tuple[tuple[FontFace, str], ...]:
    """Consecutive characters of one font joined; spaces and marks (index < 0) go with
    what precedes them, and a joiner only where its font has it."""
    runs: list[tuple[FontFace, str]] = []
    current = index[0] if index and index[0] >= 0 else 0
    buf: list[str] = []
    for ch, i in zip(chars, index, strict=True):
        if ch in _JOINERS:
            if covers(faces[current], ch):
                buf.append(ch)
            continue
        if i < 0 or i == current:
            buf.append(ch)
            continue
        if buf:
            runs.append((faces[current], "".join(buf)))
        buf, current = [ch], i
    if buf:
        runs.append((faces[current], "".join(buf)))
    return tuple(runs)


def _one_font_per_number(
    chars: list[str], index: list[int], faces: tuple[FontFace, ...], letters: set[int]
) -> None:
    """A word without letters ("514-555-0199", "9:00") in one font that has all of it."""
    i = 0
    while i < len(chars):
        if chars[i].isspace():
            i += 1
            continue
        j = i
        while j < len(chars) and not chars[j].isspace():
            j += 1
        if not any(k in letters for k in range(i, j)):
            word = chars[i:j]
            for f, face in enumerate(faces):
                if all(covers(face, ch) for ch in word if _face_index(ch, faces[0]) >= 0):
                    for k in range(i, j):
                        if index[k] >= 0:
                            index[k] = f
                    break
        i = j


@lru_cache(maxsize=8192)
def markup(text: str, first: FontFace, bold: bool = False, separate: bool = True) -> str:
    """Paragraph markup for `text` in a paragraph whose style font is `first`.

    `separate`: the paragraph is shaped with HarfBuzz, so a word whose letters need two
    fonts is cut in two at a thin space (reportlab's shaping garbles such a word)."""
    out = []
    runs = font_runs(text, first)
    runs = tuple(_separated(runs)) if separate else runs
    for face, run in runs:
        if face is first:
            out.append(escape(run))
        else:
            out.append(f'<font name="{face.bold if bold else face.regular}">{escape(run)}</font>')
    return "".join(out)


THIN = "\u2009"


def _separated(runs: tuple[tuple[FontFace, str], ...]) -> list[tuple[FontFace, str]]:
    """A thin space where one word changes font ("Ali/علي", "张伟Zhang"): reportlab's
    shaping garbles a word whose letters come from two fonts, and a space makes two words."""
    out: list[tuple[FontFace, str]] = []
    for face, run in runs:
        if out and not out[-1][1][-1:].isspace() and not run[:1].isspace():
            prev_face, prev = out[-1]
            out[-1] = (prev_face, prev + (THIN if covers(prev_face, THIN) else " "))
        out.append((face, run))
    return out


@lru_cache(maxsize=8192)
def width(text: str, first: FontFace, size: float, bold: bool = False) -> float:
    """Width of `text` unshaped — for Arabic wider than shaped (isolated forms), so lines
    wrapped with it never overflow."""
    total: float = sum(
        pdfmetrics.stringWidth(run, face.bold if bold else face.regular, size)
        for face, run in font_runs(text, first)
    )
    return total


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


_RTL_RUN = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200c\u200d]+")


def logical_words(shown: str) -> str:
    """After python-bidi: each right-to-left word back in logical order, for HarfBuzz to
    shape and set right to left ("أولاً." with its full stop, which HarfBuzz then draws at
    the left). In a word that also holds left-to-right letters only the right-to-left run
    is turned: in "يلع/Ali" the Latin half keeps its order (the two halves print in two
    fonts, which meet at a thin space, so HarfBuzz sets them apart)."""
    out = []
    for word in shown.split(" "):
        if not _RTL_RUN.search(word):
            out.append(word)
        elif any(_is_letter(ch) and not _RTL_RUN.match(ch) for ch in word):
            out.append(_RTL_RUN.sub(lambda m: m.group()[::-1], word))
        else:
            out.append(word[::-1])
    return " ".join(out)


def has_rtl(text: str) -> bool:
    return any(_is_rtl(ch) for ch in text)


LRI, PDI = "\u2066", "\u2069"


def keep_ltr(value: str) -> str:
    """A phone number, an address or a code held left-to-right inside right-to-left text."""
    return f"{LRI}{value}{PDI}" if value else value


def rtl_visual(line: str) -> str:
    """One right-to-left line in visual order, each right-to-left word kept in logical
    order for HarfBuzz to shape (it reverses it again when it sets an Arabic word)."""
    shown = logical_words(get_display(line, base_dir="R"))
    return "".join(ch for ch in shown if ch not in _INVISIBLE)


def ltr_visual(line: str) -> str:
    """Right-to-left words inside left-to-right text (an Arabic name in a Spanish note) in
    visual word order, each word left in logical order for HarfBuzz."""
    if not has_rtl(line):
        return line
    shown = logical_words(get_display(line, base_dir="L"))
    return "".join(ch for ch in shown if ch not in _INVISIBLE)


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
