"""The letter dialog's controls for the client's part in the client's reading language:
the language (suggested from the client, remembered per referral), what happens when it
cannot print, and a short note typed for the person (checked by the leak guard)."""

from __future__ import annotations

from babel import Locale

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from intake_app.letters.client_texts import NONE, Fallback, shipped, texts_for
from intake_app.letters.use_cases import PreparedLetter

from intake_app.ui.letters.leak_highlighter import LeakHighlighter


def language_label(code: str) -> str:
    """The language's name in the interface's language (Babel's CLDR names), for messages."""
    texts = texts_for(code)
    english = texts.english_name if texts is not None else code
    try:
        names = Locale.parse(QLocale().name()).languages
    except (ValueError, TypeError):
        return english
    if texts is not None and names.get("en") == "English":
        return english  # our English names say more ("Persian (Farsi)", "Dari")
    return names.get(texts.code if texts is not None else code, english)


class ReadingPanel(QWidget):
    """Emits `language_chosen(code)` ("" = the letter's language only) and
    `note_edited(text)` for the current letter; `show_letter()` fills it from a letter."""

    language_chosen = Signal(str)  # a code, or client_texts.NONE
    note_edited = Signal(str)

    def __init__(self, turned_off: frozenset[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._off = turned_off
        self.language = QComboBox(self)
        self.language.setObjectName("letter-reading-language")
        self.language.addItem(self.tr("Only the letter's language"), NONE)
        for code, texts in shipped().items():
            label = f"{texts.name} — {texts.english_name}"
            if code in turned_off:
                label += " " + self.tr("(turned off)")
            elif not texts.reviewed:
                label += " " + self.tr("(not yet reviewed)")
            self.language.addItem(label, code)
        self.language.activated.connect(self._chosen)
        self.message = QLabel(self)
        self.message.setObjectName("letter-reading-message")
        self.message.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("letter-client-note")
        self.note.setPlaceholderText(
            self.tr("A short note for the person, in their language (optional).")
        )
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.highlighter = LeakHighlighter(self.note.document())
        self.note.textChanged.connect(lambda: self.note_edited.emit(self.note.toPlainText()))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Also for the person in:"), self.language)
        form.addRow("", self.message)
        form.addRow(self.tr("Note for the person:"), self.note)

    def _chosen(self, _index: int) -> None:
        self.language_chosen.emit(str(self.language.currentData()))

    def show_letter(self, letter: PreparedLetter) -> None:
        asked = letter.reading_asked
        texts = texts_for(asked)
        index = self.language.findData(texts.code if texts is not None else asked)
        if index < 0 and asked:
            self.language.addItem(asked, asked)  # a language we have no texts for
            index = self.language.count() - 1
        self.language.setCurrentIndex(max(index, 0))
        self.note.blockSignals(True)
        self.note.setPlainText(letter.data.client_note)
        self.note.blockSignals(False)
        self.highlighter.rehighlight()
        self.note.setEnabled(bool(letter.data.reading_language))
        self.message.setText(self.explain(letter))
        self.message.setVisible(bool(self.message.text()))

    def explain(self, letter: PreparedLetter) -> str:
        """What the caseworker should know about the client's part of this letter."""
        texts = texts_for(letter.reading_asked)
        name = language_label(letter.reading_asked)
        if letter.reading_fallback is Fallback.NO_TEXTS:
            return self.tr(
                "There are no texts in %1 yet: the part for the person prints in the "
                "letter's language only."
            ).replace("%1", name)
        if letter.reading_fallback is Fallback.TURNED_OFF:
            return self.tr(
                "A coordinator turned %1 off: the part for the person prints in the letter's "
                "language only."
            ).replace("%1", name)
        if texts is not None and letter.data.reading_language and not texts.reviewed:
            return self.tr(
                "The %1 texts are not yet reviewed by a fluent speaker. Read them with the "
                "person if you can."
            ).replace("%1", name)
        return ""
