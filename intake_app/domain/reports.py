"""The vocabulary of reports: a period of whole months, the scope, and the raw counts.

Raw counts are of distinct people and never leave the program as they are: the
disclosure control in `intake_app.reports` turns them into released figures first.
Barriers, the masked note, consent details and free text have no place here at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from intake_app.errors import ErrorCode, KnownError

DEFAULT_K = 5
MIN_K = 3
MAX_K = 10
TREND_MONTHS = 12

# Category codes that are not a value of the field itself.
NOT_RECORDED = "~not-recorded"
OTHER = "~other"


def add_months(day: date, months: int) -> date:
    """The first of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class ReportPeriod:
    """Whole months: [start, end), start and end both first days of a month.

    Nothing shorter than a month can be built, so no export can narrow a report to a
    day (a one-day report is a person).
    """

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start.day != 1 or self.end.day != 1 or self.end <= self.start:
            raise KnownError(ErrorCode.INVALID_INPUT, field="period", reason="whole months only")

    @classmethod
    def months(cls, first: date, last: date) -> ReportPeriod:
        """From the month of `first` to the month of `last`, both included."""
        start = date(first.year, first.month, 1)
        end = add_months(date(last.year, last.month, 1), 1)
        if end <= start:
            raise KnownError(
                ErrorCode.INVALID_INPUT, field="period", reason="ends before it starts"
            )
        return cls(start, end)

    @classmethod
    def parse(cls, text: str, to: str | None = None) -> ReportPeriod:
        """ "2026-11", "2026-Q4" or "2026"; with `to`, from the first to the end of `to`."""
        first = _parse_one(text)
        last = _parse_one(to) if to else first
        if last.end <= first.start:
            raise KnownError(ErrorCode.INVALID_INPUT, field="--to", reason="ends before it starts")
        return cls(first.start, max(first.end, last.end))

    @property
    def month_count(self) -> int:
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month

    @property
    def label(self) -> str:
        """ "2026-11" or "2026-11_2027-01": the only name an export file gets."""
        last = add_months(self.end, -1)
        first = f"{self.start.year:04d}-{self.start.month:02d}"
        if self.month_count == 1:
            return first
        return f"{first}_{last.year:04d}-{last.month:02d}"

    def check_not_future(self, today: date) -> None:
        """A period that has not begun has nothing to count: refused, not shown as zeros."""
        if self.start > today:
            raise KnownError(ErrorCode.INVALID_INPUT, field="period", reason="in the future")

    def is_partial(self, today: date) -> bool:
        return self.end > today

    def trend_months(self) -> list[date]:
        """First days of the 12 months that end with this period's last month."""
        return [add_months(self.end, -TREND_MONTHS + i) for i in range(TREND_MONTHS)]


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


def _parse_one(text: str) -> ReportPeriod:
    text = text.strip()
    if m := _MONTH.match(text):
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12 and year >= 1900:
            start = date(year, month, 1)
            return ReportPeriod(start, add_months(start, 1))
    elif m := _QUARTER.match(text):
        start = date(int(m.group(1)), 3 * int(m.group(2)) - 2, 1)
        return ReportPeriod(start, add_months(start, 3))
    elif m := _YEAR.match(text):
        year = int(m.group(1))
        if year >= 1900:
            return ReportPeriod(date(year, 1, 1), date(year + 1, 1, 1))
    raise KnownError(ErrorCode.INVALID_INPUT, field="period", reason="use YYYY-MM, YYYY-Qn or YYYY")


class Scope(StrEnum):
    ALL = "all"  # every client of the organization (coordinators)
    CASELOAD = "caseload"  # clients the signed-in person took in or referred


@dataclass(frozen=True)
class RawFigures:
    """Distinct-people counts straight from the vault, keyed by table id then category.

    `partitions` are tables whose categories split the people served exactly once each
    (they add up to `served`); `multi` are tables where one person may count in several
    categories (several languages, needs, referrals); `trend` maps a series id to the
    count of each month (first day of the month, ISO) of the last 12.
    """

    served: int
    partitions: dict[str, dict[str, int]] = field(default_factory=dict)
    multi: dict[str, dict[str, int]] = field(default_factory=dict)
    trend: dict[str, dict[str, int]] = field(default_factory=dict)
    # (median days from referral to outcome, how many people it is about)
    median_days: tuple[float | None, int] = (None, 0)
    # New clients of every month of the period (first day, ISO): a period's new clients
    # add up over its months, whatever other report is made of the same months.
    new_by_month: dict[str, int] = field(default_factory=dict)
