"""Highlights, as the caseworker types, the words the leak guard finds in a letter reason."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from intake_app.letters.leak_guard import find_leaks


class LeakHighlighter(QSyntaxHighlighter):
    """Marks found words with a soft red background and a wavy underline.

    The reason is short, so each block is checked on its own: a status word does not span
    two paragraphs of a two-line reason.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(QColor("#F8D7DA"))
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(QColor("#B02A37"))

    def highlightBlock(self, text: str) -> None:
        for span in find_leaks(text):
            self.setFormat(span.start, span.end - span.start, self._format)
