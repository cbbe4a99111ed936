"""Settings → Letters → Languages for the person: every shipped reading language, whether
a fluent speaker has reviewed its texts, and whether letters print it (a coordinator may
turn any language off, e.g. until someone fluent has read it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.letters.client_texts import ClientTexts, shipped

from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.letters.language_names import reading_language_item
from intake_app.ui.widgets.rows_model import Col, RowsModel

_Index = QModelIndex | QPersistentModelIndex


class ReadingLanguagesModel(RowsModel[ClientTexts]):
    """One row per shipped language; the "Printed" column is checkable when editable."""

    LANGUAGE, REVIEW, PRINTED = range(3)
    CONTEXT = "ReadingLanguagesModel"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_rows(list(shipped().values()))
        self._off: set[str] = set()
        self.editable = False

    def columns(self) -> Sequence[Col[ClientTexts]]:
        return (
            Col(QT_TRANSLATE_NOOP("ReadingLanguagesModel", "Language"), reading_language_item),
            Col(QT_TRANSLATE_NOOP("ReadingLanguagesModel", "Texts"), self._review),
            Col(
                QT_TRANSLATE_NOOP("ReadingLanguagesModel", "Printed"),
                lambda t: self.tr("Off") if t.code in self._off else self.tr("On"),
                roles={Qt.ItemDataRole.CheckStateRole: self._check_state},
            ),
        )

    def set_turned_off(self, codes: set[str]) -> None:
        self.beginResetModel()
        self._off = {c for c in codes if c}
        self.endResetModel()

    def turned_off(self) -> list[str]:
        return sorted(t.code for t in self._rows if t.code in self._off)

    def _review(self, texts: ClientTexts) -> str:
        if texts.reviewed:
            return self.tr("Reviewed by a fluent speaker")
        return self.tr("Not yet reviewed by a fluent speaker")

    def _check_state(self, texts: ClientTexts) -> Qt.CheckState:
        return Qt.CheckState.Unchecked if texts.code in self._off else Qt.CheckState.Checked

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.PRINTED and self.editable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not self.editable
            or not index.isValid()
            or index.column() != self.PRINTED
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        code = self._rows[index.row()].code
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on:
            self._off.discard(code)
        else:
            self._off.add(code)
        self.dataChanged.emit(index, index)
        return True


class ReadingLanguagesBox(QGroupBox):
    """The group box Settings → Letters shows; the section saves `turned_off()`."""

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Languages for the person"), parent)
        self.setObjectName("letters-reading-languages")
        hint = QLabel(
            self.tr(
                "The part of the letter for the person is also printed in the language they "
                "read best. Texts not yet reviewed by a fluent speaker may have mistakes: "
                "turn a language off until someone fluent has read it."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.model = ReadingLanguagesModel(self)
        self.model.editable = editable
        self.view = QTableView(self)
        self.view.setObjectName("letters-reading-languages-table")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(180)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view)

    def set_turned_off(self, setting: str) -> None:
        self.model.set_turned_off({c.strip() for c in setting.split(",")})

    def turned_off(self) -> str:
        return ",".join(self.model.turned_off())
