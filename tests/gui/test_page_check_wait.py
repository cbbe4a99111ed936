"""A save made while the background page check of a large vault still runs waits for it
with the window painting and a small progress window shown, then goes through (or is
refused if the check found damage) — instead of freezing the window for the check's 2 s."""

from __future__ import annotations

import threading

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from intake_app.clock import FixedClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.lifecycle import lock
from intake_app.vault.paths import VaultPaths
from intake_app.vault.settings_repo import get_setting, put_setting
from tests.helpers.gui import main_window_while_checking
from tests.unit.vault.faults.test_damaged_pages import _damage, filled  # noqa: F401
from tests.unit.vault.faults.test_page_check_beside_unlock import held  # noqa: F401

from intake_app.ui.controller import AppController
from intake_app.ui.page_check_wait import SHOW_AFTER_MS, wait_while_painting


def _wait_dialog() -> QProgressDialog | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QProgressDialog) and w.objectName() == "page-check-wait":
            return w
    return None


def _release_later(go: threading.Event, seen: dict[str, bool]) -> None:
    """While the save waits: note whether the progress window shows (timers still run, so
    the window is not frozen), then let the check finish."""

    def look() -> None:
        dialog = _wait_dialog()
        seen["shown"] = dialog is not None and dialog.isVisible()
        go.set()

    QTimer.singleShot(SHOW_AFTER_MS + 200, look)


def test_a_save_during_the_check_waits_with_the_window_painting_then_saves(
    qtbot,
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    held: threading.Event,  # noqa: F811
    controller: AppController,
) -> None:
    session = main_window_while_checking(controller, filled, clock)
    assert session.page_check is not None and not session.page_check.done
    seen: dict[str, bool] = {}
    _release_later(held, seen)
    with session.write() as conn:  # on the GUI thread, as a Save button's handler is
        put_setting(conn, "org.name", "Centre renommé")
    assert seen == {"shown": True}
    assert session.page_check.passed
    assert get_setting(session.conn, "org.name") == "Centre renommé"
    qtbot.waitUntil(lambda: _wait_dialog() is None or not _wait_dialog().isVisible())
    lock(session)


def test_a_save_during_a_check_that_finds_damage_is_refused_after_the_wait(
    qtbot,
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    held: threading.Event,  # noqa: F811
    controller: AppController,
) -> None:
    _damage(filled, 40)
    session = main_window_while_checking(controller, filled, clock, damaged=True)
    seen: dict[str, bool] = {}
    _release_later(held, seen)
    with pytest.raises(KnownError) as err, session.write():
        pass
    assert err.value.code is ErrorCode.VAULT_DAMAGED
    assert seen == {"shown": True}
    lock(session)


def test_off_the_gui_thread_the_wait_is_left_to_the_write_itself(qapp) -> None:
    asked: list[bool] = []
    returned = threading.Event()

    def in_worker() -> None:
        wait_while_painting(lambda: asked.append(True) or False)  # never done
        returned.set()

    thread = threading.Thread(target=in_worker)
    thread.start()
    thread.join(5)
    assert returned.is_set()  # no event loop was run in the worker
    assert asked == []  # nor was the check asked: the write's own wait blocks there
