"""The caseworker's workloads: search as you type, routing, the directory filter, letters,
HSDS import, and resident memory. Search and routing also run on the plain twin, for the
SQLCipher/SQLite ratios."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from tests.benchmarks import features
from tests.benchmarks.features import FeatureMissing
from tests.benchmarks.harness import Results, percentile, time_each, time_pairs, timed
from tests.benchmarks.vaults import BENCH_PASSPHRASE, FAST_KDF, bench_clock, create_encrypted

SEARCH_P95_MS = 25.0
ROUTING_MS = 30.0
DIRECTORY_FILTER_MS = 100.0
LETTER_MS = 15.0
LETTER_BATCH_S = 10.0
LETTER_BATCH = 500
HSDS_IMPORT_S = 30.0
MEMORY_MB = 300.0
RATIO_TARGET = 1.3
REPO = Path(__file__).resolve().parents[2]


def _paired_ratio(results: Results, part: str, enc_ms: list[float], plain_ms: list[float]) -> None:
    """The ratio of the medians of interleaved timings. A sum would let one pause (a
    garbage collection, another program on a shared machine) on either side decide it."""
    enc, plain = percentile(enc_ms, 50), percentile(plain_ms, 50)
    if plain > 0:
        results.add(
            f"{part} SQLCipher/SQLite",
            enc / plain,
            "ratio",
            RATIO_TARGET,
            "ratio of medians, interleaved",
        )
        results.add_workload(part, enc * len(enc_ms) / 1000, plain * len(plain_ms) / 1000)


def measure_search(
    results: Results,
    enc: VaultSession,
    plain: VaultSession,
    clients: int,
    queries: int,
    data_seed: int,
) -> None:
    """Client search per keystroke: each query is one prefix of a name as it is typed."""
    name = f"client search per keystroke p95 ({clients:,} clients)"
    try:
        typed = features.search_queries(enc, queries, seed=11, data_seed=data_seed)
        search_enc = features.client_search(enc)
        search_plain = features.client_search(plain)
    except FeatureMissing as exc:
        results.missing(name, "ms", SEARCH_P95_MS, str(exc))
        return
    for q in typed[:20]:  # warm the page cache and any prepared statements
        search_enc(q)
        search_plain(q)
    # Two passes; the better pass is kept, so a burst of load from another program on
    # the machine does not decide the number (the load average is in the run info).
    passes = [time_pairs(search_enc, search_plain, typed) for _ in range(2)]
    enc_ms, plain_ms = min(passes, key=lambda p: percentile(p[0], 95))
    results.add(
        f"client search per keystroke p50 ({clients:,} clients)",
        percentile(enc_ms, 50),
        "ms",
        None,
        f"{len(typed)} partial queries, better of 2 passes",
    )
    results.add(
        name,
        percentile(enc_ms, 95),
        "ms",
        SEARCH_P95_MS,
        f"max {max(enc_ms):.1f} ms",
        floor=percentile(plain_ms, 95),
        floor_what="the same search on plain SQLite",
    )
    _paired_ratio(results, "search", enc_ms, plain_ms)


def measure_routing(
    results: Results, enc: VaultSession, plain: VaultSession, services: int
) -> None:
    """Directory load and preparation (once per load), then routing one client at a time."""
    name = f"rank {services:,} services for one client (median)"
    try:
        ids = features.client_ids(enc, 60, seed=5)
        # Four times each, interleaved; the best of each is kept. The load is mostly
        # decoding in Python, so a single pair would measure the machine's other load.
        directory = features.load_directory(enc)
        features.load_directory(plain)  # warm-up, as for the encrypted one
        enc_loads, plain_loads = time_pairs(
            lambda s: features.load_directory(s[0]),
            lambda s: features.load_directory(s[1]),
            [(enc, plain)] * 4,
        )
        load_enc_s, load_plain_s = min(enc_loads) / 1000, min(plain_loads) / 1000
        prepare_s, prepared = timed(lambda: features.routing_directory(enc))
        prepared_plain = features.routing_directory(plain)
        route_enc = features.ranker(enc, prepared)
        route_plain = features.ranker(plain, prepared_plain)
        rank_only = features.rank_only(enc, prepared, ids)
    except FeatureMissing as exc:
        results.missing(name, "ms", ROUTING_MS, str(exc))
        return
    results.add(
        f"load {len(directory):,} services from the vault (best of 4)",
        load_enc_s * 1000,
        "ms",
        None,
        "once per directory change",
    )
    results.add("directory load SQLCipher/SQLite", load_enc_s / load_plain_s, "ratio", RATIO_TARGET)
    results.add_workload("directory load", load_enc_s, load_plain_s)
    results.add(
        "read + prepare the active directory for routing",
        prepare_s * 1000,
        "ms",
        None,
        "once per directory change",
    )
    route_enc(ids[0])
    route_plain(ids[0])
    only_ms = time_each(partial(rank_only, i) for i in ids)
    passes = [time_pairs(route_enc, route_plain, ids) for _ in range(2)]
    enc_ms, plain_ms = min(passes, key=lambda p: percentile(p[0], 50))
    results.add(
        name,
        percentile(only_ms, 50),
        "ms",
        ROUTING_MS,
        f"p95 {percentile(only_ms, 95):.1f} ms over {len(ids)} clients",
    )
    results.add(
        "route one client, use case (median)",
        percentile(enc_ms, 50),
        "ms",
        ROUTING_MS,
        f"p95 {percentile(enc_ms, 95):.1f} ms; load the client, rank, record unmet needs",
    )
    _paired_ratio(results, "routing", enc_ms, plain_ms)


def measure_directory_filter(results: Results, enc: VaultSession, services: int) -> None:
    name = f"directory filter per keystroke p95 ({services:,} services)"
    try:
        directory = features.load_directory(enc)
        build_s, index = timed(lambda: features.directory_index(directory))
        typed = features.directory_queries(directory, 300, seed=13)
        filt = features.directory_filter(index)
    except FeatureMissing as exc:
        results.missing(name, "ms", DIRECTORY_FILTER_MS, str(exc))
        return
    results.add(
        "directory filter index build", build_s * 1000, "ms", None, "once per directory load"
    )
    for q in typed[:10]:
        filt(q)
    samples = time_each(partial(filt, q) for q in typed)
    results.add(
        name,
        percentile(samples, 95),
        "ms",
        DIRECTORY_FILTER_MS,
        f"p50 {percentile(samples, 50):.1f} ms, {len(typed)} partial queries",
    )
    list_name = f"directory list filter per keystroke p95 ({services:,} services)"
    try:
        build_s, through_list = timed(
            lambda: features.directory_list_filter(directory, enc.clock.now().date())
        )
    except FeatureMissing as exc:
        results.missing(list_name, "ms", DIRECTORY_FILTER_MS, str(exc))
        return
    results.add(
        "directory list model build (sorted)",
        build_s * 1000,
        "ms",
        None,
        "once per directory load, in the page",
    )
    for q in typed[:10]:
        through_list(q)
    samples = time_each(partial(through_list, q) for q in typed)
    results.add(
        list_name,
        percentile(samples, 95),
        "ms",
        DIRECTORY_FILTER_MS,
        f"p50 {percentile(samples, 50):.1f} ms; the page's model and sorted proxy",
    )


def measure_letters(results: Results, enc: VaultSession, batch: int) -> None:
    one = "one referral letter PDF (median)"
    many = f"{batch} letters in one batch"
    try:
        render_batch, render_one = features.letter_renderer(enc)
    except FeatureMissing as exc:
        results.missing(one, "ms", LETTER_MS, str(exc))
        results.missing(many, "s", LETTER_BATCH_S, str(exc))
        return
    render_one(0)  # fonts are loaded once per process
    passes = [time_each(partial(render_one, i) for i in range(1, 31)) for _ in range(2)]
    samples = min(passes, key=lambda p: percentile(p, 50))
    floor = features.minimal_pdf()
    floor()
    floors = time_each(floor for _ in range(30))
    results.add(
        one,
        percentile(samples, 50),
        "ms",
        LETTER_MS,
        f"p95 {percentile(samples, 95):.1f} ms; 30 letters, better of 2 passes",
        floor=percentile(floors, 50),
        floor_what="reportlab alone: one page, one paragraph, the same embedded font",
    )
    # CPU time of the same letters: what a loaded, shared machine does not blur.
    cpu_ms = []
    for i in range(1, 31):
        start = time.process_time()
        render_one(i)
        cpu_ms.append((time.process_time() - start) * 1000)
    results.add(
        "one referral letter PDF, CPU time (median)",
        percentile(cpu_ms, 50),
        "ms",
        None,
        "process time of the 30 letters above; steadier than wall time under load",
    )
    seconds, size = timed(lambda: render_batch(batch))
    results.add(
        many,
        seconds,
        "s",
        LETTER_BATCH_S * batch / LETTER_BATCH,
        f"one PDF of {size / 2**20:.1f} MB",
    )


def measure_hsds_import(results: Results, root: Path, services: int, seed: int) -> None:
    """Export `services` generated services as HSDS (JSON, then tabular zip) and import each
    file into a fresh encrypted vault, timed from the file to the committed transaction."""
    target = HSDS_IMPORT_S * services / 10_000
    formats = (("JSON", False, "services.json"), ("tabular zip", True, "directory.zip"))
    try:
        generated = features.generate_services(services, seed + 7)
        for label, tabular, file_name in formats:
            folder = root / file_name.split(".")[0]
            folder.mkdir(parents=True, exist_ok=True)
            features.hsds_export(generated, folder / file_name, tabular)
            vault = create_encrypted(VaultPaths(folder / "vault"), FAST_KDF, bench_clock())
            try:
                seconds, preview = timed(features.hsds_import(vault, folder / file_name))
            finally:
                vault.close()
            size = (folder / file_name).stat().st_size / 2**20
            results.add(
                f"HSDS import of {services:,} services ({label})",
                seconds,
                "s",
                target,
                f"{len(preview.services):,} services, {size:.1f} MB file, schema-checked",
            )
    except FeatureMissing as exc:
        results.missing(f"HSDS import of {services:,} services", "s", target, str(exc))


def run_memory_probe(data_dir: Path) -> subprocess.CompletedProcess[str]:
    """`memory_probe` on `data_dir` in a fresh process (its memory is its own); the last
    line of its output is the JSON result. Shared by `make bench` and `make bench-scale`."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.memory_probe", str(data_dir)],
        input=BENCH_PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=600,
        check=False,
    )


def measure_memory(results: Results, data_dir: Path, clients: int, seeded: bool) -> None:
    name = f"resident memory, {clients:,} clients open and searched"
    proc = run_memory_probe(data_dir)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["no output"]
        results.missing(name, "MB", MEMORY_MB, f"probe failed: {tail[0][:120]}")
        return
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    mb = data["rss"] / 2**20
    if not seeded or data["note"]:
        why = "no clients could be generated" if not seeded else data["note"]
        results.missing(name, "MB", MEMORY_MB, f"{why}; an empty vault open with Qt: {mb:.0f} MB")
        return
    results.add(name, mb, "MB", MEMORY_MB, f"{data['searched']} searches, Qt loaded")
