"""Table models of the Today screen (read-only rows; ROW_ROLE gives the row back)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from intake_app.desk.today import DraftWaiting
from intake_app.domain.common import Lang
from intake_app.domain.referrals import ReferralRow

from intake_app.ui.clients.models import RowsModel, day_text, moment_text
from intake_app.ui.i18n import QT_TRANSLATE_NOOP


class FollowUpsModel(RowsModel[ReferralRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("ClientModels", "Client"),
        QT_TRANSLATE_NOOP("ClientModels", "Service"),
        QT_TRANSLATE_NOOP("ClientModels", "Follow-up"),
    )

    def __init__(self, lang: Lang, today: date, parent: object = None) -> None:
        super().__init__(lang, parent)
        self.today = today

    def cell(self, row: ReferralRow, column: int) -> str:
        if column == 0:
            return f"{row.client_name} · {row.client_number}"
        if column == 1:
            return row.service_name_in(self.lang.value)
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


class DraftsModel(RowsModel[DraftWaiting]):
    HEADERS = (
        QT_TRANSLATE_NOOP("ClientModels", "Name"),
        QT_TRANSLATE_NOOP("ClientModels", "Saved"),
    )

    def cell(self, row: DraftWaiting, column: int) -> str:
        if column == 0:
            name = row.name or QCoreApplication.translate("TodayPage", "(no name yet)")
            if row.client_id is None:
                return QCoreApplication.translate("TodayPage", "New intake: %1").replace("%1", name)
            return name
        return moment_text(row.saved_at, self.lang)
