"""One released table as a Qt model: category, people (an "x" for a hidden cell), and the
total row for tables that split the people served."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from intake_app.domain.common import Lang
from intake_app.reports.labels import category_label, number, text
from intake_app.reports.release import ReleasedTable, TableKind

from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.rows_model import Col, RowsModel


@dataclass(frozen=True)
class ReportRow:
    label: str
    value: int | None  # None: hidden (too few people to show)
    total: bool = False


class ReportTableModel(RowsModel[ReportRow]):
    CONTEXT = "ReportTableModel"

    def __init__(self, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._table: ReleasedTable | None = None

    def columns(self) -> Sequence[Col[ReportRow]]:
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return (
            Col(QT_TRANSLATE_NOOP("ReportTableModel", "Category"), _label, tip=_label),
            Col(
                QT_TRANSLATE_NOOP("ReportTableModel", "People"),
                self._value,
                tip=lambda r: (
                    self.tr("Hidden to protect confidentiality") if r.value is None else None
                ),
                roles={
                    Qt.ItemDataRole.TextAlignmentRole: lambda _r: right,
                    Qt.ItemDataRole.AccessibleTextRole: lambda r: (
                        self.tr("hidden") if r.value is None else None
                    ),
                },
            ),
        )

    def set_table(self, table: ReleasedTable | None) -> None:
        self._table = table
        rows: list[ReportRow] = []
        if table is not None:
            rows = [
                ReportRow(category_label(table.id, c.category, self.lang), c.value)
                for c in table.cells
            ]
            if table.kind is TableKind.PARTITION:
                rows.append(ReportRow(text("total", self.lang), table.total, total=True))
        self.set_rows(rows)

    def header_text(self, section: int) -> str:
        if section == 0 and self._table is not None and self._table.kind is TableKind.TREND:
            return self.tr("Month")
        return super().header_text(section)

    def row_role(self, row: ReportRow, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _value(self, row: ReportRow) -> str:
        if row.value is None:
            return text("suppressed", self.lang)
        return number(row.value, self.lang)


def _label(row: ReportRow) -> str:
    return row.label
