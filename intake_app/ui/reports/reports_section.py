"""Settings > Reports (coordinators): the disclosure threshold k, from 3 to 10."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from intake_app.domain.permissions import Permission, allowed
from intake_app.domain.reports import MAX_K, MIN_K
from intake_app.errors import KnownError
from intake_app.settings import change_settings, read_setting

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert
from intake_app.ui.settings.section import SettingsSection


class ReportsSection(SettingsSection):
    saved = Signal(list)  # the keys that changed; the Settings page passes it on

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("settings-reports")
        layout = QVBoxLayout(self)
        if not self.visible_to_user():
            return
        explain = QLabel(
            self.tr(
                "No figure of a report counts fewer people than this: smaller counts are "
                "hidden, and other figures too when they would let someone work them out. "
                "5 is usual; never below 3, at most 10."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.k = QSpinBox(self)
        self.k.setObjectName("reports-min-cell")
        self.k.setRange(MIN_K, MAX_K)
        self.k.setSuffix(self.tr(" people"))
        self.k.setValue(int(read_setting(context.session, "reports.min_cell")))
        self.k.setAccessibleName(self.tr("Smallest count shown"))
        self.save = QPushButton(self.tr("&Save"), self)
        self.save.setObjectName("reports-save")
        self.save.clicked.connect(self._save)
        self.saved_note = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Smallest count shown:"), self))
        row.addWidget(self.k)
        row.addWidget(self.save)
        row.addWidget(self.saved_note)
        row.addStretch(1)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Reports")

    def visible_to_user(self) -> bool:
        return allowed(self.context.session.user, Permission.CHANGE_SETTINGS)

    def _save(self) -> None:
        try:
            changed = change_settings(self.context.session, {"reports.min_cell": self.k.value()})
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.saved_note.setText(self.tr("Saved."))
        self.saved.emit(changed)
