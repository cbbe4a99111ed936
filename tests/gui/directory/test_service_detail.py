"""The service detail pane: built from the templates, every value escaped, colours from
the palette in use."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtGui import QColor, QPalette

from intake_app.directory.sample import sample_services
from intake_app.domain.common import Lang
from intake_app.domain.services import Holiday, Service, Translation

from intake_app.ui.directory.detail import ServiceDetail
from intake_app.ui.widgets.tones import Tone, tone_css

NOW = datetime(2026, 3, 18, 10, 30)  # a Wednesday morning


def _service() -> Service:
    return next(s for s in sample_services() if s.effective_hours and s.locations)


def _dark() -> QPalette:
    pal = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, QColor(0x2B, 0x2B, 0x2B)),
        (QPalette.ColorRole.WindowText, QColor(0xEE, 0xEE, 0xEE)),
        (QPalette.ColorRole.Base, QColor(0x1E, 0x1E, 0x1E)),
        (QPalette.ColorRole.Text, QColor(0xEE, 0xEE, 0xEE)),
    ):
        pal.setColor(role, colour)
    return pal


def test_a_name_with_markup_and_ampersand_is_shown_as_written(qtbot) -> None:
    evil = replace(
        _service(),
        name="<b>Aide</b> & co",
        translations=(Translation("fr", name="Clinique <i>santé</i> & fils"),),
        hours_note="<script>x</script> & more",
        alternate_name="A&B <u>",
    )
    detail = ServiceDetail(Lang.FR)
    qtbot.addWidget(detail)
    detail.show_service(evil, NOW)
    text = detail.toPlainText()
    assert "<b>Aide</b> & co" in text
    assert "Clinique <i>santé</i> & fils" in text
    assert "<script>x</script> & more" in text
    assert "A&B <u>" in text
    html = detail.toHtml()
    assert "&lt;b&gt;Aide&lt;/b&gt; &amp; co" in html
    assert "<script>" not in html and "<b>Aide" not in html


def test_sections_appear_in_order_and_empty_ones_are_left_out(qtbot) -> None:
    service = replace(
        _service(),
        fees_text="",
        holidays=(
            Holiday(date(2026, 12, 25), date(2026, 12, 26)),
            Holiday(
                date(2026, 12, 31),
                date(2026, 12, 31),
                closed=False,
                opens=time(9, 0),
                closes=time(12, 0),
            ),
        ),
    )
    detail = ServiceDetail(Lang.EN)
    qtbot.addWidget(detail)
    detail.show_service(service, NOW)
    text = detail.toPlainText()
    order = ["Categories", "Who may come", "Hours", "Holidays", "Address", "Contact"]
    assert [text.index(t) for t in order] == sorted(text.index(t) for t in order)
    assert "Fees" not in text
    assert "Dec 25, 2026 – Dec 26, 2026: closed" in text
    assert "Dec 31, 2026: 9:00–12:00" in text  # the same clock as the weekly hours
    assert "Open now" in text


def test_colours_follow_the_palette(qtbot) -> None:
    stale = replace(_service(), last_verified=date(2024, 1, 2))
    detail = ServiceDetail(Lang.EN)
    qtbot.addWidget(detail)
    light = detail.palette()
    detail.show_service(stale, NOW)
    sheet = detail.document().defaultStyleSheet()
    assert tone_css(Tone.WARN, light) in sheet and tone_css(Tone.GOOD, light) in sheet
    detail.setPalette(_dark())
    detail.show_service(stale, NOW)
    dark_sheet = detail.document().defaultStyleSheet()
    assert tone_css(Tone.WARN, _dark()) in dark_sheet
    assert tone_css(Tone.WARN, light) not in dark_sheet
    assert "$" not in dark_sheet, "every placeholder of the style sheet is filled"
    assert tone_css(Tone.WARN, _dark()) in detail.toHtml(), "the stale badge is in the tone"
