"""Start to the unlock window, and unlock split into key derivation and the rest."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from intake_app.clock import FixedClock
from intake_app.vault import keyslots
from intake_app.vault.lifecycle import lock, unlock
from intake_app.vault.paths import VaultPaths
from tests.benchmarks.harness import Results
from tests.benchmarks.vaults import BENCH_PASSPHRASE, BENCH_USER

START_TARGET_S = 0.6
UNLOCK_REST_TARGET_S = 0.3
SERVICES_TAB_TARGET_S = 0.3
DIRECTORY_PAGE_TARGET_S = 0.3
MEMORY_MB = 300.0
REPO = Path(__file__).resolve().parents[2]


def _until_shown(argv: list[str], timeout: float) -> tuple[float, str]:
    """Launch `argv` in a fresh process; (seconds until it printed a line starting with
    `shown`, that line). The process is killed if it is still running afterwards."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=REPO
    )
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.startswith("shown"):
                seconds = time.perf_counter() - start
                proc.wait(timeout=timeout)
                return seconds, line
        proc.wait(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    raise RuntimeError(f"{argv[1]} did not report a shown window (exit {proc.returncode})")


def _one_start(data_dir: Path, timeout: float) -> tuple[float, float]:
    """(outside seconds, inside seconds) for one `intake-app --data-dir DIR` start (with the
    hidden `--exit-when-shown`, which prints `shown <seconds>` and quits at the unlock window).

    Outside: from process launch until the app prints `shown`. Inside: what the app itself
    measured from the import of its start-up module.
    """
    argv = [sys.executable, "-m", "intake_app", "--data-dir", str(data_dir)]
    outside, line = _until_shown([*argv, "--no-crash-dialog", "--exit-when-shown"], timeout)
    return outside, float(line.split()[1])


# The floor of a start: Python, PySide6.QtWidgets and an empty window shown and painted.
FLOOR_SCRIPT = (
    "import time, sys\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication(sys.argv[:1])\n"
    "w = QWidget()\n"
    "w.resize(760, 560)\n"
    "w.show()\n"
    "w.repaint()\n"
    "app.processEvents()\n"
    "print('shown', flush=True)\n"
)


def _one_floor(timeout: float) -> float:
    """Seconds from launch until an empty PySide6 window is shown, in a fresh process."""
    return _until_shown([sys.executable, "-c", FLOOR_SCRIPT], timeout)[0]


def measure_start(results: Results, data_dir: Path, runs: int) -> None:
    name = "start to unlock window (median)"
    try:
        from intake_app.ui import app as _app  # noqa: F401 - only checks the shell exists
    except ImportError as exc:
        results.missing(name, "s", START_TARGET_S, f"no GUI shell ({exc.name})")
        return
    try:
        first, _ = _one_start(data_dir, timeout=60)  # also warms the OS file cache
        _one_floor(timeout=60)
        samples, floors = [], []
        for _ in range(runs):  # interleaved, so load from elsewhere falls on both alike
            samples.append(_one_start(data_dir, timeout=60))
            floors.append(_one_floor(timeout=60))
    except RuntimeError as exc:
        results.missing(name, "s", START_TARGET_S, str(exc))
        return
    outside = [s[0] for s in samples]
    inside = [s[1] for s in samples]
    floor = statistics.median(floors)
    results.add(
        name,
        statistics.median(outside),
        "s",
        START_TARGET_S,
        f"fresh process each run; {runs} runs, min {min(outside):.3f} max {max(outside):.3f}",
        floor=floor,
        floor_what="python -c 'import PySide6.QtWidgets' + an empty window shown",
    )
    results.add(
        "start: first start of this run",
        first,
        "s",
        None,
        "closest to a cold start that needs no root (files may still be cached)",
    )
    results.add(
        "start: app's own time to window (median)",
        statistics.median(inside),
        "s",
        None,
        "from the start-up module's import; the rest is Python and imports",
    )


def measure_unlock(results: Results, paths: VaultPaths, clock: FixedClock, runs: int) -> None:
    """Unlock the filled vault `runs` times; time the Argon2id calls apart from the rest."""
    real_derive = keyslots.derive_key
    kdf_seconds: list[float] = []

    def timed_derive(secret: str, params: keyslots.KdfParams) -> bytes:
        start = time.perf_counter()
        try:
            return real_derive(secret, params)
        finally:
            kdf_seconds.append(time.perf_counter() - start)

    totals: list[float] = []
    kdfs: list[float] = []
    keyslots.derive_key = timed_derive
    try:
        for _ in range(runs):
            kdf_seconds.clear()
            start = time.perf_counter()
            session = unlock(paths, BENCH_USER, BENCH_PASSPHRASE, clock)
            totals.append(time.perf_counter() - start)
            kdfs.append(sum(kdf_seconds))
            lock(session)
    finally:
        keyslots.derive_key = real_derive
    rests = [t - k for t, k in zip(totals, kdfs, strict=True)]
    results.add(
        "unlock: key derivation (Argon2id)",
        statistics.median(kdfs),
        "s",
        None,
        "deliberate cost, calibrated to about 0.5 s",
    )
    results.add(
        "unlock: beyond key derivation",
        statistics.median(rests) * 1000,
        "ms",
        UNLOCK_REST_TARGET_S * 1000,
        f"median of {runs}; slot file, open and prove the key, migrations, audit",
    )


def measure_gui_unlock(
    results: Results, paths: VaultPaths, runs: int, home: Path, clients: int, services: int
) -> None:
    """Unlock through the real windows, in a fresh process each run: press Unlock, wait for
    the main window (with its pages) to be shown and painted; Argon2id time apart."""
    name = "unlock to main window, beyond key derivation"
    target = UNLOCK_REST_TARGET_S * 1000
    try:
        from intake_app.ui import controller as _controller  # noqa: F401
    except ImportError as exc:
        results.missing(name, "ms", target, f"no GUI shell ({exc.name})")
        return
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())  # QSettings of the probe stay out of the user's
    rests, totals, rss, rss_letter, letters = [], [], [], [], []
    rss_pages: list[float] = []
    reports: list[float] = []
    tabs, opens, pages, prepared = [], [], [], []
    for _ in range(runs):
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.benchmarks.unlock_probe",
                str(paths.data_dir),
                BENCH_USER,
            ],
            input=BENCH_PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=180,
            check=False,
        )
        if proc.returncode != 0:
            tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            results.missing(name, "ms", target, f"probe failed: {tail[:120]}")
            return
        data = json.loads(proc.stdout.strip().splitlines()[-1])
        totals.append(data["total"])
        rests.append(data["total"] - data["kdf"])
        rss.append(data["rss"] / 2**20)
        if "rss_after_letter" in data:
            rss_letter.append(data["rss_after_letter"] / 2**20)
            letters.append(data["letter"])
        if "rss_every_page" in data:
            rss_pages.append(data["rss_every_page"] / 2**20)
            reports.append(data["report"])
        if "services_tab" in data:
            tabs.append(data["services_tab"])
            opens.append(data["open_and_services"])
        if "directory_page" in data:
            pages.append(data["directory_page"])
        if "prepared" in data:
            prepared.append(data["prepared"] - data["total"])
    results.add(
        name,
        statistics.median(rests) * 1000,
        "ms",
        target,
        f"median of {runs}; whole press-to-painted {statistics.median(totals):.2f} s",
    )
    if prepared:
        results.add(
            "directory prepared in the background, after the main window",
            statistics.median(prepared),
            "s",
            None,
            f"{services:,} services: the listing read, routing, filter index, facets",
        )
    tab_name = f"first Services tab click to suggestions shown ({services:,} services)"
    if tabs:
        results.add(
            tab_name,
            statistics.median(tabs) * 1000,
            "ms",
            SERVICES_TAB_TARGET_S * 1000,
            f"median of {len(tabs)}; open the client and click: "
            f"{statistics.median(opens) * 1000:.0f} ms",
        )
    else:
        results.missing(tab_name, "ms", SERVICES_TAB_TARGET_S * 1000, "no Services tab")
    if pages:
        results.add(
            f"first Directory page shown ({services:,} services)",
            statistics.median(pages) * 1000,
            "ms",
            DIRECTORY_PAGE_TARGET_S * 1000,
            f"median of {len(pages)}; after the background preparation",
        )
    results.add(
        f"resident memory, whole app open ({clients:,} clients, {services:,} services)",
        max(rss),
        "MB",
        MEMORY_MB,
        "main window, a client's Services tab and the Directory page shown, then 400 "
        "searches; largest of the runs",
    )
    letter_name = f"resident memory, after one letter ({clients:,} clients, {services:,} services)"
    if rss_letter:
        results.add(
            letter_name,
            max(rss_letter),
            "MB",
            MEMORY_MB,
            "the whole app as above, then the session's first referral letter PDF "
            f"(reportlab and its fonts load): {statistics.median(letters) * 1000:.0f} ms; "
            "largest of the runs",
        )
    else:
        results.missing(letter_name, "MB", MEMORY_MB, "the probe made no letter")
    pages_name = f"resident memory, every page shown ({clients:,} clients, {services:,} services)"
    if rss_pages:
        results.add(
            pages_name,
            max(rss_pages),
            "MB",
            MEMORY_MB,
            "then the Reports page until its report was counted "
            f"({statistics.median(reports):.1f} s), then every other page; largest of the runs",
        )
    else:
        results.missing(pages_name, "MB", MEMORY_MB, "the probe did not reach the pages")
