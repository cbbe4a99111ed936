"""Likely matches beside the form: "Open this client instead" for a new intake, or
"Merge into this record" for a saved one."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.clients.duplicates import DuplicateMatch
from intake_app.domain.common import Lang

from intake_app.ui.clients.models import DuplicatesModel
from intake_app.ui.widgets.data_role import ROW_ROLE


class DuplicatesPanel(QWidget):
    open_requested = Signal(int)
    merge_requested = Signal(int)

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates-panel")
        self.model = DuplicatesModel(lang, self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600;")
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Possible duplicates"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnHidden(1, True)  # the reasons are on each entry's second line
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setTabKeyNavigation(False)
        self.open = QPushButton(self.tr("Open this client instead"), self)
        self.open.setObjectName("open-duplicate")
        self.merge = QPushButton(self.tr("Merge into this record…"), self)
        self.merge.setObjectName("merge-duplicate")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.open)
        layout.addWidget(self.merge)
        self.open.clicked.connect(lambda: self._emit(self.open_requested))
        self.merge.clicked.connect(lambda: self._emit(self.merge_requested))
        self.setMinimumWidth(230)
        self.setMaximumWidth(280)
        self.show_matches([], saved=False)

    def _current(self) -> DuplicateMatch | None:
        index = self.view.currentIndex()
        if not index.isValid() and self.model.rowCount() > 0:
            index = self.model.index(0, 0)
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _emit(self, signal: SignalInstance) -> None:
        match = self._current()
        if match is not None:
            signal.emit(match.hit.id)

    def show_matches(self, matches: list[DuplicateMatch], *, saved: bool) -> None:
        self.model.set_rows(matches)
        if matches:
            self.view.selectRow(0)
        self.title.setText(self.tr("%n possible match(es) already in the vault", "", len(matches)))
        self.merge.setVisible(saved)
        self.open.setText(
            self.tr("Open this client") if saved else self.tr("Open this client instead")
        )
        self.setVisible(bool(matches))
