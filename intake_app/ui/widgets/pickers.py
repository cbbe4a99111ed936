"""File and folder choosers as one seam, so GUI tests answer them by patching. They go
through `ui.file_dialogs`, which leaves no trace of the folders chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from intake_app.ui.file_dialogs import choose_folder, choose_open_file, choose_save_file


class Pickers:
    @staticmethod
    def folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
        return choose_folder(parent, title, start)

    @staticmethod
    def backup_file(parent: QWidget | None, start: str = "") -> Path | None:
        return choose_open_file(
            parent,
            QCoreApplication.translate("pickers", "Choose a backup"),
            QCoreApplication.translate("pickers", "Passerelle backups (*.pbk)"),
            start,
        )

    @staticmethod
    def save_file(parent: QWidget | None, title: str, suggested: str, pattern: str) -> Path | None:
        return choose_save_file(parent, title, suggested, pattern)
