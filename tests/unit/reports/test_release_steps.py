"""The named steps of a release, each on its own: the equations that tie the trend to
the period, the cells forced hidden, the attendance rate."""

from __future__ import annotations

from datetime import date

from intake_app.domain.reports import RawFigures, ReportPeriod
from intake_app.reports.release import (
    TOTAL,
    ReleasedCell,
    ReleasedTable,
    TableKind,
    _attendance_rate,
    _forced_hidden,
    _month_equations,
    cell_id,
)


def _states(attended: int | None, no_show: int | None) -> list[ReleasedTable]:
    cells = (ReleasedCell("attended", attended), ReleasedCell("no-show", no_show))
    return [ReleasedTable("referrals.state", TableKind.MULTI, cells)]


def test_attendance_rate_needs_both_counts_shown_and_at_least_k_people() -> None:
    assert _attendance_rate(_states(6, 4), k=5) == 0.6
    assert _attendance_rate(_states(2, 1), k=5) is None  # three people: too few
    assert _attendance_rate(_states(None, 9), k=5) is None  # a hidden count stays hidden


def test_one_month_with_few_new_clients_hides_the_periods_new_clients() -> None:
    few = RawFigures(served=40, new_by_month={"2026-01-01": 12, "2026-02-01": 2})
    assert _forced_hidden(few, k=5) == {cell_id("clients.new", "new")}
    none_few = RawFigures(served=40, new_by_month={"2026-01-01": 12, "2026-02-01": 0})
    assert _forced_hidden(none_few, k=5) == frozenset()


def test_a_one_month_period_ties_new_clients_and_served_to_its_month() -> None:
    period = ReportPeriod(date(2026, 2, 1), date(2026, 3, 1))
    equations = _month_equations(period, period.trend_months())
    assert len(equations) == 2
    assert any(TOTAL in eq and cell_id("trend.served", "2026-02-01") in eq for eq in equations)
    year = ReportPeriod(date(2025, 3, 1), date(2026, 3, 1))
    (new_clients,) = _month_equations(year, year.trend_months())
    assert cell_id("clients.new", "new") in new_clients
    assert sum(1 for c in new_clients if c.startswith("trend.new|")) == 12
