"""A crash writes no core file: the limit is 0 and, on Linux, the process is not dumpable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import resource, sys
from intake_app.hardening import forbid_core_dumps
ok = forbid_core_dumps()
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
dumpable = ""
if sys.platform.startswith("linux"):
    import ctypes
    dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
print(ok, soft, hard, dumpable)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="no core limits on Windows")
def test_core_dumps_are_forbidden_in_a_fresh_process() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    ok, soft, hard, dumpable = [*done.stdout.split(), ""][:4]
    assert (ok, soft, hard) == ("True", "0", "0")
    if sys.platform.startswith("linux"):
        assert dumpable == "0"


def test_the_command_forbids_core_dumps_before_anything_else() -> None:
    """`python -m intake_app` (the `intake-app` entry point) hardens itself first."""
    probe = (
        "import sys, resource, intake_app.__main__ as m, intake_app.cli as c\n"
        "c.main = lambda argv: print(resource.getrlimit(resource.RLIMIT_CORE)) or 0\n"
        "sys.argv = ['intake-app', '--help']\n"
        "m.main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "(0, 0)"
