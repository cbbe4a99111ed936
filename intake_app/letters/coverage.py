"""Which characters each shipped font has, known without parsing the font.

Choosing a font for a character needs only the font's character map. Parsing a TrueType
file with reportlab to get it costs memory for the whole font (Droid Sans Fallback alone
takes about 18 MB), so the maps of the shipped fonts are kept in
`resources/fonts/coverage.json` as runs of code points, and a font is parsed only when a
text printed in it is laid out (`scripts.register`). `packaging/update_font_coverage.py`
writes the file from the fonts; a test checks it against each font's real character map.
"""

from __future__ import annotations

import json
import threading
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path

from intake_app.resources import resources_dir

COVERAGE_FILE = "coverage.json"


class Coverage:
    """A set of code points held as sorted, disjoint runs [start, end]."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, runs: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(runs)
        self._starts = [start for start, _end in ordered]
        self._ends = [end for _start, end in ordered]

    def __contains__(self, code: object) -> bool:
        if not isinstance(code, int):
            return False
        i = bisect_right(self._starts, code) - 1
        return i >= 0 and code <= self._ends[i]

    def runs(self) -> list[tuple[int, int]]:
        return list(zip(self._starts, self._ends, strict=True))


def runs_of(codes: Iterable[int]) -> list[tuple[int, int]]:
    """Code points as sorted runs of consecutive values."""
    out: list[tuple[int, int]] = []
    for code in sorted(set(codes)):
        if out and out[-1][1] == code - 1:
            out[-1] = (out[-1][0], code)
        else:
            out.append((code, code))
    return out


def font_cmap(path: Path) -> frozenset[int]:
    """The code points a TrueType file maps to a glyph, read by parsing the font (what
    the coverage file is written from and checked against)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    return frozenset(TTFontFile(str(path)).charToGlyph)


def coverage_document(folder: Path, files: Iterable[str]) -> dict[str, list[list[int]]]:
    """The coverage file's content for `files` in `folder`: {file: [[start, end], ...]}."""
    return {
        name: [[start, end] for start, end in runs_of(font_cmap(folder / name))]
        for name in sorted(set(files))
    }


_LOCK = threading.Lock()
_LOADED: dict[str, Coverage] = {}


def coverage(file: str) -> Coverage:
    """The characters the shipped font `file` has (the coverage file is read once)."""
    hit = _LOADED.get(file)
    if hit is not None:
        return hit
    with _LOCK:
        if not _LOADED:
            path = resources_dir() / "fonts" / COVERAGE_FILE
            document = json.loads(path.read_text("utf-8"))
            for name, runs in document.items():
                _LOADED[name] = Coverage((int(a), int(b)) for a, b in runs)
    try:
        return _LOADED[file]
    except KeyError:
        raise LookupError(f"no coverage for the font file {file}") from None
