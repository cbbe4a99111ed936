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
