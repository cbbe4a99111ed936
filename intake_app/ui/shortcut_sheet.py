"""The F1 sheet: every keyboard shortcut, from the same table the window binds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.commands import BINDINGS, OTHER_KEYS
from intake_app.ui.widgets.screen_fit import fit_to_screen


class ShortcutSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcut-sheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr("These keys work everywhere in the main window."), self)
        intro.setWordWrap(True)
        rows = [(b.shown_keys(), b.shown_text()) for b in BINDINGS] + [
            (
                QCoreApplication.translate("commands", keys),
                QCoreApplication.translate("commands", what),
            )
            for keys, what in OTHER_KEYS
        ]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcut-table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(560, 420))
