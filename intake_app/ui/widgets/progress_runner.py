"""Run one long use case off the GUI thread behind a modal progress dialog, and wait.

For the few operations that must finish before the page can go on and that hold the
session's own connection (a re-key after removing an account, retention deletes): the
worker thread does the work, the GUI thread keeps painting and shows progress, the
person can cancel where the use case allows it. The dialog is application-modal, so
nothing else reaches the session's connection meanwhile. With a synchronous pool (logic
tests) the job runs inline and the dialog never shows.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from intake_app.errors import ErrorCode, KnownError

from intake_app.ui.workers import Job, Worker, WorkerPool


def _progress_dialog(
    parent: QWidget | None, label: str, cancel_text: str, modality: Qt.WindowModality
) -> QProgressDialog:
    """The dialog both runners show: only once the job takes a while, closed by its owner."""
    dialog = QProgressDialog(label, cancel_text, 0, 100, parent)
    dialog.setObjectName("progress-dialog")
    dialog.setWindowModality(modality)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def _show_fraction(dialog: QProgressDialog, fraction: float) -> None:
    dialog.setValue(max(0, min(100, int(fraction * 100))))


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
        _show_fraction(self.dialog, fraction)

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
    dialog = _progress_dialog(parent, label, cancel_text or "", Qt.WindowModality.ApplicationModal)
    if cancel_text is None:
        dialog.setCancelButton(None)
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


class BackgroundTask(QObject):
    """One long job that does not block the page: a worker, a window-modal progress dialog
    that shows only when the job takes a while, and Cancel.

    For work the page waits for without freezing (a batch preview): `succeeded` carries the
    result, `failed` a KnownError, `stopped` a cancellation. With a synchronous pool the job
    runs inline and the signals fire before `start` returns.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    stopped = Signal()

    def __init__(
        self, parent: QWidget, label: str, cancel_text: str, pool: WorkerPool, job: Job
    ) -> None:
        super().__init__(parent)
        self._pool = pool
        self.dialog = _progress_dialog(parent, label, cancel_text, Qt.WindowModality.WindowModal)
        self.worker = Worker(job)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.dialog.canceled.connect(self.worker.cancel)

    def start(self) -> None:
        self.dialog.setValue(0)
        self._pool.start(self.worker)

    def cancel(self) -> None:
        self.worker.cancel()

    @property
    def running(self) -> bool:
        return not self.worker.done.is_set()

    @Slot(float)
    def _progress(self, fraction: float) -> None:
        _show_fraction(self.dialog, fraction)

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.worker.cancel)  # closing it emits `canceled`
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._close()
        if self.worker.is_cancelled:
            self.stopped.emit()
        else:
            self.succeeded.emit(result)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._close()
        assert isinstance(error, KnownError)
        if error.code is ErrorCode.CANCELLED:
            self.stopped.emit()
        else:
            self.failed.emit(error)
