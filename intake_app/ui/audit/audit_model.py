"""Audit events as a table model."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from intake_app.accounts.audit_view import AuditRow

from intake_app.ui.accounts.formatting import short_datetime
from intake_app.ui.audit.labels import action_label

_Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    WHEN, USER, ACTION, RECORD, DETAIL = range(5)
    SortRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Record"),
            self.tr("Details"),
        )
        return names[section] if 0 <= section < 5 else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        e = row.event
        col = index.column()
        if role == self.SortRole:
            return e.id if col == self.WHEN else self.data(index)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.WHEN:
            return short_datetime(e.at)
        if col == self.USER:
            return row.user_name or "—"
        if col == self.ACTION:
            return action_label(e.action)
        if col == self.RECORD:
            return e.record_id or ""
        if col == self.DETAIL:
            return (
                json.dumps(e.detail, ensure_ascii=False, sort_keys=True)[1:-1] if e.detail else ""
            )
        return None
