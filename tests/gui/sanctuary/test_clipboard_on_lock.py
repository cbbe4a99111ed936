"""Locking empties text copied by hand from our fields, not only what we copied ourselves."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from tests.conftest import sentinel

from intake_app.ui.clipboard import SecureClipboard


def test_text_copied_from_a_field_is_cleared_on_lock(qtbot) -> None:  # type: ignore[no-untyped-def]
    board = SecureClipboard()
    field = QLineEdit()
    qtbot.addWidget(field)
    field.setText(sentinel("copiedbyhand"))
    field.selectAll()
    field.copy()
    board.clear()  # the one-minute timer only empties what copy() put there
    assert QGuiApplication.clipboard().text() == sentinel("copiedbyhand")
    board.clear_on_lock()
    assert QGuiApplication.clipboard().text() == ""


def test_an_explicit_copy_is_cleared_by_the_timer_and_on_lock(qtbot) -> None:  # type: ignore[no-untyped-def]
    board = SecureClipboard()
    board.copy(sentinel("explicit"), clear_after_ms=10)
    assert QGuiApplication.clipboard().text() == sentinel("explicit")
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)
    board.copy(sentinel("again"))
    board.clear_on_lock()
    assert QGuiApplication.clipboard().text() == ""
