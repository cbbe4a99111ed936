"""Table models of the Clients page. Each is a read-only list of value objects; the views
edit through the editors' buttons, and `ROW_ROLE` gives back the object of a row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, ClassVar, Generic, TypeVar

from babel.dates import format_date, format_datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from intake_app.clients.duplicates import DuplicateMatch, Reason
from intake_app.domain.audit import AuditEvent
from intake_app.domain.clients import ClientHit, Consent, HouseholdMember, Need
from intake_app.domain.common import Lang

from intake_app.ui.clients import labels
from intake_app.ui.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_CTX = "ClientModels"
_ARCHIVED = QT_TRANSLATE_NOOP("ClientModels", "archived")
_MET = QT_TRANSLATE_NOOP("ClientModels", "Met")
_OPEN = QT_TRANSLATE_NOOP("ClientModels", "Open")
_REVOKED = QT_TRANSLATE_NOOP("ClientModels", "Revoked")
_IN_FORCE = QT_TRANSLATE_NOOP("ClientModels", "In force")
_EXPIRED = QT_TRANSLATE_NOOP("ClientModels", "Expired")
ANY_SERVICE = "any referred service"
_ANY_SERVICE = QT_TRANSLATE_NOOP("ClientModels", "any referred service")
Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _locale(lang: Lang) -> str:
    return "fr_CA" if lang is Lang.FR else "en_CA"


def day_text(day: date | None, lang: Lang) -> str:
    return format_date(day, "medium", locale=_locale(lang)) if day else ""


def moment_text(at: datetime | None, lang: Lang) -> str:
    return format_datetime(at, "short", locale=_locale(lang)) if at else ""


class RowsModel(QAbstractTableModel, Generic[T]):
    """Columns are (untranslated header, text of a row). `CONTEXT` is the translation
    context the subclass marked its `HEADERS` with (QT_TRANSLATE_NOOP)."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT: str = _CTX

    def __init__(self, lang: Lang = Lang.EN, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[T] = []

    def cell(self, row: T, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None


class ClientHitsModel(RowsModel[ClientHit]):
    HEADERS = (
        QT_TRANSLATE_NOOP("ClientModels", "Name"),
        QT_TRANSLATE_NOOP("ClientModels", "Number"),
        QT_TRANSLATE_NOOP("ClientModels", "Born"),
    )

    def cell(self, row: ClientHit, column: int) -> str:
        if column == 0:
            name = row.display_name
            return f"{name} — {_t(_ARCHIVED)}" if row.archived else name
        if column == 1:
            return row.number
        return str(row.birth_year) if row.birth_year else ""


class ClientNeedsModel(RowsModel[Need]):
    HEADERS = (
        QT_TRANSLATE_NOOP("ClientModels", "Need"),
        QT_TRANSLATE_NOOP("ClientModels", "Urgency"),
        QT_TRANSLATE_NOOP("ClientModels", "Reason"),
        QT_TRANSLATE_NOOP("ClientModels", "Status"),
    )

    def cell(self, row: Need, column: int) -> str:
        if column == 0:
            return labels.need_label(row.category, self.lang)
        if column == 1:
            return labels.tr(labels.URGENCY[row.urgency])
        if column == 2:
            return row.reason
        return _t(_MET if row.met else _OPEN)


class ConsentsModel(RowsModel[Consent]):
    HEADERS = (
        QT_TRANSLATE_NOOP("ClientModels", "Purpose"),
        QT_TRANSLATE_NOOP("ClientModels", "May share"),
        QT_TRANSLATE_NOOP("ClientModels", "With"),
        QT_TRANSLATE_NOOP("ClientModels", "How"),
        QT_TRANSLATE_NOOP("ClientModels", "Given"),
        QT_TRANSLATE_NOOP("ClientModels", "Expires"),
        QT_TRANSLATE_NOOP("ClientModels", "Status"),
    )

    def __init__(
        self, lang: Lang = Lang.EN, today: Callable[[], date] = date.today, parent: Any = None
    ) -> None:
        super().__init__(lang, parent)
        self._today = today

    def cell(self, row: Consent, column: int) -> str:
        if column == 0:
            return row.purpose
        if column == 1:
            return ", ".join(labels.tr(labels.SHARES[s]) for s in sorted(row.shares))
        if column == 2:
            # "any referred service" is a stored keyword (see letters.allowlist), shown
            # in the interface language.
            return _t(_ANY_SERVICE) if row.with_whom == ANY_SERVICE else row.with_whom
        if column == 3:
            return labels.tr(labels.METHOD[row.method])
        if column == 4:
            return day_text(row.given_on, self.lang)
        if column == 5:
            return day_text(row.expires_on, self.lang)
        today = self._today()
        if row.revoked_on is not None and row.revoked_on <= today:
            return _t(_REVOKED)
        if row.in_force(today):
            return _t(_IN_FORCE)
        return _t(_EXPIRED)


class HouseholdModel(RowsModel[HouseholdMember]):
    HEADERS = (
        QT_TRANSLATE_NOOP("ClientModels", "Relation"),
        QT_TRANSLATE_NOOP("ClientModels", "Age range"),
    )

    def cell(self, row: HouseholdMember, column: int) -> str:
        if column == 0:
            return labels.tr(labels.RELATIONS.get(row.relation, row.relation))
        return row.age_range


class HistoryModel(RowsModel[AuditEvent]):
    HEADERS = (
        QT_TRANSLATE_NOOP("ClientModels", "When"),
        QT_TRANSLATE_NOOP("ClientModels", "Who"),
        QT_TRANSLATE_NOOP("ClientModels", "What"),
    )

    def __init__(self, lang: Lang = Lang.EN, parent: Any = None) -> None:
        super().__init__(lang, parent)
        self.user_names: dict[int, str] = {}

    def cell(self, row: AuditEvent, column: int) -> str:
        if column == 0:
            return moment_text(row.at, self.lang)
        if column == 1:
            return self.user_names.get(row.user_id or 0, "—")
        text = labels.ACTIONS.get(row.action)
        return labels.tr(text) if text else row.action


class DuplicatesModel(RowsModel[DuplicateMatch]):
    HEADERS = (
        QT_TRANSLATE_NOOP("ClientModels", "Possible match"),
        QT_TRANSLATE_NOOP("ClientModels", "Why"),
    )
    _REASONS: ClassVar[dict[Reason, str]] = {
        Reason.NAME: QT_TRANSLATE_NOOP("ClientModels", "similar name"),
        Reason.BIRTH_YEAR: QT_TRANSLATE_NOOP("ClientModels", "same birth year"),
        Reason.PHONE: QT_TRANSLATE_NOOP("ClientModels", "same phone"),
    }

    def cell(self, row: DuplicateMatch, column: int) -> str:
        why = ", ".join(_t(self._REASONS[r]) for r in sorted(row.reasons))
        if column == 0:
            year = f" · {row.hit.birth_year}" if row.hit.birth_year else ""
            return f"{row.hit.display_name}\n{row.hit.number}{year}" + (f" · {why}" if why else "")
        return why
