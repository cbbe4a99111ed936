"""Named steps of the operations that must survive a kill, and the hook that kills there.

Recovery, reset, removal (re-key), restore and backup call `step("…")` between their
writes. When the environment variable `PASSERELLE_FAULT_STEP` names that step, the process
ends at once with `os._exit` — no `finally`, no flush, like a power cut. Only the fault
suite (`tests/unit/vault/faults/`) sets it, in a child process; otherwise a step costs one
dictionary look-up.
"""

from __future__ import annotations

import os

ENV = "PASSERELLE_FAULT_STEP"
EXIT_CODE = 86  # what the fault suite expects from a process it stopped on purpose

# Every step name, so the suite can kill at each one and a typo fails a test.
STEPS = (
    "slot-replace:intent-saved",
    "slot-replace:committed",
    "rekey:intent-committed",
    "rekey:file-has-both-keys",
    "rekey:database-rekeyed",
    "rekey:file-has-new-key",
    "restore:previous-set-aside",
    "restore:backup-moved-in",
    "backup:partial-written",
)


def step(name: str) -> None:
    """Stop the process here if the fault suite asked for this step."""
    if os.environ.get(ENV) == name:
        os._exit(EXIT_CODE)
