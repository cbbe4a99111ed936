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
import traceback
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from intake_app.clock import FixedClock
from intake_app.vault.keyslots import KdfPolicy
from intake_app.vault.session import VaultSession
from tests.benchmarks import (
    features,
    m_directory_import,
    m_reading_letters,
    m_reports,
    m_startup,
    m_storage,
    m_trust,
    m_workloads,
)
from tests.benchmarks.features import FeatureMissing
from tests.benchmarks.harness import Results, machine_info, markdown_table, table, timed, write_json
from tests.benchmarks.vaults import FAST_KDF, BenchVaults, bench_clock, create_both

CLIENT_CHUNKS = 10
# Steps that open the encrypted vault themselves, with the harness's session closed.
UNLOCK_STEPS = ("start", "unlock", "gui-unlock")
STEPS = (
    "start",
    "unlock",
    "gui-unlock",
    "storage",
    "search",
    "routing",
    "directory",
    "letters",
    "reading-letters",
    "hsds",
    "memory",
    "signed-trail",
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


def _interleaved(
    vaults: BenchVaults, chunks: list[Callable[[VaultSession], object]]
) -> tuple[float, float]:
    """Run each chunk on both vaults, swapping which goes first, so load from elsewhere on
    the machine falls on both alike; return (SQLCipher seconds, SQLite seconds)."""
    enc_s = plain_s = 0.0
    for n, chunk in enumerate(chunks):
        sides = [(vaults.encrypted, True), (vaults.plain, False)]
        for session, encrypted in sides if n % 2 == 0 else reversed(sides):
            seconds, _ = timed(partial(chunk, session))
            if encrypted:
                enc_s += seconds
            else:
                plain_s += seconds
    return enc_s, plain_s


def _seed(results: Results, vaults: BenchVaults, args: argparse.Namespace) -> None:
    """Fill both vaults with the same data. Generation is timed on its own; storing is
    timed per vault, in interleaved chunks, for the insert ratios."""
    features.warm_up()
    ratio = m_workloads.RATIO_TARGET
    try:
        gen_s, services = timed(lambda: features.generate_services(args.services, args.seed))
    except FeatureMissing as exc:
        results.missing(f"store {args.services:,} services", "s", None, str(exc))
    else:
        results.add(f"generate {len(services):,} services", gen_s, "s", None, "no storage")
        step = max(1, len(services) // 4)
        chunks = [partial(_store, services[i : i + step]) for i in range(0, len(services), step)]
        enc_s, plain_s = _interleaved(vaults, chunks)
        results.add(
            f"store {len(services):,} services (SQLCipher)",
            enc_s,
            "s",
            None,
            f"{len(services) / enc_s:,.0f}/s, {len(chunks)} transactions",
        )
        results.add(f"store {len(services):,} services (SQLite)", plain_s, "s", None)
        results.add("insert services SQLCipher/SQLite", enc_s / plain_s, "ratio", ratio)
        results.add_workload("insert services", enc_s, plain_s)
    name = f"generate + store {args.clients:,} clients (SQLCipher)"
    try:
        gen_s, _ = timed(lambda: features.generate_clients(args.clients, args.seed))
    except FeatureMissing as exc:
        results.missing(name, "s", None, str(exc))
        return
    results.add(f"generate {args.clients:,} clients", gen_s, "s", None, "no storage")
    chunk = max(1, -(-args.clients // CLIENT_CHUNKS))
    sizes = [min(chunk, args.clients - i) for i in range(0, args.clients, chunk)]
    chunks = [
        partial(_seed_clients, size, features.client_chunk_seed(args.seed, k))
        for k, size in enumerate(sizes)
    ]
    enc_s, plain_s = _interleaved(vaults, chunks)
    results.add(
        name,
        enc_s,
        "s",
        None,
        f"{args.clients / max(enc_s, 1e-9):,.0f}/s, {len(chunks)} transactions",
    )
    results.add(f"generate + store {args.clients:,} clients (SQLite)", plain_s, "s", None)
    results.add("insert clients SQLCipher/SQLite", enc_s / plain_s, "ratio", ratio)
    results.add_workload("insert clients", enc_s, plain_s)


def _store(services: list[object], session: VaultSession) -> int:
    return features.store_services(session, list(services))


def _seed_clients(count: int, seed: int, session: VaultSession) -> int:
    return features.seed_clients(session, count, seed)


def _run_steps(
    results: Results,
    vaults: BenchVaults,
    root: Path,
    clock: FixedClock,
    args: argparse.Namespace,
    skip: set[str],
) -> list[str]:
    """Run every step not skipped; return the steps that failed with a bug.

    A step that raises is reported as "not available" with the exception's type, and the
    others still run: one broken feature must not hide the numbers of the rest.
    """
    plain = vaults.plain
    data_dir = vaults.encrypted_paths.data_dir
    seeded = results.value(f"generate + store {args.clients:,} clients (SQLCipher)")
    steps: dict[str, Callable[[], None]] = {
        "start": lambda: m_startup.measure_start(results, data_dir, args.start_runs),
        "unlock": lambda: m_startup.measure_unlock(
            results, vaults.encrypted_paths, clock, args.unlock_runs
        ),
        "gui-unlock": lambda: m_startup.measure_gui_unlock(
            results,
            vaults.encrypted_paths,
            max(1, args.unlock_runs),
            root / "probe-home",
            args.clients,
            args.services,
        ),
        "storage": lambda: m_storage.measure_storage(
            results, root / "raw", min(max(args.clients, 20_000), 100_000), args.seed
        ),
        "search": lambda: m_workloads.measure_search(
            results, vaults.encrypted, plain, args.clients, args.queries, args.seed
        ),
        "routing": lambda: m_workloads.measure_routing(
            results, vaults.encrypted, plain, args.services
        ),
        "directory": lambda: m_workloads.measure_directory_filter(
            results, vaults.encrypted, args.services
        ),
        "letters": lambda: m_workloads.measure_letters(results, vaults.encrypted, args.letters),
        "reading-letters": lambda: m_reading_letters.measure_reading_letters(
            results, vaults.encrypted, args.letters
        ),
        "hsds": lambda: m_workloads.measure_hsds_import(
            results, root / "hsds", args.services, args.seed
        ),
        "hsds-real": lambda: m_directory_import.measure_real_exports(
            results, root / "hsds-real", args.services, max(0.1, 50 * args.services / 10_000)
        ),
        "reports": lambda: m_reports.measure_reports(results, vaults.encrypted, args.clients),
        "memory": lambda: m_workloads.measure_memory(
            results, data_dir, args.clients, seeded is not None
        ),
        "signed-trail": lambda: m_trust.measure_signed_trail(
            results,
            root,
            clock,
            max(1, args.unlock_runs),
            m_trust.EVENTS if args.clients >= 10_000 else 1_000,
        ),
    }
    failed = []
    for step, fn in steps.items():
        if step == "memory":
            results.whole_workload(m_workloads.RATIO_TARGET)
        if step in skip:
            continue
        if step in UNLOCK_STEPS:
            vaults.step_aside()  # the unlocks meet the file as a caseworker's does
        else:
            vaults.come_back(clock)
        try:
            fn()
        except Exception as exc:  # a bug in the program or the harness: report, go on
            failed.append(step)
            traceback.print_exc()
            results.missing(f"{step} (step failed)", "", None, f"{type(exc).__name__}: {exc}"[:120])
    return failed


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
    failed: list[str] = []
    try:
        for old in ("encrypted", "plain", "raw", "hsds"):
            shutil.rmtree(root / old, ignore_errors=True)
        vaults = create_both(root, policy, clock)
        _seed(results, vaults, args)
        failed = _run_steps(results, vaults, root, clock, args, skip)
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
    if failed:
        print(f"These steps failed with an error (see above): {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    sys.exit(run())
