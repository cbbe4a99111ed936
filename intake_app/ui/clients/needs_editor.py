"""Needs: taxonomy categories with urgency and a short reason; a need can be marked met."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.clients import Client, Need
from intake_app.domain.common import Lang, Urgency
from intake_app.domain.taxonomy import SERVICE_TERMS

from intake_app.ui.clients import labels
from intake_app.ui.clients.models import ClientNeedsModel


class NeedsEditor(QWidget):
    changed = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needs-editor")
        self.model = ClientNeedsModel(lang, self)
        self.category = QComboBox(self)
        self.category.setObjectName("need-category")
        for term in sorted(SERVICE_TERMS, key=lambda t: t.label(lang).casefold()):
            self.category.addItem(term.label(lang), term.code)
        self.urgency = QComboBox(self)
        self.urgency.setObjectName("need-urgency")
        for urgency, text in labels.URGENCY.items():
            self.urgency.addItem(labels.tr(text), urgency)
        self.urgency.setCurrentIndex(1)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("need-reason")
        self.reason.setPlaceholderText(self.tr("A few words, optional"))
        self.add = QPushButton(self.tr("&Add need"), self)
        self.add.setObjectName("add-need")
        # Long category names show whole in the open list; the closed box stays narrow
        # enough for a 1024-pixel screen.
        for combo in (self.category, self.urgency):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.category.setMinimumContentsLength(16)
        self.urgency.setMinimumContentsLength(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for col, (text, widget) in enumerate(
            (
                (self.tr("Ca&tegory"), self.category),
                (self.tr("Ur&gency"), self.urgency),
                (self.tr("&Reason"), self.reason),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(self.add, 1, 3)
        grid.setColumnStretch(2, 1)
        self.view = QTableView(self)
        self.view.setObjectName("needs")
        self.view.setAccessibleName(self.tr("Needs"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.toggle_met = QPushButton(self.tr("Mark &met / open"), self)
        self.remove = QPushButton(self.tr("Remove need"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle_met)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(grid)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add.clicked.connect(self._add)
        self.reason.returnPressed.connect(self._add)
        self.toggle_met.clicked.connect(self._toggle)
        self.remove.clicked.connect(self._remove)

    def _add(self) -> None:
        need = Need(
            category=self.category.currentData(),
            urgency=Urgency(self.urgency.currentData()),
            reason=self.reason.text().strip(),
        )
        self.model.set_rows([*self.model.rows(), need])
        self.reason.clear()
        self.changed.emit()

    def _selected(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def _toggle(self) -> None:
        row = self._selected()
        if row is None:
            return
        rows = self.model.rows()
        rows[row] = replace(rows[row], met=not rows[row].met)
        self.model.set_rows(rows)
        self.view.selectRow(row)
        self.changed.emit()

    def _remove(self) -> None:
        row = self._selected()
        if row is None:
            return
        rows = self.model.rows()
        del rows[row]
        self.model.set_rows(rows)
        self.changed.emit()

    def set_client(self, client: Client) -> None:
        self.model.set_rows(client.needs)

    def apply(self, client: Client) -> Client:
        return replace(client, needs=tuple(self.model.rows()))
