"""After a scripted session — create, add clients, back up, restore, delete — no planted
sentinel appears in plaintext in the data folder, the backup folder or the temp folder."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from intake_app.accounts.manage import add_user, remove_user
from intake_app.clock import FixedClock
from intake_app.domain.clients import Client
from intake_app.domain.users import Role
from intake_app.retention.policy import delete_inactive, due_for_deletion
from intake_app.vault import clients_repo
from intake_app.vault.backup import create_backup
from intake_app.vault.lifecycle import create_vault, lock, unlock
from intake_app.vault.paths import VaultPaths
from intake_app.vault.restore import complete_restore, prepare_restore
from tests.conftest import FAST_KDF, SENTINEL_PREFIX, sentinel

PASS = "correct horse battery staple"


def _grep(folder: Path) -> list[str]:
    needles = [SENTINEL_PREFIX.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(n in data for n in needles):
                found.append(path.name)
    return found


def test_scripted_session_leaves_no_sentinel_in_plaintext(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    data, usb, other = VaultPaths(tmp_path / "data"), tmp_path / "usb", VaultPaths(tmp_path / "o")
    usb.mkdir()
    created = create_vault(
        data,
        org_name="Centre",
        org_address="",
        admin_name="Alex Admin",
        passphrase=PASS,
        policy=FAST_KDF,
        clock=clock,
    )
    session = created.session
    caseworker = add_user(
        session, sentinel("staffname"), Role.CASEWORKER, "orange kettle maple harbour", FAST_KDF
    )
    with session.write() as conn:
        for i in range(30):
            clients_repo.insert_client(
                conn,
                Client(
                    given_name=sentinel(f"given{i}"),
                    family_name=sentinel("family"),
                    phone="514 555 0199",
                    notes=sentinel("note") * 20,
                    sensitive_note=sentinel("sensitive"),
                    area=sentinel("area"),
                ),
                clock.now(),
                session.user.id,
            )
    backup = create_backup(session, usb).path
    remove_user(session, caseworker.id)
    clock.advance(days=800)
    delete_inactive(session, [c.id for c in due_for_deletion(session)][:10], confirmed=True)
    lock(session)

    prepared = prepare_restore(backup, other, PASS)
    complete_restore(prepared, other, clock, replace=False)
    restored = unlock(other, "Alex Admin", PASS, clock)
    assert clients_repo.count_clients(restored.conn) == 30
    lock(restored)

    for folder in (data.data_dir, usb, other.data_dir, temp):
        assert _grep(folder) == [], folder.name
    control = tmp_path / "control"
    control.mkdir()
    (control / "plain.txt").write_text(sentinel("control"), encoding="utf-16")
    assert _grep(control) == ["plain.txt"], "the grep itself must find plaintext"
