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


def peak_rss() -> int:
    """This process's own peak resident memory, in bytes.

    Not `ru_maxrss`: Linux carries the parent's high-water mark across fork and exec, so a
    probe started from a harness holding 100,000 clients reported the harness's peak
    (569 MB for both files). VmHWM belongs to this process's own address space."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024  # kB
    except OSError:
        pass
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


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
    peak = peak_rss()
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
