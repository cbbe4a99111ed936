"""Disclosure control: which cells of a release must be hidden so that no one can learn
a count of fewer than k people, directly or by arithmetic on what is shown.

The rule (written on the Reports page and in every export):

1. **Primary suppression** — a cell counting 1 to k-1 people is hidden. A zero is shown:
   it says nobody, and hiding it would protect no one.
2. **Complementary suppression** — the release's linear relations (each table that splits
   the people served adds up to the total; the same figure appearing in two tables; new
   clients of the months adding up to the new clients of the period) are audited exactly:
   a hidden cell is *determined* when its unit vector lies in the row space of the
   relations restricted to the hidden cells, i.e. when every solution of the equations
   gives it the same value. While some hidden cell is determined, the smallest released
   non-zero cell that shares an equation with it (and frees it) is hidden too.

This is the exact audit the Tau-Argus / sdcTable literature describes for tables this
small (a few hundred cells at most), not an optimal solution: it may hide a little more
than an LP would, never less. Interval (bounds) attacks from non-negativity are not
modelled beyond never hiding a zero as a complement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

CellId = str
# One linear relation between cells: sum(coefficient * value) == 0.
Equation = Mapping[CellId, int]

_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Protection:
    """The outcome of disclosure control: which cells are hidden, and why."""

    hidden: frozenset[CellId]
    primary: frozenset[CellId]

    @property
    def complementary(self) -> frozenset[CellId]:
        return self.hidden - self.primary


def partition(total: CellId, parts: Sequence[CellId]) -> dict[CellId, int]:
    """The relation "these parts add up to the total"."""
    eq = {p: 1 for p in parts}
    eq[total] = eq.get(total, 0) - 1
    return eq


def same(a: CellId, b: CellId) -> dict[CellId, int]:
    """The relation "these two cells are the same figure"."""
    return {a: 1, b: -1}


def determined_cells(hidden: Sequence[CellId], equations: Sequence[Equation]) -> set[CellId]:
    """Hidden cells whose value the equations fix, released cells being known.

    A hidden cell is determined exactly when every vector of the null space of the
    equations restricted to the hidden cells is zero at that cell (equivalently, its unit
    vector is in their row space).
    """
    order = sorted(hidden)
    if not order:
        return set()
    index = {cell: i for i, cell in enumerate(order)}
    rows = [
        [float(eq.get(cell, 0)) for cell in order]
        for eq in equations
        if any(c in index and v for c, v in eq.items())
    ]
    if not rows:
        return set()
    matrix = np.array(rows, dtype=float)
    _u, singular, vh = np.linalg.svd(matrix)
    rank = int((singular > _TOLERANCE * max(1.0, float(singular.max(initial=0.0)))).sum())
    null = vh[rank:]
    if null.shape[0] == 0:
        return set(order)
    norms = np.linalg.norm(null, axis=0)
    return {cell for cell in order if norms[index[cell]] < 1e-7}


def protect(
    values: Mapping[CellId, int],
    equations: Sequence[Equation],
    k: int,
    also_primary: frozenset[CellId] = frozenset(),
) -> Protection:
    """Hide every cell under k (primary), and `also_primary`, then complements until none
    is recoverable."""
    primary = frozenset(c for c, v in values.items() if 0 < v < k) | (also_primary & values.keys())
    hidden = set(primary)
    eqs = [dict(eq) for eq in equations if all(c in values for c in eq)]
    while True:
        found = determined_cells(sorted(hidden), eqs)
        if not found:
            return Protection(frozenset(hidden), primary)
        extra = _complement_for(min(found), hidden, values, eqs)
        if extra is None:  # every cell is hidden already
            return Protection(frozenset(hidden), primary)
        hidden.add(extra)


def _complement_for(
    target: CellId, hidden: set[CellId], values: Mapping[CellId, int], eqs: list[dict[CellId, int]]
) -> CellId | None:
    """The released cell to hide so that `target` is no longer determined: among the cells
    sharing an equation with it, the smallest non-zero one that frees it (else the smallest)."""
    near = {c for eq in eqs if target in eq for c in eq if c not in hidden}
    candidates = sorted((c for c in near if values[c] > 0), key=lambda c: (values[c], c))
    for cell in candidates:
        if target not in determined_cells(sorted(hidden | {cell}), eqs):
            return cell
    if candidates:
        return candidates[0]
    # Only zeros left beside it: widen to every released non-zero cell of the release.
    rest = sorted(
        (c for eq in eqs for c in eq if c not in hidden and values[c] > 0),
        key=lambda c: (values[c], c),
    )
    if rest:
        return rest[0]
    zeros = sorted(near) or sorted(c for c in values if c not in hidden)
    return zeros[0] if zeros else None
