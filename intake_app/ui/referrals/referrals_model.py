"""Referral rows as a table; sorting by a proxy, filtering by the storage layer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from babel.dates import format_date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from intake_app.domain.common import Lang
from intake_app.domain.languages import babel_locale
from intake_app.domain.referrals import ReferralRow, ReferralState
from intake_app.routing.explain import category_label

from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.referrals.labels import state_text
from intake_app.ui.widgets.data_role import ID_ROLE, SORT_ROLE
from intake_app.ui.widgets.rows_model import Col, RowsModel
from intake_app.ui.widgets.tones import Tone, tone_colour

__all__ = ["HEADERS", "ID_ROLE", "SORT_ROLE", "Column", "ReferralsModel"]


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


class ReferralsModel(RowsModel[ReferralRow]):
    """Every cell's text is its tooltip too (the columns are narrow); the follow-up date
    sorts by date (no date last) and shows in the bad tone when overdue."""

    CONTEXT = "ReferralLabels"

    def __init__(self, lang: Lang, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._today = today

    def columns(self) -> Sequence[Col[ReferralRow]]:
        texts: dict[Column, Callable[[ReferralRow], str]] = {
            Column.FOLLOW_UP: self._follow_up,
            Column.CODE: lambda r: r.code,
            Column.CLIENT: _client,
            Column.SERVICE: lambda r: r.service_name_in(self._lang.value),
            Column.NEEDS: self._needs,
            Column.STATE: lambda r: state_text(r.state),
            Column.CASEWORKER: lambda r: r.created_by_name,
        }
        roles: dict[Column, dict[int, Callable[[ReferralRow], Any]]] = {
            Column.FOLLOW_UP: {Qt.ItemDataRole.ForegroundRole: self._overdue_tone},
            Column.CODE: {Qt.ItemDataRole.FontRole: lambda _r: _monospace()},
        }
        return tuple(
            Col(
                HEADERS[col],
                text,
                sort=_follow_up_key if col is Column.FOLLOW_UP else _folded(text),
                tip=text,
                roles=roles.get(col, {}),
            )
            for col, text in texts.items()
        )

    def row_id(self, row: ReferralRow) -> int:
        return row.id

    def set_rows(self, rows: Sequence[ReferralRow], today: date | None = None) -> None:
        if today is not None:
            self._today = today
        super().set_rows(rows)

    def row_of(self, referral_id: int) -> int:
        return self.row_where(lambda r: r.id == referral_id)

    def referral(self, row: int) -> ReferralRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _overdue_tone(self, r: ReferralRow) -> Any:
        overdue = (
            r.state is not ReferralState.CLOSED
            and r.follow_up_on is not None
            and r.follow_up_on < self._today
        )
        return tone_colour(Tone.BAD) if overdue else None

    def _needs(self, r: ReferralRow) -> str:
        return ", ".join(category_label(c, self._lang) for c in r.categories)

    def _follow_up(self, r: ReferralRow) -> str:
        if r.follow_up_on is None:
            return "—"
        locale = babel_locale(self._lang)
        return format_date(r.follow_up_on, format="medium", locale=locale)


def _client(r: ReferralRow) -> str:
    return f"{r.client_name} ({r.client_number})" if r.client_name else r.client_number


def _follow_up_key(r: ReferralRow) -> str:
    """By date; a referral without a follow-up date last."""
    return r.follow_up_on.isoformat() if r.follow_up_on else "9999"


def _folded(text: Callable[[ReferralRow], str]) -> Callable[[ReferralRow], str]:
    return lambda r: (text(r) or "").casefold()


def _monospace() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font
