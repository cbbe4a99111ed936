"""File and folder choosers that leave no trace of where the user went.

Always Qt's own dialog, never the platform's: GTK's adds each file to
`recently-used.xbel` and Windows keeps its own most-recent list, and a folder named after
a client would sit there in plain text. Qt's dialog writes the last folder to its own
settings file (`QtProject.conf`) when it is destroyed; we destroy it at once and remove
those entries. Every place that asks for a path goes through here.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

_QT_PLACES = ("FileDialog/history", "FileDialog/lastVisited")


def forget_file_dialog_places() -> None:
    """Remove the folders Qt's file dialog remembers in its plain-text settings."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _QT_PLACES:
        settings.remove(key)
    settings.sync()


def default_folder() -> str:
    """Where a chooser opens when the caller names no folder: the person's Documents
    folder (or home), never the program's working directory."""
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def _dialog(parent: QWidget | None, title: str, start: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, title, start or default_folder())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    return dialog


def _chosen(dialog: QFileDialog) -> Path | None:
    return _chosen_with_filter(dialog)[0]


def _chosen_with_filter(dialog: QFileDialog) -> tuple[Path | None, str]:
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles() if accepted else []
        chosen_filter = dialog.selectedNameFilter() if accepted else ""
    finally:
        shiboken6.delete(dialog)
        forget_file_dialog_places()
    return (Path(files[0]) if files else None), chosen_filter


def choose_open_file(
    parent: QWidget | None, title: str, name_filter: str = "", start: str = ""
) -> Path | None:
    dialog = _dialog(parent, title, start)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if name_filter:
        dialog.setNameFilter(name_filter)
    return _chosen(dialog)


def choose_save_file(
    parent: QWidget | None,
    title: str,
    suggested: str = "",
    name_filter: str = "",
    default_suffix: str = "",
) -> Path | None:
    """`suggested` is a file name (or a path) to propose."""
    dialog = _dialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if name_filter:
        dialog.setNameFilter(name_filter)
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    if suggested:
        dialog.selectFile(suggested)
    return _chosen(dialog)


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(dialog)


def choose_save_file_and_type(
    parent: QWidget | None, title: str, suggested: str, name_filters: str
) -> tuple[Path | None, str]:
    """Like `choose_save_file`, for a choice of file types (`"A (*.zip);;B (*.json)"`):
    also returns the type the user picked, so a name typed without a suffix gets one."""
    dialog = _dialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filters)
    if suggested:
        dialog.selectFile(suggested)
    return _chosen_with_filter(dialog)
