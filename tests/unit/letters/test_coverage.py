"""The shipped fonts' character maps, known without parsing the fonts: the coverage file
matches every font, and a letter parses only the fonts it prints with."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from intake_app.letters.coverage import Coverage, coverage, font_cmap, runs_of
from intake_app.letters.scripts import FACES, covers
from intake_app.resources import resources_dir

ROOT = Path(__file__).resolve().parents[3]
FILES = sorted({f for face in FACES for f in (face.regular_file, face.bold_file)})


@pytest.mark.parametrize("file", FILES)
def test_the_coverage_file_is_the_fonts_real_character_map(file: str) -> None:
    real = font_cmap(resources_dir() / "fonts" / file)
    assert coverage(file).runs() == runs_of(real), (
        f"{file}: run `python packaging/update_font_coverage.py`"
    )


def test_coverage_holds_exactly_the_runs() -> None:
    cov = Coverage(runs_of([65, 66, 67, 90, 0x4E00]))
    assert cov.runs() == [(65, 67), (90, 90), (0x4E00, 0x4E00)]
    assert [c in cov for c in (64, 65, 67, 68, 90, 91, 0x4E00, 0x4E01)] == [
        False, True, True, False, True, False, True, False,
    ]  # fmt: skip
    assert "A" not in cov  # code points, not characters


def test_covers_answers_as_the_parsed_font_would() -> None:
    for face in FACES:
        real = font_cmap(resources_dir() / "fonts" / face.regular_file) & font_cmap(
            resources_dir() / "fonts" / face.bold_file
        )
        sample = [*range(0x20, 0x3000, 7), *range(0x4E00, 0x4F00)]
        assert [covers(face, chr(c)) for c in sample] == [c in real for c in sample]


def _registered_after(code: str) -> list[str]:
    """The reportlab fonts registered in a fresh process after running `code` (the font
    table is process-wide, so other tests' letters must not count)."""
    script = textwrap.dedent(code) + textwrap.dedent(
        """
        from reportlab.pdfbase import pdfmetrics
        print(" ".join(sorted(pdfmetrics.getRegisteredFontNames())))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


def test_a_latin_text_parses_the_latin_fonts_only() -> None:
    names = _registered_after(
        """
        from intake_app.letters.scripts import LATIN, markup, width
        markup("Madame Gagnon, 1234 rue Exemple (Québec) — 9:00", LATIN)
        width("Cœur à l'ouvrage", LATIN, 10, bold=True)
        """
    )
    assert "PasserelleSans" in names and "PasserelleSans-Bold" in names
    assert not [n for n in names if n.startswith("Passerelle") and "Sans" not in n], names


def test_a_face_is_parsed_when_a_text_first_needs_it() -> None:
    names = _registered_after(
        """
        from intake_app.letters.scripts import LATIN, markup
        markup("Zhang 张伟 et Ali علي", LATIN)
        """
    )
    assert {"PasserelleHans", "PasserelleArabic", "PasserelleArabic-Bold"} <= set(names)
    assert "PasserelleTamil" not in names and "PasserelleEthiopic" not in names


def test_a_regular_and_bold_on_one_file_share_one_parsed_face() -> None:
    from intake_app.letters.fonts import CachedTTFont

    path = str(resources_dir() / "fonts" / "NotoSansTamil-Regular.ttf")
    first = CachedTTFont("TestShared", path)
    second = CachedTTFont("TestShared-Bold", path, like=first)
    assert second.face is first.face and second.fontName == "TestShared-Bold"


def test_every_shipped_face_registers_with_the_map_the_coverage_file_gives() -> None:
    from reportlab.pdfbase import pdfmetrics

    from intake_app.letters.scripts import register_all

    register_all()
    for face in FACES:
        for name, file in ((face.regular, face.regular_file), (face.bold, face.bold_file)):
            font = pdfmetrics.getFont(name)
            assert Path(font.face.filename).name == file, name
            # Shaping adds private-use code points for glyphs it made; none goes away.
            parsed = frozenset(font.face.charToGlyph)
            assert all(c in parsed for a, b in coverage(file).runs() for c in range(a, b + 1))
