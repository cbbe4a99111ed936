"""A batch of letters renders on a worker, behind a progress dialog with Cancel: the
preview, the paper and the saved file. Cancelling leaves no file, no audit event and no
state change; the preview keeps showing the letters as they were."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.domain.referrals import ReferralState
from intake_app.letters import use_cases as uc
from intake_app.vault import referrals_repo
from intake_app.vault.audit import query_events
from intake_app.vault.session import VaultSession
from tests.helpers.gui import page_context
from tests.helpers.pdf import page_count, pdf_text
from tests.unit.letters.test_use_cases import _seed

from intake_app.ui.context import AppContext
from intake_app.ui.letters.letter_dialog import LetterDialog
from intake_app.ui.letters.seams import LetterSeams
from intake_app.ui.workers import WorkerPool

REAL_RENDER = uc.render_pdf


class _Relay(QObject):
    """Made in the GUI thread: a worker's emit reaches `started`'s slots queued."""

    started = Signal()


@pytest.fixture
def pool() -> Iterator[WorkerPool]:
    workers = WorkerPool()
    yield workers
    workers.cancel_all_and_wait()


@pytest.fixture
def context(session: VaultSession, clock: FixedClock, pool: WorkerPool) -> AppContext:
    return page_context(session, clock, pool=pool)


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The thread each letter rendering ran in."""
    seen: list[int] = []

    def recording(*args: Any, **kwargs: Any) -> bytes:
        seen.append(threading.get_ident())
        return REAL_RENDER(*args, **kwargs)

    monkeypatch.setattr(uc, "render_pdf", recording)
    return seen


def _dialog(qtbot, context: AppContext) -> LetterDialog:  # type: ignore[no-untyped-def]
    dlg = LetterDialog(context, _seed(context.session))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.page_count == 2)
    return dlg


def _cancel_when_rendering(
    monkeypatch: pytest.MonkeyPatch, dlg: LetterDialog
) -> Callable[[], None]:
    """The next rendering waits until Cancel was pressed on the progress dialog."""
    gate = threading.Event()
    relay = _Relay()

    def press_cancel() -> None:
        progress = dlg.findChild(QProgressDialog, "progress-dialog")
        assert progress is not None
        progress.canceled.emit()
        gate.set()

    relay.started.connect(press_cancel)

    def gated(*args: Any, **kwargs: Any) -> bytes:
        relay.started.emit()
        assert gate.wait(10)
        return REAL_RENDER(*args, **kwargs)

    monkeypatch.setattr(uc, "render_pdf", gated)
    return lambda: relay.deleteLater()


def _state(session: VaultSession, rid: int) -> ReferralState:
    referral = referrals_repo.load_referral(session.conn, rid)
    assert referral is not None
    return referral.state


def _events(session: VaultSession, action: Action) -> list[object]:
    return [e for e in query_events(session.conn) if e.action == action.value]


def test_batch_preview_renders_off_the_gui_thread(
    qtbot, context: AppContext, threads: list[int]
) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, context)
    assert threads and threading.get_ident() not in threads
    with qtbot.waitSignal(dlg.preview_ready, timeout=5000):
        dlg.reason.setPlainText("Needs a family doctor")
    assert "Needs a family doctor" in pdf_text(bytes(dlg._pdf.data()))
    assert threading.get_ident() not in threads


def test_cancelling_a_batch_preview_keeps_the_previous_one(
    qtbot,  # type: ignore[no-untyped-def]
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dlg = _dialog(qtbot, context)
    before = bytes(dlg._pdf.data())
    _cancel_when_rendering(monkeypatch, dlg)
    with qtbot.waitSignal(dlg.preview_stopped, timeout=5000):
        dlg.refresh_preview()
    assert bytes(dlg._pdf.data()) == before and dlg.page_count == 2
    assert "preview was stopped" in dlg.status.text()


def test_saving_a_batch_renders_on_a_worker_and_writes_one_file(
    qtbot,  # type: ignore[no-untyped-def]
    context: AppContext,
    threads: list[int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dlg = _dialog(qtbot, context)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "letters.pdf"
    monkeypatch.setattr(LetterSeams, "save_location", staticmethod(lambda *a: target))
    threads.clear()
    with qtbot.waitSignal(dlg.issued, timeout=5000):
        dlg.save_button.click()
    assert threads and threading.get_ident() not in threads
    assert page_count(target.read_bytes()) == 2
    assert [p.name for p in target.parent.iterdir()] == ["letters.pdf"]  # no temporary left


def test_cancelling_a_batch_save_writes_nothing_and_records_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dlg = _dialog(qtbot, context)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(LetterSeams, "save_location", staticmethod(lambda *a: out / "l.pdf"))
    _cancel_when_rendering(monkeypatch, dlg)
    with qtbot.assertNotEmitted(dlg.issued):
        dlg.save_button.click()
    session = context.session
    assert list(out.iterdir()) == []
    assert _events(session, Action.LETTER_SAVED) == []
    assert all(_state(session, p.referral_id) is ReferralState.CREATED for p in dlg.model.letters())
    assert "No file was written" in dlg.status.text()


def _to_pdf(out: Path) -> Callable[[QWidget, QPrinter], bool]:
    def choose(parent: QWidget, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(100)
        return True

    return choose


def test_printing_a_batch_renders_and_paints_on_a_worker(
    qtbot,  # type: ignore[no-untyped-def]
    context: AppContext,
    threads: list[int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dlg = _dialog(qtbot, context)
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(LetterSeams, "choose_printer", staticmethod(_to_pdf(out)))
    threads.clear()
    with qtbot.waitSignal(dlg.issued, timeout=10000):
        dlg.print_button.click()
    assert threads and threading.get_ident() not in threads
    assert page_count(out.read_bytes()) == 2
    printed = query_events(context.session.conn, action=Action.LETTER_PRINTED.value)
    assert printed[0].detail == {"pages": 2, "letters": 2}


def test_cancelling_a_batch_print_prints_nothing_and_records_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dlg = _dialog(qtbot, context)
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(LetterSeams, "choose_printer", staticmethod(_to_pdf(out)))
    _cancel_when_rendering(monkeypatch, dlg)
    with qtbot.assertNotEmitted(dlg.issued):
        dlg.print_button.click()
    session = context.session
    assert not out.exists()
    assert _events(session, Action.LETTER_PRINTED) == []
    assert all(_state(session, p.referral_id) is ReferralState.CREATED for p in dlg.model.letters())
    assert "Nothing was printed" in dlg.status.text()
