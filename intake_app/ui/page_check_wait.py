"""A save made while the background page check still runs waits for it without freezing
the window.

A vault over 32 MiB is checked beside the unlock (`vault.page_check`: about 2 s at a million
clients), and every write waits for that check, since a damaged vault is never written to.
A save on the GUI thread in those first seconds used to block the whole window. Now, on the
GUI thread, the wait runs a local event loop that keeps painting and shows a small progress
window; user input waits until the check is done (`ExcludeUserInputEvents`), so nothing
else can start halfway through the save that is waiting. Off the GUI thread the write
simply blocks, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

POLL_MS = 20
SHOW_AFTER_MS = 300  # a wait shorter than this shows nothing


def wait_while_painting(done: Callable[[], bool]) -> None:
    """Return once `done()`; on the GUI thread the window keeps painting meanwhile."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread() or done():
        return
    parent = QApplication.activeWindow()
    dialog = _dialog(parent)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: loop.quit() if done() else None)
    timer.start()
    shows = QTimer()
    shows.setSingleShot(True)
    shows.timeout.connect(dialog.show)
    shows.start(SHOW_AFTER_MS)
    try:
        if not done():
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        timer.stop()
        shows.stop()
        dialog.close()
        dialog.deleteLater()


def _dialog(parent: QWidget | None) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setObjectName("page-check-wait")
    dialog.setWindowTitle(QCoreApplication.translate("page_check_wait", "Passerelle"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "page_check_wait",
            "Checking the vault before saving (done once after unlocking a large vault)…",
        )
    )
    dialog.setCancelButton(None)  # the check cannot be skipped: a damaged vault is never written
    dialog.setRange(0, 0)  # busy: the check reports no progress
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog
