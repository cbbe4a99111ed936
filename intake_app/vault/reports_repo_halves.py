"""A report counted in two halves: the clients split by id between two connections,
each half's counts of distinct people added up (no person is in both), the median's
values merged."""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from intake_app.domain.reports import ReportPeriod
from intake_app.vault.database import Connection

# A connection's share of the client ids: [low, high), None for no bound.
ClientRange = tuple[int | None, int | None]


@dataclass
class Counts:
    """Every additive figure of a report over one share of the clients."""

    served: int
    partitions: dict[str, dict[str, int]]
    multi: dict[str, dict[str, int]]
    monthly: dict[str, dict[str, int]]
    # People with a referral outcome, and the days to each outcome (sorted): a median is
    # not a sum, so the halves keep every value.
    outcome_people: int
    outcome_days: list[float]

    def plus(self, other: Counts) -> Counts:
        return Counts(
            self.served + other.served,
            add_tables(self.partitions, other.partitions),
            add_tables(self.multi, other.multi),
            add_tables(self.monthly, other.monthly),
            self.outcome_people + other.outcome_people,
            list(heapq.merge(self.outcome_days, other.outcome_days)),
        )

    @property
    def median_days(self) -> tuple[float | None, int]:
        """Median days from referral to outcome, and how many people it is about."""
        values, n = self.outcome_days, len(self.outcome_days)
        if not n:
            return None, 0
        middle = values[(n - 1) // 2 : n // 2 + 1]
        return round(sum(middle) / len(middle), 1), self.outcome_people


def add_tables(
    a: dict[str, dict[str, int]], b: dict[str, dict[str, int]]
) -> dict[str, dict[str, int]]:
    out = {key: dict(cells) for key, cells in a.items()}
    for key, cells in b.items():
        into = out.setdefault(key, {})
        for cell, n in cells.items():
            into[cell] = into.get(cell, 0) + n
    return out


def split_point(conn: Connection, period: ReportPeriod) -> int | None:
    """A client id that halves the period's work: the median client of a sample of the
    period's referrals (newer clients have more done for them), else the middle id."""
    p = {"s": period.start.isoformat(), "e": period.end.isoformat()}
    sample = sorted(
        int(r[0])
        for r in conn.execute(
            "SELECT client_id FROM referrals WHERE created_at >= :s AND created_at < :e"
            " AND id % 64 = 0",  # a sample: a few thousand ids at a million clients
            p,
        )
    )
    if sample:
        return sample[len(sample) // 2]
    low, high = conn.execute("SELECT min(id), max(id) FROM clients").fetchone()
    return None if low is None else (int(low) + int(high) + 1) // 2
