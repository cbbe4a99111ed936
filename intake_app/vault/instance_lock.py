"""One program at a time on a vault: a second one is told so instead of writing beside it."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from intake_app.errors import ErrorCode, KnownError


class InstanceLock:
    """An OS advisory lock on `vault.lock`; the OS drops it if the process dies."""

    def __init__(self, path: Path) -> None:
        self._lock = FileLock(str(path), timeout=0, mode=0o600)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise KnownError(ErrorCode.VAULT_IN_USE) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
