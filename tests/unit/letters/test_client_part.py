"""The client's part in the client's reading language: every shipped language renders,
reads back in its own script, wraps inside its box and never prints a blank box."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace

import pytest
from pypdf import PdfReader

from intake_app.domain.services import AccessMode, Address
from intake_app.letters.allowlist import LetterData
from intake_app.letters.client_part import LABEL_W, PAD, _Writer, client_part
from intake_app.letters.client_part import VALUE as VALUE_KIND
from intake_app.letters.client_texts import shipped
from intake_app.letters.render import LetterRenderer
from intake_app.letters.scripts import (
    BY_SCRIPT,
    LATIN,
    markup,
    missing_glyphs,
    rtl_visual,
    width,
    wrap,
)
from tests.helpers.pdf import pdf_text
from tests.unit.letters.helpers import letter_data, service

WIDTH = 612 - 2 * 22 * 72 / 25.4  # the renderer's text width on Letter paper

# A word of each language's texts that must read back from the PDF, in its own script.
EXPECTED = {
    "es": "Traiga esta carta con usted.",
    "pt": "Traga esta carta com você.",
    "ht": "Pote lèt sa a avè w.",
    "ru": "Возьмите это письмо с собой.",  # noqa: RUF001
    "uk": "Візьміть цей лист із собою.",
    "tr": "Bu mektubu yanınızda getirin.",  # noqa: RUF001
    "ar": "الرسالة",
    "fa": "نامه",
    "prs": "تیلفون",
    "zh": "请带上这封信。",
    "ti": "ደብዳቤ",
    # pypdf reads shaped Tamil back in glyph order: a vowel sign written before its
    # consonant comes first ("சேவை" reads "ேசைவ"), and clusters with a pulli map to
    # private-use code points, so the check is on a word of plain syllables.
    "ta": "ேசைவ",
    "ps": "لیک",
    "am": "ደብዳቤ",
}


def _letter(reading: str = "", **fields: object) -> LetterData:
    data = letter_data(svc=service(**fields), needs=("health",), reason="")
    return replace(data, reading_language=reading)


def _text(pdf: bytes) -> str:
    return unicodedata.normalize("NFKC", pdf_text(pdf))


def test_every_shipped_language_is_expected_here() -> None:
    assert set(EXPECTED) == set(shipped())


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_each_language_prints_its_words_in_its_script(code: str) -> None:
    pdf = LetterRenderer().render([_letter(code)])
    text = _text(pdf)
    assert EXPECTED[code] in text
    # the French part is still there, and the reference code reads left to right
    assert "Pour vous" in text
    assert text.count("ACDE-FHJK") >= 3


def test_no_reading_language_prints_the_letter_as_before() -> None:
    assert "Traiga" not in _text(LetterRenderer().render([_letter("")]))


def test_unknown_reading_language_prints_nothing_extra() -> None:
    pdf = LetterRenderer().render([_letter("xx")])
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_right_to_left_box_keeps_latin_address_and_phone_in_order() -> None:
    text = _text(LetterRenderer().render([_letter("ar")]))
    assert "4567, boulevard Saint-Laurent" in text
    assert "514 555-0123" in text


def test_client_part_shares_the_page_when_it_fits() -> None:
    short = replace(
        _letter("es"),
        program_name="",
        transit="",
        languages=(),
        hours=(),
        service_phone="",
        service_url="",
        access=(),
    )
    pages = PdfReader(io.BytesIO(LetterRenderer().render([short]))).pages
    assert len(pages) == 1
    assert "Traiga" in (pages[0].extract_text() or "")


def test_client_part_moves_whole_to_a_second_page_when_it_does_not_fit() -> None:
    pages = PdfReader(io.BytesIO(LetterRenderer().render([_letter("es")]))).pages
    assert len(pages) == 2
    first, second = (p.extract_text() or "" for p in pages)
    assert "Pour vous" in first and "Para usted" not in first
    assert "Para usted" in second and "Traiga" in second and "ACDE-FHJK" in second


def test_batch_keeps_each_letters_own_language() -> None:
    pdf = LetterRenderer().render([_letter("es"), _letter("ta"), _letter("")])
    text = _text(pdf)
    assert "Traiga esta carta" in text and "ேசைவ" in text


@pytest.mark.parametrize("code", ["ar", "ta", "fa"])
def test_very_long_address_and_service_name_wrap_inside_the_box(code: str) -> None:
    long_name = {
        "ar": "مركز الخدمات الصحية والاجتماعية المجتمعية لشمال المدينة وضواحيها " * 3,
        "fa": "مرکز خدمات بهداشتی و اجتماعی برای همه ساکنان شمال شهر و حومه آن " * 3,
        "ta": "வடக்கு நகர சமூக சுகாதார மற்றும் சமூக சேவைகள் மையம் " * 3,
    }[code]
    street = long_name + "1234"
    data = replace(
        _letter(code),
        service_name=long_name.strip(),
        address=Address(street=street, city="Montréal", region="QC", postal_code="H2T1R2"),
    )
    texts = shipped()[code]
    face = BY_SCRIPT[texts.script]
    avail = WIDTH - LABEL_W - 2 * PAD
    if texts.rtl:
        lines = wrap(street, avail, lambda s: width(s, face, VALUE_KIND.size))
        assert len(lines) > 1
        assert all(width(line, face, VALUE_KIND.size) <= avail for line in lines)
    box = client_part(data, texts, WIDTH)
    table = box._content[-1]  # type: ignore[attr-defined]
    tw, _th = table.wrap(WIDTH, 10_000)
    assert tw <= WIDTH + 0.01
    para = _Writer(texts).para([street], VALUE_KIND, avail)
    pw, _ph = para.wrap(avail, 10_000)
    assert max(para.getActualLineWidths0()) <= avail + 0.5
    assert pw <= avail + 0.01
    LetterRenderer().render([data])  # renders without a layout error


def test_mixed_scripts_in_one_name_print_whole() -> None:
    name = "Zhāng 张伟 محمد Ալեքս Олег ሰላም தமிழ்"
    runs = markup(name, LATIN)
    assert "?" not in runs
    data = replace(_letter("es"), client_note=f"Bonjour {name}")
    text = _text(LetterRenderer().render([data]))
    for word in ("张伟", "Олег", "ሰላም"):
        assert word in text


def test_a_character_no_font_has_prints_as_a_question_mark_not_a_blank_box() -> None:
    # U+10900 (Phoenician) and U+A000 (Yi) are in none of the shipped fonts
    assert markup("Amina \U00010900 \ua000", LATIN) == "Amina ? ?"
    assert missing_glyphs("Amina \ua000") == {"\ua000"}


def test_rtl_visual_keeps_isolated_numbers_left_to_right() -> None:
    line = "اتصل بنا: \u2066514 555-0100\u2069"
    shown = rtl_visual(line)
    assert "514 555-0100" in shown
    assert "\u2066" not in shown and "\u2069" not in shown


def test_wrap_cuts_a_word_longer_than_a_line() -> None:
    lines = wrap("x" * 50, 30, lambda s: len(s) * 2.0)
    assert all(len(ln) * 2.0 <= 30 for ln in lines) and "".join(lines) == "x" * 50


def test_arabic_words_in_a_left_to_right_note_keep_their_order() -> None:
    data = replace(_letter("es"), client_note="Cita con فاطمة الزهراء mañana")
    text = _text(LetterRenderer().render([data]))
    assert "فاطمة الزهراء" in text


def test_digits_and_brackets_stay_with_their_words_in_a_shaped_paragraph() -> None:
    # "(Québec)" and "H2T 1R2" beside Tamil once lost letters when cut between two fonts
    data = replace(_letter("ta"), service_name="சமூக சேவைகள் மையம்")
    text = _text(LetterRenderer().render([data]))
    assert "Montréal (Québec) H2T 1R2" in text


def test_scripts_dejavu_lacks_print_in_the_letters_own_part_too() -> None:
    # a service named in Chinese and an address in Tamil, in a French letter
    data = replace(_letter(""), service_name="华人社区服务中心", location_name="தமிழ் மையம்")
    text = _text(LetterRenderer().render([data]))
    assert "华人社区服务中心" in text
    assert "?" not in text.replace("Pour toute question", "")


def test_a_long_arabic_name_in_the_letters_own_part_reads_from_its_first_words() -> None:
    name = " ".join(["مركز", "الخدمات", "الصحية", "والاجتماعية", "المجتمعية"] * 4)
    pdf = LetterRenderer().render([replace(_letter(""), service_name=name)])
    text = _text(pdf)
    # the first printed line of the name starts with its first words, not its last
    assert text.index("مركز الخدمات") < text.index("Centre de santé du Plateau")
    first_line = text[text.index("DESTINATAIRE") :].split("Centre de santé")[0]
    assert first_line.split()[1:3] == ["مركز", "الخدمات"]


@pytest.mark.parametrize(
    ("code", "note", "expected"),
    [
        ("ar", "Ali/علي مرحبا", "علي مرحبا/Ali"),  # pypdf reads the Arabic run first
        ("ta", "张伟Zhang தமிழ்", "张伟 Zhang"),
        ("es", "Олег(Oleg) علي/Ali", "علي/Ali"),
    ],
)
def test_a_word_mixing_scripts_prints_every_letter(code: str, note: str, expected: str) -> None:
    # a word whose letters need two fonts was garbled by reportlab's shaping: the fonts
    # now meet at a thin space, and only the right-to-left run is reordered
    text = _text(LetterRenderer().render([replace(_letter(code), client_note=note)]))
    assert expected in text
    assert "ilA" not in text


@pytest.mark.parametrize("note", ["(أولاً)", "«مرحبا»", "أولاً.", "اتصل أولاً. شكراً!", "كُتُب مُفِيدَة"])
def test_arabic_marks_and_punctuation_render(note: str) -> None:
    # "أولاً." once crashed reportlab (a mark's rise at the start of a right-aligned line)
    # when the full stop was handed to HarfBuzz before the word instead of after it
    data = replace(
        _letter("ar"), client_note=note, access=(AccessMode.WALK_IN, AccessMode.APPOINTMENT)
    )
    text = _text(LetterRenderer().render([data]))
    assert "موعد" in text
