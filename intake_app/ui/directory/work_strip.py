"""A slim strip under the directory: what runs in the background, its progress, Cancel.

It starts one `Worker` at a time on the context's pool and calls back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from intake_app.errors import KnownError

from intake_app.ui.workers import Job, Worker, WorkerPool


class WorkStrip(QWidget):
    def __init__(self, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self.worker: Worker | None = None
        self._on_done: Callable[[Any], None] = lambda _r: None
        self._on_failed: Callable[[KnownError], None] = lambda _e: None
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel-work")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def busy(self) -> bool:
        return self.worker is not None and not self.worker.done.is_set()

    def run(
        self,
        job: Job,
        label: str,
        on_done: Callable[[Any], None],
        on_failed: Callable[[KnownError], None],
    ) -> bool:
        """Start `job`; False if something else is still running."""
        if self.busy:
            return False
        worker = Worker(job)
        # Bound methods of this QObject, so signals from the worker thread are delivered
        # on the GUI thread (a lambda would run in the worker's thread).
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        self.worker = worker
        self._on_done, self._on_failed = on_done, on_failed
        self.label.setText(label)
        self.bar.setValue(0)
        self.show()
        self.pool.start(worker)
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _progress(self, fraction: float) -> None:
        self.bar.setValue(int(fraction * 1000))

    def _finished(self, result: Any) -> None:
        self.worker = None
        self.hide()
        self._on_done(result)

    def _failed(self, exc: KnownError) -> None:
        self.worker = None
        self.hide()
        self._on_failed(exc)
