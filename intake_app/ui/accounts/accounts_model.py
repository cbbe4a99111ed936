"""The staff accounts as a table model: name, role, state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from intake_app.domain.users import Role, User

_Index = QModelIndex | QPersistentModelIndex


class AccountsModel(QAbstractTableModel):
    NAME, ROLE, STATE = range(3)
    UserRole = Qt.ItemDataRole.UserRole

    def __init__(self, current_user_id: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._users: list[User] = []
        self._me = current_user_id

    def set_users(self, users: list[User]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> User:
        return self._users[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            (self.tr("Name"), self.tr("Role"), self.tr("State"))[section]
            if 0 <= section < 3
            else None
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        user = self._users[index.row()]
        if role == self.UserRole:
            return user.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.NAME:
            return user.name + (self.tr(" (you)") if user.id == self._me else "")
        if col == self.ROLE:
            return (
                self.tr("Coordinator") if user.role is Role.COORDINATOR else self.tr("Caseworker")
            )
        if col == self.STATE:
            return (
                self.tr("Must choose a new passphrase")
                if user.must_change_passphrase
                else self.tr("Active")
            )
        return None
