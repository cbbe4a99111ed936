"""A growing wait after failed unlocks (1 s, 2 s, 4 s … capped), remembered across restarts.

The file holds a count and a time — nothing about who tried. The failures are written to
the audit trail at the next successful unlock, since the trail is inside the locked vault.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from intake_app.vault.atomic import atomic_write_bytes

MAX_DELAY_SECONDS = 60


@dataclass(frozen=True)
class AttemptState:
    failures: int = 0
    last_failure: datetime | None = None

    def delay_seconds(self) -> int:
        if self.failures <= 0:
            return 0
        return int(min(2 ** (self.failures - 1), MAX_DELAY_SECONDS))

    def seconds_left(self, now: datetime) -> int:
        """How long before the next attempt is allowed. A clock moved back waits in full."""
        if self.last_failure is None or self.failures <= 0:
            return 0
        elapsed = max(0.0, (now - self.last_failure).total_seconds())
        left = self.delay_seconds() - elapsed
        return max(0, int(left + 0.999))


class AttemptStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def load(self) -> AttemptState:
        try:
            doc = json.loads(self.path.read_text("utf-8"))
            last = doc.get("last_failure")
            return AttemptState(
                int(doc.get("failures", 0)), datetime.fromisoformat(last) if last else None
            )
        except (OSError, ValueError, TypeError, AttributeError):
            return AttemptState()

    def record_failure(self, now: datetime) -> AttemptState:
        state = AttemptState(self.load().failures + 1, now)
        self._save(state)
        return state

    def reset(self) -> int:
        """Forget the failures; return how many there were (for the audit trail)."""
        failures = self.load().failures
        if failures:
            self._save(AttemptState())
        return failures

    def _save(self, state: AttemptState) -> None:
        doc = {
            "failures": state.failures,
            "last_failure": state.last_failure.isoformat() if state.last_failure else None,
        }
        atomic_write_bytes(self.path, json.dumps(doc).encode("utf-8"))
