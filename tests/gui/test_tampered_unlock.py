"""A vault that fails its tamper check: the unlock window says so, offers a backup, opens
nothing and writes nothing."""

from __future__ import annotations

import os
from pathlib import Path

from intake_app.clock import FixedClock
from intake_app.vault.database import connect, transaction
from intake_app.vault.keyslots import KeySlotFile
from intake_app.vault.lifecycle import CreatedVault, lock
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE
from tests.helpers.vault import vault_digest

from intake_app.ui.unlock_window import UnlockWindow
from intake_app.ui.workers import WorkerPool


def test_a_tampered_vault_is_refused_in_the_window_and_left_unchanged(
    qtbot, qapp, created_vault: CreatedVault, clock: FixedClock, tmp_path: Path
) -> None:
    paths = created_vault.session.paths
    master = created_vault.session.master_key_copy()
    lock(created_vault.session)
    # An insider with the master key edits a role by SQL: the roster did not sign it.
    conn = connect(paths.db, master)
    with transaction(conn):
        conn.execute("UPDATE users SET role = 'caseworker' WHERE id = 1")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert KeySlotFile.load(paths.keyslots).mac_fits(master)
    before = vault_digest(paths)
    window = UnlockWindow(paths, clock, WorkerPool(synchronous=True))
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    opened: list[object] = []
    window.unlocked.connect(opened.append)
    window.user.setCurrentText(ADMIN_NAME)
    window.passphrase.setText(ADMIN_PASSPHRASE)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: bool(window.message.text()), timeout=5000)
    assert "tamper check" in window.message.text()
    assert window.restore.isVisibleTo(window)
    assert opened == []
    assert vault_digest(paths) == before
    if os.environ.get("PASSERELLE_SCREENSHOTS"):
        window.grab().save(os.environ["PASSERELLE_SCREENSHOTS"] + "/tampered-unlock.png")
