"""Needs attention: what an import left for the coordinator.

Services without a category (routing cannot suggest them) get one in bulk; fields the
source changed where a local value was kept can take the upstream value in one click or
keep the local one; services gone upstream are listed (they were deactivated, not deleted).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.directory import use_cases
from intake_app.domain.common import Lang
from intake_app.domain.services import Phone
from intake_app.domain.taxonomy import SERVICE_TERMS
from intake_app.errors import KnownError
from intake_app.vault.session import VaultSession

from intake_app.ui.dialogs import Alert
from intake_app.ui.directory.labels import field_label, term_label
from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.rows_model import Col, RowsModel


def value_text(value: Any, lang: Lang) -> str:
    """A field's value in a few words, to compare the local and upstream versions."""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str):
        return value
    if isinstance(value, frozenset):
        return ", ".join(sorted(term_label(str(v), lang) for v in value))
    if isinstance(value, tuple) and all(isinstance(v, Phone) for v in value):
        return ", ".join(p.number for p in value)
    if hasattr(value, "name") and isinstance(value.name, str):
        return value.name
    return str(len(value)) if isinstance(value, tuple) else str(value)


Record = tuple[Any, ...]


def _at(position: int) -> Callable[[Record], str]:
    return lambda row: row[position] if position < len(row) else ""


class UncategorisedModel(RowsModel[Record]):
    """(service id, name, organization, terms from the source)."""

    CONTEXT = "UncategorisedModel"

    def columns(self) -> Sequence[Col[Record]]:
        return (
            Col(QT_TRANSLATE_NOOP("UncategorisedModel", "Service"), _at(1)),
            Col(QT_TRANSLATE_NOOP("UncategorisedModel", "Organization"), _at(2)),
            Col(QT_TRANSLATE_NOOP("UncategorisedModel", "Terms from the source"), _at(3)),
        )


class ChangesModel(RowsModel[Record]):
    """(service id, field, service, what, your value, upstream value)."""

    CONTEXT = "ChangesModel"

    def columns(self) -> Sequence[Col[Record]]:
        return (
            Col(QT_TRANSLATE_NOOP("ChangesModel", "Service"), _at(2)),
            Col(QT_TRANSLATE_NOOP("ChangesModel", "What"), _at(3)),
            Col(QT_TRANSLATE_NOOP("ChangesModel", "Your value (kept)"), _at(4)),
            Col(QT_TRANSLATE_NOOP("ChangesModel", "Upstream value"), _at(5)),
        )


def _table(model: RowsModel[Record], parent: QWidget, name: str, multi: bool) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QTableView.SelectionMode.ExtendedSelection
        if multi
        else QTableView.SelectionMode.SingleSelection
    )
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class ReviewDialog(QDialog):
    """The coordinator's list after imports; changes are stored at once."""

    def __init__(self, session: VaultSession, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directory-review")
        self.setWindowTitle(self.tr("Needs attention"))
        self.resize(760, 480)
        self.session = session
        self.lang = lang
        self.changed = False
        self.uncategorised = UncategorisedModel(self)
        self.changes = ChangesModel(self)
        tabs = QTabWidget(self)
        self.tabs = tabs

        cat_page = QWidget(tabs)
        cv = QVBoxLayout(cat_page)
        hint = QLabel(
            self.tr(
                "Routing cannot suggest these services until they have a category. "
                "Choose several, then a category."
            ),
            cat_page,
        )
        hint.setWordWrap(True)
        cv.addWidget(hint)
        self.cat_view = _table(self.uncategorised, cat_page, "uncategorised-table", True)
        self.cat_view.setAccessibleName(self.tr("Services without a category"))
        cv.addWidget(self.cat_view, 1)
        row = QHBoxLayout()
        self.category = QComboBox(cat_page)
        self.category.setObjectName("assign-category-choice")
        for t in SERVICE_TERMS:
            self.category.addItem(t.label(lang), t.code)
        self.assign = QPushButton(self.tr("&Assign to the selected services"), cat_page)
        self.assign.setObjectName("assign-category")
        self.assign.clicked.connect(self.assign_selected)
        category_label = QLabel(self.tr("Cate&gory:"), cat_page)
        category_label.setBuddy(self.category)
        row.addWidget(category_label)
        row.addWidget(self.category, 1)
        row.addWidget(self.assign)
        cv.addLayout(row)
        tabs.addTab(cat_page, "")

        change_page = QWidget(tabs)
        chv = QVBoxLayout(change_page)
        self.change_view = _table(self.changes, change_page, "upstream-changes", False)
        self.change_view.setAccessibleName(self.tr("Services changed or gone upstream"))
        chv.addWidget(self.change_view, 1)
        buttons_row = QHBoxLayout()
        self.take = QPushButton(self.tr("&Take the upstream value"), change_page)
        self.take.setObjectName("take-upstream")
        self.take.clicked.connect(self.take_selected)
        self.keep = QPushButton(self.tr("&Keep mine"), change_page)
        self.keep.setObjectName("keep-local")
        self.keep.clicked.connect(self.keep_selected)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.take)
        buttons_row.addWidget(self.keep)
        chv.addLayout(buttons_row)
        tabs.addTab(change_page, "")

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        waiting = use_cases.uncategorised_services(self.session)
        self.uncategorised.set_rows(
            [
                (s.id, s.name, s.organization.name, ", ".join(t.code for t in s.external_terms))
                for s in waiting
            ]
        )
        rows: list[tuple[Any, ...]] = []
        for r in use_cases.services_to_review(self.session):
            if r.gone_upstream:
                rows.append(
                    (
                        r.service.id,
                        "",
                        r.service.name,
                        self.tr("No longer listed by the source"),
                        self.tr("deactivated"),
                        "",
                    )
                )
            for f in sorted(r.conflicts):
                upstream = value_text(getattr(r.upstream, f), self.lang) if r.upstream else ""
                rows.append(
                    (
                        r.service.id,
                        f,
                        r.service.name,
                        field_label(f),
                        value_text(getattr(r.service, f), self.lang),
                        upstream,
                    )
                )
        self.changes.set_rows(rows)
        self.tabs.setTabText(
            0, self.tr("Without a category ({n})").format(n=self.uncategorised.rowCount())
        )
        self.tabs.setTabText(
            1, self.tr("Changed or gone upstream ({n})").format(n=self.changes.rowCount())
        )

    def _selected(self, view: QTableView, model: RowsModel[Record]) -> list[Record]:
        return [model.row_at(i.row()) for i in view.selectionModel().selectedRows()]

    def _run(self, action: Any) -> None:
        try:
            action()
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.changed = True
        self.reload()

    def assign_selected(self) -> None:
        ids = [r[0] for r in self._selected(self.cat_view, self.uncategorised)]
        code = self.category.currentData()
        if ids and code:
            self._run(lambda: use_cases.assign_category(self.session, ids, code))

    def take_selected(self) -> None:
        for sid, field, *_rest in self._selected(self.change_view, self.changes):
            if field:
                self._run(
                    lambda sid=sid, field=field: use_cases.take_upstream(self.session, sid, field)
                )

    def keep_selected(self) -> None:
        for sid, field, *_rest in self._selected(self.change_view, self.changes):
            if field:
                self._run(
                    lambda sid=sid, field=field: use_cases.keep_local(self.session, sid, field)
                )
