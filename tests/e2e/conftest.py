"""End-to-end: `intake-app` runs as a separate process on a data folder in tmp_path."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.helpers.cli import RunCli, run_intake_app


@pytest.fixture
def run_cli(tmp_path: Path) -> RunCli:
    def run(*args: str, stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        env["HOME"] = str(tmp_path / "home")
        env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")
        env["XDG_DATA_HOME"] = str(tmp_path / "home" / ".local" / "share")
        env["QT_QPA_PLATFORM"] = "offscreen"
        return run_intake_app(*args, stdin=stdin, env=env, timeout=timeout)

    return run
