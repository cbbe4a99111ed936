"""A bug inside background work is logged without the exception's message (which can hold
a client's name), and the user gets a calm error instead."""

from __future__ import annotations

import logging

import pytest

from intake_app.errors import ErrorCode
from tests.conftest import SENTINEL_PREFIX, sentinel

from intake_app.ui.workers import Worker, WorkerPool


@pytest.mark.allow_log_warnings
def test_a_failing_job_logs_its_type_but_not_its_message(qapp, _log_guard) -> None:  # type: ignore[no-untyped-def]
    value = sentinel("workerbug")

    def job(_progress, _cancelled):  # type: ignore[no-untyped-def]
        raise KeyError(value)

    failures: list[object] = []
    worker = Worker(job)
    worker.signals.failed.connect(failures.append)
    WorkerPool(synchronous=True).start(worker)
    assert [getattr(f, "code", None) for f in failures] == [ErrorCode.UNEXPECTED]
    logged = [r for r in _log_guard.records if r.name == "intake_app.ui.workers"]
    assert logged and logged[0].levelno == logging.ERROR
    text = logged[0].getMessage()
    assert "KeyError" in text and "job" in text
    assert SENTINEL_PREFIX not in text and logged[0].exc_info is None


@pytest.mark.allow_log_warnings
def test_the_crash_hook_logs_the_frames_without_the_message(
    qapp,
    monkeypatch: pytest.MonkeyPatch,
    _log_guard,  # type: ignore[no-untyped-def]
) -> None:
    import sys

    from intake_app.ui import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(app_module.QApplication, "exit", staticmethod(lambda code=0: None))
    app_module.install_crash_hook(show_dialog=False)
    value = sentinel("crashbug")
    try:
        raise RuntimeError(value)
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    logged = [r.getMessage() for r in _log_guard.records if r.name == "intake_app.ui.app"]
    assert logged and "RuntimeError" in logged[0] and "test_the_crash_hook" in logged[0]
    assert SENTINEL_PREFIX not in logged[0]
