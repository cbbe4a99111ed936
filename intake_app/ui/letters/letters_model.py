"""The letters being prepared, one row per receiving service: service, language, reference,
and whether the leak guard found words in the reason."""

from __future__ import annotations

from collections.abc import Sequence

from intake_app.domain.common import Lang
from intake_app.letters.client_texts import texts_for
from intake_app.letters.printed import letter_leaks
from intake_app.letters.use_cases import PreparedLetter

from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.rows_model import Col, RowsModel


class LettersModel(RowsModel[PreparedLetter]):
    SERVICE, LANGUAGE, REFERENCE, CHECK = range(4)
    CONTEXT = "LettersModel"

    def columns(self) -> Sequence[Col[PreparedLetter]]:
        return (
            Col(QT_TRANSLATE_NOOP("LettersModel", "Service"), self._service),
            Col(QT_TRANSLATE_NOOP("LettersModel", "Language"), self._language),
            Col(QT_TRANSLATE_NOOP("LettersModel", "Reference"), lambda p: p.reference),
            Col(
                QT_TRANSLATE_NOOP("LettersModel", "Words to check"),
                self._words,
                tip=lambda _p: self.tr("Words on the letter that may reveal the person's status"),
            ),
        )

    def row_id(self, row: PreparedLetter) -> int:
        return row.referral_id

    # The letter dialog's names for the generic row methods.
    def set_letters(self, letters: list[PreparedLetter]) -> None:
        self.set_rows(letters)

    def replace_letter(self, row: int, letter: PreparedLetter) -> None:
        self.replace_row(row, letter)

    def letters(self) -> list[PreparedLetter]:
        return self.rows()

    def letter_at(self, row: int) -> PreparedLetter:
        return self.row_at(row)

    def _service(self, letter: PreparedLetter) -> str:
        if letter.held and letter.naming is not None:
            return self.tr("%1 (choose a name for the letter)").replace("%1", letter.naming.plain)
        return letter.data.service_name

    @staticmethod
    def _language(letter: PreparedLetter) -> str:
        own = "Français" if letter.data.lang is Lang.FR else "English"
        reading = texts_for(letter.data.reading_language)
        return f"{own} + {reading.name}" if reading is not None else own

    def _words(self, letter: PreparedLetter) -> str:
        found = sum(len(v) for v in letter_leaks(letter.data).values())
        return str(found) if found else self.tr("None")
