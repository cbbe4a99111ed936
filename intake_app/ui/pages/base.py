"""The contract between the main window and its pages.

A page is a QWidget built with the `AppContext`. It sends signals upward (e.g. "open this
client") and never reaches into another page. On lock the main window is destroyed with
every page, so nothing of the previous screen survives.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from intake_app.ui.commands import Command
from intake_app.ui.context import AppContext


class Page(QWidget):
    """Base for the pages of the main window."""

    badge_changed = Signal()  # the count beside the title in the sidebar changed

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        """The translated name shown in the sidebar."""
        raise NotImplementedError

    def badge(self) -> int:
        """A count shown beside the title in the sidebar (0: none)."""
        return 0

    def update_badge(self) -> None:
        """Recount the badge while another page is on screen (cheap; no list reload)."""

    def activated(self) -> None:
        """Called when the page is shown; refresh what may have changed elsewhere."""

    def command(self, command: Command) -> bool:
        """A window-wide command (Ctrl+N, Ctrl+F, Ctrl+S, Ctrl+P); True when handled here."""
        return False

    def shutdown(self) -> None:
        """Called before the vault locks: cancel work, drop cached data."""
