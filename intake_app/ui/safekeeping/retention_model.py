"""Clients due for deletion, as a table model: number, name, last activity."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from intake_app.retention.policy import InactiveClient

_Index = QModelIndex | QPersistentModelIndex


class RetentionModel(QAbstractTableModel):
    NUMBER, NAME, LAST = range(3)
    SortRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[InactiveClient] = []

    def set_rows(self, rows: list[InactiveClient]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (self.tr("Number"), self.tr("Name"), self.tr("Last activity"))
        return names[section] if 0 <= section < 3 else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == self.SortRole and col == self.LAST:
            return row.last_activity.isoformat()
        if role not in (Qt.ItemDataRole.DisplayRole, self.SortRole):
            return None
        if col == self.NUMBER:
            return row.number
        if col == self.NAME:
            return row.display_name
        if col == self.LAST:
            d = row.last_activity.date()
            return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)
        return None
