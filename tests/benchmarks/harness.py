"""The small benchmark harness: timing helpers, one result per metric, the machine, the table.

A metric whose feature is not in the program yet is reported as *not available* (value
`None`, `ok` `None`) rather than with a made-up number.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Metric:
    """One line of `bench-results.json`.

    `target` is the upper bound from DESIGN.md (every metric here is "lower is better");
    `None` means the number is reported for information only.
    """

    name: str
    value: float | None
    unit: str
    target: float | None
    ok: bool | None
    note: str = ""
    # What the engine or library alone takes for the same work, in the same run and unit
    # (e.g. an empty PySide6 window for the start); value / floor is the reproducible part.
    floor: float | None = None
    floor_what: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return float(self.value) / float(self.floor)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        if data["value"] is not None:
            data["value"] = round(float(data["value"]), 4)
        if not data["note"]:
            del data["note"]
        if data["floor"] is None:
            del data["floor"], data["floor_what"]
        else:
            data["floor"] = round(float(data["floor"]), 4)
            ratio = self.ratio
            data["ratio_to_floor"] = None if ratio is None else round(ratio, 3)
        return data


class FeatureMissing(Exception):
    """The program does not have the feature this metric measures (yet)."""


@dataclass
class Results:
    metrics: list[Metric] = field(default_factory=list)
    echo: bool = True
    # part of the app workload -> (seconds on SQLCipher, seconds on plain SQLite)
    workload: dict[str, tuple[float, float]] = field(default_factory=dict)

    def add(
        self,
        name: str,
        value: float,
        unit: str,
        target: float | None = None,
        note: str = "",
        *,
        floor: float | None = None,
        floor_what: str = "",
    ) -> Metric:
        ok = None if target is None else bool(value <= target)
        if floor:
            note = f"{note}; {value / floor:.2f}x the floor ({floor_what} {_fmt(floor)} {unit})"
            note = note.lstrip("; ")
        metric = Metric(name, value, unit, target, ok, note, floor, floor_what)
        self.metrics.append(metric)
        if self.echo:
            print(f"  {_row(metric)}", flush=True)
        return metric

    def missing(self, name: str, unit: str, target: float | None, why: str) -> Metric:
        metric = Metric(name, None, unit, target, None, f"not available: {why}")
        self.metrics.append(metric)
        if self.echo:
            print(f"  {_row(metric)}", flush=True)
        return metric

    def add_workload(self, part: str, encrypted_s: float, plain_s: float) -> None:
        self.workload[part] = (encrypted_s, plain_s)

    def whole_workload(self, target: float) -> None:
        """One ratio over every part measured on both databases in this run."""
        name = "whole app workload SQLCipher/SQLite"
        if not self.workload:
            self.missing(name, "ratio", target, "no part of the workload could run")
            return
        enc = sum(e for e, _p in self.workload.values())
        plain = sum(p for _e, p in self.workload.values())
        self.add(name, enc / plain, "ratio", target, "+".join(self.workload))

    def get(self, name: str) -> Metric | None:
        for metric in self.metrics:
            if metric.name == name:
                return metric
        return None

    def value(self, name: str) -> float | None:
        metric = self.get(name)
        return None if metric is None else metric.value


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds taken by one call, and what it returned."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def time_each(calls: Iterable[Callable[[], Any]]) -> list[float]:
    """Milliseconds taken by each call, in order."""
    samples = []
    for call in calls:
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000.0)
    return samples


def time_pairs(
    first: Callable[[Any], Any], second: Callable[[Any], Any], inputs: Iterable[Any]
) -> tuple[list[float], list[float]]:
    """Milliseconds of `first(x)` and `second(x)` for each input, interleaved and with the
    order swapped every other input, so neither side gains from a warmer cache or CPU."""
    a_ms: list[float] = []
    b_ms: list[float] = []
    for n, item in enumerate(inputs):
        order = ((first, a_ms), (second, b_ms))
        for fn, out in order if n % 2 == 0 else reversed(order):
            start = time.perf_counter()
            fn(item)
            out.append((time.perf_counter() - start) * 1000.0)
    return a_ms, b_ms


def percentile(samples: list[float], pct: float) -> float:
    """The `pct`th percentile (inclusive method, so a single sample is its own p95)."""
    if not samples:
        raise ValueError("no samples")
    if len(samples) == 1:
        return samples[0]
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[int(pct) - 1]


def machine_info() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "machine": platform.machine(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
    }
    try:
        import psutil

        info["load_average_at_start"] = [round(x, 2) for x in psutil.getloadavg()]
        info["memory_total_mb"] = round(psutil.virtual_memory().total / 2**20)
        info["cpu_count_physical"] = psutil.cpu_count(logical=False)
    except Exception:
        pass
    try:
        import PySide6
        from PySide6 import QtCore

        info["pyside6"] = PySide6.__version__
        info["qt"] = QtCore.qVersion()
    except Exception:
        info["qt"] = None
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        info["sqlite"] = conn.execute("SELECT sqlite_version()").fetchone()[0]
        row = conn.execute("PRAGMA cipher_version").fetchone()
        info["sqlcipher"] = row[0] if row else None
        conn.close()
    except Exception:
        info["sqlcipher"] = None
    return info


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}" if value < 1 else f"{value:.2f}"


def _verdict(metric: Metric) -> str:
    if metric.ok is None:
        return "n/a" if metric.value is None else "info"
    return "ok" if metric.ok else "MISSED"


def _row(metric: Metric) -> str:
    target = "" if metric.target is None else f"≤ {_fmt(metric.target)}"
    return (
        f"{metric.name:<52} {_fmt(metric.value):>10} {metric.unit:<8} {target:>10}  "
        f"{_verdict(metric):<6} {metric.note}"
    ).rstrip()


def table(metrics: list[Metric]) -> str:
    header = f"{'metric':<52} {'value':>10} {'unit':<8} {'target':>10}  {'result':<6} note"
    lines = [header, "-" * len(header)]
    lines += [_row(m) for m in metrics]
    return "\n".join(lines)


def markdown_table(metrics: list[Metric]) -> str:
    lines = [
        "| metric | value | unit | target | result | note |",
        "| --- | ---: | --- | ---: | --- | --- |",
    ]
    for m in metrics:
        target = "" if m.target is None else f"≤ {_fmt(m.target)}"
        note = m.note.replace("|", "/")
        lines.append(
            f"| {m.name} | {_fmt(m.value)} | {m.unit} | {target} | {_verdict(m)} | {note} |"
        )
    return "\n".join(lines)


def write_json(
    path: Path, metrics: list[Metric], machine: dict[str, Any], run: dict[str, Any]
) -> None:
    data = {
        "machine": machine,
        "run": run,
        "metrics": [m.as_json() for m in metrics],
    }
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
    os.replace(tmp, path)


def python_exe() -> str:
    return sys.executable
