"""Run in its own process: unlock the filled vault, load Qt as the app does, run the search
workload, and print the resident memory, so the number holds nothing of the harness.

    python -m tests.benchmarks.memory_probe DATA_DIR   (passphrase on stdin)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import psutil


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0])
    passphrase = sys.stdin.readline().rstrip("\n")
    from PySide6.QtWidgets import QApplication

    from intake_app.vault.lifecycle import lock, unlock
    from intake_app.vault.paths import VaultPaths
    from tests.benchmarks import features
    from tests.benchmarks.vaults import BENCH_USER, bench_clock

    app = QApplication(["memory-probe"])
    process = psutil.Process()
    baseline = process.memory_info().rss
    session = unlock(VaultPaths(data_dir), BENCH_USER, passphrase, bench_clock())
    searched = 0
    note = ""
    try:
        search = features.client_search(session)
        for query in features.search_queries(session, 400, seed=7):
            search(query)
            searched += 1
    except features.FeatureMissing as exc:
        note = f"no client search yet ({exc}); vault open only"
    rss = process.memory_info().rss
    lock(session)
    app.quit()
    print(json.dumps({"rss": rss, "baseline": baseline, "searched": searched, "note": note}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
