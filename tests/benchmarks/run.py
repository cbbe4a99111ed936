"""The performance suite: `python -m tests.benchmarks.run --clients N --services M`.

Builds an encrypted vault and a plain-SQLite twin in a temporary folder, fills both with
the same deterministic fictional data, runs every metric, prints a table and writes
`bench-results.json`. `make bench` = 100,000 clients / 10,000 services; `make bench-quick`
= 10,000 / 1,000.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from intake_app.clock import FixedClock
from intake_app.vault.keyslots import KdfPolicy
from tests.benchmarks import features, m_startup, m_storage, m_workloads
from tests.benchmarks.features import FeatureMissing
from tests.benchmarks.harness import Results, machine_info, markdown_table, table, timed, write_json
from tests.benchmarks.vaults import FAST_KDF, BenchVaults, bench_clock, create_both

STEPS = (
    "start",
    "unlock",
    "storage",
    "search",
    "routing",
    "directory",
    "letters",
    "hsds",
    "memory",
)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.run", description=__doc__)
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--services", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--start-runs", type=int, default=7, help="app starts to take a median of")
    parser.add_argument("--unlock-runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=600, help="search keystrokes to time")
    parser.add_argument("--letters", type=int, default=500, help="letters in the batch")
    parser.add_argument("--skip", default="", help=f"comma-separated steps to skip: {STEPS}")
    parser.add_argument(
        "--fast-kdf",
        action="store_true",
        help="cheap Argon2id (smoke test only: the unlock split is then meaningless)",
    )
    parser.add_argument("--work-dir", type=Path, help="keep the vaults here instead of a temp dir")
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown table")
    args = parser.parse_args(argv)
    unknown = {s for s in args.skip.split(",") if s} - set(STEPS)
    if unknown:
        parser.error(f"unknown steps: {sorted(unknown)}")
    return args


def _seed(results: Results, vaults: BenchVaults, args: argparse.Namespace) -> None:
    """Fill both vaults with the same data; time each (generation + insert)."""
    features.warm_up()
    for kind, seed_fn, count in (
        ("services", features.seed_services, args.services),
        ("clients", features.seed_clients, args.clients),
    ):
        name = f"generate + insert {count:,} {kind} (SQLCipher)"
        try:
            enc_s, added = timed(partial(seed_fn, vaults.encrypted, count, args.seed))
            plain_s, _ = timed(partial(seed_fn, vaults.plain, count, args.seed))
        except FeatureMissing as exc:
            results.missing(name, "s", None, str(exc))
            continue
        results.add(name, enc_s, "s", None, f"{added:,} added, {added / enc_s:,.0f}/s")
        results.add(f"generate + insert {count:,} {kind} (SQLite)", plain_s, "s", None)
        results.add_workload(f"insert {kind}", enc_s, plain_s)
        results.add(
            f"insert {kind} SQLCipher/SQLite", enc_s / plain_s, "ratio", m_workloads.RATIO_TARGET
        )


def _run_steps(
    results: Results,
    vaults: BenchVaults,
    root: Path,
    clock: FixedClock,
    args: argparse.Namespace,
    skip: set[str],
) -> None:
    enc, plain = vaults.encrypted, vaults.plain
    data_dir = vaults.encrypted_paths.data_dir
    if "start" not in skip:
        m_startup.measure_start(results, data_dir, args.start_runs)
    if "unlock" not in skip:
        m_startup.measure_unlock(results, vaults.encrypted_paths, clock, args.unlock_runs)
    if "storage" not in skip:
        rows = min(max(args.clients, 20_000), 100_000)
        m_storage.measure_storage(results, root / "raw", rows, args.seed)
    if "search" not in skip:
        m_workloads.measure_search(results, enc, plain, args.clients, args.queries)
    if "routing" not in skip:
        m_workloads.measure_routing(results, enc, plain, args.services)
    if "directory" not in skip:
        m_workloads.measure_directory_filter(results, enc, args.services)
    if "letters" not in skip:
        m_workloads.measure_letters(results, enc, args.letters)
    if "hsds" not in skip:
        m_workloads.measure_hsds_import(results, enc, root / "hsds", args.services)
    results.whole_workload(m_workloads.RATIO_TARGET)
    if "memory" not in skip:
        seeded = results.value(f"generate + insert {args.clients:,} clients (SQLCipher)")
        m_workloads.measure_memory(results, data_dir, args.clients, seeded is not None)


def _load() -> list[float] | None:
    try:
        import psutil

        return [round(x, 2) for x in psutil.getloadavg()]
    except Exception:
        return None


def run(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    skip = {s for s in args.skip.split(",") if s}
    machine = machine_info()
    print(
        f"Passerelle benchmarks: {args.clients:,} clients, {args.services:,} services, "
        f"seed {args.seed}; {machine.get('cpu_count')} CPUs, Python {machine['python']}, "
        f"Qt {machine.get('qt')}, SQLCipher {machine.get('sqlcipher')}; "
        f"load average {machine.get('load_average_at_start')}",
        flush=True,
    )
    started = time.perf_counter()
    root = args.work_dir or Path(tempfile.mkdtemp(prefix="passerelle-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    results = Results()
    policy = FAST_KDF if args.fast_kdf else KdfPolicy()
    clock = bench_clock()
    vaults = None
    try:
        for old in ("encrypted", "plain", "raw", "hsds"):
            shutil.rmtree(root / old, ignore_errors=True)
        vaults = create_both(root, policy, clock)
        _seed(results, vaults, args)
        _run_steps(results, vaults, root, clock, args, skip)
    finally:
        if vaults is not None:
            vaults.close()
        if args.work_dir is None:
            shutil.rmtree(root, ignore_errors=True)
    elapsed = time.perf_counter() - started
    run_info = {
        "clients": args.clients,
        "services": args.services,
        "seed": args.seed,
        "fast_kdf": args.fast_kdf,
        "skipped": sorted(skip),
        "seconds": round(elapsed, 1),
        "load_average_at_end": _load(),
    }
    write_json(args.out, results.metrics, machine, run_info)
    print()
    print(table(results.metrics))
    if args.markdown:
        print()
        print(markdown_table(results.metrics))
    missed = [m.name for m in results.metrics if m.ok is False]
    unavailable = [m.name for m in results.metrics if m.value is None]
    print(
        f"\n{len(results.metrics)} metrics in {elapsed:.0f} s; {len(missed)} missed a target, "
        f"{len(unavailable)} not available. Written to {args.out}."
    )
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    sys.exit(run())
