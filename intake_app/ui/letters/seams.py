"""The system print dialog and the save-file chooser as one seam, so GUI tests answer them
by patching (the dialogs themselves are modal and platform-drawn)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("LetterSeams", text)


class LetterSeams:
    @staticmethod
    def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
        """Show the system print dialog for `printer`; True when the user chose Print."""
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(_tr("Print referral letters"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    @staticmethod
    def save_location(parent: QWidget | None, suggested: str) -> Path | None:
        """Where to save the PDF. Qt's own dialog keeps no history of folders here: the
        folder a caseworker picks may carry a client's name."""
        dialog = QFileDialog(parent, _tr("Save the letters as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(_tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setHistory([])
        dialog.selectFile(suggested)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])


class LogoSeam:
    @staticmethod
    def choose_logo(parent: QWidget | None) -> Path | None:
        dialog = QFileDialog(parent, _tr("Choose a logo"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(_tr("Images (*.png *.jpg *.jpeg)"))
        dialog.setHistory([])
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
