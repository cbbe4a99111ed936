"""Copying secrets: the clipboard is cleared after a while and on lock — only if it still
holds what we put there, so we never wipe something the user copied since.

"What we put there" includes text copied with Ctrl+C (or a context menu) from any of our
fields — a private note copied by hand must not outlive the lock either. Qt tells whether
the clipboard's content came from this program (`ownsClipboard`); on platforms that cannot
tell (the headless test platforms, which no other program shares) every change is ours.
The X11 primary selection (text merely selected with the mouse) is cleared on lock when it
is ours.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 60_000
_NO_OWNERSHIP_PLATFORMS = frozenset({"offscreen", "minimal"})


def _came_from_us(board: QClipboard) -> bool:
    if QGuiApplication.platformName() in _NO_OWNERSHIP_PLATFORMS:
        return True
    return board.ownsClipboard()


class SecureClipboard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._copied_here: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().dataChanged.connect(self._changed)

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

    def clear_on_lock(self) -> None:
        """On lock: also empty what was copied from our fields, if it is still there."""
        self.clear()
        board = QGuiApplication.clipboard()
        if self._copied_here is not None and board.text() == self._copied_here:
            board.clear()
        self._copied_here = None
        if board.supportsSelection() and board.ownsSelection():
            board.clear(QClipboard.Mode.Selection)

    def _changed(self) -> None:
        board = QGuiApplication.clipboard()
        self._copied_here = board.text() if _came_from_us(board) else None
