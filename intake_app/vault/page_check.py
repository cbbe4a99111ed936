"""The unlock's page check, bounded: issue 20's "a damaged vault is never written to"
without reading a million clients' file before the main window.

SQLCipher's `cipher_integrity_check` reads and authenticates every page of the file: about
0.04 s for the 9 MB of 10,000 clients, but about 3 s for the 970 MB of a million — ten
times the whole unlock's budget (300 ms beyond Argon2id). So:

* A file up to `FULL_CHECK_BYTES` is checked whole before unlock goes on, as before.
* A larger one is checked in a thread, on its own read-only connection, while unlock goes
  on *reading* (the tamper verification, then the main window). Reading is safe: SQLCipher
  authenticates each page as it reads it and refuses a damaged one, so nothing shown comes
  from a damaged page. What must not happen is a write before the whole check has passed,
  so the write door, `VaultSession.write` (and `rekey_vault`, whose PRAGMA rekey
  rewrites every page outside it), waits for the check and refuses with VAULT_DAMAGED if
  it found damage. The unlock's own writes (the sign-in event and the
  checkpoint) are handed to `after_pass` and run in the check's thread once it has
  passed; they are never run if it failed.
* An unlock that must write before it can open — a schema or the name index to upgrade,
  a journaled re-key or removal to finish, a write-ahead log to fold in, a key file to
  settle — waits for the whole check first (`lifecycle.unlock`), exactly as before.

Locking while the check runs cancels it and waits for its thread (`cancel`); nothing is
written either way.

Damage found after the main window is up is told at once (`on_damage`: the window shows a
band), not only at the next save that the write door refuses.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.database import Connection, connect, damaged_pages
from intake_app.vault.keyslots import wipe

log = logging.getLogger(__name__)

# About 0.1 s of checking on an old laptop; above it the check runs beside the unlock.
FULL_CHECK_BYTES = 32 * 2**20


class PageCheck:
    """The whole-file page check of one unlock, run in its own thread."""

    def __init__(self, path: Path, master: bytearray) -> None:
        self._path = path
        self._master = bytearray(master)  # the thread's own copy, wiped once connected
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._damaged = 0
        self._cancelled = False
        self._conn: Connection | None = None
        self._then: Callable[[], None] | None = None
        self._told: list[Callable[[int], None]] = []
        self._thread = threading.Thread(target=self._run, name="page-check", daemon=True)
        self._thread.start()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def passed(self) -> bool:
        """Done, and the whole file checked clean."""
        with self._lock:
            return self._done.is_set() and not self._damaged and not self._cancelled

    def _run(self) -> None:
        damaged = 1
        conn: Connection | None = None
        try:
            conn = connect(self._path, self._master, readonly=True)
        except KnownError:
            log.info("page check: the vault could not be opened again")
        finally:
            wipe(self._master)
        if conn is not None:
            with self._lock:
                self._conn = None if self._cancelled else conn
            try:
                damaged = 1 if self._cancelled else damaged_pages(conn)
            finally:
                with self._lock:
                    self._conn = None
                conn.close()
        with self._lock:
            self._damaged = damaged
            self._done.set()
            then, self._then = self._then, None
            told, self._told = self._told, []
        if damaged:
            if not self._cancelled:
                log.info("vault damaged: %d page(s); every write is refused", damaged)
                for tell in told:
                    self._run_then(functools.partial(tell, damaged))
        elif then is not None:
            self._run_then(then)

    @staticmethod
    def _run_then(then: Callable[[], None]) -> None:
        try:
            then()
        except Exception as exc:  # a thread has no caller to raise to
            log.warning("after the page check: %s", type(exc).__name__)

    def after_pass(self, then: Callable[[], None]) -> None:
        """Run `then` once the check has passed (now, here, if it already has); never
        if it failed or was cancelled."""
        with self._lock:
            if not self._done.is_set():
                self._then = then
                return
            passed = not self._damaged and not self._cancelled
        if passed:
            self._run_then(then)

    def on_damage(self, tell: Callable[[int], None]) -> None:
        """Call `tell(damaged pages)` as soon as the check finds damage — in the check's
        thread, or now if it already has; never if the file checks clean or the check is
        cancelled. The write door refuses every write either way."""
        with self._lock:
            if not self._done.is_set():
                self._told.append(tell)
                return
            damaged = 0 if self._cancelled else self._damaged
        if damaged:
            self._run_then(functools.partial(tell, damaged))

    def wait(self) -> None:
        """Return once the whole file checked clean; else raise VAULT_DAMAGED."""
        self._done.wait()
        if self._cancelled:
            raise KnownError(ErrorCode.NOT_ALLOWED, reason="locked")
        if self._damaged:
            raise KnownError(ErrorCode.VAULT_DAMAGED, count=self._damaged)

    def join(self) -> None:
        """Wait for the thread: the check and the writes after a pass."""
        if self._thread is not threading.current_thread():
            self._thread.join()

    def cancel(self) -> None:
        """Stop the check (on lock) and wait for its thread, so no connection holding the
        key outlives the session. SQLCipher's check does not heed `interrupt()` once it is
        walking the pages, so a lock in the first seconds after unlocking a very large
        vault waits for the rest of the check (≈ 2 s at a million clients)."""
        with self._lock:
            self._cancelled = True
            self._then = None
            self._told = []
            if self._conn is not None:
                self._conn.interrupt()
        if self._thread is not threading.current_thread():
            self._thread.join()
