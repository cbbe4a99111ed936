"""Clients due for deletion, as a table model: number, name, last activity."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale

from intake_app.retention.policy import InactiveClient

from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.data_role import SORT_ROLE
from intake_app.ui.widgets.rows_model import Col, RowsModel


class RetentionModel(RowsModel[InactiveClient]):
    """ "Last activity" sorts by date, not by its text."""

    NUMBER, NAME, LAST = range(3)
    SortRole = SORT_ROLE
    CONTEXT = "RetentionModel"

    def columns(self) -> Sequence[Col[InactiveClient]]:
        return (
            Col(QT_TRANSLATE_NOOP("RetentionModel", "Number"), lambda r: r.number),
            Col(QT_TRANSLATE_NOOP("RetentionModel", "Name"), lambda r: r.display_name),
            Col(
                QT_TRANSLATE_NOOP("RetentionModel", "Last activity"),
                self._last,
                sort=lambda r: r.last_activity.isoformat(),
            ),
        )

    def ids(self) -> list[int]:
        return [r.id for r in self._rows]

    @staticmethod
    def _last(row: InactiveClient) -> str:
        d = row.last_activity.date()
        return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)
