"""Everything Passerelle writes with client data or key material is owner-only (0600),
the data folder 0700 (POSIX)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from intake_app.accounts.audit_view import AuditFilter, export_audit_csv
from intake_app.clock import FixedClock
from intake_app.domain.clients import Client
from intake_app.letters.use_cases import save_pdf
from intake_app.retention.record_export import export_client_record
from intake_app.vault import clients_repo
from intake_app.vault.backup import create_backup
from intake_app.vault.instance_lock import InstanceLock
from intake_app.vault.lifecycle import lock
from intake_app.vault.restore import complete_restore, prepare_restore
from intake_app.vault.session import VaultSession
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _usual_umask() -> object:
    old = os.umask(0o022)  # what a desktop session usually has: files would be 0644
    yield
    os.umask(old)


def test_vault_files_while_open_are_owner_only(session: VaultSession) -> None:
    paths = session.paths
    with session.write() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    assert _mode(paths.data_dir) == 0o700
    for p in (paths.db, *paths.sidecars(), paths.keyslots):
        assert p.exists(), p.name
        assert _mode(p) == 0o600, p.name


def test_the_instance_lock_file_is_owner_only(session: VaultSession) -> None:
    with InstanceLock(session.paths.lock):
        assert _mode(session.paths.lock) == 0o600


def test_backups_and_restored_files_are_owner_only(
    session: VaultSession, tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    result = create_backup(session, folder)
    assert _mode(result.path) == 0o600
    paths = session.paths
    lock(session)
    prepared = prepare_restore(result.path, paths, ADMIN_PASSPHRASE, user_name=ADMIN_NAME)
    for p in prepared.staging.iterdir():
        assert _mode(p) == 0o600, p.name
    complete_restore(prepared, paths, clock, replace=True)
    for p in (paths.db, paths.keyslots):
        assert _mode(p) == 0o600, p.name


def test_exports_and_letters_are_owner_only(session: VaultSession) -> None:
    data = session.paths.data_dir
    n = export_audit_csv(session, AuditFilter(), data / "audit.csv")
    assert n > 0 and _mode(data / "audit.csv") == 0o600
    with session.write() as conn:
        client = clients_repo.insert_client(
            conn,
            Client(given_name="Amira", family_name="Test"),
            session.clock.now(),
            session.user.id,
        )
    assert client.id is not None
    export_client_record(session, client.id, data / "record.pdf", confirmed=True)
    assert _mode(data / "record.pdf") == 0o600
    save_pdf(session, data / "letter.pdf", b"%PDF-1.4\n%%EOF\n", [])
    assert _mode(data / "letter.pdf") == 0o600


def test_files_left_0644_by_an_older_version_are_made_owner_only_at_unlock(
    session: VaultSession, clock: FixedClock
) -> None:
    from intake_app.vault.lifecycle import unlock

    paths = session.paths
    lock(session)
    os.chmod(paths.db, 0o644)
    os.chmod(paths.keyslots, 0o644)
    again = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    try:
        assert _mode(paths.db) == 0o600 and _mode(paths.keyslots) == 0o600
    finally:
        lock(again)
