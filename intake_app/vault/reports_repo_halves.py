"""A report counted in two halves, on two connections: what each half counted, and the
sum of the two (each table is counted whole by one half; the median's values by one)."""

from __future__ import annotations

import heapq
from dataclasses import dataclass


@dataclass
class Counts:
    """The figures one half of a report counted (the other half's are empty or zero)."""

    served: int
    partitions: dict[str, dict[str, int]]
    multi: dict[str, dict[str, int]]
    monthly: dict[str, dict[str, int]]
    # People with a referral outcome, and the days to each outcome (sorted), from which
    # the median is taken once the halves are added up.
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
