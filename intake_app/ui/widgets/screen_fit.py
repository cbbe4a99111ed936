"""Windows and dialogs sized from the screen they open on, never larger than it.

A shared laptop may be 1024×600 with a panel and a title bar: a dialog asks for its
comfortable size and gets at most what the screen can show, centred on its parent.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window manager's title bar and frame around the window.
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget) -> QRect:
    """The usable area (without panels) of the screen the widget is on."""
    parent = widget.parentWidget()
    screen = parent.screen() if parent is not None else widget.screen()
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Resize to `preferred`, shrunk to the available screen, and centre it there."""
    area = available_geometry(widget)
    width = min(preferred.width(), area.width() - FRAME_ALLOWANCE.width())
    height = min(preferred.height(), area.height() - FRAME_ALLOWANCE.height())
    widget.setMaximumSize(
        max(width, area.width() - FRAME_ALLOWANCE.width()),
        max(height, area.height() - FRAME_ALLOWANCE.height()),
    )
    widget.resize(width, height)
    parent = widget.parentWidget()
    centre = parent.window().geometry().center() if parent is not None else area.center()
    frame = QRect(0, 0, width, height)
    frame.moveCenter(centre)
    frame.moveLeft(max(area.left(), min(frame.left(), area.right() - width)))
    frame.moveTop(
        max(area.top() + FRAME_ALLOWANCE.height() // 2, min(frame.top(), area.bottom() - height))
    )
    widget.move(frame.topLeft())
