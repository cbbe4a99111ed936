"""The caseworker's desk, behaviour by behaviour: Today after unlock, window-wide keys
right after unlock and after a sidebar click, a clean new intake, safe questions,
choosers in a sensible folder, Qt's own French, the audit trail as sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from intake_app.clock import FixedClock
from intake_app.domain.common import Lang
from intake_app.vault.paths import VaultPaths
from tests.conftest import FAST_KDF
from tests.gui.desk.surfaces import seed
from tests.helpers.gui import unlock_through_the_window

from intake_app.ui import file_dialogs
from intake_app.ui.controller import AppController
from intake_app.ui.dialogs import question_box
from intake_app.ui.i18n import install_translators
from intake_app.ui.main_window import MainWindow
from intake_app.ui.pages.clients_page import ClientsPage
from intake_app.ui.pages.today_page import TodayPage
from intake_app.ui.shortcut_sheet import ShortcutSheet
from intake_app.ui.workers import WorkerPool


@pytest.fixture
def unlocked(qtbot, created_vault, vault_paths: VaultPaths, clock: FixedClock):
    """The real start: seeded vault, unlock window, passphrase, main window."""
    seed(created_vault.session)
    created_vault.session.close()
    ctl = AppController(vault_paths, clock, FAST_KDF, Lang.EN, pool=WorkerPool(synchronous=True))
    ctl.start()
    window = unlock_through_the_window(qtbot, ctl)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    ctl.shutdown()


def test_today_is_the_first_screen_with_search_focused_and_the_follow_up_count(
    qtbot, unlocked: MainWindow
) -> None:
    window = unlocked
    today = window.current_page()
    assert isinstance(today, TodayPage)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today.search_box)
    due = len(today.today.follow_ups) if today.today else 0
    assert due > 0, "the demo referrals are ten days old: their follow-ups are due"
    assert window.sidebar.item(0).text() == f"Today  ({due})"
    assert today.follow_ups_model.rowCount() == due
    assert today.recent_model.rowCount() > 0


def test_ctrl_n_works_right_after_unlock_and_after_a_sidebar_click(
    qtbot, unlocked: MainWindow
) -> None:
    window = unlocked
    clients = window.page_named("ClientsPage")
    assert isinstance(clients, ClientsPage)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is clients
    assert QApplication.focusWidget() is clients.editor.form.given
    # Open a record, scroll it down, go elsewhere by the sidebar; Ctrl+N starts clean.
    clients.open_client(clients.model.rows()[0].id)
    clients.editor.form.relation.setCurrentIndex(2)
    bar = clients.editor.form_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    window.sidebar.setFocus()
    window.sidebar.setCurrentRow(2)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is clients
    assert clients.editor.client_id is None
    assert clients.editor.form.given.text() == "" and clients.editor.form.family.text() == ""
    assert clients.editor.form.relation.currentIndex() == 0
    assert bar.value() == 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is clients.search_box


def test_f1_shows_the_shortcut_sheet(qtbot, unlocked: MainWindow, monkeypatch) -> None:
    window = unlocked
    shown: list[list[str]] = []

    def fake_exec(sheet: ShortcutSheet) -> int:
        shown.append([sheet.table.item(r, 0).text() for r in range(sheet.table.rowCount())])
        return 0

    monkeypatch.setattr(ShortcutSheet, "exec", fake_exec)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F1)
    assert shown and {"Ctrl+N", "Ctrl+F", "Ctrl+S", "Ctrl+P", "Ctrl+L", "F1"} <= set(shown[0])


def test_a_destructive_question_defaults_to_the_safe_answer_and_escape_says_no(qapp) -> None:
    box, yes, no = question_box(None, "Delete?", "Delete for good", "Keep", destructive=True)
    assert box.defaultButton() is no and box.escapeButton() is no
    assert box.buttonRole(yes) == QMessageBox.ButtonRole.DestructiveRole
    box, yes, no = question_box(None, "Prepare letters?", "Prepare", "Later")
    assert box.defaultButton() is yes and box.escapeButton() is no


def test_a_save_chooser_opens_in_the_documents_folder_not_the_working_directory(
    qapp, monkeypatch, tmp_path: Path
) -> None:
    seen: list[str] = []

    def fake_exec(dialog: QFileDialog) -> int:
        seen.append(dialog.directory().absolutePath())
        return 0

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    monkeypatch.chdir(tmp_path)
    file_dialogs.choose_save_file(None, "Save", "letters.pdf")
    assert seen == [file_dialogs.default_folder()]
    assert Path(seen[0]) != tmp_path


def test_qt_own_dialog_strings_are_french(qapp) -> None:
    install_translators(Lang.FR)
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        install_translators(Lang.EN)


def test_sort_arrows_point_up_for_oldest_first_and_down_for_newest_first(qapp) -> None:
    from PySide6.QtWidgets import QStyleOptionHeader

    from intake_app.ui.widgets.sort_arrows import ReadableSortArrows, arrow_for

    up, down = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown
    # Qt hands an ascending sort to the style as SortDown; we draw it as the up arrow.
    assert arrow_for(down) is up and arrow_for(up) is down
    assert isinstance(QApplication.style(), ReadableSortArrows)


def test_a_window_saved_on_a_bigger_screen_opens_whole_on_a_small_one(
    qtbot, created_vault, vault_paths: VaultPaths, clock: FixedClock, monkeypatch
) -> None:
    from PySide6.QtCore import QRect, QSettings

    from intake_app.ui import controller as controller_module
    from intake_app.ui.widgets import screen_fit

    small = QRect(0, 0, 1024, 600)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _w: QRect(small))
    monkeypatch.setattr(controller_module, "available_geometry", lambda _w: QRect(small))
    created_vault.session.close()
    ctl = AppController(vault_paths, clock, FAST_KDF, Lang.EN, pool=WorkerPool(synchronous=True))
    ctl.start()
    window = unlock_through_the_window(qtbot, ctl)
    window.showNormal()
    window.resize(1340, 740)  # as on the office monitor
    ctl.lock_now()
    assert QSettings().value(controller_module.GEOMETRY_KEY) is not None
    reopened = unlock_through_the_window(qtbot, ctl)
    assert reopened.width() <= small.width() and reopened.height() <= small.height()
    ctl.shutdown()


def test_enter_on_a_follow_up_or_a_search_match_opens_that_client(
    qtbot, unlocked: MainWindow
) -> None:
    window = unlocked
    today = window.current_page()
    assert isinstance(today, TodayPage)
    clients = window.page_named("ClientsPage")
    assert isinstance(clients, ClientsPage)
    row = today.follow_ups_model.row_at(0)
    today.follow_ups.setFocus()
    today.follow_ups.setCurrentIndex(today.follow_ups_model.index(0, 0))
    qtbot.keyClick(today.follow_ups, Qt.Key.Key_Return)
    assert window.current_page() is clients and clients.editor.client_id == row.client_id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is today
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today.search_box)
    hit = today.recent_model.row_at(0)
    qtbot.keyClicks(today.search_box, hit.number)
    qtbot.waitUntil(lambda: today.recent_model.rowCount() == 1)
    qtbot.keyClick(today.search_box, Qt.Key.Key_Return)
    assert window.current_page() is clients and clients.editor.client_id == hit.id
