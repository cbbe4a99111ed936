"""Who created, viewed, changed or printed what and when — from the audit trail — and the
merges of this record, each with an undo."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.clients.history import record_history
from intake_app.clients.merge import MergeRecord, merges_of
from intake_app.domain.common import Lang
from intake_app.vault.session import VaultSession

from intake_app.ui.clients.models import HistoryModel, moment_text


class HistoryView(QWidget):
    undo_merge_requested = Signal(int)

    def __init__(self, session: VaultSession, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client-history")
        self._session = session
        self._lang = lang
        self._merge: MergeRecord | None = None
        self.model = HistoryModel(lang, self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("What happened to this record"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.merge_label = QLabel(self)
        self.undo = QPushButton(self.tr("Undo this merge"), self)
        self.undo.setObjectName("undo-merge")
        self.undo.clicked.connect(self._undo)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_label, 1)
        merge_row.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(merge_row)

    def load(self, client_id: int) -> None:
        history = record_history(self._session, client_id)
        self.model.user_names = history.user_names
        self.model.set_rows(list(reversed(history.events)))
        live = [
            m
            for m in merges_of(self._session, client_id)
            if m.undone_at is None and m.survivor_id == client_id
        ]
        self._merge = live[0] if live else None
        if self._merge is not None:
            self.merge_label.setText(
                self.tr("Record C-%1 was merged into this one on %2.")
                .replace("%1", f"{self._merge.merged_id:06d}")
                .replace("%2", moment_text(self._merge.merged_at, self._lang))
            )
        self.merge_label.setVisible(self._merge is not None)
        self.undo.setVisible(self._merge is not None)

    def clear(self) -> None:
        self.model.set_rows([])
        self._merge = None

    def _undo(self) -> None:
        if self._merge is not None:
            self.undo_merge_requested.emit(self._merge.id)
