"""The report's queries read the indexes they were written for (migration 0190), planned
with EXPLAIN QUERY PLAN on a small vault: the distinct people of every category table
are counted in index order, without a temporary B-tree per category, and nothing reads a
whole table where an index covers it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from intake_app.clients.demo import generate_clients
from intake_app.directory.sample import AREAS, sample_services
from intake_app.domain.clients import AGE_RANGES
from intake_app.domain.languages import known_language_codes
from intake_app.domain.reports import ReportPeriod
from intake_app.domain.taxonomy import SERVICE_TERMS
from intake_app.vault.clients_repo import bulk_insert_clients
from intake_app.vault.database import Connection
from intake_app.vault.demo_history_repo import spread_history
from intake_app.vault.directory_repo import save_services
from intake_app.vault.reports_repo import report_figures
from intake_app.vault.session import VaultSession


class Planned:
    """A connection that plans every statement before running it."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.plans: list[tuple[str, list[str]]] = []

    def execute(self, sql: str, params: Any = ()) -> Any:
        if sql.lstrip().startswith(("SELECT", "INSERT")):
            plan = self.conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            self.plans.append((sql, [str(r[3]) for r in plan]))
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        return self.conn.executemany(sql, rows)

    def interrupt(self) -> None:
        self.conn.interrupt()


@pytest.fixture
def plans(session: VaultSession) -> Iterator[list[tuple[str, list[str]]]]:
    now = session.clock.now()
    with session.write() as conn:
        save_services(conn, sample_services())
        bulk_insert_clients(conn, generate_clients(60, 3, AREAS), now, session.user.id)
        spread_history(conn, now - timedelta(days=3), 14, 3)
    planned = Planned(session.conn)
    report_figures(
        planned,  # type: ignore[arg-type]
        ReportPeriod.parse(f"{now.year - 1}"),
        now.date(),
        caseload_of=None,
        known_languages=known_language_codes(),
        categories=[t.code for t in SERVICE_TERMS],
        age_ranges=[(a, int(a.rstrip("+").split("-")[0])) for a in AGE_RANGES],
    )
    yield planned.plans


def _plan_of(plans: list[tuple[str, list[str]]], start: str) -> list[str]:
    found = [plan for sql, plan in plans if sql.startswith(start)]
    assert len(found) == 1, (start, [sql[:80] for sql, _p in plans])
    return found[0]


@pytest.mark.parametrize(
    ("start", "index"),
    [
        (
            "SELECT category, count(DISTINCT client_id) FROM client_needs",
            "client_needs_by_category",
        ),
        ("SELECT category, count(DISTINCT client_id) FROM unmet_needs", "unmet_needs_by_category"),
        (
            "SELECT lang, count(DISTINCT client_id) FROM letters_printed",
            "letters_printed_by_language",
        ),
        ("SELECT state, count(DISTINCT client_id) FROM referrals", "referrals_by_state_client"),
    ],
)
def test_people_per_category_stream_through_the_category_index(
    plans: list[tuple[str, list[str]]], start: str, index: str
) -> None:
    plan = _plan_of(plans, start)
    assert any(f"COVERING INDEX {index}" in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


def test_referral_people_are_keyed_once_each_without_a_distinct_tree(
    plans: list[tuple[str, list[str]]],
) -> None:
    """By category, by organization and by follow-up: each row goes once into the
    integer-keyed table, read through covering indexes."""
    inserts = [plan for sql, plan in plans if sql.startswith("INSERT OR IGNORE INTO rep_pairs")]
    assert len(inserts) == 3
    for plan in inserts:
        assert not any("TEMP B-TREE" in step for step in plan), plan
    covering = {
        step.split("COVERING INDEX ")[1].split()[0]
        for plan in inserts
        for step in plan
        if "COVERING INDEX" in step
    }
    assert covering >= {
        "referrals_by_created",
        "referral_needs_by_referral",
        "referrals_by_follow_up_date",
    }, covering


def test_no_report_query_reads_a_vault_table_whole(plans: list[tuple[str, list[str]]]) -> None:
    """Only the directory is read whole (services as `s` and `sv`, their locations as
    `l`, the organizations' names) and the report's own temporary tables; every client
    table is read through an index."""
    whole = {
        step.split()[1]
        for _sql, plan in plans
        for step in plan
        if step.startswith("SCAN ") and "INDEX" not in step
    }
    assert "rep_activity" in whole  # the check sees what it is meant to see
    assert {t for t in whole if not t.startswith("rep_")} <= {"s", "sv", "l", "organizations"}, (
        whole
    )
