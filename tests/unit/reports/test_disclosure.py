"""Disclosure control on plain tables: primary and complementary suppression."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from intake_app.reports.disclosure import determined_cells, partition, protect, same
from tests.unit.reports.audit_helpers import recoverable


def test_a_single_hidden_cell_of_a_row_with_a_shown_total_is_determined() -> None:
    eq = [partition("T", ["a", "b", "c"])]
    assert determined_cells(["a"], eq) == {"a"}
    assert determined_cells(["a", "b"], eq) == set()


def test_small_cells_are_hidden_and_a_complement_protects_them() -> None:
    values = {"T": 30, "a": 3, "b": 12, "c": 15}
    p = protect(values, [partition("T", ["a", "b", "c"])], k=5)
    assert p.primary == {"a"}
    assert p.complementary == {"b"}  # the smallest that frees it
    assert not recoverable(sorted(p.hidden), [partition("T", ["a", "b", "c"])])


def test_zeros_are_shown_and_never_used_as_complements() -> None:
    values = {"T": 20, "a": 2, "b": 0, "c": 18}
    p = protect(values, [partition("T", ["a", "b", "c"])], k=5)
    assert "b" not in p.hidden
    assert p.hidden == {"a", "c"}


def test_a_shared_total_is_audited_across_tables() -> None:
    """Two tables of the same people: hiding one small cell in each must not let the
    second table's total give the first one away."""
    values = {"T": 40, "a1": 2, "a2": 38, "b1": 20, "b2": 20}
    eqs = [partition("T", ["a1", "a2"]), partition("T", ["b1", "b2"])]
    p = protect(values, eqs, k=5)
    assert {"a1", "a2"} <= p.hidden
    assert not recoverable(sorted(p.hidden), eqs)


def test_the_same_figure_in_two_tables_is_hidden_in_both() -> None:
    values = {"T": 3, "trend": 3, "a": 3}
    eqs = [same("T", "trend"), partition("T", ["a"])]
    p = protect(values, eqs, k=5)
    assert p.hidden == {"T", "trend", "a"}


def test_everything_small_hides_everything_without_looping() -> None:
    values = {"T": 3, "a": 1, "b": 2, "c": 0}
    p = protect(values, [partition("T", ["a", "b", "c"])], k=5)
    assert p.hidden == {"T", "a", "b"}


@st.composite
def _release(draw: st.DrawFn) -> tuple[dict[str, int], list[dict[str, int]], int]:
    """People spread over 1-4 tables that each split the same total, plus a second level:
    a table of months whose cells add up to one cell of the first table."""
    k = draw(st.integers(3, 10))
    total = draw(st.integers(0, 60))
    values: dict[str, int] = {"T": total}
    eqs: list[dict[str, int]] = []
    for t in range(draw(st.integers(1, 4))):
        parts = draw(st.integers(1, 6))
        cuts = sorted(draw(st.lists(st.integers(0, total), min_size=parts - 1, max_size=parts - 1)))
        bounds = [0, *cuts, total]
        names = [f"t{t}c{i}" for i in range(parts)]
        for i, name in enumerate(names):
            values[name] = bounds[i + 1] - bounds[i]
        eqs.append(partition("T", names))
    first = "t0c0"
    months = draw(st.integers(1, 4))
    cuts = sorted(
        draw(st.lists(st.integers(0, values[first]), min_size=months - 1, max_size=months - 1))
    )
    bounds = [0, *cuts, values[first]]
    names = [f"m{i}" for i in range(months)]
    for i, name in enumerate(names):
        values[name] = bounds[i + 1] - bounds[i]
    eqs.append(partition(first, names))
    return values, eqs, k


@given(_release())
def test_no_released_cell_is_small_and_no_hidden_cell_is_recoverable(
    case: tuple[dict[str, int], list[dict[str, int]], int],
) -> None:
    values, eqs, k = case
    p = protect(values, eqs, k)
    shown = {c: v for c, v in values.items() if c not in p.hidden}
    assert all(v == 0 or v >= k for v in shown.values())
    assert recoverable(sorted(p.hidden), eqs) == set()
