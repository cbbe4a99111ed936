"""Driving `intake-app` as a separate process: the runner's type and a vault made by `init`."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

RunCli = Callable[..., subprocess.CompletedProcess[str]]

# The first line of standard input for `--passphrase-stdin`.
PASSPHRASE = "violet lantern harbour maple\n"


def run_intake_app(
    *args: str, stdin: str = "", env: Mapping[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`python -m intake_app ARGS` in a fresh process from the checkout, offscreen; the
    environment is this one unless `env` is given."""
    return subprocess.run(
        [sys.executable, "-m", "intake_app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=dict(env) if env is not None else {**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


def vault_args(data: Path) -> list[str]:
    """The arguments every vault command takes to open `data` with the passphrase on stdin."""
    return ["--data-dir", str(data), "--passphrase-stdin"]


def init_vault(
    run_cli: RunCli,
    data: Path,
    *,
    org: str = "Centre Exemple",
    admin: str = "Ana Admin",
    stdin: str = PASSPHRASE,
) -> subprocess.CompletedProcess[str]:
    """`intake-app init` on `data`, which must succeed; its output (the recovery key)."""
    done = run_cli("init", *vault_args(data), "--org", org, "--admin", admin, stdin=stdin)
    assert done.returncode == 0, done.stderr
    return done


def allow_unsigned_imports(data_dir: Path, passphrase: str) -> None:
    """What a coordinator does once in Settings > Other agencies (there is no command for
    it): let this vault import directory files nobody signed (a plain 211 export)."""
    from intake_app.clock import SystemClock
    from intake_app.settings import change_settings
    from intake_app.vault.lifecycle import lock, unlock_any_user
    from intake_app.vault.paths import VaultPaths

    session = unlock_any_user(VaultPaths(data_dir), passphrase.strip(), SystemClock())
    try:
        change_settings(session, {"directory.allow_unsigned": True})
    finally:
        lock(session)
