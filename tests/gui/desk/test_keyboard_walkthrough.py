"""A whole visit by keyboard alone, in the real main window: new intake, a need, save,
the Services tab, tick a service, Refer, accept the letters with Enter, save the PDF.

Only the file chooser is answered through its seam (it is the platform's dialog); every
other step is a key press on whatever has the focus.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from intake_app.domain.referrals import ReferralFilter, ReferralState
from intake_app.vault import referrals_repo
from intake_app.vault.session import VaultSession
from tests.gui.desk.surfaces import open_main_window
from tests.helpers.pdf import pdf_text

from intake_app.ui.context import AppContext
from intake_app.ui.letters.letter_dialog import LetterDialog
from intake_app.ui.letters.seams import LetterSeams
from intake_app.ui.pages.clients_page import ClientsPage
from intake_app.ui.routing.routing_view import RoutingView

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, mod)


def tab_until(qtbot, test, limit: int = 60) -> None:
    for _ in range(limit):
        if test(focused()):
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the widget; focus on {focused().objectName()}")


def test_intake_referral_and_letter_by_keyboard_alone(
    qtbot, context: AppContext, session: VaultSession, tmp_path: Path, monkeypatch
) -> None:
    saved_to = tmp_path / "letter.pdf"
    monkeypatch.setattr(LetterSeams, "save_location", staticmethod(lambda *_a: saved_to))
    window = open_main_window(qtbot, context)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    clients = window.page_named("ClientsPage")
    assert isinstance(clients, ClientsPage)

    key(qtbot, Qt.Key.Key_N, CTRL)  # from Today's search box
    assert focused() is clients.editor.form.given
    qtbot.keyClicks(focused(), "Nadege")  # QTest types ASCII only
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Saint-Fleur")
    key(qtbot, Qt.Key.Key_D, ALT)  # the Needs tab
    key(qtbot, Qt.Key.Key_T, ALT)  # Ca&tegory
    assert focused() is clients.editor.needs.category
    qtbot.keyClicks(focused(), "Food")
    key(qtbot, Qt.Key.Key_R, ALT)  # &Reason
    qtbot.keyClicks(focused(), "no groceries this week")
    key(qtbot, Qt.Key.Key_Return)
    assert clients.editor.needs.model.rowCount() == 1
    key(qtbot, Qt.Key.Key_S, CTRL)
    client_id = clients.editor.client_id
    assert client_id is not None and not clients.editor.is_dirty()

    tabs = clients.editor.tabs
    # Ctrl+Tab walks the tabs from wherever the focus is inside the record.
    while not isinstance(tabs.currentWidget(), RoutingView):
        key(qtbot, Qt.Key.Key_Tab, CTRL)
    routing = tabs.currentWidget()
    assert isinstance(routing, RoutingView)
    qtbot.waitUntil(lambda: routing.model.rowCount() > 1)
    tab_until(qtbot, lambda w: w is routing.view)
    key(qtbot, Qt.Key.Key_Space)  # tick the first card
    assert len(routing.model.checked()) == 1
    tab_until(qtbot, lambda w: w is routing.refer_button)

    def accept_letters() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default answer: prepare the letter

    QTimer.singleShot(50, accept_letters)
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), LetterDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, LetterDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    errors: list[str] = []
    monkeypatch.setattr(
        "intake_app.ui.letters.letter_dialog.Alert.error",
        staticmethod(lambda _p, exc: errors.append(str(exc.code))),
    )
    key(qtbot, Qt.Key.Key_S, ALT)  # &Save as PDF… (a mnemonic clicks after its animation)
    qtbot.waitUntil(saved_to.exists, timeout=3000)
    assert errors == []
    text = pdf_text(saved_to)
    assert "Saint-Fleur" in text or "Nadege" in text or "N. S." in text
    rows = referrals_repo.list_referrals(session.conn, ReferralFilter(client_id=client_id))
    assert [r.state for r in rows] == [ReferralState.PRINTED]
    dialog.reject()
    window.shutdown()
