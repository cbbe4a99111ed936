"""An independent check of a release: is any hidden cell recoverable from what is shown?

Solved as a linear system, apart from the production code's null-space test: a hidden
cell x_i is determined when the equations restricted to the hidden cells, A_H, have a
combination of rows equal to the unit vector e_i, i.e. when A_H^T y = e_i has an exact
least-squares solution.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np


def recoverable(hidden: Sequence[str], equations: Sequence[Mapping[str, int]]) -> set[str]:
    cells = sorted(hidden)
    rows = [[float(eq.get(c, 0)) for c in cells] for eq in equations]
    rows = [r for r in rows if any(r)]
    if not cells or not rows:
        return set()
    a_t = np.array(rows).T  # one row per hidden cell
    found = set()
    for i, cell in enumerate(cells):
        unit = np.zeros(len(cells))
        unit[i] = 1.0
        y, *_ = np.linalg.lstsq(a_t, unit, rcond=None)
        if np.allclose(a_t @ y, unit, atol=1e-8):
            found.add(cell)
    return found
