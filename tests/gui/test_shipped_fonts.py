"""The letters' fonts are the interface's too: every reading language's own name has a
font with its glyphs, whatever fonts the machine has."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from intake_app.letters.client_texts import shipped

from intake_app.ui.shipped_fonts import register_shipped_fonts


def test_every_reading_languages_own_name_has_a_registered_font(qapp) -> None:
    assert register_shipped_fonts() >= 1
    families = [
        family for font_id in range(64) for family in QFontDatabase.applicationFontFamilies(font_id)
    ]
    assert {"Noto Sans Ethiopic", "Noto Sans Tamil", "Noto Sans Arabic"} <= set(families)
    missing = []
    for texts in shipped().values():
        letters = [c for c in texts.name if not c.isspace()]
        if not any(
            all(QFontMetrics(QFont(f)).inFontUcs4(ord(c)) for c in letters) for f in families
        ):
            missing.append(texts.code)
    assert missing == []
