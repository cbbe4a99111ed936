"""The performance suite runs end to end at a tiny size, so it does not rot between
`make bench` runs. Numbers at this size mean nothing; only the shape of the output is
checked."""

from __future__ import annotations

import json
from pathlib import Path

from tests.benchmarks import run


def test_quick_suite_at_tiny_size_writes_one_entry_per_metric(tmp_path: Path, qapp: object) -> None:
    """`qapp` first, so the directory list step finds pytest-qt's application."""
    out = tmp_path / "bench-results.json"
    options = {
        "--clients": "60",
        "--services": "30",
        "--queries": "20",
        "--letters": "3",
        "--unlock-runs": "1",
        "--skip": "start,gui-unlock,memory",
        "--work-dir": str(tmp_path / "work"),
        "--out": str(out),
    }
    code = run.run([*(part for pair in options.items() for part in pair), "--fast-kdf"])
    assert code == 0
    data = json.loads(out.read_text("utf-8"))
    assert data["machine"]["cpu_count"] >= 1
    assert data["machine"]["sqlcipher"]
    names = [m["name"] for m in data["metrics"]]
    assert len(names) == len(set(names))
    assert "unlock: beyond key derivation" in names
    assert not [n for n in names if n.endswith("(step failed)")]
    for metric in data["metrics"]:
        assert set(metric) >= {"name", "value", "unit", "target", "ok"}
        if metric["value"] is None:
            assert metric["ok"] is None and metric["note"].startswith("not available")
        elif metric["target"] is not None:
            assert metric["ok"] == (metric["value"] <= metric["target"])
        if "floor" in metric:  # what the engine or library alone takes, same run
            assert metric["floor"] > 0 and metric["floor_what"]
            ratio = metric["value"] / metric["floor"]  # both rounded in the file
            assert abs(metric["ratio_to_floor"] - ratio) <= 0.01 * ratio + 0.002
    by_name = {m["name"]: m for m in data["metrics"]}
    # The targets are checked by `make bench`, never here: only that they exist.
    for name in (
        "client search per keystroke p95 (60 clients)",
        "one referral letter PDF (median)",
        "unlock: beyond key derivation",
    ):
        assert by_name[name]["target"] is not None, name
    for name in (
        "client search per keystroke p95 (60 clients)",
        "one referral letter PDF (median)",
        "raw SQLCipher select",
    ):
        assert "floor" in by_name[name], name


def test_scale_growth_reads_the_exponent() -> None:
    from tests.benchmarks.scale import growth, parse_levels

    assert growth(10.0, 10.5, 10_000, 100_000) == "flat"
    assert growth(10.0, 30.0, 10_000, 100_000) == "log"
    assert growth(10.0, 95.0, 10_000, 100_000) == "linear"
    assert growth(None, 5.0, 1, 10) == ""
    assert parse_levels("10000:1000,1000000:50000") == [(10_000, 1_000), (1_000_000, 50_000)]


def test_scale_level_at_tiny_size_measures_every_metric(tmp_path: Path) -> None:
    """`make bench-scale`'s adapters run against the program as it is (a stale one once
    said "not available" for a year): every metric of a level is a number. No durations
    are checked."""
    import math

    from tests.benchmarks.scale import UNITS, run_level

    level = run_level(40, 20, tmp_path, seed=1, queries=20)
    assert set(level.values) == set(UNITS)
    missing = {
        name: level.notes.get(name, "")
        for name, value in level.values.items()
        if value is None or math.isnan(value)
    }
    assert not missing
    assert all(value >= 0 for value in level.values.values() if value is not None)
