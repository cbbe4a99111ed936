"""Font programs reused from one letter to the next: same bytes for the common subset,
the text of each letter still its own, and documents with rare characters left as
reportlab lays them out."""

from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from intake_app.letters.allowlist import LetterData
from intake_app.letters.fonts import COMMON_TEXT, only_common_characters
from intake_app.letters.render import LetterRenderer
from tests.helpers.pdf import pdf_text
from tests.unit.letters.helpers import client, letter_data


def _letter(**client_fields: object) -> LetterData:
    return letter_data(client(**client_fields))


def _font_programs(pdf: bytes) -> list[bytes]:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    programs = []
    for font in page["/Resources"]["/Font"].values():
        descriptor = font.get_object().get("/FontDescriptor")
        if descriptor is not None:
            programs.append(descriptor.get_object()["/FontFile2"].get_object().get_data())
    return sorted(programs)


def test_the_common_subset_is_the_same_font_program_for_different_letters() -> None:
    renderer = LetterRenderer()
    first = renderer.render([_letter(given_name="Zoé", family_name="Sentinelle")])
    second = renderer.render([_letter(given_name="Marc", family_name="Ouellet")])
    assert _font_programs(first) and _font_programs(first) == _font_programs(second)


def test_each_letter_keeps_its_own_text_after_reuse() -> None:
    renderer = LetterRenderer()
    renderer.render([_letter(given_name="Zoé", family_name="Sentinelle")])
    text = pdf_text(renderer.render([_letter(given_name="Marc", family_name="Ouellet")]))
    assert "Sentinelle" not in text and "Zoé" not in text
    assert "M. O." in text or "Marc" in text or "Ouellet" in text


def test_rare_characters_turn_the_seed_off() -> None:
    assert only_common_characters(_letter(given_name="Zoé", family_name="Lefèvre"))
    assert not only_common_characters(_letter(given_name="فاطمة", family_name="الزهراء"))
    assert not only_common_characters(replace(_letter(), reference="Ş\u0100\u4e00"))


def test_the_common_set_fills_the_first_subset_exactly() -> None:
    # 31 free codes below the space and 129 above ASCII: 160, no duplicates.
    assert len(COMMON_TEXT) == 160 == len(set(COMMON_TEXT))
