"""End-to-end: `intake-app` runs as a separate process on a data folder in tmp_path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import RunCli

ROOT = Path(__file__).resolve().parents[2]


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
