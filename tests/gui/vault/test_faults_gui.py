"""The GUI side of the fault findings: a damaged page is "damaged — restore the newest
backup" in the unlock window (never the crash dialog, never a main window), a full data
disk opens read-only with a banner, and a folder with another vault's key file is never
offered to the setup wizard."""

from __future__ import annotations

import os

import pytest

from intake_app.clock import FixedClock
from intake_app.demo import seed_vault
from intake_app.vault.lifecycle import CreatedVault, lock
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE
from tests.helpers.vault import vault_digest

from intake_app.ui.controller import AppController


@pytest.mark.parametrize("page", [5, 40])
def test_a_damaged_page_is_refused_in_words_with_the_restore_button(
    qtbot,
    created_vault: CreatedVault,
    controller: AppController,
    page: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = created_vault.session
    seed_vault(session, clients=200, services=30)
    paths = session.paths
    lock(session)
    with open(paths.db, "r+b") as fh:
        fh.seek((page - 1) * 4096 + 300)
        fh.write(os.urandom(16))
    before = vault_digest(paths)
    controller.start()
    unlock = controller.unlock_window
    assert unlock is not None
    unlock.user.setCurrentText(ADMIN_NAME)
    unlock.passphrase.setText(ADMIN_PASSPHRASE)
    unlock.unlock_button.click()
    assert "damaged" in unlock.message.text() and "newest backup" in unlock.message.text()
    assert unlock.restore.isVisibleTo(unlock)
    assert controller.session is None and controller.main_window is None
    assert vault_digest(paths) == before


def test_a_read_only_session_shows_the_banner(
    qtbot, created_vault: CreatedVault, controller: AppController
) -> None:
    created_vault.session.read_only = True
    controller._on_session(created_vault.session)
    window = controller.main_window
    assert window is not None and window.read_only_banner is not None
    assert "disk is full" in window.read_only_banner.text()


def test_a_normal_session_has_no_banner(
    qtbot, created_vault: CreatedVault, controller: AppController
) -> None:
    controller._on_session(created_vault.session)
    assert controller.main_window is not None
    assert controller.main_window.read_only_banner is None


def test_a_lone_key_file_is_not_handed_to_the_setup_wizard(
    qtbot, created_vault: CreatedVault, controller: AppController, clock: FixedClock
) -> None:
    paths = created_vault.session.paths
    lock(created_vault.session)
    before = paths.keyslots.read_bytes()
    paths.db.unlink()
    controller.start()
    assert controller.wizard is None
    assert controller.leftovers_dialog is not None
    text = controller.leftovers_dialog.text()
    assert "keyslots.json" in text
    assert paths.keyslots.read_bytes() == before
