"""Opening SQLCipher connections, and the only place that speaks to the driver directly.

A wrong key, a plaintext file and a damaged file all look the same to SQLCipher: `PRAGMA
key` succeeds and the first read fails with "file is not a database". So we unlock by
reading, and we never create or rewrite anything over a file that failed to open.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlcipher3 import dbapi2

from intake_app.errors import ErrorCode, KnownError

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    # sqlcipher3 ships no type information; its DB-API is the standard library's sqlite3 one,
    # so the type checker reads sqlite3's stubs. At run time these are always sqlcipher3's.
    from sqlite3 import Connection, DatabaseError, IntegrityError, OperationalError, Row
else:
    Connection = dbapi2.Connection
    DatabaseError = dbapi2.DatabaseError
    IntegrityError = dbapi2.IntegrityError
    OperationalError = dbapi2.OperationalError
    Row = dbapi2.Row


def _key_literal(master_key: bytes | bytearray) -> str:
    """The `x'…'` raw-key literal. Built only from bytes we generated, never from input."""
    if len(master_key) != 32:
        raise ValueError("master key must be 32 bytes")
    return "\"x'" + bytes(master_key).hex() + "'\""


# Page cache per connection, in KiB (negative = KiB in SQLite's terms). SQLCipher
# decrypts every page it reads from the file; pages in this cache are read without that.
# At 2 MB the raw select workload of the benchmark ran 2.6x slower than plain SQLite; at
# 32 MB about 1.0x. It is an upper bound, filled only as pages are read.
CACHE_KIB = 32 * 1024


def _apply_connection_pragmas(conn: Connection) -> None:
    """Per-connection settings. Deliberately not set: `mmap_size` (SQLite reads through
    the codec, not a memory map, when pages are encrypted, and memory-mapped I/O with
    encryption has corrupted reads in other SQLite encryption builds) and
    `cipher_page_size` (a change needs a re-encrypting migration; 4 KiB pages with this
    cache are already at plain SQLite's speed)."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")


def connect(
    path: Path,
    master_key: bytes | bytearray | None,
    *,
    create: bool = False,
    plaintext: bool = False,
) -> Connection:
    """Open (or with `create`, make) the vault database and prove the key by reading.

    `plaintext=True` opens a plain SQLite file with the same schema; it exists for the
    benchmark that measures what encryption costs, and is never used by the product.
    """
    path = Path(path)
    if not create:
        if not path.exists():
            raise KnownError(ErrorCode.VAULT_MISSING)
        if path.stat().st_size == 0:
            # SQLite would take an empty file for an empty database and write over it.
            raise KnownError(ErrorCode.NOT_A_VAULT)
    mode = "rwc" if create else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except dbapi2.Error as exc:
        raise KnownError(ErrorCode.IO_ERROR) from exc
    try:
        if not plaintext:
            conn.execute("PRAGMA cipher_log_level = NONE")
            if master_key is None:
                raise ValueError("an encrypted vault needs a key")
            conn.execute(f"PRAGMA key = {_key_literal(master_key)}")
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if not create and tables == 0:
            raise KnownError(ErrorCode.NOT_A_VAULT)
        conn.execute("PRAGMA journal_mode = WAL")
        _apply_connection_pragmas(conn)
    except KnownError:
        conn.close()
        raise
    except dbapi2.DatabaseError as exc:
        conn.close()
        log.info("vault did not open: %s", type(exc).__name__)
        raise KnownError(ErrorCode.NOT_A_VAULT) from None
    conn.row_factory = dbapi2.Row
    return conn


class DatabaseBug(Exception):
    """A driver error that our code caused (bad SQL, a missing table, misuse of the API).

    It is a bug, not something the world did: it is logged and shown as a bug, never as
    "the file could not be read or written". It carries only SQLite's error name (such as
    `SQLITE_ERROR`), never the driver's message, which can quote SQL and values.
    """

    def __init__(self, error_name: str) -> None:
        super().__init__(error_name)
        self.error_name = error_name


# SQLite's primary result codes (the low byte of an extended code) that the world causes.
_WORLD_ERRORS: dict[int, ErrorCode] = {
    sqlcipher3.SQLITE_FULL: ErrorCode.DISK_FULL,
    sqlcipher3.SQLITE_READONLY: ErrorCode.READ_ONLY,
    sqlcipher3.SQLITE_PERM: ErrorCode.READ_ONLY,
    sqlcipher3.SQLITE_NOTADB: ErrorCode.NOT_A_VAULT,
    sqlcipher3.SQLITE_CORRUPT: ErrorCode.NOT_A_VAULT,
    sqlcipher3.SQLITE_BUSY: ErrorCode.VAULT_IN_USE,
    sqlcipher3.SQLITE_LOCKED: ErrorCode.VAULT_IN_USE,
    sqlcipher3.SQLITE_IOERR: ErrorCode.IO_ERROR,
    sqlcipher3.SQLITE_CANTOPEN: ErrorCode.IO_ERROR,
    sqlcipher3.SQLITE_NOLFS: ErrorCode.IO_ERROR,
    sqlcipher3.SQLITE_PROTOCOL: ErrorCode.IO_ERROR,
}


def translate_db_error(exc: Exception) -> KnownError | DatabaseBug:
    """Sort a driver error met during use by SQLite's result code, never by its English text.

    What the world causes (full disk, read-only or damaged file, another writer) becomes a
    `KnownError` a user can act on; everything else — `SQLITE_ERROR` (a missing table, bad
    SQL), misuse, a constraint outside a transaction's expectations — is a `DatabaseBug`.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    if isinstance(code, int):
        known = _WORLD_ERRORS.get(code & 0xFF)
        if known is not None:
            return KnownError(known)
    log.error("database bug: %s (%s)", name, type(exc).__name__)
    return DatabaseBug(str(name))


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: all of it is committed, or none of it.

    Driver errors that the world causes (disk full, damaged file) leave as KnownError.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except (dbapi2.OperationalError, dbapi2.DatabaseError) as exc:
        raise translate_db_error(exc) from exc
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except dbapi2.Error:
                log.warning("rollback failed")
        if isinstance(exc, dbapi2.OperationalError | dbapi2.DatabaseError) and not isinstance(
            exc, dbapi2.IntegrityError
        ):
            raise translate_db_error(exc) from exc
        raise


def rows(conn: Connection, sql: str, params: Any = ()) -> list[Row]:
    return list(conn.execute(sql, params).fetchall())


def export_encrypted_copy(conn: Connection, dest: Path, master_key: bytes | bytearray) -> None:
    """Write an encrypted copy of the open database to `dest` with `sqlcipher_export`.

    The export runs in one transaction, so every table is copied from the same snapshot
    even while another connection writes.
    """
    conn.execute(f"ATTACH DATABASE ? AS backup KEY {_key_literal(master_key)}", (str(dest),))
    try:
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT sqlcipher_export('backup')")
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA backup.user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE backup")


def rekey(conn: Connection, new_master_key: bytes | bytearray) -> None:
    """Re-encrypt the whole database under a new key. Close every other connection first."""
    conn.execute(f"PRAGMA rekey = {_key_literal(new_master_key)}")
