"""Run one long use case off the GUI thread behind a modal progress dialog, and wait.

For the few operations that must finish before the page can go on and that hold the
session's own connection (a re-key after removing an account, retention deletes): the
worker thread does the work, the GUI thread keeps painting and shows progress, the
person can cancel where the use case allows it. The dialog is application-modal, so
nothing else reaches the session's connection meanwhile. With a synchronous pool (logic
tests) the job runs inline and the dialog never shows.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QObject, Qt, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from intake_app.errors import KnownError

from intake_app.ui.workers import Job, Worker, WorkerPool


class _Outcome(QObject):
    """Lives in the GUI thread, so the worker's signals arrive here queued."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.loop = QEventLoop(self)
        self.result: object = None
        self.error: KnownError | None = None
        self.done = False

    @Slot(float)
    def progress(self, fraction: float) -> None:
        self.dialog.setValue(max(0, min(100, int(fraction * 100))))

    @Slot(object)
    def finished(self, result: object) -> None:
        self.result, self.done = result, True
        self.loop.quit()

    @Slot(object)
    def failed(self, error: object) -> None:
        assert isinstance(error, KnownError)
        self.error, self.done = error, True
        self.loop.quit()


def run_with_progress(
    parent: QWidget | None,
    label: str,
    job: Job,
    pool: WorkerPool,
    *,
    cancel_text: str | None = None,
) -> object:
    """Run `job(progress, cancelled)` on `pool`; return its result or raise its KnownError.

    `cancel_text` None: no Cancel button (work that must not stop halfway)."""
    dialog = QProgressDialog(label, cancel_text or "", 0, 100, parent)
    dialog.setObjectName("progress-dialog")
    if cancel_text is None:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    outcome = _Outcome(dialog)
    worker = Worker(job)
    worker.signals.progress.connect(outcome.progress)
    worker.signals.finished.connect(outcome.finished)
    worker.signals.failed.connect(outcome.failed)
    dialog.canceled.connect(worker.cancel)
    dialog.setValue(0)
    pool.start(worker)
    if not outcome.done:
        outcome.loop.exec()
    dialog.close()
    dialog.deleteLater()
    if outcome.error is not None:
        raise outcome.error
    return outcome.result
