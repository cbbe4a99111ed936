"""The system print dialog and the file choosers as one seam, so GUI tests answer them by
patching (the dialogs themselves are modal and platform-drawn).

The file choosers are Qt's own dialog, never the platform's: GTK's adds each file to
`recently-used.xbel` and Windows keeps its own most-recent list, and a folder named after
a client would sit there in plain text. Qt's dialog writes the last folder to its own
settings file (`QtProject.conf`) when it is destroyed; we destroy it at once and remove
those entries.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

_QT_PLACES = ("FileDialog/history", "FileDialog/lastVisited")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LetterSeams", text)


def forget_file_dialog_places() -> None:
    """Remove the folders Qt's file dialog remembers in its plain-text settings."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _QT_PLACES:
        settings.remove(key)
    settings.sync()


def _file_dialog(parent: QWidget | None, title: str) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    return dialog


def _chosen(dialog: QFileDialog) -> Path | None:
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles() if accepted else []
    finally:
        shiboken6.delete(dialog)
        forget_file_dialog_places()
    return Path(files[0]) if files else None


class LetterSeams:
    @staticmethod
    def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
        """Show the system print dialog for `printer`; True when the user chose Print."""
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(_tr("Print referral letters"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    @staticmethod
    def save_location(parent: QWidget | None, suggested: str) -> Path | None:
        """Where to save the PDF (`suggested` is a file name without any folder)."""
        dialog = _file_dialog(parent, _tr("Save the letters as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(_tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(suggested)
        return _chosen(dialog)

    @staticmethod
    def save_folder(parent: QWidget | None) -> Path | None:
        """A folder for one PDF per service."""
        dialog = _file_dialog(parent, _tr("Choose a folder for the letters"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        return _chosen(dialog)


class LogoSeam:
    @staticmethod
    def choose_logo(parent: QWidget | None) -> Path | None:
        dialog = _file_dialog(parent, _tr("Choose a logo"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(_tr("Images (*.png *.jpg *.jpeg)"))
        return _chosen(dialog)
