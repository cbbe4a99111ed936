"""Audit events as a table model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from intake_app.accounts.audit_view import AuditRow

from intake_app.ui.audit.details import detail_text, record_text
from intake_app.ui.audit.labels import action_label
from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.data_role import SORT_ROLE
from intake_app.ui.widgets.date_formats import short_datetime
from intake_app.ui.widgets.rows_model import Col, RowsModel


class AuditModel(RowsModel[AuditRow]):
    """The trail, newest first; "When" sorts by event id (the trail's own order)."""

    WHEN, USER, ACTION, RECORD, DETAIL = range(5)
    SortRole = SORT_ROLE
    CONTEXT = "AuditModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._services: dict[str, str] = {}
        self._users: dict[int, str] = {}

    def columns(self) -> Sequence[Col[AuditRow]]:
        return (
            Col(
                QT_TRANSLATE_NOOP("AuditModel", "When"),
                lambda r: short_datetime(r.event.at),
                sort=lambda r: r.event.id,
            ),
            Col(QT_TRANSLATE_NOOP("AuditModel", "Who"), lambda r: r.user_name or "—"),
            Col(QT_TRANSLATE_NOOP("AuditModel", "What"), lambda r: action_label(r.event.action)),
            Col(
                QT_TRANSLATE_NOOP("AuditModel", "Record"),
                lambda r: record_text(r.event, self._services, self._users),
            ),
            Col(
                QT_TRANSLATE_NOOP("AuditModel", "Details"),
                lambda r: detail_text(r.event, self._services),
            ),
        )

    def set_rows(
        self,
        rows: Sequence[AuditRow],
        services: dict[str, str] | None = None,
        users: dict[int, str] | None = None,
    ) -> None:
        """`services` and `users` turn the ids the trail stores into names for the eye."""
        self._services = dict(services or {})
        self._users = dict(users or {})
        super().set_rows(rows)
