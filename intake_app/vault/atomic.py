"""Atomic file writes: a crash leaves either the old file or the new one, never half of each."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from intake_app.errors import ErrorCode, KnownError


def os_error_to_known(exc: OSError) -> KnownError:
    """Map the OS's words for a full disk or a read-only place to our codes."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return KnownError(ErrorCode.DISK_FULL)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return KnownError(ErrorCode.READ_ONLY)
    return KnownError(ErrorCode.IO_ERROR, errno=exc.errno or 0)


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write `data` to `path` through a temporary file in the same folder, fsync, rename."""
    path = Path(path)
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            os.fchmod(fd, mode) if hasattr(os, "fchmod") else None
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException:
            os.unlink(tmp_name)
            raise
        try:
            os.replace(tmp_name, path)
        except BaseException:
            # The temporary copy holds the whole content (a letter, a record): never leave it.
            os.unlink(tmp_name)
            raise
        fsync_dir(path.parent)
    except OSError as exc:
        raise os_error_to_known(exc) from exc
