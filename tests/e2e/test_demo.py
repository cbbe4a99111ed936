"""`intake-app --demo`: a throw-away vault with fictional data, deleted on exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _demo_folders(tmpdir: Path) -> set[Path]:
    return set(tmpdir.glob("passerelle-demo-*"))


def test_demo_prints_its_passphrase_opens_the_window_and_cleans_up(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp_path),
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "intake_app", "--demo", "--exit-when-shown"],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "passphrase: lantern maple harbour violet" in result.stdout
    assert "shown" in result.stdout
    assert "Traceback" not in result.stderr
    assert not _demo_folders(tmp_path), "the demo folder was left behind"
