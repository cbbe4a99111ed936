"""From raw counts to the released report: the one object the page, the PDF, the CSV and
the JSON are all made from, so the same cells are hidden everywhere.

A `ReleasedReport` holds no raw count of a hidden cell: once built, the suppressed values
are gone. Categories come in a fixed order (the taxonomy's, the age ranges', names in
alphabetical order), never by size, so the position of a hidden cell tells nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from intake_app.domain.clients import AGE_RANGES
from intake_app.domain.folding import fold_words
from intake_app.domain.reports import NOT_RECORDED, OTHER, RawFigures, ReportPeriod, Scope
from intake_app.domain.taxonomy import SERVICE_TERMS
from intake_app.reports.disclosure import Equation, partition, protect, same

TOTAL = "clients.total"
HOUSEHOLD_SIZES = ("1", "2", "3", "4", "5+")
STATES = ("created", "printed", "attended", "no-show", "declined", "closed")
FOLLOW_UPS = ("on-time", "late")
TREND_SERIES = ("served", "new", "referred", "unmet", "letters")


class TableKind(StrEnum):
    PARTITION = "partition"  # each person in exactly one category; adds up to the total
    MULTI = "multi"  # a person may be in several categories; no total
    TREND = "trend"  # one figure per month


@dataclass(frozen=True)
class ReleasedCell:
    category: str
    value: int | None  # None: suppressed

    @property
    def suppressed(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class ReleasedTable:
    id: str
    kind: TableKind
    cells: tuple[ReleasedCell, ...]
    total: int | None = None  # partitions: the people served (None if suppressed)

    @property
    def suppressed_count(self) -> int:
        return sum(1 for c in self.cells if c.suppressed)


@dataclass(frozen=True)
class ReleasedReport:
    period: ReportPeriod
    scope: Scope
    k: int
    made_on: date
    partial: bool  # the period runs past today
    served: int | None
    tables: tuple[ReleasedTable, ...]
    attendance_rate: float | None  # attended / (attended + no-show), when both are shown
    median_days: float | None  # referral → outcome, when it is about k people or more

    def table(self, table_id: str) -> ReleasedTable:
        return next(t for t in self.tables if t.id == table_id)

    @property
    def suppressed_count(self) -> int:
        return sum(t.suppressed_count for t in self.tables) + (self.served is None)

    @property
    def empty(self) -> bool:
        """Nobody was served in the period (a zero is not a secret)."""
        return self.served == 0

    @property
    def everything_suppressed(self) -> bool:
        if self.empty:
            return False
        return self.served is None or all(
            c.value in (None, 0) for t in self.tables for c in t.cells
        )


def _order(table_id: str, counts: dict[str, int]) -> list[str]:
    """The fixed order of a table's categories (never by value)."""
    fixed: dict[str, tuple[str, ...]] = {
        "clients.new": ("new", "returning"),
        "clients.age": (*AGE_RANGES, NOT_RECORDED),
        "clients.household": HOUSEHOLD_SIZES,
        "clients.letter_language": ("fr", "en"),
        "needs.category": tuple(t.code for t in SERVICE_TERMS),
        "needs.unmet": tuple(t.code for t in SERVICE_TERMS),
        "referrals.category": tuple(t.code for t in SERVICE_TERMS),
        "referrals.state": STATES,
        "referrals.follow_up": FOLLOW_UPS,
        "letters.language": ("fr", "en"),
    }
    base = list(fixed.get(table_id, ()))
    extra = sorted(
        (c for c in counts if c not in base and c not in (OTHER, NOT_RECORDED)),
        key=lambda c: (fold_words(c), c),
    )
    tail = [c for c in (OTHER, NOT_RECORDED) if c in counts and c not in base]
    return base + extra + tail


PARTITION_IDS = (
    "clients.new",
    "clients.age",
    "clients.household",
    "clients.letter_language",
    "clients.area",
)
MULTI_IDS = (
    "clients.spoken_languages",
    "needs.category",
    "needs.unmet",
    "referrals.category",
    "referrals.organization",
    "referrals.state",
    "referrals.follow_up",
    "letters.language",
)
TABLE_IDS = (*PARTITION_IDS, *MULTI_IDS, "trend")


def cell_id(table_id: str, category: str) -> str:
    return f"{table_id}|{category}"


def release(
    raw: RawFigures, period: ReportPeriod, *, k: int, scope: Scope, today: date
) -> ReleasedReport:
    """Apply disclosure control to every table of one release at once: every cell and
    every equation between cells go to `protect` together, so no table can give away a
    cell another one hides."""
    values: dict[str, int] = {TOTAL: raw.served}
    layout = _table_cells(raw, values)
    months = period.trend_months()
    _trend_cells(raw, months, values)
    equations = [
        *(partition(TOTAL, [cell_id(tid, c) for c in layout[tid]]) for tid in PARTITION_IDS),
        *_month_equations(period, months),
    ]
    protection = protect(values, equations, k, _forced_hidden(raw, k))

    def shown(cid: str) -> int | None:
        return None if cid in protection.hidden else values[cid]

    tables = _released_tables(layout, months, shown)
    median, people = raw.median_days
    return ReleasedReport(
        period=period,
        scope=scope,
        k=k,
        made_on=today,
        partial=period.is_partial(today),
        served=shown(TOTAL),
        tables=tuple(tables),
        attendance_rate=_attendance_rate(tables, k),
        median_days=median if people >= k else None,
    )


def _table_cells(raw: RawFigures, values: dict[str, int]) -> dict[str, list[str]]:
    """Every category table's cells into `values` (a category without count is 0);
    returns each table's categories in the order they are shown."""
    layout: dict[str, list[str]] = {}
    for tid in (*PARTITION_IDS, *MULTI_IDS):
        counts = raw.partitions.get(tid) if tid in PARTITION_IDS else raw.multi.get(tid)
        counts = counts or {}
        layout[tid] = _order(tid, counts)
        for cat in layout[tid]:
            values[cell_id(tid, cat)] = counts.get(cat, 0)
    return layout


def _trend_cells(raw: RawFigures, months: Sequence[date], values: dict[str, int]) -> None:
    """Every month of every trend series into `values`, 0 for a month without count."""
    for series in TREND_SERIES:
        got = raw.trend.get(series, {})
        for m in months:
            values[cell_id(f"trend.{series}", m.isoformat())] = got.get(m.isoformat(), 0)


def _month_equations(period: ReportPeriod, months: Sequence[date]) -> list[Equation]:
    """What ties the trend to the period's tables: new clients are counted once, in the
    month they were taken in, so the period's months add up to its new clients; and a
    one-month period's served total is that month's."""
    in_period = [m for m in months if period.start <= m]
    equations: list[Equation] = []
    if period.month_count <= len(months):
        equations.append(
            partition(
                cell_id("clients.new", "new"),
                [cell_id("trend.new", m.isoformat()) for m in in_period],
            )
        )
    if period.month_count == 1:
        equations.append(same(TOTAL, cell_id("trend.served", in_period[0].isoformat())))
    return equations


def _forced_hidden(raw: RawFigures, k: int) -> frozenset[str]:
    """Another report may show any of these months on its own: if one month's new
    clients are few, the period's new clients must stay hidden too, or the difference of
    the two reports would give that month away."""
    if any(0 < v < k for v in raw.new_by_month.values()):
        return frozenset({cell_id("clients.new", "new")})
    return frozenset()


def _released_tables(
    layout: dict[str, list[str]], months: Sequence[date], shown: Callable[[str], int | None]
) -> list[ReleasedTable]:
    """The category tables, then the trend series, with hidden cells as None."""
    tables = [
        ReleasedTable(
            id=tid,
            kind=TableKind.PARTITION if tid in PARTITION_IDS else TableKind.MULTI,
            cells=tuple(ReleasedCell(c, shown(cell_id(tid, c))) for c in layout[tid]),
            total=shown(TOTAL) if tid in PARTITION_IDS else None,
        )
        for tid in (*PARTITION_IDS, *MULTI_IDS)
    ]
    for series in TREND_SERIES:
        tid = f"trend.{series}"
        tables.append(
            ReleasedTable(
                id=tid,
                kind=TableKind.TREND,
                cells=tuple(
                    ReleasedCell(m.isoformat(), shown(cell_id(tid, m.isoformat()))) for m in months
                ),
            )
        )
    return tables


def _attendance_rate(tables: Sequence[ReleasedTable], k: int) -> float | None:
    """Attended out of attended + no-show, only when both are shown and together reach k."""
    states = {c.category: c.value for t in tables if t.id == "referrals.state" for c in t.cells}
    attended, no_show = states.get("attended"), states.get("no-show")
    if attended is not None and no_show is not None and attended + no_show >= k:
        return round(attended / (attended + no_show), 3)
    return None


def release_values(report: ReleasedReport) -> dict[str, int | None]:
    """Every cell of a release by id, for audits and tests."""
    out: dict[str, int | None] = {TOTAL: report.served}
    for t in report.tables:
        for c in t.cells:
            out[cell_id(t.id, c.category)] = c.value
    return out
