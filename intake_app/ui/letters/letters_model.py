"""The letters being prepared, one row per receiving service: service, language, reference,
and whether the leak guard found words in the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from intake_app.domain.common import Lang
from intake_app.letters.client_texts import texts_for
from intake_app.letters.printed import letter_leaks
from intake_app.letters.use_cases import PreparedLetter

_Index = QModelIndex | QPersistentModelIndex


class LettersModel(QAbstractTableModel):
    SERVICE, LANGUAGE, REFERENCE, CHECK = range(4)
    IdRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._letters: list[PreparedLetter] = []

    def set_letters(self, letters: list[PreparedLetter]) -> None:
        self.beginResetModel()
        self._letters = list(letters)
        self.endResetModel()

    def replace_letter(self, row: int, letter: PreparedLetter) -> None:
        self._letters[row] = letter
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def letters(self) -> list[PreparedLetter]:
        return list(self._letters)

    def letter_at(self, row: int) -> PreparedLetter:
        return self._letters[row]

    def clear(self) -> None:
        self.set_letters([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._letters)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Service"),
            self.tr("Language"),
            self.tr("Reference"),
            self.tr("Words to check"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._letters):
            return None
        letter = self._letters[index.row()]
        if role == self.IdRole:
            return letter.referral_id
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == self.CHECK:
            return self.tr("Words on the letter that may reveal the person's status")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.SERVICE:
            if letter.held and letter.naming is not None:
                return self.tr("%1 (choose a name for the letter)").replace(
                    "%1", letter.naming.plain
                )
            return letter.data.service_name
        if col == self.LANGUAGE:
            own = "Français" if letter.data.lang is Lang.FR else "English"
            reading = texts_for(letter.data.reading_language)
            return f"{own} + {reading.name}" if reading is not None else own
        if col == self.REFERENCE:
            return letter.reference
        if col == self.CHECK:
            found = sum(len(v) for v in letter_leaks(letter.data).values())
            return str(found) if found else self.tr("None")
        return None
