"""Table models of the Today screen (read-only rows; ROW_ROLE gives the row back)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from intake_app.desk.today import DraftWaiting
from intake_app.domain.common import Lang
from intake_app.domain.referrals import ReferralRow

from intake_app.ui.clients.models import ClientRows, day_text, moment_text
from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.rows_model import Col


class FollowUpsModel(ClientRows[ReferralRow]):
    def __init__(self, lang: Lang, today: date, parent: object = None) -> None:
        super().__init__(lang, parent)
        self.today = today

    def columns(self) -> Sequence[Col[ReferralRow]]:
        return (
            Col(
                QT_TRANSLATE_NOOP("ClientModels", "Client"),
                lambda r: f"{r.client_name} · {r.client_number}",
            ),
            Col(
                QT_TRANSLATE_NOOP("ClientModels", "Service"),
                lambda r: r.service_name_in(self.lang.value),
            ),
            Col(QT_TRANSLATE_NOOP("ClientModels", "Follow-up"), self._follow_up),
        )

    def _follow_up(self, row: ReferralRow) -> str:
        day = row.follow_up_on
        if day is None:
            return ""
        if day < self.today:
            late = (self.today - day).days
            return QCoreApplication.translate("TodayPage", "%n day(s) overdue", "", late)
        return (
            QCoreApplication.translate("TodayPage", "today")
            if day == self.today
            else day_text(day, self.lang)
        )


class DraftsModel(ClientRows[DraftWaiting]):
    def columns(self) -> Sequence[Col[DraftWaiting]]:
        return (
            Col(QT_TRANSLATE_NOOP("ClientModels", "Name"), self._name),
            Col(
                QT_TRANSLATE_NOOP("ClientModels", "Saved"),
                lambda r: moment_text(r.saved_at, self.lang),
            ),
        )

    @staticmethod
    def _name(row: DraftWaiting) -> str:
        name = row.name or QCoreApplication.translate("TodayPage", "(no name yet)")
        if row.client_id is None:
            return QCoreApplication.translate("TodayPage", "New intake: %1").replace("%1", name)
        return name
