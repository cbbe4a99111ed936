"""Opening SQLCipher connections, and the only place that speaks to the driver directly.

A wrong key, a plaintext file and a damaged file all look the same to SQLCipher: `PRAGMA
key` succeeds and the first read fails with "file is not a database". So we unlock by
reading, and we never create or rewrite anything over a file that failed to open.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterable, Iterator
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
    from sqlite3 import Connection as Connection
    from sqlite3 import DatabaseError as DatabaseError
    from sqlite3 import IntegrityError as IntegrityError
    from sqlite3 import OperationalError as OperationalError
    from sqlite3 import Row as Row
else:
    Connection = dbapi2.Connection
    DatabaseError = dbapi2.DatabaseError
    IntegrityError = dbapi2.IntegrityError
    OperationalError = dbapi2.OperationalError
    Row = dbapi2.Row


_HEX = b"0123456789abcdef"


def _key_literal(master_key: bytes | bytearray) -> bytearray:
    """The raw-key literal `x'…'` as a *mutable* buffer, wiped by the caller after use.

    Built digit by digit into a bytearray and handed to the driver's `set_key` /
    `reset_key` (sqlite3_key / sqlite3_rekey) or bound as a parameter, so no immutable
    `str` or `bytes` copy of the key is ever made on the Python side. Only bytes we
    generated reach it, never input."""
    if len(master_key) != 32:
        raise ValueError("master key must be 32 bytes")
    out = bytearray(67)
    out[0:2] = b"x'"
    for i, byte in enumerate(master_key):
        out[2 + 2 * i] = _HEX[byte >> 4]
        out[3 + 2 * i] = _HEX[byte & 15]
    out[66] = 0x27  # '
    return out


def _wipe(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0


def owner_only_file(path: Path) -> None:
    """Create `path` empty with mode 0600 before SQLite does (it would use 0644 under the
    usual umask). SQLite gives the -wal and -shm files the main file's mode."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        raise KnownError(ErrorCode.IO_ERROR) from exc


def disk_full(folder: Path) -> bool:
    """Less than a megabyte free where the vault is (SQLite then says only "I/O error")."""
    try:
        return shutil.disk_usage(folder).free < (1 << 20)
    except OSError:
        return False


def wal_is_empty(path: Path) -> bool:
    """No committed pages wait in the write-ahead log (safe to open immutable)."""
    wal = Path(f"{path}-wal")
    try:
        return not wal.exists() or wal.stat().st_size == 0
    except OSError:
        return False


def restrict_modes(paths: Iterable[Path]) -> None:
    """Make existing vault files owner-only (files left 0644 by Passerelle 0.1)."""
    if os.name != "posix":
        return
    for p in paths:
        try:
            if p.exists() and p.stat().st_mode & 0o077:
                os.chmod(p, 0o600)
        except OSError:
            log.info("a vault file's mode could not be restricted")


# Page cache per connection, in KiB (negative = KiB in SQLite's terms). SQLCipher
# decrypts every page it reads from the file; pages in this cache are read without that.
# At 2 MB the raw select workload of the benchmark ran 2.6x slower than plain SQLite; at
# 32 MB about 1.0x. It is an upper bound, filled only as pages are read.
CACHE_KIB = 32 * 1024
# The session's own connection stays open all day, and what it reads — searches, a client
# at a time, the duplicate check's vocabulary — fills any cache to the brim: at a million
# clients 32 MB of resident memory. 8 MB gives the same client search p95 there (7-8 ms
# either way, issue 21); workers' connections, which close after one job (imports,
# backups, preparing the directory), keep `CACHE_KIB`.
SESSION_CACHE_KIB = 8 * 1024


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
    readonly: bool = False,
    immutable: bool = False,
) -> Connection:
    """Open (or with `create`, make) the vault database and prove the key by reading.

    `immutable=True` opens it immutable (no -wal/-shm made, nothing written): for a full
    disk, where even reading a WAL database fails, and only when its -wal is empty.
    A database that fails to open on a disk with no room left is DISK_FULL, not "damaged".
    `plaintext=True` opens a plain SQLite file with the same schema; it exists for the
    benchmark that measures what encryption costs, and is never used by the product.
    """
    path = Path(path)
    _check_file(path, create)
    try:
        conn: Connection = sqlcipher3.connect(
            _uri(path, create=create, readonly=readonly, immutable=immutable),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    except dbapi2.Error as exc:
        raise KnownError(ErrorCode.IO_ERROR) from exc
    try:
        if not plaintext:
            _set_key(conn, master_key)
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if not create and tables == 0:
            raise KnownError(ErrorCode.NOT_A_VAULT)
        if not readonly and not immutable:
            conn.execute("PRAGMA journal_mode = WAL")
        _apply_connection_pragmas(conn)
    except KnownError:
        conn.close()
        raise
    except dbapi2.DatabaseError as exc:
        conn.close()
        log.info("vault did not open: %s", type(exc).__name__)
        if not create and not immutable and disk_full(path.parent):
            raise KnownError(ErrorCode.DISK_FULL) from None
        raise KnownError(ErrorCode.NOT_A_VAULT) from None
    conn.row_factory = dbapi2.Row
    return conn  # sqlcipher3 is untyped; its API is sqlite3's (typed as such above)


def _check_file(path: Path, create: bool) -> None:
    """Refuse what is not a vault before SQLite sees it, and make a new one owner-only
    before anything is written into it."""
    if not create:
        if not path.exists():
            raise KnownError(ErrorCode.VAULT_MISSING)
        if path.stat().st_size == 0:
            # SQLite would take an empty file for an empty database and write over it.
            raise KnownError(ErrorCode.NOT_A_VAULT)
    if create and not path.exists():
        owner_only_file(path)


def _uri(path: Path, *, create: bool, readonly: bool, immutable: bool) -> str:
    """The file's URI with its open mode. Read-only: SQLite then never folds a leftover
    write-ahead log into the file on close (`intake-app check` on a suspect vault).
    Immutable: not even -shm (a full disk)."""
    mode = "rwc" if create else "ro&immutable=1" if immutable else ("ro" if readonly else "rw")
    return f"{path.resolve().as_uri()}?mode={mode}"


def _set_key(conn: Any, master_key: bytes | bytearray | None) -> None:  # sqlcipher3: untyped
    """Key the connection, quietly (SQLCipher logs nothing), wiping the key's text form
    as soon as the driver has it."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    if master_key is None:
        raise ValueError("an encrypted vault needs a key")
    literal = _key_literal(master_key)
    try:
        conn.set_key(literal)
    finally:
        _wipe(literal)


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


def damaged_pages(conn: Connection) -> int:
    """How many pages fail SQLCipher's check (each page's HMAC): read-only, one pass.

    Cheap enough for every unlock — every byte flipped anywhere in the file shows here,
    where a normal read would meet it only when that page is needed (and then as a
    crash in the middle of someone's work)."""
    try:
        return len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
    except dbapi2.DatabaseError:
        return 1


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: all of it is committed, or none of it.

    Inside another transaction on the same connection it is a savepoint of that one, so
    a use case made of use cases (`seed-demo`) commits once. Driver errors that the world
    causes (disk full, damaged file) leave as KnownError.
    """
    if _already_in_transaction(conn):
        with _savepoint(conn):
            yield conn
        return
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


def _already_in_transaction(conn: Connection) -> bool:
    return bool(conn.in_transaction)


@contextmanager
def _savepoint(conn: Connection) -> Iterator[None]:
    conn.execute("SAVEPOINT nested")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO nested")
        conn.execute("RELEASE nested")
        raise
    conn.execute("RELEASE nested")


def rows(conn: Connection, sql: str, params: Any = ()) -> list[Row]:
    return list(conn.execute(sql, params).fetchall())


def export_encrypted_copy(conn: Connection, dest: Path, master_key: bytes | bytearray) -> None:
    """Write an encrypted copy of the open database to `dest` with `sqlcipher_export`.

    The export runs in one transaction, so every table is copied from the same snapshot
    even while another connection writes.
    """
    owner_only_file(Path(dest))
    literal = _key_literal(master_key)
    try:
        conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(dest), literal))
    finally:
        _wipe(literal)
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
    literal = _key_literal(new_master_key)
    try:
        conn.reset_key(literal)  # type: ignore[attr-defined]  # sqlcipher3: sqlite3_rekey
    finally:
        _wipe(literal)
