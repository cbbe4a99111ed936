"""End-to-end: `intake-app` runs as a separate process on a data folder in tmp_path."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_cli(tmp_path: Path) -> RunCli:
    def run(*args: str, stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        env["HOME"] = str(tmp_path / "home")
        env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")
        env["XDG_DATA_HOME"] = str(tmp_path / "home" / ".local" / "share")
        env["QT_QPA_PLATFORM"] = "offscreen"
        return subprocess.run(
            [sys.executable, "-m", "intake_app", *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=ROOT,
            env=env,
        )

    return run


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
