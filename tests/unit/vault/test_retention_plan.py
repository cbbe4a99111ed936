"""The retention listing stays indexed as the vault grows (issue 21: 715 ms at a million
clients came from walking every client through `clients_by_merge`)."""

from __future__ import annotations

from datetime import datetime

from intake_app.vault import retention_repo
from intake_app.vault.session import VaultSession


def test_listing_with_a_cutoff_reads_clients_by_activity_not_every_client(
    session: VaultSession,
) -> None:
    sql = retention_repo.due_sql(with_cutoff=True)
    plan = [str(r[3]) for r in session.conn.execute("EXPLAIN QUERY PLAN " + sql, ("2020",))]
    on_clients = [p for p in plan if " c " in f" {p} " or p.endswith(" c")]
    assert any("clients_by_activity" in p and "last_activity<?" in p for p in on_clients), plan
    assert not any(p.startswith("SCAN c") or "clients_by_merge" in p for p in on_clients), plan


def test_listing_without_a_cutoff_still_lists_every_client(session: VaultSession) -> None:
    listed = retention_repo.effective_last_activity(session.conn)
    cut = retention_repo.effective_last_activity(session.conn, datetime(1990, 1, 1))
    count = session.conn.execute("SELECT count(*) FROM clients").fetchone()[0]
    assert len(listed) == count
    assert cut == []
