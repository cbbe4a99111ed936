"""Table models of the Clients page. Each is a read-only list of value objects; the views
edit through the editors' buttons, and `ROW_ROLE` (`ui.widgets.data_role`) gives back the
object of a row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, ClassVar, TypeVar

from babel.dates import format_date, format_datetime

from PySide6.QtCore import QCoreApplication

from intake_app.clients.duplicates import DuplicateMatch, Reason
from intake_app.domain.audit import AuditEvent
from intake_app.domain.clients import ClientHit, Consent, HouseholdMember, Need
from intake_app.domain.common import Lang
from intake_app.domain.languages import babel_locale

from intake_app.ui.clients import labels
from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.rows_model import Col, RowsModel

T = TypeVar("T")
_CTX = "ClientModels"
_ARCHIVED = QT_TRANSLATE_NOOP("ClientModels", "archived")
_MET = QT_TRANSLATE_NOOP("ClientModels", "Met")
_OPEN = QT_TRANSLATE_NOOP("ClientModels", "Open")
_REVOKED = QT_TRANSLATE_NOOP("ClientModels", "Revoked")
_IN_FORCE = QT_TRANSLATE_NOOP("ClientModels", "In force")
_EXPIRED = QT_TRANSLATE_NOOP("ClientModels", "Expired")
ANY_SERVICE = "any referred service"
_ANY_SERVICE = QT_TRANSLATE_NOOP("ClientModels", "any referred service")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def day_text(day: date | None, lang: Lang) -> str:
    return format_date(day, "medium", locale=babel_locale(lang)) if day else ""


def moment_text(at: datetime | None, lang: Lang) -> str:
    return format_datetime(at, "short", locale=babel_locale(lang)) if at else ""


class ClientRows(RowsModel[T]):
    """A table of the Clients page: its texts in the interface language `lang`."""

    CONTEXT = _CTX

    def __init__(self, lang: Lang = Lang.EN, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang


class ClientHitsModel(ClientRows[ClientHit]):
    def columns(self) -> Sequence[Col[ClientHit]]:
        return (
            Col(QT_TRANSLATE_NOOP("ClientModels", "Name"), self._name),
            Col(QT_TRANSLATE_NOOP("ClientModels", "Number"), lambda r: r.number),
            Col(
                QT_TRANSLATE_NOOP("ClientModels", "Born"),
                lambda r: str(r.birth_year) if r.birth_year else "",
            ),
        )

    @staticmethod
    def _name(row: ClientHit) -> str:
        return f"{row.display_name} — {_t(_ARCHIVED)}" if row.archived else row.display_name


class ClientNeedsModel(ClientRows[Need]):
    """The needs table of a client record (the routing view's list is `NeedsToRouteModel`)."""

    def columns(self) -> Sequence[Col[Need]]:
        return (
            Col(
                QT_TRANSLATE_NOOP("ClientModels", "Need"),
                lambda r: labels.need_label(r.category, self.lang),
            ),
            Col(
                QT_TRANSLATE_NOOP("ClientModels", "Urgency"),
                lambda r: labels.tr(labels.URGENCY[r.urgency]),
            ),
            Col(QT_TRANSLATE_NOOP("ClientModels", "Reason"), lambda r: r.reason),
            Col(
                QT_TRANSLATE_NOOP("ClientModels", "Status"), lambda r: _t(_MET if r.met else _OPEN)
            ),
        )


class ConsentsModel(ClientRows[Consent]):
    def __init__(
        self, lang: Lang = Lang.EN, today: Callable[[], date] = date.today, parent: Any = None
    ) -> None:
        super().__init__(lang, parent)
        self._today = today

    def columns(self) -> Sequence[Col[Consent]]:
        return (
            Col(QT_TRANSLATE_NOOP("ClientModels", "Purpose"), lambda r: r.purpose),
            Col(
                QT_TRANSLATE_NOOP("ClientModels", "May share"),
                lambda r: ", ".join(labels.tr(labels.SHARES[s]) for s in sorted(r.shares)),
            ),
            Col(QT_TRANSLATE_NOOP("ClientModels", "With"), self._with_whom),
            Col(
                QT_TRANSLATE_NOOP("ClientModels", "How"),
                lambda r: labels.tr(labels.METHOD[r.method]),
            ),
            Col(
                QT_TRANSLATE_NOOP("ClientModels", "Given"),
                lambda r: day_text(r.given_on, self.lang),
            ),
            Col(
                QT_TRANSLATE_NOOP("ClientModels", "Expires"),
                lambda r: day_text(r.expires_on, self.lang),
            ),
            Col(QT_TRANSLATE_NOOP("ClientModels", "Status"), self._status),
        )

    @staticmethod
    def _with_whom(row: Consent) -> str:
        # "any referred service" is a stored keyword (see letters.allowlist), shown
        # in the interface language.
        return _t(_ANY_SERVICE) if row.with_whom == ANY_SERVICE else row.with_whom

    def _status(self, row: Consent) -> str:
        today = self._today()
        if row.revoked_on is not None and row.revoked_on <= today:
            return _t(_REVOKED)
        if row.in_force(today):
            return _t(_IN_FORCE)
        return _t(_EXPIRED)


class HouseholdModel(ClientRows[HouseholdMember]):
    def columns(self) -> Sequence[Col[HouseholdMember]]:
        return (
            Col(
                QT_TRANSLATE_NOOP("ClientModels", "Relation"),
                lambda r: labels.tr(labels.RELATIONS.get(r.relation, r.relation)),
            ),
            Col(QT_TRANSLATE_NOOP("ClientModels", "Age range"), lambda r: r.age_range),
        )


class HistoryModel(ClientRows[AuditEvent]):
    def __init__(self, lang: Lang = Lang.EN, parent: Any = None) -> None:
        super().__init__(lang, parent)
        self.user_names: dict[int, str] = {}

    def columns(self) -> Sequence[Col[AuditEvent]]:
        return (
            Col(QT_TRANSLATE_NOOP("ClientModels", "When"), lambda r: moment_text(r.at, self.lang)),
            Col(
                QT_TRANSLATE_NOOP("ClientModels", "Who"),
                lambda r: self.user_names.get(r.user_id or 0, "—"),
            ),
            Col(QT_TRANSLATE_NOOP("ClientModels", "What"), self._what),
        )

    @staticmethod
    def _what(row: AuditEvent) -> str:
        text = labels.ACTIONS.get(row.action)
        return labels.tr(text) if text else row.action


class DuplicatesModel(ClientRows[DuplicateMatch]):
    _REASONS: ClassVar[dict[Reason, str]] = {
        Reason.NAME: QT_TRANSLATE_NOOP("ClientModels", "similar name"),
        Reason.BIRTH_YEAR: QT_TRANSLATE_NOOP("ClientModels", "same birth year"),
        Reason.PHONE: QT_TRANSLATE_NOOP("ClientModels", "same phone"),
    }

    def columns(self) -> Sequence[Col[DuplicateMatch]]:
        return (
            Col(QT_TRANSLATE_NOOP("ClientModels", "Possible match"), self._match),
            Col(QT_TRANSLATE_NOOP("ClientModels", "Why"), self._why),
        )

    def _why(self, row: DuplicateMatch) -> str:
        return ", ".join(_t(self._REASONS[r]) for r in sorted(row.reasons))

    def _match(self, row: DuplicateMatch) -> str:
        why = self._why(row)
        year = f" · {row.hit.birth_year}" if row.hit.birth_year else ""
        return f"{row.hit.display_name}\n{row.hit.number}{year}" + (f" · {why}" if why else "")
