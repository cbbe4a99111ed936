"""File and folder choosers as one seam, so GUI tests answer them by patching."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


class Pickers:
    @staticmethod
    def folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(chosen) if chosen else None

    @staticmethod
    def backup_file(parent: QWidget | None, start: str = "") -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("pickers", "Choose a backup"),
            start,
            QCoreApplication.translate("pickers", "Passerelle backups (*.pbk)"),
        )
        return Path(chosen) if chosen else None

    @staticmethod
    def save_file(parent: QWidget | None, title: str, suggested: str, pattern: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
        return Path(chosen) if chosen else None
