"""Slow work off the GUI thread, with one contract.

A use case takes plain `progress(fraction)` and `cancelled()` callables and returns its
result. `Worker` runs it on a `QThreadPool` and turns those into `progress`, `finished`
and `failed` signals. `WorkerPool(synchronous=True)` runs workers inline, for logic tests.
A worker that needs the database runs its use case on `with session.worker() as w:` —
the session on a connection of that thread, closed when the block ends (SQLite
connections stay in their thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from intake_app.crash_log import describe_bug
from intake_app.errors import ErrorCode, KnownError
from intake_app.progress import Cancelled, Progress

log = logging.getLogger(__name__)

Job = Callable[[Progress, Cancelled], Any]


class WorkerSignals(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(object)  # a KnownError; bugs arrive as KnownError(UNEXPECTED) after logging


class Worker(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = WorkerSignals()
        self._job = job
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._job(self.signals.progress.emit, self._cancel.is_set)
        except KnownError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:
            log.error("background task failed: %s", describe_bug(exc))
            self.signals.failed.emit(KnownError(ErrorCode.UNEXPECTED))
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()


class WorkerPool:
    """Starts workers and remembers them, so locking can cancel and wait for them all."""

    def __init__(self, synchronous: bool = False) -> None:
        self.synchronous = synchronous
        self._pool = QThreadPool()
        self._running: list[Worker] = []

    def start(self, worker: Worker) -> Worker:
        self._running = [w for w in self._running if not w.done.is_set()]
        self._running.append(worker)
        if self.synchronous:
            worker.run()
        else:
            self._pool.start(worker)
        return worker

    def cancel_all_and_wait(self, timeout_ms: int = 30_000) -> None:
        for worker in self._running:
            worker.cancel()
        self._pool.waitForDone(timeout_ms)
        self._running.clear()

    @property
    def busy(self) -> bool:
        return any(not w.done.is_set() for w in self._running)
