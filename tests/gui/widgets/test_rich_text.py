"""Rich text from the templates: data always escaped, empty parts left out, colours from
the palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from intake_app.ui.widgets import rich_text
from intake_app.ui.widgets.rich_text import Line
from intake_app.ui.widgets.tones import Tone, tone_css


def test_lines_escape_their_text_and_skip_empty_ones() -> None:
    html = rich_text.lines([Line("a <b> & c"), Line(""), Line("<i>", "note")])
    assert html == 'a &lt;b&gt; &amp; c<br><span class="note">&lt;i&gt;</span>'


def test_a_section_without_lines_is_nothing() -> None:
    assert rich_text.section("Fees", [Line(""), Line("")]) == ""
    html = rich_text.section("Fees & <costs>", [Line("Free")])
    assert "Fees &amp; &lt;costs&gt;" in html and "Free" in html


def test_a_paragraph_escapes_its_style_and_text() -> None:
    assert rich_text.paragraph("", "muted") == ""
    html = rich_text.paragraph("<x>", "muted", "div")
    assert html.startswith('<div class="muted">&lt;x&gt;</div>')


def test_the_style_sheet_takes_the_palette_tones(qapp) -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor(0x20, 0x20, 0x20))
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor(0xF0, 0xF0, 0xF0))
    for palette in (light, dark):
        sheet = rich_text.style_sheet(palette)
        assert "$" not in sheet
        for tone in (Tone.GOOD, Tone.BAD, Tone.WARN, Tone.INFO, Tone.MUTED):
            assert tone_css(tone, palette) in sheet
    assert rich_text.style_sheet(light) != rich_text.style_sheet(dark)
