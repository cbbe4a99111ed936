"""`session.worker()`: the session on a connection of its own, for one worker thread.

Use cases take the view like any session, so none is ever handed a connection."""

from __future__ import annotations

import threading

import pytest

from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.database import CACHE_KIB, SESSION_CACHE_KIB
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting, put_setting


def test_the_view_reads_and_writes_on_its_own_connection(session: VaultSession) -> None:
    with session.worker() as worker:
        assert worker.conn is not session.conn
        assert worker.user == session.user and worker.clock is session.clock
        with worker.write() as conn:
            put_setting(conn, "org.name", "Centre Worker")
        assert get_setting(session.conn, "org.name") == "Centre Worker"  # committed


def test_the_view_runs_on_another_thread(session: VaultSession) -> None:
    put_setting(session.conn, "org.phone", "514-555-0100")
    seen: list[object] = []

    def job() -> None:
        with session.worker() as worker:
            seen.append(get_setting(worker.conn, "org.phone"))

    thread = threading.Thread(target=job)
    thread.start()
    thread.join()
    assert seen == ["514-555-0100"]


def test_the_connection_closes_when_the_block_ends(session: VaultSession) -> None:
    with session.worker() as worker:
        pass
    assert worker.closed and not session.closed
    with pytest.raises(KnownError) as caught:
        _ = worker.conn
    assert caught.value.code is ErrorCode.NOT_ALLOWED
    assert session.close_other_connections() == 0  # released, not left open


def test_locking_the_session_closes_its_workers(session: VaultSession) -> None:
    with session.worker() as worker:
        session.close()
        assert worker.closed
        with pytest.raises(KnownError):
            _ = worker.conn
        with pytest.raises(KnownError):
            worker.connect()


def test_a_view_of_a_read_only_session_refuses_writes(session: VaultSession) -> None:
    session.read_only = True
    with session.worker() as worker, pytest.raises(KnownError) as caught, worker.write():
        pass
    assert caught.value.code is ErrorCode.DISK_FULL


def test_the_session_keeps_a_smaller_page_cache_than_its_workers(session: VaultSession) -> None:
    """The connection open all day caps its cache (resident memory, issue 21); a worker's,
    closed after its job, keeps the larger one for bulk reads."""
    own = session.conn.execute("PRAGMA cache_size").fetchone()[0]
    assert own == -SESSION_CACHE_KIB
    with session.worker() as view:
        assert view.conn.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
    assert SESSION_CACHE_KIB < CACHE_KIB
