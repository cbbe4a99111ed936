"""One released table as a Qt model: category, people (an "x" for a hidden cell), and the
total row for tables that split the people served."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from intake_app.domain.common import Lang
from intake_app.reports.labels import category_label, number, text
from intake_app.reports.release import ReleasedTable, TableKind

_Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    def __init__(self, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._table: ReleasedTable | None = None
        self._rows: list[tuple[str, int | None, bool]] = []

    def set_table(self, table: ReleasedTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self._rows = []
        if table is not None:
            self._rows = [
                (category_label(table.id, c.category, self.lang), c.value, False)
                for c in table.cells
            ]
            if table.kind is TableKind.PARTITION:
                self._rows.append((text("total", self.lang), table.total, True))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        label, value, total = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return label
            return text("suppressed", self.lang) if value is None else number(value, self.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return label
        if role == Qt.ItemDataRole.ToolTipRole and col == 1 and value is None:
            return self.tr("Hidden to protect confidentiality")
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 1 and value is None:
            return self.tr("hidden")
        if role == Qt.ItemDataRole.FontRole and total:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            trend = self._table is not None and self._table.kind is TableKind.TREND
            return self.tr("Month") if trend else self.tr("Category")
        return self.tr("People")
