"""Killed mid-write loses no committed work; the files on disk hold no names in clear."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.domain.users import Role
from intake_app.errors import KnownError
from intake_app.vault import audit, users_repo
from intake_app.vault.check import check_vault
from intake_app.vault.lifecycle import create_vault, lock, unlock
from intake_app.vault.paths import VaultPaths
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE, FAST_KDF, sentinel

_WRITER = textwrap.dedent(
    """
    import sys
    from datetime import datetime, UTC
    from pathlib import Path
    from intake_app.clock import FixedClock
    from intake_app.vault.lifecycle import unlock
    from intake_app.vault.paths import VaultPaths
    clock = FixedClock(datetime(2026, 3, 11, tzinfo=UTC))
    session = unlock(VaultPaths(Path(sys.argv[1])), sys.argv[2], sys.argv[3], clock)
    n = 0
    while True:
        n += 1
        with session.write() as conn:
            session.audit(conn, "client-viewed", "client", n)
        print(n, flush=True)
    """
)


def test_killed_in_the_middle_of_writes_keeps_every_committed_row(
    created_vault, clock: FixedClock
) -> None:
    paths = created_vault.session.paths
    lock(created_vault.session)
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(paths.data_dir), ADMIN_NAME, ADMIN_PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert child.stdout is not None
    last_committed = 0
    for line in child.stdout:
        last_committed = int(line)
        if last_committed >= 150:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()
    assert last_committed >= 150

    session = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    report = check_vault(session)
    assert report.ok, report.lines()
    viewed = {
        int(e.record_id)
        for e in audit.query_events(session.conn, action=Action.CLIENT_VIEWED, limit=100_000)
    }
    assert set(range(1, last_committed + 1)) <= viewed
    session.close()


def test_vault_files_hold_no_names_in_clear(tmp_path: Path, clock: FixedClock) -> None:
    """Organization and user names are planted as sentinels; the bytes of the database,
    its WAL and the key-slot file must not contain them (in UTF-8 or UTF-16)."""
    org, admin, worker = sentinel("org"), sentinel("admin"), sentinel("caseworker")
    paths = VaultPaths(tmp_path / "v")
    created = create_vault(
        paths,
        org_name=org,
        org_address=sentinel("address"),
        admin_name=admin,
        passphrase="violet lantern harbour maple",
        policy=FAST_KDF,
        clock=clock,
    )
    session = created.session
    with session.write() as conn:
        users_repo.add_user(conn, worker, Role.CASEWORKER, "slot-x", clock.now())
    wal = Path(f"{paths.db}-wal")
    assert wal.exists()
    files = [paths.db, wal, paths.keyslots, paths.attempts]
    planted = [org, admin, worker, sentinel("address")]
    for path in files + list(paths.data_dir.iterdir()):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for value in planted:
            assert value.encode("utf-8") not in data, path.name
            assert value.encode("utf-16-le") not in data, path.name
    session.close()
    for path in paths.data_dir.iterdir():
        if path.is_file():
            assert b"ZQXSENTINEL" not in path.read_bytes(), path.name


def test_the_raw_key_literal_is_a_wipeable_buffer_and_opens_the_vault(tmp_path: Path) -> None:
    """The key reaches SQLCipher through a bytearray (set_key / reset_key / a bound
    parameter), never through an f-string SQL statement that Python cannot wipe."""
    import inspect

    from intake_app.vault import database
    from intake_app.vault.keyslots import new_master_key

    key = new_master_key()
    literal = database._key_literal(key)
    assert isinstance(literal, bytearray)
    assert bytes(literal) == b"x'" + key.hex().encode() + b"'"
    source = inspect.getsource(database)
    assert "PRAGMA key =" not in source and "PRAGMA rekey =" not in source
    conn = database.connect(tmp_path / "v.db", key, create=True)
    conn.execute("CREATE TABLE t (a)")
    new = new_master_key()
    database.rekey(conn, new)
    conn.close()
    with pytest.raises(KnownError):
        database.connect(tmp_path / "v.db", key)
    database.connect(tmp_path / "v.db", new).close()
