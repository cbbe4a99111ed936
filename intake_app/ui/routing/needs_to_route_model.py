"""The client's open needs, for the left column of the routing view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from intake_app.domain.clients import Need
from intake_app.domain.common import Lang
from intake_app.routing.explain import category_label

from intake_app.ui.clients.labels import URGENCY
from intake_app.ui.clients.labels import tr as label_tr

Index = QModelIndex | QPersistentModelIndex


class NeedsToRouteModel(QAbstractListModel):
    """The needs the routing view suggests services for, each with how many usable
    services fit it (the client record's own needs table is `ClientNeedsModel`)."""

    def __init__(self, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._needs: list[tuple[Need, int]] = []  # (need, usable services)

    def set_needs(self, needs: list[tuple[Need, int]]) -> None:
        self.beginResetModel()
        self._needs = list(needs)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._needs)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._needs):
            return None
        need, count = self._needs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            urgency = label_tr(URGENCY[need.urgency])
            return f"{category_label(need.category, self._lang)}\n{urgency} · {self._count(count)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return need.reason or None
        if role == Qt.ItemDataRole.UserRole:
            return index.row()
        return None

    @staticmethod
    def _count(count: int) -> str:
        if count == 0:
            return QCoreApplication.translate("NeedsToRouteModel", "nothing fits")
        return QCoreApplication.translate("NeedsToRouteModel", "%n service(s)", "", count)
