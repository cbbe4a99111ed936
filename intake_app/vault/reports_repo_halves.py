"""A report counted in two halves, on two connections: what each half counted, and the
sum of the two (each table, and the median, is counted whole by one half)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Counts:
    """The figures one half of a report counted (the other half's are empty or zero)."""

    served: int
    partitions: dict[str, dict[str, int]]
    multi: dict[str, dict[str, int]]
    monthly: dict[str, dict[str, int]]
    # Median days from referral to outcome and how many people it is about: counted
    # whole by one half (a median does not add up), None in the other.
    median_days: tuple[float | None, int] | None = None

    def plus(self, other: Counts) -> Counts:
        return Counts(
            self.served + other.served,
            add_tables(self.partitions, other.partitions),
            add_tables(self.multi, other.multi),
            add_tables(self.monthly, other.monthly),
            self.median_days if self.median_days is not None else other.median_days,
        )


def add_tables(
    a: dict[str, dict[str, int]], b: dict[str, dict[str, int]]
) -> dict[str, dict[str, int]]:
    out = {key: dict(cells) for key, cells in a.items()}
    for key, cells in b.items():
        into = out.setdefault(key, {})
        for cell, n in cells.items():
            into[cell] = into.get(cell, 0) + n
    return out
