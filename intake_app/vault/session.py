"""An unlocked vault: the open connection, the signed-in user, and the master key.

Use cases receive a `VaultSession` (never a global). Closing it closes every connection
it opened and overwrites the key buffer; the UI then drops every view it filled.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from intake_app.clock import Clock
from intake_app.domain.users import User
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import audit
from intake_app.vault.database import Connection, connect, transaction
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
        self._conn: Connection | None = conn
        self._master_key = master_key
        self._extra: list[Connection] = []
        self._extra_lock = threading.Lock()
        # The unlock's page check when it runs beside the session (a large file): every
        # write waits for it and is refused if it found damage (see `vault.page_check`).
        self.page_check: PageCheck | None = None

    @property
    def conn(self) -> Connection:
        """The connection of the thread that unlocked the vault (the GUI thread)."""
        if self._conn is None:
            raise KnownError(ErrorCode.NOT_ALLOWED, reason="locked")
        return self._conn

    @property
    def closed(self) -> bool:
        return self._conn is None

    def connect(self) -> Connection:
        """A new connection for another thread; closed with the session if still open."""
        if self.closed:
            raise KnownError(ErrorCode.NOT_ALLOWED, reason="locked")
        conn = connect(
            self.paths.db, self._master_key, plaintext=self.plaintext, immutable=self.read_only
        )
        with self._extra_lock:
            self._extra.append(conn)
        return conn

    def release(self, conn: Connection) -> None:
        """Close a connection opened with `connect()`."""
        with self._extra_lock:
            if conn in self._extra:
                self._extra.remove(conn)
        conn.close()

    def close_other_connections(self) -> int:
        """Close every worker connection (before `PRAGMA rekey`); return how many."""
        with self._extra_lock:
            extra, self._extra = self._extra, []
        for c in extra:
            c.close()
        return len(extra)

    def master_key_copy(self) -> bytearray:
        """For backups and re-keying only; wipe the copy when done."""
        return bytearray(self._master_key)

    def replace_master_key(self, new_key: bytearray) -> None:
        wipe(self._master_key)
        self._master_key = new_key

    @contextmanager
    def write(self, conn: Connection | None = None) -> Iterator[Connection]:
        """A write transaction on `conn` (default: the session's own connection).

        A read-only session (opened on a full disk) refuses with DISK_FULL: the reason
        the person can act on, and nothing half-written."""
        if self.read_only:
            raise KnownError(ErrorCode.DISK_FULL)
        if self.page_check is not None:
            self.page_check.wait()  # a damaged vault is never written to (issue 20)
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
        """Close every connection and overwrite the key. Safe to call twice."""
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
