"""On a real D-Bus session bus, a screen lock announced by the desktop asks for a lock."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_PROBE = textwrap.dedent(
    """
    import subprocess
    from PySide6.QtCore import QCoreApplication, QTimer
    from intake_app.ui.session_watch import SessionWatcher
    app = QCoreApplication([])
    watcher = SessionWatcher()
    print("connected", watcher.start(), flush=True)
    watcher.lock_requested.connect(lambda: (print("lock", flush=True), app.quit()))
    QTimer.singleShot(200, lambda: subprocess.run([
        "dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"]))
    QTimer.singleShot(10_000, app.quit)
    app.exec()
    """
)


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("dbus-send")),
    reason="no D-Bus tools on this machine",
)
def test_screen_saver_signal_on_the_session_bus_requests_a_lock() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )
    assert "lock" in result.stdout.split(), result.stdout + result.stderr
    assert "connected 0" not in result.stdout
