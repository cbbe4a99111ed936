"""The scaling table: `make bench-scale` (not part of `make test`).

    python -m tests.benchmarks.scale [--levels 10000:1000,100000:10000,1000000:50000]

For each level (clients:services) one encrypted vault is filled with the same generated
data as `make bench`, then: client search p95, ranking for one client, unlock to main
window beyond Argon2id (and the first Services tab, memory of the whole app) in a fresh
process, backup (export, archive, verify), the retention listing, every report table
for a year, and the unlock's page check (issue 20) on its own. Beside each number, its
growth from the previous level, read from the exponent of value ~ size^k: flat
(k < 0.15), log (k < 0.6) or linear. Prints a Markdown
table and writes `bench-scale.json`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from tests.benchmarks import features
from tests.benchmarks.harness import machine_info, percentile, time_each, timed
from tests.benchmarks.m_workloads import run_memory_probe
from tests.benchmarks.vaults import (
    BENCH_PASSPHRASE,
    BENCH_USER,
    FAST_KDF,
    bench_clock,
    create_encrypted,
)

REPO = Path(__file__).resolve().parents[2]
DEFAULT_LEVELS = "10000:1000,100000:10000,1000000:50000"
CHUNK = 100_000
UNITS = {
    "client search p95": "ms",
    "rank services for one client (median)": "ms",
    "retention listing": "ms",
    "reports": "ms",
    "unlock: page check (cipher_integrity_check)": "ms",
    "backup (export, archive, verify)": "s",
    "unlock to main window beyond Argon2id": "ms",
    "first Services tab click": "ms",
    "resident memory, whole app": "MB",
    "resident memory, after one letter": "MB",
    "resident memory, every page shown": "MB",
    "resident memory, vault open and searched": "MB",
}
# Targets at the largest level (1,000,000 clients), from the issue.
TARGETS = {
    "client search p95": ("ms", 25.0),
    "resident memory, whole app": ("MB", 300.0),
    "resident memory, after one letter": ("MB", 300.0),
    "resident memory, every page shown": ("MB", 300.0),
    "unlock to main window beyond Argon2id": ("ms", 300.0),
    "backup (export, archive, verify)": ("s", 30.0),
    "first Services tab click": ("ms", 300.0),
}


@dataclass
class Level:
    clients: int
    services: int
    values: dict[str, float | None] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


def parse_levels(text: str) -> list[tuple[int, int]]:
    out = []
    for part in text.split(","):
        clients, _, services = part.partition(":")
        out.append((int(clients), int(services or max(1, int(clients) // 20))))
    return out


def growth(small: float | None, large: float | None, n_small: int, n_large: int) -> str:
    """flat / log / linear (or worse) from the exponent k of value ~ size^k."""
    if not small or not large or n_large <= n_small:
        return ""
    k = math.log(max(large, 1e-9) / max(small, 1e-9)) / math.log(n_large / n_small)
    if k < 0.15:
        return "flat"
    if k < 0.6:
        return "log"
    return "linear" if k < 1.3 else "worse than linear"


def _fill(session: VaultSession, clients: int, services: int, seed: int) -> float:
    start = time.perf_counter()
    features.seed_services(session, services, seed)
    done = k = 0
    while done < clients:
        size = min(CHUNK, clients - done)
        features.seed_clients(session, size, features.client_chunk_seed(seed, k))
        done += size
        k += 1
        print(f"    {done:,} clients stored", flush=True)
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return time.perf_counter() - start


def _search(level: Level, session: VaultSession, queries: int) -> None:
    typed = features.search_queries(session, queries, seed=11)
    search = features.client_search(session)
    for q in typed[:20]:
        search(q)
    samples = time_each(lambda q=q: search(q) for q in typed)
    level.values["client search p95"] = percentile(samples, 95)
    level.notes["client search p95"] = f"p50 {percentile(samples, 50):.1f} ms, {len(typed)} keys"


def _rank(level: Level, session: VaultSession) -> None:
    ids = features.client_ids(session, 40, seed=5)
    prepared = features.routing_directory(session)
    rank = features.rank_only(session, prepared, ids)
    rank(ids[0])
    samples = time_each(lambda i=i: rank(i) for i in ids)
    level.values["rank services for one client (median)"] = percentile(samples, 50)


def _backup(level: Level, session: VaultSession, root: Path) -> None:
    from intake_app.vault.backup import create_backup

    usb = root / "usb"
    usb.mkdir(exist_ok=True)
    seconds, result = timed(lambda: create_backup(session, usb))
    level.values["backup (export, archive, verify)"] = seconds
    level.notes["backup (export, archive, verify)"] = f"{result.size / 2**20:.0f} MB archive"
    shutil.rmtree(usb, ignore_errors=True)


def _retention(level: Level, session: VaultSession) -> None:
    from intake_app.retention.policy import due_for_deletion

    seconds, due = timed(lambda: due_for_deletion(session))
    level.values["retention listing"] = seconds * 1000
    level.notes["retention listing"] = f"{len(due):,} due"


def _reports(level: Level, session: VaultSession) -> None:
    """Every report table for the last twelve months (all tables, disclosure control
    applied) through the reports use case, on the level's own connection, best of 3
    after one warm-up (as `m_reports` does for `make bench`)."""
    from intake_app.domain.reports import ReportPeriod, add_months
    from intake_app.reports.use_cases import ReportRequest, build_report

    this_month = session.clock.now().date().replace(day=1)
    request = ReportRequest(ReportPeriod(add_months(this_month, -12), this_month))
    build_report(session, request)
    runs = []
    for _ in range(3):
        seconds, report = timed(lambda: build_report(session, request))
        runs.append(seconds)
    level.values["reports"] = min(runs) * 1000
    level.notes["reports"] = (
        f"a year: {len(report.tables)} tables, {report.suppressed_count} cells hidden"
    )


def _page_check(level: Level, session: VaultSession) -> None:
    """Issue 20's check before any write at unlock (`damaged_pages`: SQLCipher's HMAC of
    every page), on a fresh connection; the file is in the OS cache after the fill."""
    from intake_app.vault.database import damaged_pages

    conn = session.connect()
    try:
        seconds, damaged = timed(lambda: damaged_pages(conn))
    finally:
        session.release(conn)
    level.values["unlock: page check (cipher_integrity_check)"] = seconds * 1000
    level.notes["unlock: page check (cipher_integrity_check)"] = (
        f"{session.paths.db.stat().st_size / 2**20:.0f} MB file, {damaged} damaged"
    )


def _gui(level: Level, data_dir: Path, home: Path) -> None:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    proc = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.unlock_probe", str(data_dir), BENCH_USER],
        input=BENCH_PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=600,
        check=False,
    )
    names = (
        "unlock to main window beyond Argon2id",
        "first Services tab click",
        "resident memory, whole app",
        "resident memory, after one letter",
        "resident memory, every page shown",
    )
    if proc.returncode != 0:
        for name in names:
            level.values[name] = None
            level.notes[name] = "probe failed"
        return
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    level.values[names[0]] = (data["total"] - data["kdf"]) * 1000
    level.values[names[1]] = data.get("services_tab", float("nan")) * 1000
    level.notes[names[1]] = (
        f"directory ready {data.get('prepared', 0) - data['total']:.1f} s after the window"
    )
    level.values[names[2]] = data["rss"] / 2**20
    steps = [
        f"{label} {data[key] / 2**20:.0f} MB"
        for key, label in (
            ("rss_prepared", "directory prepared"),
            ("rss_services_tab", "Services tab"),
            ("rss_directory_page", "Directory page"),
        )
        if key in data
    ]
    level.notes[names[2]] = ", ".join([*steps, "then 400 searches"])
    later = (
        (
            names[3],
            "rss_after_letter",
            lambda: (
                f"then one referral letter PDF for the opened client: "
                f"{data['letter'] * 1000:.0f} ms"
                " (the session's first: reportlab and its fonts load)"
            ),
            "no letter made (the probe found no referral to print)",
        ),
        (
            names[4],
            "rss_every_page",
            lambda: (
                f"then the Reports page until its report was counted "
                f"({data['report']:.1f} s), then every other page"
            ),
            "the probe did not reach the pages",
        ),
    )
    for name, key, note, missing in later:
        reached = key in data
        level.values[name] = data[key] / 2**20 if reached else None
        level.notes[name] = note() if reached else missing


def _memory(level: Level, data_dir: Path) -> None:
    """Resident memory of the vault open and searched (use cases and Qt loaded, no main
    window): how memory grows with clients, apart from the directory's share."""
    proc = run_memory_probe(data_dir)
    name = "resident memory, vault open and searched"
    if proc.returncode != 0:
        level.values[name] = None
        level.notes[name] = "probe failed"
        return
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    level.values[name] = data["rss"] / 2**20


def run_level(clients: int, services: int, root: Path, seed: int, queries: int) -> Level:
    level = Level(clients, services)
    started = time.perf_counter()
    paths = VaultPaths(root / "vault")
    print(f"  level {clients:,} clients / {services:,} services", flush=True)
    session = create_encrypted(paths, FAST_KDF, bench_clock())
    try:
        fill_s = _fill(session, clients, services, seed)
        level.notes["fill"] = f"filled in {fill_s:.0f} s, {paths.db.stat().st_size / 2**20:.0f} MB"
        steps: list[Callable[[], None]] = [
            lambda: _search(level, session, queries),
            lambda: _rank(level, session),
            lambda: _retention(level, session),
            lambda: _reports(level, session),
            lambda: _page_check(level, session),
            lambda: _backup(level, session, root),
        ]
        for step in steps:
            step()
    finally:
        session.close()
    _gui(level, paths.data_dir, root / "home")
    _memory(level, paths.data_dir)
    level.seconds = time.perf_counter() - started
    print(f"  level done in {level.seconds:.0f} s: {level.values}", flush=True)
    return level


def table(levels: Sequence[Level]) -> str:
    names: list[str] = []
    for lv in levels:
        names += [n for n in lv.values if n not in names]
    head = "| metric | unit | " + " | ".join(f"{lv.clients:,} / {lv.services:,}" for lv in levels)
    head += " | growth | target at the largest |\n"
    head += "| --- | --- |" + " ---: |" * len(levels) + " --- | --- |\n"
    rows = []
    for name in names:
        cells, grows = [], []
        for i, lv in enumerate(levels):
            v = lv.values.get(name)
            cells.append("—" if v is None or math.isnan(v) else f"{v:,.1f}")
            if i:
                prev = levels[i - 1]
                g = growth(prev.values.get(name), v, prev.clients, lv.clients)
                if g:
                    grows.append(g)
        unit, target = TARGETS.get(name, ("", None))
        last = levels[-1].values.get(name)
        verdict = ""
        if target is not None and last is not None and not math.isnan(last):
            verdict = f"≤ {target:g} {unit}: {'ok' if last <= target else 'MISSED'}"
        rows.append(
            f"| {name} | {UNITS.get(name, '')} | "
            + " | ".join(cells)
            + f" | {' → '.join(grows)} | {verdict} |"
        )
    return head + "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.scale", description=__doc__)
    parser.add_argument("--levels", default=DEFAULT_LEVELS, help="clients:services,…")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--out", type=Path, default=Path("bench-scale.json"))
    args = parser.parse_args(argv)
    machine = machine_info()
    print(f"bench-scale {args.levels}; load average {machine.get('load_average_at_start')}")
    started = time.perf_counter()
    levels = []
    for clients, services in parse_levels(args.levels):
        root = Path(tempfile.mkdtemp(prefix="passerelle-scale-"))
        try:
            levels.append(run_level(clients, services, root, args.seed, args.queries))
        finally:
            shutil.rmtree(root, ignore_errors=True)
    load_end = [round(x, 2) for x in os.getloadavg()]
    text = table(levels)
    print()
    print(text)
    elapsed = time.perf_counter() - started
    print(f"\n{len(levels)} levels in {elapsed:.0f} s; load average at the end {load_end}")
    data: dict[str, Any] = {
        "machine": machine,
        "run": {"levels": args.levels, "seconds": round(elapsed), "load_average_at_end": load_end},
        "levels": [
            {
                "clients": lv.clients,
                "services": lv.services,
                "seconds": round(lv.seconds),
                "values": lv.values,
                "notes": lv.notes,
            }
            for lv in levels
        ],
        "table": text,
    }
    args.out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
