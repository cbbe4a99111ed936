"""The Settings page: one tab per section (see `ui.settings.registry`).

The sections are built the first time the page (or its tabs) is needed, not with the
main window: some read the vault when built (retention lists who is due), and nothing
of them is on the first screen after unlock.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from intake_app.ui.context import AppContext
from intake_app.ui.pages.base import Page
from intake_app.ui.settings.registry import build_sections
from intake_app.ui.settings.section import SettingsSection


class SettingsPage(Page):
    language_changed = Signal(str)
    settings_saved = Signal(list)
    restore_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("page-settings")
        self._tabs = QTabWidget(self)
        self._sections: list[SettingsSection] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._tabs)

    @property
    def tabs(self) -> QTabWidget:
        self._build()
        return self._tabs

    @property
    def sections(self) -> list[SettingsSection]:
        return self._build()

    def activated(self) -> None:
        self._build()

    def _build(self) -> list[SettingsSection]:
        if self._sections is not None:
            return self._sections
        self._sections = build_sections(self.context)
        for section in self._sections:
            section.setMaximumWidth(860)
            scroll = QScrollArea(self._tabs)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(section)
            self._tabs.addTab(scroll, section.title())
            signal = getattr(section, "language_changed", None)
            if signal is not None:
                signal.connect(self.language_changed)
            saved = getattr(section, "saved", None)
            if saved is not None:
                saved.connect(self.settings_saved)
            restore = getattr(section, "restore_requested", None)
            if restore is not None:
                restore.connect(self.restore_requested)
        return self._sections

    def title(self) -> str:
        return self.tr("Settings")
