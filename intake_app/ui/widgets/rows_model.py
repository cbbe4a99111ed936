"""One table model for every table of the interface.

A table shows a list of value objects. What differs between tables is only the columns,
so a table declares them as data — a `Col` per column: the header (untranslated, marked
with `QT_TRANSLATE_NOOP` in the model's `CONTEXT`) and how a row gives its text, its sort
key, its tooltip and any other role (a tone, a font, an alignment). `RowsModel` does the
rest the same way everywhere: row storage and resets, counts, headers, `ROW_ROLE` (the row
object), `ID_ROLE` (the row's id), `SORT_ROLE` (for a `QSortFilterProxyModel`) and
`AS_WRITTEN_ROLE` (cells that show data, not interface text). A list view shows column 0.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from intake_app.ui.widgets.data_role import AS_WRITTEN_ROLE, ID_ROLE, ROW_ROLE, SORT_ROLE

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Col(Generic[T]):
    """One column: `header` (untranslated; the model translates it in its `CONTEXT`),
    `text` (what the cell shows), `sort` (the `SORT_ROLE` value; the text when absent),
    `tip` (the tooltip), `roles` (any other role, e.g. a tone for `ForegroundRole`) and
    `as_written` (the cell shows the source's own text, which is not translated)."""

    header: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    tip: Callable[[T], Any] | None = None
    roles: Mapping[int, Callable[[T], Any]] = field(default_factory=dict)
    as_written: bool = False


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table of `T` rows; subclasses declare `columns()` and, where they have
    them, `row_id()` and `row_role()` (a role for every cell of a row, e.g. a bold total)."""

    CONTEXT: ClassVar[str] = "RowsModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._columns: tuple[Col[T], ...] = tuple(self.columns())

    def columns(self) -> Sequence[Col[T]]:
        """The columns, asked once while the model is built: before the subclass's own
        attributes exist, so the column functions read them when called, not here."""
        raise NotImplementedError

    def row_id(self, row: T) -> Any:
        return None

    def row_role(self, row: T, role: int) -> Any:
        return None

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate(self.CONTEXT, self._columns[section].header)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def replace_row(self, row: int, value: T) -> None:
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def row_where(self, test: Callable[[T], bool]) -> int:
        """The first row for which `test` holds, or -1."""
        return next((i for i, r in enumerate(self._rows) if test(r)), -1)

    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        return super().index(row, column, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        return self.cell_data(self._rows[index.row()], self._columns[index.column()], role)

    def cell_data(self, row: T, col: Col[T], role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return self.row_id(row)
        if role == SORT_ROLE:
            return col.sort(row) if col.sort is not None else col.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and col.tip is not None:
            return col.tip(row)
        if role == AS_WRITTEN_ROLE:
            return col.as_written
        getter = col.roles.get(role)
        if getter is not None:
            return getter(row)
        return self.row_role(row, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self.header_text(section)
        return None
