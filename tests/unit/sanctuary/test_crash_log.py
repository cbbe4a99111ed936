"""A bug's log line names the exception type and the frames, never its message."""

from __future__ import annotations

from intake_app.crash_log import describe_bug
from tests.conftest import SENTINEL_PREFIX, sentinel


def _raise_with_data(value: str) -> None:
    try:
        {}[value]
    except KeyError as exc:
        raise ValueError(f"refused {value}") from exc


def test_a_bug_description_keeps_types_and_frames_but_not_the_message() -> None:
    value = sentinel("bugmessage")
    try:
        _raise_with_data(value)
    except ValueError as exc:
        text = describe_bug(exc)
    assert SENTINEL_PREFIX not in text
    assert text.startswith("ValueError")
    assert "caused by KeyError" in text
    assert "_raise_with_data" in text  # the frame that raised is named


def test_exceptions_in_threads_and_finalizers_print_no_message() -> None:
    """In a fresh process: the interpreter's own reports would print the message to stderr."""
    import subprocess
    import sys
    from pathlib import Path

    probe = (
        "import logging, threading, gc\n"
        "from intake_app.crash_log import install_quiet_hooks\n"
        "logging.basicConfig(level=logging.WARNING)\n"
        "install_quiet_hooks()\n"
        "def boom(): raise ValueError('" + sentinel("threadbug") + "')\n"
        "t = threading.Thread(target=boom); t.start(); t.join()\n"
        "class D:\n"
        "    def __del__(self): raise KeyError('" + sentinel("delbug") + "')\n"
        "D(); gc.collect()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[3],
        check=True,
    )
    assert "ValueError" in done.stderr and "KeyError" in done.stderr  # control: reported
    assert SENTINEL_PREFIX not in done.stderr + done.stdout
