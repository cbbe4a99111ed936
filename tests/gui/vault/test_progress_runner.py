"""Finding 9: long work runs on a worker thread behind the progress dialog (not on the
GUI thread with a wait cursor), and its result or KnownError comes back to the caller."""

from __future__ import annotations

import threading

import pytest

from intake_app.errors import ErrorCode, KnownError

from intake_app.ui.widgets.progress_runner import run_with_progress
from intake_app.ui.workers import WorkerPool


def test_the_job_runs_off_the_gui_thread_and_returns_its_result(qtbot) -> None:
    pool = WorkerPool()
    seen: list[int] = []

    def job(progress, _cancelled):  # type: ignore[no-untyped-def]
        seen.append(threading.get_ident())
        progress(0.5)
        return 42

    assert run_with_progress(None, "Working…", job, pool) == 42
    assert seen and seen[0] != threading.get_ident()
    pool.cancel_all_and_wait()


def test_a_known_error_of_the_job_is_raised_to_the_caller(qtbot) -> None:
    pool = WorkerPool()

    def job(_progress, _cancelled):  # type: ignore[no-untyped-def]
        raise KnownError(ErrorCode.DISK_FULL)

    with pytest.raises(KnownError) as err:
        run_with_progress(None, "Working…", job, pool, cancel_text="Cancel")
    assert err.value.code is ErrorCode.DISK_FULL
    pool.cancel_all_and_wait()
