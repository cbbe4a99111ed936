"""A section of the Settings page: one tab, one topic."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from intake_app.ui.context import AppContext


class SettingsSection(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        raise NotImplementedError

    def visible_to_user(self) -> bool:
        """Sections a role may not use are hidden (and the use case refuses them too)."""
        return True
