"""Referral rows as a table; sorting by a proxy, filtering by the storage layer."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from babel.dates import format_date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from intake_app.domain.common import Lang
from intake_app.domain.referrals import ReferralRow, ReferralState
from intake_app.routing.explain import category_label

from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.referrals.labels import state_text, tr
from intake_app.ui.widgets.tones import Tone, tone_colour

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    FOLLOW_UP = 0
    CODE = 1
    CLIENT = 2
    SERVICE = 3
    NEEDS = 4
    STATE = 5
    CASEWORKER = 6


HEADERS = {
    Column.FOLLOW_UP: QT_TRANSLATE_NOOP("ReferralLabels", "Follow-up"),
    Column.CODE: QT_TRANSLATE_NOOP("ReferralLabels", "Code"),
    Column.CLIENT: QT_TRANSLATE_NOOP("ReferralLabels", "Client"),
    Column.SERVICE: QT_TRANSLATE_NOOP("ReferralLabels", "Service"),
    Column.NEEDS: QT_TRANSLATE_NOOP("ReferralLabels", "For"),
    Column.STATE: QT_TRANSLATE_NOOP("ReferralLabels", "State"),
    Column.CASEWORKER: QT_TRANSLATE_NOOP("ReferralLabels", "Made by"),
}


class ReferralsModel(QAbstractTableModel):
    def __init__(self, lang: Lang, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._today = today
        self._rows: list[ReferralRow] = []

    def set_rows(self, rows: list[ReferralRow], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def row_of(self, referral_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == referral_id), -1)

    def referral(self, row: int) -> ReferralRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return tr(HEADERS[Column(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = Column(index.column())
        if role == ID_ROLE:
            return r.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(r, col)
        if role == SORT_ROLE:
            if col is Column.FOLLOW_UP:
                return r.follow_up_on.isoformat() if r.follow_up_on else "9999"
            return (self._text(r, col) or "").casefold()
        overdue = (
            r.state is not ReferralState.CLOSED
            and r.follow_up_on is not None
            and (r.follow_up_on < self._today)
        )
        if role == Qt.ItemDataRole.ForegroundRole and col is Column.FOLLOW_UP and overdue:
            return tone_colour(Tone.BAD)
        if role == Qt.ItemDataRole.FontRole and col is Column.CODE:
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        return None

    def _text(self, r: ReferralRow, col: Column) -> str:
        if col is Column.FOLLOW_UP:
            if r.follow_up_on is None:
                return "—"
            return format_date(
                r.follow_up_on,
                format="medium",
                locale="fr_CA" if self._lang is Lang.FR else "en_CA",
            )
        if col is Column.CODE:
            return r.code
        if col is Column.CLIENT:
            return f"{r.client_name} ({r.client_number})" if r.client_name else r.client_number
        if col is Column.SERVICE:
            return r.service_name_in(self._lang.value)
        if col is Column.NEEDS:
            return ", ".join(category_label(c, self._lang) for c in r.categories)
        if col is Column.STATE:
            return state_text(r.state)
        return r.created_by_name
