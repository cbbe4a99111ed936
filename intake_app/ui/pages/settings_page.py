"""The Settings page: one tab per section (see `ui.settings.registry`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from intake_app.ui.context import AppContext
from intake_app.ui.pages.base import Page
from intake_app.ui.settings.registry import build_sections


class SettingsPage(Page):
    language_changed = Signal(str)
    settings_saved = Signal(list)
    restore_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("page-settings")
        self.tabs = QTabWidget(self)
        self.sections = build_sections(context)
        for section in self.sections:
            section.setMaximumWidth(860)
            scroll = QScrollArea(self.tabs)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(section)
            self.tabs.addTab(scroll, section.title())
            signal = getattr(section, "language_changed", None)
            if signal is not None:
                signal.connect(self.language_changed)
            saved = getattr(section, "saved", None)
            if saved is not None:
                saved.connect(self.settings_saved)
            restore = getattr(section, "restore_requested", None)
            if restore is not None:
                restore.connect(self.restore_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Settings")
