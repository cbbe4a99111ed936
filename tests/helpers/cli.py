"""Driving `intake-app` as a separate process: the runner's type and a vault made by `init`."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

RunCli = Callable[..., subprocess.CompletedProcess[str]]

# The first line of standard input for `--passphrase-stdin`.
PASSPHRASE = "violet lantern harbour maple\n"


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
