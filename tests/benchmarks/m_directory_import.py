"""Import time and peak memory of real-shaped directory exports: a generated HSDS 1.1
package as a 211 line publishes it (CSV under data/, schedules, languages by name, AIRS
codes) and a large HSDS 3 JSON array. Each import runs in its own process (import_probe)
so its peak memory is its own. Targets: 10,000 services in 60 s; a 50 MB file under
400 MB of memory (or a clear refusal naming the limit)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.harness import Results
from tests.benchmarks.hsds_generator import write_big_json, write_hsds11_package

IMPORT_S_PER_10K = 60.0
PEAK_MB = 400.0


def _probe(path: Path, work: Path) -> dict[str, object]:
    work.mkdir(parents=True, exist_ok=True)
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.import_probe", str(path), str(work)],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ),
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def measure_real_exports(results: Results, root: Path, services: int, json_mb: float) -> None:
    package = write_hsds11_package(root / "hsds11", services)
    big = root / "big.json"
    count = write_big_json(big, int(json_mb * 2**20))
    for label, path, n in (
        (f"HSDS 1.1 package, {services:,} services", package, services),
        (f"HSDS 3 JSON, {big.stat().st_size / 2**20:.0f} MB ({count:,} services)", big, count),
    ):
        got = _probe(path, root / ("work-" + path.name))
        note = str(got["note"]) or f"{got['services']:,} imported, {got['skipped']:,} skipped"
        results.add(
            f"real-export import: {label}",
            float(got["seconds"]),  # type: ignore[arg-type]
            "s",
            IMPORT_S_PER_10K * max(1, n) / 10_000,
            note,
        )
        results.add(
            f"real-export import peak memory: {label}",
            int(got["peak_rss"]) / 2**20,  # type: ignore[call-overload]
            "MB",
            PEAK_MB,
            f"baseline {int(got['baseline']) / 2**20:.0f} MB",  # type: ignore[call-overload]
        )
