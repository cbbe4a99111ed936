"""Give freed memory back to the operating system after a large, one-off build.

Preparing the directory (50,000 services) reads and decodes a few hundred megabytes of
short-lived rows and documents in a worker thread. CPython frees them, but glibc's
allocator keeps the freed pages in its per-thread arenas, so the process stays as large as
its peak, on laptops where memory is short. `malloc_trim(0)` returns those pages (every
arena, glibc ≥ 2.8). Elsewhere (Windows, macOS, musl) there is no such call and nothing is
done: their allocators give large freed blocks back on their own.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import sys
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _trim() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None  # not glibc
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Collect cycles, then hand free heap pages back to the system; True if it could."""
    gc.collect()
    return trim_free_memory()


def trim_free_memory() -> bool:
    """Hand free heap pages back to the system (no collection: a fraction of a
    millisecond); True if it could. Called when a database connection closes — a
    report's or an import's page cache and in-memory temporary tables (about 100 MB at a
    million clients) are free then, but glibc would keep them."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True
