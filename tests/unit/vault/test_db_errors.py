"""Driver errors are sorted by SQLite's result code: the world's errors become KnownError,
our own mistakes (a missing table, bad SQL) are bugs and never "could not be read"."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import sqlcipher3

from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.database import DatabaseBug, connect, transaction, translate_db_error

KEY = bytes(range(32))


class _Coded(Exception):
    def __init__(self, code: int, name: str) -> None:
        super().__init__("disk is full, readonly, locked")  # text that must not decide
        self.sqlite_errorcode = code
        self.sqlite_errorname = name


@pytest.mark.parametrize(
    ("code", "name", "expected"),
    [
        (sqlcipher3.SQLITE_FULL, "SQLITE_FULL", ErrorCode.DISK_FULL),
        (sqlcipher3.SQLITE_READONLY, "SQLITE_READONLY", ErrorCode.READ_ONLY),
        (1032, "SQLITE_READONLY_DBMOVED", ErrorCode.READ_ONLY),  # extended code
        (sqlcipher3.SQLITE_NOTADB, "SQLITE_NOTADB", ErrorCode.NOT_A_VAULT),
        (sqlcipher3.SQLITE_CORRUPT, "SQLITE_CORRUPT", ErrorCode.NOT_A_VAULT),
        (sqlcipher3.SQLITE_BUSY, "SQLITE_BUSY", ErrorCode.VAULT_IN_USE),
        (778, "SQLITE_IOERR_WRITE", ErrorCode.IO_ERROR),
    ],
)
def test_world_errors_become_known_errors(code: int, name: str, expected: ErrorCode) -> None:
    result = translate_db_error(_Coded(code, name))
    assert isinstance(result, KnownError) and result.code is expected


@pytest.mark.allow_log_warnings
def test_sqlite_error_is_a_bug_whatever_its_text_says() -> None:
    result = translate_db_error(_Coded(sqlcipher3.SQLITE_ERROR, "SQLITE_ERROR"))
    assert isinstance(result, DatabaseBug) and result.error_name == "SQLITE_ERROR"


@pytest.mark.allow_log_warnings
def test_an_error_without_a_code_is_a_bug() -> None:
    assert isinstance(translate_db_error(RuntimeError("disk is full")), DatabaseBug)


@pytest.mark.allow_log_warnings
def test_missing_table_in_a_transaction_is_a_bug_logged_without_its_message(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    conn = connect(tmp_path / "v.db", KEY, create=True)
    try:
        with (
            caplog.at_level(logging.ERROR),
            pytest.raises(DatabaseBug) as info,
            transaction(conn),
        ):
            conn.execute("INSERT INTO meta_that_is_missing VALUES (1)")
    finally:
        conn.close()
    assert info.value.error_name == "SQLITE_ERROR"
    assert "SQLITE_ERROR" in caplog.text
    assert "meta_that_is_missing" not in caplog.text and "meta_that_is_missing" not in str(
        info.value
    )
    assert not isinstance(info.value, KnownError)
