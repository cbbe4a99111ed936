"""One program at a time on a vault: a second one is told so instead of writing beside it."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from intake_app.errors import ErrorCode, KnownError

_POSIX = os.name == "posix"  # on Windows an open lock file cannot be deleted anyway


class InstanceLock:
    """An OS advisory lock on `vault.lock`, and on POSIX a kernel lock (`flock`) on the
    data folder itself; the OS drops both if the process dies.

    Why the second: deleting `vault.lock` under a running program lets the next one make
    a fresh file and lock that; the folder cannot be swapped while the vault is in it.
    (`flock` on the folder does not touch SQLite's own `fcntl` locks on the files.)"""

    def __init__(self, path: Path) -> None:
        self._path = Path(path)
        self._lock = FileLock(str(path), timeout=0, mode=0o600)
        self._dir_fd: int | None = None

    def _lock_folder(self) -> None:
        if not _POSIX:
            return
        import fcntl

        fd = os.open(self._path.parent, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise KnownError(ErrorCode.VAULT_IN_USE) from None
        except OSError:
            os.close(fd)
            raise
        self._dir_fd = fd

    def acquire(self) -> None:
        try:
            self._lock_folder()
            try:
                self._lock.acquire()
            except BaseException:
                self._unlock_folder()
                raise
        except Timeout:
            raise KnownError(ErrorCode.VAULT_IN_USE) from None
        except OSError:
            # A read-only or foreign-owned data folder: say so, not "a bug".
            raise KnownError(ErrorCode.FOLDER_NOT_WRITABLE) from None

    def _unlock_folder(self) -> None:
        if self._dir_fd is not None:
            os.close(self._dir_fd)  # closing drops the flock
            self._dir_fd = None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
        self._unlock_folder()

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
