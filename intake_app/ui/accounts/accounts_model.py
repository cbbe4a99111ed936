"""The staff accounts as a table model: name, role, state."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from intake_app.domain.users import Role, User

from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.data_role import ID_ROLE
from intake_app.ui.widgets.rows_model import Col, RowsModel


class AccountsModel(RowsModel[User]):
    NAME, ROLE, STATE = range(3)
    UserRole = ID_ROLE
    CONTEXT = "AccountsModel"

    def __init__(self, current_user_id: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._me = current_user_id

    def columns(self) -> Sequence[Col[User]]:
        return (
            Col(QT_TRANSLATE_NOOP("AccountsModel", "Name"), self._name),
            Col(QT_TRANSLATE_NOOP("AccountsModel", "Role"), self._role),
            Col(QT_TRANSLATE_NOOP("AccountsModel", "State"), self._state),
        )

    def row_id(self, row: User) -> int:
        return row.id

    def set_users(self, users: list[User]) -> None:
        self.set_rows(users)

    def user_at(self, row: int) -> User:
        return self.row_at(row)

    def _name(self, user: User) -> str:
        return user.name + (self.tr(" (you)") if user.id == self._me else "")

    def _role(self, user: User) -> str:
        return self.tr("Coordinator") if user.role is Role.COORDINATOR else self.tr("Caseworker")

    def _state(self, user: User) -> str:
        if user.must_change_passphrase:
            return self.tr("Must choose a new passphrase")
        return self.tr("Active")
