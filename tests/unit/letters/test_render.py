"""The PDF itself: metadata, paper size, embedded fonts, non-Latin names, one page per
letter, QR code, logo, and the texts in both languages."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace

import pytest
from pypdf import PdfReader

from intake_app.domain.clients import Naming
from intake_app.domain.common import Lang
from intake_app.errors import ErrorCode, KnownError
from intake_app.letters.allowlist import LetterData
from intake_app.letters.compose import visual
from intake_app.letters.formatting import address_lines, hours_lines, letter_date
from intake_app.letters.render import LetterRenderer, PaperSize, RenderOptions
from tests.helpers.pdf import page_count, pdf_metadata, pdf_text
from tests.unit.letters.helpers import client, letter_data, letterhead


def _letter(lang: Lang = Lang.FR, **client_fields: object) -> LetterData:
    return letter_data(client(**client_fields), needs=("housing", "food"), lang=lang)


def test_metadata_holds_only_the_program_and_the_reference() -> None:
    pdf = LetterRenderer().render([_letter()])
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert meta.title == "Lettre d’orientation ACDE-FHJK"
    assert meta.author == "Passerelle"
    assert meta.subject == "Lettre d’orientation"
    text = pdf_metadata(pdf)
    for private in ("Amina", "Diallo", "Tremblay", "Clinique"):
        assert private not in text


@pytest.mark.parametrize(
    ("paper", "size"), [(PaperSize.LETTER, (612, 792)), (PaperSize.A4, (595, 842))]
)
def test_paper_size_follows_the_setting(paper: PaperSize, size: tuple[int, int]) -> None:
    pdf = LetterRenderer(RenderOptions(paper=paper)).render([_letter()])
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_unknown_paper_setting_falls_back_to_letter() -> None:
    assert PaperSize.parse("tabloid") is PaperSize.LETTER
    assert PaperSize.parse(" A4 ") is PaperSize.A4


def test_one_pdf_has_each_letter_on_its_own_page() -> None:
    letters = [_letter(), replace(_letter(Lang.EN), reference="CDEF-HJKM")]
    pdf = LetterRenderer().render(letters)
    assert page_count(pdf) == 2
    reader = PdfReader(io.BytesIO(pdf))
    assert "ACDE-FHJK" in reader.pages[0].extract_text()
    assert "CDEF-HJKM" in reader.pages[1].extract_text()


def test_render_each_gives_one_pdf_per_letter() -> None:
    pdfs = LetterRenderer().render_each([_letter(), _letter(Lang.EN)])
    assert [page_count(p) for p in pdfs] == [1, 1]


def test_no_letters_is_refused() -> None:
    with pytest.raises(KnownError) as info:
        LetterRenderer().render([])
    assert info.value.code is ErrorCode.INVALID_INPUT


def test_the_font_is_embedded() -> None:
    pdf = LetterRenderer().render([_letter()])
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    fonts = page["/Resources"]["/Font"]
    descriptors = [
        f.get_object()["/FontDescriptor"].get_object()
        for f in fonts.values()
        if "/FontDescriptor" in f.get_object()
    ]
    assert descriptors and all("/FontFile2" in d for d in descriptors)


def test_french_letter_reads_as_french_and_english_as_english() -> None:
    fr = pdf_text(LetterRenderer().render([_letter(Lang.FR)]))
    en = pdf_text(LetterRenderer().render([_letter(Lang.EN)]))
    assert "Madame, Monsieur" in fr and "11 mars 2026" in fr and "Montréal (Québec)" in fr
    assert "Dear colleagues" in en and "March 11, 2026" in en and "Montréal, QC" in en
    assert "Du lundi au vendredi, de 9 h à 17 h" in fr
    assert "Monday to Friday: 9 a.m. to 5 p.m." in en
    assert "Sans rendez-vous" in fr and "Walk in" in en


def test_vietnamese_name_prints_with_its_accents() -> None:
    text = pdf_text(LetterRenderer().render([_letter(given_name="Thị Ánh", family_name="Nguyễn")]))
    assert "Thị Ánh Nguyễn" in unicodedata.normalize("NFC", text)


def test_arabic_name_is_shaped_and_in_right_to_left_order() -> None:
    pdf = LetterRenderer().render([_letter(given_name="فاطمة", family_name="الزهراء")])
    text = pdf_text(pdf)
    # Shaped: joined letters are drawn with the font's contextual (presentation) forms
    # (Noto Sans Arabic draws "طم" as one ligature, so the exact forms are the font's).
    forms = [ch for ch in text if 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF]
    assert len(forms) >= 8
    assert "\ufed3\ufe8e" in text  # فا: initial feh, final alef
    # pypdf reads the words back in logical order: the name is whole and in order.
    assert "فاطمة الزهراء" in unicodedata.normalize("NFKC", text)


def test_visual_order_reverses_words_of_a_right_to_left_run_only() -> None:
    assert visual("Amina Diallo") == "Amina Diallo"
    assert visual("فاطمة الزهراء") == "الزهراء فاطمة"


def test_initials_only_letter_has_no_full_name() -> None:
    text = pdf_text(LetterRenderer().render([_letter(naming=Naming.INITIALS)]))
    assert "A. D." in text and "Amina" not in text


def test_qr_code_and_logo_do_not_break_the_letter() -> None:
    import base64

    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    )
    data = replace(_letter(), letterhead=letterhead(logo_png=png))
    pdf = LetterRenderer(RenderOptions(qr_code=True)).render([data])
    assert page_count(pdf) == 1
    assert PdfReader(io.BytesIO(pdf)).pages[0].images  # the logo is there


def test_a_broken_logo_is_left_out_rather_than_failing() -> None:
    data = replace(_letter(), letterhead=letterhead(logo_png=b"not a png"))
    assert page_count(LetterRenderer().render([data])) == 1


def test_cancelled_render_raises_cancelled() -> None:
    with pytest.raises(KnownError) as info:
        LetterRenderer().render([_letter()], cancelled=lambda: True)
    assert info.value.code is ErrorCode.CANCELLED


def test_progress_reaches_one() -> None:
    seen: list[float] = []
    LetterRenderer().render([_letter(), _letter()], progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_first_of_the_month_is_written_1er_in_french() -> None:
    from datetime import date

    assert letter_date(date(2026, 3, 1), Lang.FR) == "1er mars 2026"
    assert letter_date(date(2026, 3, 1), Lang.EN) == "March 1, 2026"


def test_hours_group_runs_of_days_and_split_periods() -> None:
    from datetime import time

    from intake_app.domain.services import OpeningHours

    hours = (
        [OpeningHours(d, time(9), time(12)) for d in (1, 2)]
        + [OpeningHours(d, time(13), time(16, 30)) for d in (1, 2)]
        + [OpeningHours(6, time(10), time(14))]
    )
    assert hours_lines(hours, Lang.FR) == [
        "Du lundi au mardi, de 9 h à 12 h et de 13 h à 16 h 30",
        "Le samedi, de 10 h à 14 h",
    ]
    assert hours_lines(hours, Lang.EN) == [
        "Monday to Tuesday: 9 a.m. to 12 p.m. and 1 p.m. to 4:30 p.m.",
        "Saturday: 10 a.m. to 2 p.m.",
    ]


def test_addresses_are_formatted_per_language() -> None:
    from intake_app.domain.services import Address

    a = Address("12, rue Ontario Est", "Montréal", "Québec", "h2x1y4")
    assert address_lines(a, Lang.FR) == ["12, rue Ontario Est", "Montréal (Québec)  H2X 1Y4"]
    assert address_lines(a, Lang.EN) == ["12, rue Ontario Est", "Montréal, QC  H2X 1Y4"]


def test_need_labels_on_letters_say_nothing_the_leak_guard_would_flag() -> None:
    """ "Aide juridique et immigration" becomes "aide juridique" on paper."""
    from intake_app.domain.taxonomy import SERVICE_TERMS
    from intake_app.letters.leak_guard import is_clean
    from intake_app.letters.texts import need_label

    for t in SERVICE_TERMS:
        for lang in Lang:
            label = need_label(t.code, lang)
            assert label and is_clean(label), (t.code, lang, label)
    assert need_label("legal", Lang.FR) == "aide juridique"
    assert need_label("legal", Lang.EN) == "legal aid"
