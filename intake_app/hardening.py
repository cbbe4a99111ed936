"""No core dump: a crash must not write the process memory — decrypted pages, names, notes —
to disk.

Called once at start-up by the window and by the command line. On Linux the process is also
marked not dumpable (`PR_SET_DUMPABLE` 0), which stops a core dump even when the system
pipes crashes to a collector such as systemd-coredump, and stops other programs of the same
user from reading its memory through ptrace. Elsewhere only the core size limit is set to 0.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_PR_SET_DUMPABLE = 4


def forbid_core_dumps() -> bool:
    """Return True when the process can no longer dump its memory to disk."""
    done = False
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done = True
    except (ImportError, ValueError, OSError):
        log.info("the core size limit could not be set")
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)  # the running program, libc included
            done = libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 and done
        except (OSError, AttributeError):
            log.info("the process could not be marked not dumpable")
            done = False
    return done
