"""Copying secrets: the clipboard is cleared after a while and on lock — only if it still
holds what we put there, so we never wipe something the user copied since."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 60_000


class SecureClipboard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        QGuiApplication.clipboard().setText(text)
        self._ours = text
        self._timer.start(clear_after_ms)

    def clear(self) -> None:
        """Empty the clipboard if it still holds our text."""
        self._timer.stop()
        if self._ours is not None and QGuiApplication.clipboard().text() == self._ours:
            QGuiApplication.clipboard().clear()
        self._ours = None
