"""Table models for the import preview: how each file was read, and every record that
was skipped or repaired (with the reason in the interface language)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from intake_app.directory.hsds_read import Problem, TextFormat

from intake_app.ui.directory.labels import action_label, place_label, reason_label, record_label
from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.rows_model import Col, RowsModel

T = TypeVar("T")

_SEPARATORS = {
    ",": QT_TRANSLATE_NOOP("ImportModels", "comma"),
    ";": QT_TRANSLATE_NOOP("ImportModels", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("ImportModels", "tab"),
    "|": QT_TRANSLATE_NOOP("ImportModels", "vertical bar"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportModels", text)


class FormatsModel(RowsModel[TextFormat]):
    """File, encoding, separator, rows: what was detected, so a wrong guess shows. The
    file's name and its encoding are shown as written."""

    CONTEXT = "ImportModels"

    def __init__(self, rows: list[TextFormat], parent: Any = None) -> None:
        super().__init__(parent)
        self.set_rows(rows)

    def columns(self) -> Sequence[Col[TextFormat]]:
        return _with_tips(
            Col(QT_TRANSLATE_NOOP("ImportModels", "File"), lambda f: f.file, as_written=True),
            Col(
                QT_TRANSLATE_NOOP("ImportModels", "Encoding"),
                lambda f: f.encoding,
                as_written=True,
            ),
            Col(QT_TRANSLATE_NOOP("ImportModels", "Separator"), self._separator),
            Col(
                QT_TRANSLATE_NOOP("ImportModels", "Rows"),
                lambda f: str(f.rows) if f.delimiter else "",
            ),
        )

    @staticmethod
    def _separator(f: TextFormat) -> str:
        return _tr(_SEPARATORS[f.delimiter]) if f.delimiter in _SEPARATORS else ""


class ProblemsModel(RowsModel[Problem]):
    """Every skipped or repaired record: where, which field, why, what was done. The
    file's name and the field's name in that file are shown as written."""

    CONTEXT = "ImportModels"

    def __init__(self, rows: list[Problem], parent: Any = None) -> None:
        super().__init__(parent)
        self.set_rows(rows)

    def columns(self) -> Sequence[Col[Problem]]:
        return _with_tips(
            Col(QT_TRANSLATE_NOOP("ImportModels", "File"), lambda p: p.file, as_written=True),
            Col(QT_TRANSLATE_NOOP("ImportModels", "Place"), lambda p: place_label(p.where)),
            Col(QT_TRANSLATE_NOOP("ImportModels", "Field"), lambda p: p.field, as_written=True),
            Col(QT_TRANSLATE_NOOP("ImportModels", "Problem"), lambda p: reason_label(p.reason)),
            Col(
                QT_TRANSLATE_NOOP("ImportModels", "What was done"),
                lambda p: action_label(p.action),
            ),
            Col(QT_TRANSLATE_NOOP("ImportModels", "Record"), lambda p: record_label(p.record)),
        )

    def report_rows(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows as shown, for the saved CSV report."""
        cols = self._columns
        return (
            [self.header_text(i) for i in range(len(cols))],
            [[c.text(p) for c in cols] for p in self._rows],
        )


def _with_tips(*cols: Col[T]) -> tuple[Col[T], ...]:
    """The preview's cells are often cut short: each shows its whole text as a tooltip."""
    return tuple(replace(c, tip=c.text) for c in cols)
