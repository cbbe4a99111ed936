"""The directory list: a table model of services and a proxy that filters on a prepared,
accent-folded index (`directory.search`), so each keystroke costs one pass over strings."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from babel.dates import format_date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap

from intake_app.directory.search import DirectoryFilter, DirectoryIndex
from intake_app.domain.common import Lang
from intake_app.domain.folding import fold
from intake_app.domain.languages import babel_locale
from intake_app.domain.services import AnyService, Service

from intake_app.ui.directory.labels import term_label
from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.data_role import ROW_ROLE, SORT_ROLE
from intake_app.ui.widgets.rows_model import Col, RowsModel
from intake_app.ui.widgets.tones import Tone, tone_colour

Index = QModelIndex | QPersistentModelIndex
SERVICE_ROLE = ROW_ROLE
_CTX = "ServicesModel"
HEADERS = (
    QT_TRANSLATE_NOOP("ServicesModel", "Service"),
    QT_TRANSLATE_NOOP("ServicesModel", "Organization"),
    QT_TRANSLATE_NOOP("ServicesModel", "Categories"),
    QT_TRANSLATE_NOOP("ServicesModel", "Area"),
    QT_TRANSLATE_NOOP("ServicesModel", "Verified"),
    QT_TRANSLATE_NOOP("ServicesModel", "Source"),
)
VERIFIED = 4
SOURCE = 5  # "Unsigned" for a service from a file no organization signed (issue 22)
_UNSIGNED = QT_TRANSLATE_NOOP("ServicesModel", "Unsigned")
_UNSIGNED_LONG = QT_TRANSLATE_NOOP(
    "ServicesModel", "Unsigned source: nobody can check where this service's data came from"
)
_STALE = QT_TRANSLATE_NOOP("ServicesModel", "{date} — to check")
_NEVER = QT_TRANSLATE_NOOP("ServicesModel", "never — to check")
_INACTIVE = QT_TRANSLATE_NOOP("ServicesModel", "{name} (inactive)")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@lru_cache(maxsize=2048)
def _date_text(day: date, lang: Lang) -> str:
    # Services share few distinct verification dates; Babel is slow-ish per call.
    return format_date(day, "medium", locale=babel_locale(lang))


@lru_cache(maxsize=4)
def _unsigned_dot(colour: str) -> QPixmap:
    """A small dot in the warning tone (keyed by the palette's shade, light or dark)."""
    dot = QPixmap(10, 10)
    dot.fill(Qt.GlobalColor.transparent)
    painter = QPainter(dot)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 8, 8)
    painter.end()
    return dot


def _name_text(s: AnyService, lang: Lang) -> str:
    name = s.name_in(lang.value)
    return name if s.active else _t(_INACTIVE).format(name=name)


def _categories_text(s: AnyService, lang: Lang) -> str:
    return ", ".join(sorted(term_label(c, lang) for c in s.categories))


def _verified_text(s: AnyService, lang: Lang, today: date) -> str:
    if s.last_verified is None:
        return _t(_NEVER)
    verified = _date_text(s.last_verified, lang)
    return _t(_STALE).format(date=verified) if s.is_stale(today) else verified


def _sort_key(s: AnyService, text: str, column: int) -> str:
    if column == VERIFIED:
        return s.last_verified.isoformat() if s.last_verified else ""
    return fold(text)


@dataclass(frozen=True)
class PreparedRows:
    """The list's rows sorted by the name shown (folded): what `ServicesModel` computes
    for a directory, computed ahead (without Qt objects, so in any thread). A row's texts
    are worked out when it is painted (a screenful at a time), and the other columns' sort
    keys when the user sorts by one — their texts are few and shared, so that is a
    dictionary look-up a row; the name order is the row's position here, which breaks
    every tie. 50,000 rows stay in memory, so nothing is kept per row but the service."""

    lang: Lang
    rows: tuple[AnyService, ...]
    sort: tuple[int, bool] = (0, True)  # column, ascending


def prepare_rows(services: Sequence[AnyService], lang: Lang, today: date) -> PreparedRows:
    names = [fold(_name_text(s, lang)) for s in services]
    perm = sorted(range(len(names)), key=names.__getitem__)
    del names
    return PreparedRows(lang, tuple(services[i] for i in perm))


class ServicesModel(RowsModel[AnyService]):
    """The directory list, on the generic `RowsModel` for its columns, headers, tooltip and
    tones — but not for its texts and sort keys. This list holds 10,000–50,000 services:
    the name order is computed once per directory (`prepare_rows`, off the GUI thread)
    and kept as each row's rank; texts are worked out when a row is painted and sort
    keys once per sort, so nothing else is kept per row; `data` answers the display and
    sort roles itself and passes only the rarer roles on. The rows are listed records:
    the name's tooltip (the description) reads the whole service through `whole`, one
    row at a time."""

    CONTEXT = _CTX

    def __init__(self, lang: Lang, today: Callable[[], date], parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._today = today
        self._categories: dict[frozenset[str], str] = {}  # few distinct lists of codes
        self._rank = array("l")  # each row's position in name order
        # Service id → the whole service, for a listed record's tooltip (set by the page).
        self.whole: Callable[[str], Service | None] | None = None
        self._descriptions: dict[str, str] = {}
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.unsigned_sources: frozenset[str] = frozenset()  # set before `set_services`

    def columns(self) -> Sequence[Col[AnyService]]:
        tone: dict[int, Callable[[AnyService], Any]] = {
            Qt.ItemDataRole.ForegroundRole: self._inactive_tone
        }
        stale: dict[int, Callable[[AnyService], Any]] = {
            Qt.ItemDataRole.ForegroundRole: self._verified_tone
        }
        return (
            Col(HEADERS[0], self._text_of(0), tip=self._description, roles=tone),
            *(Col(HEADERS[i], self._text_of(i), roles=tone) for i in range(1, 4)),
            Col(HEADERS[4], self._text_of(4), roles=stale),
            Col(HEADERS[SOURCE], self._source_text),
        )

    def _source_text(self, s: AnyService) -> str:
        return _t(_UNSIGNED) if s.source in self.unsigned_sources else ""

    def _text_of(self, column: int) -> Callable[[AnyService], str]:
        """A column's text, for generic readers of the columns (the display role calls
        `_text` directly)."""
        return lambda s: self._text(s, column)

    def set_services(
        self, services: Sequence[AnyService], rows: PreparedRows | None = None
    ) -> None:
        """Show `services`; `rows` (from `prepare_rows`, e.g. built off the GUI thread)
        saves computing the texts and name order here when it is for these services."""
        self.beginResetModel()
        if rows is None or rows.lang is not self.lang or rows.sort != (0, True):
            rows = prepare_rows(services, self.lang, self._today())
        self._rows = list(rows.rows)
        self._categories.clear()
        self._rank = array("l", range(len(self._rows)))
        self._descriptions.clear()
        if (self._sort_column, self._sort_order) != (0, Qt.SortOrder.AscendingOrder):
            self._apply_sort()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python on keys worked out once per sort: 10,000 rows in milliseconds,
        where a proxy calling back into Python for every comparison takes over a second."""
        if not 0 <= column < len(HEADERS):
            return
        self._sort_column, self._sort_order = column, order
        self.beginResetModel()
        self._apply_sort()
        self.endResetModel()

    def _apply_sort(self) -> None:
        col = self._sort_column
        rows, rank, unsigned = self._rows, self._rank, self.unsigned_sources
        key: Callable[[int], Any]
        if col == SOURCE:
            key = lambda i: (rows[i].source not in unsigned, rank[i])  # noqa: E731
        elif col == 0:
            key = rank.__getitem__
        else:
            # Few distinct texts (organizations, category lists, areas, dates): each is
            # folded once.
            folded: dict[str, str] = {}
            keys = []
            for s in rows:
                text = self._text(s, col)
                k = folded.get(text)
                if k is None:
                    k = folded[text] = _sort_key(s, text, col)
                keys.append(k)
            key = lambda i: (keys[i], rank[i])  # noqa: E731
        perm = sorted(
            range(len(rows)), key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder
        )
        self._rows = [rows[i] for i in perm]
        self._rank = array("l", (rank[i] for i in perm))

    def services(self) -> list[AnyService]:
        return self.rows()

    def service_at(self, row: int) -> AnyService:
        return self.row_at(row)

    def row_of(self, service_id: str) -> int:
        return self.row_where(lambda s: s.id == service_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        col = index.column()
        s = self._rows[row]
        if col == SOURCE:
            return self._source_data(s, role)
        if col == 0 and s.source in self.unsigned_sources:
            # The mark also beside the name, which is on screen at any width.
            if role == Qt.ItemDataRole.DecorationRole:
                return _unsigned_dot(tone_colour(Tone.WARN).name())
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{self._text(s, 0)} — {_t(_UNSIGNED_LONG)}"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, col)
        if role == SORT_ROLE:
            return _sort_key(s, self._text(s, col), col)
        return super().data(index, role)

    def _text(self, s: AnyService, column: int) -> str:
        """What `column` shows for `s` (translated; `QCoreApplication.translate` is
        thread-safe), worked out when a row is painted."""
        if column == 0:
            return _name_text(s, self.lang)
        if column == 1:
            return s.organization.name
        if column == 2:
            text = self._categories.get(s.categories)
            if text is None:
                text = self._categories[s.categories] = _categories_text(s, self.lang)
            return text
        if column == 3:
            return s.area
        return _verified_text(s, self.lang, self._today())

    def _inactive_tone(self, s: AnyService) -> QBrush | None:
        return None if s.active else QBrush(tone_colour(Tone.MUTED))

    def _verified_tone(self, s: AnyService) -> QBrush | None:
        if s.active and s.is_stale(self._today()):
            return QBrush(tone_colour(Tone.WARN))
        return self._inactive_tone(s)

    def _description(self, s: AnyService) -> str | None:
        if isinstance(s, Service):
            return s.description_in(self.lang.value)[:300] or None
        # A listed record holds no description: read the whole service, once per hover
        # of a row (one indexed read), and keep the last few.
        text = self._descriptions.get(s.id)
        if text is None:
            whole = self.whole(s.id) if self.whole is not None else None
            text = whole.description_in(self.lang.value)[:300] if whole is not None else ""
            if len(self._descriptions) >= 256:
                self._descriptions.clear()
            self._descriptions[s.id] = text
        return text or None

    def _source_data(self, s: AnyService, role: int) -> Any:
        """The "unsigned source" mark: a short word, a warning tone, and the whole
        sentence for screen readers and the tooltip."""
        if s.source not in self.unsigned_sources:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return _t(_UNSIGNED)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return _t(_UNSIGNED_LONG)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(tone_colour(Tone.WARN))
        if role == SORT_ROLE:
            return "0"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return _t(HEADERS[section])
        return None


class DirectoryProxy(QSortFilterProxyModel):
    """Filters through a `DirectoryIndex` rebuilt when the source model is reset; sorting
    is passed on to the source model, which sorts on keys of its own."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._index: DirectoryIndex | None = None
        self._accepted: list[bool] = []
        self.current = DirectoryFilter()
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self._rebuild)
        self._rebuild()

    def adopt_index(self, index: DirectoryIndex) -> None:
        """An index built ahead for the services about to be shown: the rebuild on the
        model's reset then reuses its entries instead of folding every service again."""
        self._index = index

    def _rebuild(self) -> None:
        source = self.sourceModel()
        services = source.services() if isinstance(source, ServicesModel) else []
        self.beginFilterChange()
        self._index = DirectoryIndex(services, previous=self._index)
        self._accepted = self._index.matches(self.current)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def suggestion(self) -> str:
        """A spelling that would find something when the current search finds nothing."""
        if self._index is None or not self.current.text.strip() or any(self._accepted):
            return ""
        return self._index.suggest(self.current.text)

    def set_filter(self, f: DirectoryFilter) -> None:
        self.beginFilterChange()
        self.current = f
        self._accepted = self._index.matches(f) if self._index is not None else []
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, ServicesModel):
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return 0 <= source_row < len(self._accepted) and self._accepted[source_row]
