"""Highlights, as the caseworker types, the words the leak guard finds in a letter reason."""

from __future__ import annotations

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from intake_app.letters.leak_guard import find_leaks

from intake_app.ui.widgets.tones import Tone, tone_colour, tone_fill


class LeakHighlighter(QSyntaxHighlighter):
    """Marks found words with a soft red background and a wavy underline.

    The reason is short, so each block is checked on its own: a status word does not span
    two paragraphs of a two-line reason.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(tone_fill(Tone.BAD))
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(tone_colour(Tone.BAD))

    def highlightBlock(self, text: str) -> None:
        for span in find_leaks(text):
            self.setFormat(span.start, span.end - span.start, self._format)
