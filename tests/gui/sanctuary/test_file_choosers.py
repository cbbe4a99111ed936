"""The trace-free file chooser that also tells which file type was picked."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

from tests.conftest import SENTINEL_PREFIX, sentinel

from intake_app.ui.file_dialogs import choose_save_file_and_type


def test_the_chosen_type_comes_back_and_the_folder_is_forgotten(
    qapp,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / sentinel("clientfolder")
    folder.mkdir()

    def exec_in_folder(self: QFileDialog) -> int:
        self.setDirectory(str(folder))
        self.selectNameFilter("JSON (*.json)")
        self.selectFile(str(folder / "directory"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QFileDialog, "exec", exec_in_folder)
    path, chosen = choose_save_file_and_type(
        None, "Export", "directory.zip", "Data package (*.zip);;JSON (*.json)"
    )
    assert path is not None and path.parent == folder
    assert chosen == "JSON (*.json)"
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.sync()
    remembered = " ".join(str(settings.value(k)) for k in settings.allKeys())
    assert SENTINEL_PREFIX not in remembered.upper()


def test_the_directory_export_chooser_leaves_no_trace_and_adds_the_suffix(
    qtbot,
    session,
    clock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from tests.helpers.gui import page_context

    from intake_app.ui.pages.directory_page import DirectoryPage

    page = DirectoryPage(page_context(session, clock))
    qtbot.addWidget(page)
    folder = tmp_path / sentinel("exportfolder")
    folder.mkdir()

    def exec_in_folder(self: QFileDialog) -> int:
        self.setDirectory(str(folder))
        self.selectNameFilter(self.nameFilters()[1])  # JSON
        self.selectFile(str(folder / "directory"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QFileDialog, "exec", exec_in_folder)
    path, fmt = page.ask_export_path()
    assert (Path(path).name, fmt) == ("directory.json", "json")
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.sync()
    remembered = " ".join(str(settings.value(k)) for k in settings.allKeys())
    assert SENTINEL_PREFIX not in remembered.upper()
