"""Settings > Retention: the list of clients due, deleting on confirmation, the record PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.clock import FixedClock
from intake_app.domain.clients import Client
from intake_app.vault import clients_repo
from intake_app.vault.session import VaultSession
from tests.helpers.gui import page_context
from tests.helpers.pdf import pdf_text

from intake_app.ui.dialogs import Alert, Question
from intake_app.ui.safekeeping.retention_section import RetentionSection
from intake_app.ui.widgets.pickers import Pickers
from intake_app.ui.workers import WorkerPool


def _section(qtbot, session: VaultSession, clock: FixedClock) -> RetentionSection:
    section = RetentionSection(page_context(session, clock))
    qtbot.addWidget(section)
    return section


def _clients(session: VaultSession, *names: str) -> list[str]:
    with session.write() as conn:
        return [
            clients_repo.insert_client(conn, Client(given_name=n), session.clock.now()).number
            for n in names
        ]


def test_due_clients_are_listed_and_deleted_only_after_yes(
    qtbot,
    qtmodeltester,
    session: VaultSession,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _clients(session, "Ana", "Bo")
    clock.advance(days=800)
    section = _section(qtbot, session, clock)
    assert section.model.rowCount() == 2
    qtmodeltester.check(section.model)
    answers = iter([False, True])
    monkeypatch.setattr(Question, "ask", staticmethod(lambda *a, **k: next(answers)))
    section.delete_button.click()
    assert clients_repo.count_clients(session.conn) == 2
    section.delete_button.click()
    assert clients_repo.count_clients(session.conn) == 0
    assert section.model.rowCount() == 0
    assert "2 client records deleted" in section.summary.text()


def test_record_export_asks_then_writes_a_pdf_named_by_number(
    qtbot,
    session: VaultSession,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    [number] = _clients(session, "Ana")
    section = _section(qtbot, session, clock)
    asked: list[str] = []
    monkeypatch.setattr(
        Question, "ask", staticmethod(lambda _p, text, *a: asked.append(text) or True)
    )
    monkeypatch.setattr(Alert, "info", staticmethod(lambda *a: None))
    suggested: list[str] = []

    def save(_parent: object, _title: str, name: str, _pattern: str) -> Path:
        suggested.append(name)
        return tmp_path / name

    monkeypatch.setattr(Pickers, "save_file", staticmethod(save))
    section.client_number.setText(number.lower())
    section.export_button.click()
    assert asked and "private information" in asked[0]
    assert suggested == [f"record-{number}.pdf"]
    text = pdf_text(tmp_path / suggested[0])
    assert "Ana" in text


def test_tab_title_counts_due_clients_until_the_list_is_looked_at(
    qtbot, session: VaultSession, clock: FixedClock
) -> None:
    from intake_app.retention.policy import weekly_check_due

    _clients(session, "Ana", "Bo", "Cy")
    clock.advance(days=800)
    section = _section(qtbot, session, clock)
    assert section.title() == "Retention (3)"
    section.show()
    qtbot.waitExposed(section)
    assert not weekly_check_due(session)
    assert section.title() == "Retention"


def test_retention_deletes_run_on_a_worker_and_cancel_keeps_every_record(
    qtbot,
    session: VaultSession,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Finding 9: the deletion runs off the GUI thread; Cancel (pressed while the first
    record is being deleted) rolls the whole transaction back."""
    import threading

    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QProgressDialog

    class Relay(QObject):
        started = Signal()

    _clients(session, "Ana", "Bo", "Cy")
    clock.advance(days=800)
    pool = WorkerPool()
    section = RetentionSection(page_context(session, clock, pool=pool))
    qtbot.addWidget(section)
    monkeypatch.setattr(Question, "ask", staticmethod(lambda *a, **k: True))
    gate, relay, threads = threading.Event(), Relay(), []
    real_delete = clients_repo.delete_client

    def press_cancel() -> None:
        progress = section.findChild(QProgressDialog, "progress-dialog")
        assert progress is not None
        progress.canceled.emit()
        gate.set()

    relay.started.connect(press_cancel)

    def gated(conn, client_id):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        if len(threads) == 1:
            relay.started.emit()
            assert gate.wait(10)
        return real_delete(conn, client_id)

    monkeypatch.setattr(clients_repo, "delete_client", gated)
    section.delete_button.click()
    pool.cancel_all_and_wait()
    assert threads and threading.get_ident() not in threads
    assert clients_repo.count_clients(session.conn) == 3
    assert "No client record was deleted" in section.summary.text()
