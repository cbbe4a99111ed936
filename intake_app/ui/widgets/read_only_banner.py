"""The band across the top of the main window when the vault opened read-only.

Unlock could not write its own audit event (the data disk is full), so the vault opened
for reading only: the caseworker can look things up and make a backup to another drive.
The band says so, and what to do; every save meanwhile answers "disk full"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget


def read_only_banner(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("read-only-banner")
    label.setWordWrap(True)
    label.setText(
        QCoreApplication.translate(
            "read_only_banner",
            "The disk is full, so the vault is open for reading only: nothing you change can "
            "be saved. You can look records up and make a backup to another drive. Free some "
            "space, then lock and unlock to work normally.",
        )
    )
    label.setStyleSheet(
        "QLabel#read-only-banner { background: #fff4ce; color: #3b2e00;"
        " border: 1px solid #c19c00; border-radius: 4px; padding: 8px; }"
    )
    return label
