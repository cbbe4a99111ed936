"""Property: on random small vaults, no released cell counts 1 to k-1 people and no hidden
cell can be worked out from what the same release shows (solved as a linear system)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.domain.reports import ReportPeriod
from intake_app.reports.disclosure import partition, same
from intake_app.reports.release import (
    PARTITION_IDS,
    TOTAL,
    ReleasedReport,
    TableKind,
    cell_id,
    release_values,
)
from intake_app.reports.use_cases import ReportRequest, build_report
from intake_app.settings import change_settings
from intake_app.vault.session import VaultSession
from tests.unit.reports.audit_helpers import recoverable
from tests.unit.reports.helpers import random_world


def _relations(report: ReleasedReport) -> list[dict[str, int]]:
    """The release's linear relations, rebuilt from the report itself."""
    eqs: list[dict[str, int]] = []
    for t in report.tables:
        if t.kind is TableKind.PARTITION:
            eqs.append(partition(TOTAL, [cell_id(t.id, c.category) for c in t.cells]))
    months = [c.category for c in report.table("trend.new").cells]
    inside = [m for m in months if m >= report.period.start.isoformat()]
    eqs.append(partition(cell_id("clients.new", "new"), [cell_id("trend.new", m) for m in inside]))
    if report.period.month_count == 1:
        eqs.append(same(TOTAL, cell_id("trend.served", inside[0])))
    return eqs


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    clients=st.integers(0, 45),
    seed=st.integers(0, 10_000),
    k=st.integers(3, 10),
    months=st.sampled_from(["2026-02", "2026-Q1", "2025-11", "2025"]),
)
def test_random_vaults_release_nothing_small_or_recoverable(
    session: VaultSession, clients: int, seed: int, k: int, months: str
) -> None:
    random_world(session, clients, seed)
    now = session.clock.now()
    change_settings(session, {"reports.min_cell": k})
    period = ReportPeriod.parse(months)
    if period.start > now.date():
        return
    report = build_report(session, ReportRequest(period))
    values = release_values(report)
    assert all(v is None or v == 0 or v >= k for v in values.values())
    hidden = [cid for cid, v in values.items() if v is None]
    assert recoverable(hidden, _relations(report)) == set()
    for t in report.tables:
        if t.kind is TableKind.PARTITION and t.total is not None:
            shown = [c.value for c in t.cells]
            if None not in shown:
                assert sum(v for v in shown if v is not None) == t.total
    assert len([t for t in report.tables if t.id in PARTITION_IDS]) == len(PARTITION_IDS)
