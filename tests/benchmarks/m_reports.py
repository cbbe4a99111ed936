"""Reports: every table of a year (all tables, trend included, disclosure control applied)
on a vault whose clients have a year of history. DESIGN.md target: ≤ 1 s at 100,000
clients. The floor is one pass of SQLite over the year's activity rows (what counting
people served costs the engine alone), measured in the same run.

Standalone: `python -m tests.benchmarks.m_reports --clients 10000` (or part of `make bench`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from intake_app.domain.reports import ReportPeriod, add_months
from intake_app.vault.session import VaultSession
from tests.benchmarks.harness import Results, timed

REPORT_S = 1.0
REPORT_CLIENTS = 100_000

_FLOOR_SQL = """
SELECT count(*) FROM (
    SELECT id FROM clients WHERE created_at >= :s AND created_at < :e
    UNION SELECT client_id FROM client_needs WHERE created_at >= :s AND created_at < :e
    UNION SELECT client_id FROM referrals WHERE created_at >= :s AND created_at < :e
)
"""


def measure_reports(
    results: Results, session: VaultSession, clients: int, *, seeded: bool = False
) -> None:
    from intake_app.demo import seed_history
    from intake_app.reports.use_cases import ReportRequest, build_report

    name = f"every report table for a year, {clients:,} clients"
    if not seeded:
        seconds, referrals = timed(lambda: seed_history(session, 12, 1))
        results.add("seed a year of demo history", seconds, "s", None, f"{referrals:,} referrals")
    today = session.clock.now().date()
    this_month = today.replace(day=1)
    period = ReportPeriod(add_months(this_month, -12), this_month)  # the last 12 months
    request = ReportRequest(period)
    with session.worker() as worker:  # on a connection of its own, as the Reports page
        conn = worker.conn
        build_report(worker, request)  # warm the page cache
        runs, cpu = [], []
        for _ in range(5):
            start, start_cpu = time.perf_counter(), time.process_time()
            report = build_report(worker, request)
            runs.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        p = {"s": period.start.isoformat(), "e": period.end.isoformat()}
        floors = []
        for _ in range(5):
            start = time.perf_counter()
            conn.execute(_FLOOR_SQL, p).fetchone()
            floors.append(time.perf_counter() - start)
    best, floor = min(runs), min(floors)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    target = REPORT_S if clients >= REPORT_CLIENTS else None
    results.add(
        name,
        best,
        "s",
        target,
        f"median {statistics.median(runs):.3f} s of 5; {report.period.month_count} months, "
        f"{len(report.tables)} tables, {report.suppressed_count} cells hidden; floor (one "
        f"SQLite pass over the activity) {floor:.3f} s, ratio {best / floor:.1f}x; CPU "
        f"{min(cpu):.3f} s (both connections' threads); load average {load:.1f}"
        + ("" if target else f"; the 1 s target is for {REPORT_CLIENTS:,} clients"),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--services", type=int, default=1_000)
    parser.add_argument("--work-dir", type=Path)
    args = parser.parse_args()
    from intake_app.vault.paths import VaultPaths
    from tests.benchmarks import features
    from tests.benchmarks.vaults import FAST_KDF, bench_clock, create_encrypted

    root = args.work_dir or Path(tempfile.mkdtemp(prefix="passerelle-bench-reports-"))
    results = Results()
    session = create_encrypted(VaultPaths(root / "encrypted"), FAST_KDF, bench_clock())
    try:
        features.seed_services(session, args.services, 1)
        seconds, _n = timed(lambda: features.seed_clients(session, args.clients, 1))
        results.add(f"generate + store {args.clients:,} clients", seconds, "s")
        measure_reports(results, session, args.clients)
    finally:
        session.close()
        if args.work_dir is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
