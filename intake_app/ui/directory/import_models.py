"""Table models for the import preview: how each file was read, and every record that
was skipped or repaired (with the reason in the interface language)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from intake_app.directory.hsds_read import Problem, TextFormat

from intake_app.ui.clients.models import RowsModel
from intake_app.ui.directory.labels import action_label, place_label, reason_label, record_label
from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.data_role import AS_WRITTEN_ROLE

_Index = QModelIndex | QPersistentModelIndex

_SEPARATORS = {
    ",": QT_TRANSLATE_NOOP("ImportModels", "comma"),
    ";": QT_TRANSLATE_NOOP("ImportModels", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("ImportModels", "tab"),
    "|": QT_TRANSLATE_NOOP("ImportModels", "vertical bar"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportModels", text)


class _Table(RowsModel[Any]):
    """The preview's tables: a row's cells come from `cells`; `AS_WRITTEN` columns show the
    source's own text (file names, field names), which the French check treats as data."""

    CONTEXT = "ImportModels"
    AS_WRITTEN: frozenset[int] = frozenset()

    def __init__(self, rows: list[Any], parent: Any = None) -> None:
        super().__init__(parent=parent)
        self.set_rows(rows)

    def cells(self, row: int) -> list[str]:
        raise NotImplementedError

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == AS_WRITTEN_ROLE:
            return index.isValid() and index.column() in self.AS_WRITTEN
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        cells = self.cells(index.row())
        return cells[index.column()] if 0 <= index.column() < len(cells) else None


class FormatsModel(_Table):
    """File, encoding, separator, rows: what was detected, so a wrong guess shows."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportModels", "File"),
        QT_TRANSLATE_NOOP("ImportModels", "Encoding"),
        QT_TRANSLATE_NOOP("ImportModels", "Separator"),
        QT_TRANSLATE_NOOP("ImportModels", "Rows"),
    )
    AS_WRITTEN = frozenset({0, 1})  # the file's name, its encoding

    def cells(self, row: int) -> list[str]:
        f: TextFormat = self._rows[row]
        sep = _tr(_SEPARATORS[f.delimiter]) if f.delimiter in _SEPARATORS else ""
        return [f.file, f.encoding, sep, str(f.rows) if f.delimiter else ""]


class ProblemsModel(_Table):
    """Every skipped or repaired record: where, which field, why, what was done."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportModels", "File"),
        QT_TRANSLATE_NOOP("ImportModels", "Place"),
        QT_TRANSLATE_NOOP("ImportModels", "Field"),
        QT_TRANSLATE_NOOP("ImportModels", "Problem"),
        QT_TRANSLATE_NOOP("ImportModels", "What was done"),
        QT_TRANSLATE_NOOP("ImportModels", "Record"),
    )
    AS_WRITTEN = frozenset({0, 2})  # the file's name, the field's name in that file

    def cells(self, row: int) -> list[str]:
        p: Problem = self._rows[row]
        return [
            p.file,
            place_label(p.where),
            p.field,
            reason_label(p.reason),
            action_label(p.action),
            record_label(p.record),
        ]

    def report_rows(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows as shown, for the saved CSV report."""
        return [_tr(h) for h in self.HEADERS], [self.cells(i) for i in range(len(self._rows))]
