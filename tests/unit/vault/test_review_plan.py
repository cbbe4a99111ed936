"""The count of services needing review reads its partial index, not the directory
(issue 21: a scan of 50,000 services filled the session's page cache, 32 MB resident)."""

from __future__ import annotations

from intake_app.directory.sample import sample_services
from intake_app.vault import directory_repo
from intake_app.vault.session import VaultSession


def test_review_query_reads_the_partial_index_not_every_service(session: VaultSession) -> None:
    plan = [
        str(r[3]) for r in session.conn.execute("EXPLAIN QUERY PLAN " + directory_repo.REVIEW_SQL)
    ]
    assert any("services_needing_review" in p for p in plan), plan
    assert not any(p.startswith("SCAN services") and "INDEX" not in p for p in plan), plan


def test_review_lists_services_gone_upstream_or_in_conflict(session: VaultSession) -> None:
    services = sample_services()[:3]
    with session.write() as conn:
        directory_repo.save_services(conn, services)
        directory_repo.set_local_state(conn, services[0].id, [], ["name"])
        directory_repo.mark_gone(conn, [services[1].id], "2026-01-01T00:00:00")
    found = directory_repo.review_service_ids(session.conn)
    assert found == {
        services[0].id: (False, frozenset({"name"})),
        services[1].id: (True, frozenset()),
    }
    assert services[2].id not in found
