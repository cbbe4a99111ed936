"""An unlocked vault: the open connection, the signed-in user, and the master key.

Use cases receive a `VaultSession` (never a global). Closing it closes every connection
it opened and overwrites the key buffer; the UI then drops every view it filled.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from intake_app.clock import Clock
from intake_app.domain.users import User
from intake_app.errors import ErrorCode, KnownError
from intake_app.memory import trim_free_memory
from intake_app.vault import audit
from intake_app.vault.database import SESSION_CACHE_KIB, connect, transaction
from intake_app.vault.database import Connection as Connection
from intake_app.vault.keyslots import wipe
from intake_app.vault.paths import VaultPaths
from intake_app.vault.signing import Signer

if TYPE_CHECKING:
    from intake_app.vault.page_check import PageCheck

log = logging.getLogger(__name__)


class VaultSession:
    def __init__(
        self,
        paths: VaultPaths,
        conn: Connection,
        master_key: bytearray,
        user: User,
        clock: Clock,
        *,
        signer: Signer,
        plaintext: bool = False,
    ) -> None:
        self.paths = paths
        self.user = user
        self.signer = signer  # the key of the slot that opened the vault; signs every event
        self.clock = clock
        self.plaintext = plaintext
        # True when unlock could not write its own event (disk full): reading and backing
        # up work, every save reports "disk full" until space is freed and it reopens.
        self.read_only = False
        conn.execute(f"PRAGMA cache_size = -{SESSION_CACHE_KIB}")
        self._conn: Connection | None = conn
        self._master_key = master_key
        self._extra: list[Connection] = []
        self._extra_lock = threading.Lock()
        self._root = self  # a worker's view shares the unlocking session's key and connections
        # The unlock's page check when it runs beside the session (a large file): every
        # write waits for it and is refused if it found damage (see `vault.page_check`).
        self.page_check: PageCheck | None = None
        # How a write waits for that check when it is still running; the window installs
        # one that keeps painting on the GUI thread (`ui/page_check_wait.py`). None: block.
        self.wait_for_check: Callable[[Callable[[], bool]], None] | None = None

    @property
    def conn(self) -> Connection:
        """The connection of the thread that unlocked the vault (the GUI thread), or of the
        worker a `worker()` view was made for."""
        if self._conn is None or self.closed:
            raise KnownError(ErrorCode.NOT_ALLOWED, reason="locked")
        return self._conn

    @property
    def closed(self) -> bool:
        return self._conn is None or self._root._conn is None

    def connect(self) -> Connection:
        """A new connection for another thread; closed with the session if still open."""
        root = self._root
        if root.closed:
            raise KnownError(ErrorCode.NOT_ALLOWED, reason="locked")
        conn = connect(
            root.paths.db, root._master_key, plaintext=root.plaintext, immutable=root.read_only
        )
        with root._extra_lock:
            root._extra.append(conn)
        return conn

    def release(self, conn: Connection) -> None:
        """Close a connection opened with `connect()`."""
        root = self._root
        with root._extra_lock:
            if conn in root._extra:
                root._extra.remove(conn)
        conn.close()
        trim_free_memory()  # its page cache and temp tables, back to the system

    @contextmanager
    def worker(self) -> Iterator[VaultSession]:
        """This session on a connection of its own, for one worker thread (SQLite
        connections stay in their thread); the connection closes when the block ends.

        Use cases take the view like any session, so none of them is handed a connection."""
        conn = self.connect()
        view = VaultSession.__new__(VaultSession)
        view.__dict__.update(self.__dict__)
        view._conn = conn
        try:
            yield view
        finally:
            view._conn = None
            self.release(conn)

    def close_other_connections(self) -> int:
        """Close every worker connection (before `PRAGMA rekey`); return how many."""
        root = self._root
        with root._extra_lock:
            extra, root._extra = root._extra, []
        for c in extra:
            c.close()
        return len(extra)

    def master_key_copy(self) -> bytearray:
        """For backups and re-keying only; wipe the copy when done."""
        return bytearray(self._root._master_key)

    def replace_master_key(self, new_key: bytearray) -> None:
        root = self._root
        wipe(root._master_key)
        root._master_key = new_key

    @contextmanager
    def write(self, conn: Connection | None = None) -> Iterator[Connection]:
        """A write transaction on `conn` (default: the session's own connection).

        A read-only session (opened on a full disk) refuses with DISK_FULL: the reason
        the person can act on, and nothing half-written."""
        if self.read_only:
            raise KnownError(ErrorCode.DISK_FULL)
        check = self._root.page_check  # a worker's view waits for the same check
        if check is not None:
            waiter = self._root.wait_for_check
            if waiter is not None and not check.done:
                waiter(lambda: check.done)
            check.wait()  # a damaged vault is never written to (issue 20)
        with transaction(conn or self.conn) as c:
            yield c

    def audit(
        self,
        conn: Connection,
        action: str,
        record_type: str = "",
        record_id: str | int = "",
        **detail: Any,
    ) -> int:
        """Record an event by the signed-in user, inside the caller's transaction."""
        return audit.record(
            conn,
            self.signer,
            self.clock.now(),
            self.user.id,
            action,
            record_type,
            record_id,
            **detail,
        )

    def close(self) -> None:
        """Close every connection and overwrite the key. Safe to call twice.

        On a worker's view: closes the whole session (locking closes everything)."""
        if self._root is not self:
            self._root.close()
            return
        if self.page_check is not None:
            self.page_check.cancel()
        with self._extra_lock:
            extra, self._extra = self._extra, []
        for c in extra:
            try:
                c.close()
            except Exception:  # closing must go on for the others
                log.warning("a worker connection did not close cleanly")
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        wipe(self._master_key)
