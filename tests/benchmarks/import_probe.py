"""Run in its own process: import one directory file into a fresh encrypted vault and
print the time and the peak resident memory, so the number holds nothing of the harness.

    python -m tests.benchmarks.import_probe PATH WORK_DIR
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import psutil


def main(argv: list[str]) -> int:
    path, work = Path(argv[0]), Path(argv[1])
    from intake_app.directory.hsds_import import import_directory
    from intake_app.errors import KnownError
    from intake_app.vault.paths import VaultPaths
    from tests.benchmarks.vaults import FAST_KDF, bench_clock, create_encrypted

    session = create_encrypted(VaultPaths(work / "vault"), FAST_KDF, bench_clock())
    baseline = psutil.Process().memory_info().rss
    start = time.perf_counter()
    note = ""
    services = skipped = 0
    try:
        preview = import_directory(session, path, "bench")
        services, skipped = len(preview.services), preview.skipped
    except KnownError as exc:
        note = exc.cli_text()
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    session.close()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_rss": peak,
                "baseline": baseline,
                "services": services,
                "skipped": skipped,
                "note": note,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
