"""Audit events as a table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from intake_app.accounts.audit_view import AuditRow

from intake_app.ui.audit.details import detail_text, record_text
from intake_app.ui.audit.labels import action_label
from intake_app.ui.widgets.date_formats import short_datetime

_Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    WHEN, USER, ACTION, RECORD, DETAIL = range(5)
    SortRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._services: dict[str, str] = {}
        self._users: dict[int, str] = {}

    def set_rows(
        self,
        rows: list[AuditRow],
        services: dict[str, str] | None = None,
        users: dict[int, str] | None = None,
    ) -> None:
        """`services` and `users` turn the ids the trail stores into names for the eye."""
        self.beginResetModel()
        self._rows = list(rows)
        self._services = dict(services or {})
        self._users = dict(users or {})
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
            return record_text(e, self._services, self._users)
        if col == self.DETAIL:
            return detail_text(e, self._services)
        return None
