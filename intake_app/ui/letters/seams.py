"""The system print dialog and the file choosers as one seam, so GUI tests answer them by
patching (the dialogs themselves are modal and platform-drawn). Paths are asked through
`ui.file_dialogs`, which leaves no trace of the folders chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from intake_app.ui.file_dialogs import choose_folder, choose_open_file, choose_save_file


class LetterSeams:
    @staticmethod
    def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
        """Show the system print dialog for `printer`; True when the user chose Print."""
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("LetterSeams", "Print referral letters"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    @staticmethod
    def save_location(parent: QWidget | None, suggested: str) -> Path | None:
        """Where to save the PDF (`suggested` is a file name without any folder)."""
        return choose_save_file(
            parent,
            QCoreApplication.translate("LetterSeams", "Save the letters as PDF"),
            suggested,
            QCoreApplication.translate("LetterSeams", "PDF documents (*.pdf)"),
            "pdf",
        )

    @staticmethod
    def save_folder(parent: QWidget | None) -> Path | None:
        """A folder for one PDF per service."""
        return choose_folder(
            parent, QCoreApplication.translate("LetterSeams", "Choose a folder for the letters")
        )


class LogoSeam:
    @staticmethod
    def choose_logo(parent: QWidget | None) -> Path | None:
        return choose_open_file(
            parent,
            QCoreApplication.translate("LetterSeams", "Choose a logo"),
            QCoreApplication.translate("LetterSeams", "Images (*.png *.jpg *.jpeg)"),
        )
