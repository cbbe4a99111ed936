"""A worker connection's memory goes back to the system when it closes: a report's or an
import's page cache and in-memory temporary tables are about 100 MB at a million clients,
and glibc would otherwise keep them for the rest of the session."""

from __future__ import annotations

from typing import Any

from intake_app import memory
from intake_app.vault import session as session_module
from intake_app.vault.session import VaultSession


def test_closing_a_worker_connection_hands_its_memory_back(
    session: VaultSession, monkeypatch: Any
) -> None:
    trimmed: list[bool] = []
    monkeypatch.setattr(session_module, "trim_free_memory", lambda: trimmed.append(True))
    with session.worker() as worker:
        worker.conn.execute("SELECT count(*) FROM clients").fetchone()
        assert trimmed == []  # not while the connection is in use
    assert trimmed == [True]


def test_trimming_says_whether_it_could() -> None:
    # glibc (Linux) has malloc_trim; elsewhere there is nothing to call and nothing is done.
    assert memory.trim_free_memory() is (memory._trim() is not None)
