"""Backups and restore in the real widgets, on a real temporary vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QDialog

from intake_app.accounts.manage import add_user
from intake_app.clock import FixedClock
from intake_app.domain.users import Role
from intake_app.vault.backup import create_backup
from intake_app.vault.backup_format import list_backups
from intake_app.vault.lifecycle import lock, unlock
from intake_app.vault.session import VaultSession
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE, FAST_KDF
from tests.helpers.gui import page_context

from intake_app.ui.safekeeping.backup_section import BackupSection
from intake_app.ui.safekeeping.restore_dialog import RestoreDialog
from intake_app.ui.widgets.pickers import Pickers
from intake_app.ui.workers import WorkerPool

CW = "Camille Tremblay"
CW_FIRST = "orange kettle maple harbour"


def test_back_up_now_and_restore_with_preview(
    qtbot,
    session: VaultSession,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(Pickers, "folder", staticmethod(lambda *a, **k: usb))
    section = BackupSection(page_context(session, clock))
    qtbot.addWidget(section)
    section.backup_now.click()
    [made] = list_backups(usb)
    assert made.name in section.status.text()
    assert not section.progress.isVisible()

    add_user(session, CW, Role.CASEWORKER, CW_FIRST, FAST_KDF)  # after the backup
    paths = session.paths
    lock(session)
    dialog = RestoreDialog(paths, clock, WorkerPool(synchronous=True), backup=made)
    qtbot.addWidget(dialog)
    dialog.secret.setText("wrong passphrase entirely")
    dialog.next_step()
    assert "not right" in dialog.message.text()
    assert dialog.pages.currentIndex() == 0
    dialog.secret.setText(ADMIN_PASSPHRASE)
    dialog.next_step()
    assert dialog.pages.currentIndex() == 1
    assert "Accounts: 1" in dialog.summary.text()
    assert ADMIN_NAME in dialog.summary.text()
    dialog.next_step()
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    back = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    from intake_app.vault.users_repo import list_users

    assert [u.name for u in list_users(back.conn)] == [ADMIN_NAME]
    back.close()


def test_daily_backup_settings_are_saved_and_the_backup_runs(
    qtbot,
    session: VaultSession,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "daily"
    folder.mkdir()
    monkeypatch.setattr(Pickers, "folder", staticmethod(lambda *a, **k: folder))
    section = BackupSection(page_context(session, clock))
    qtbot.addWidget(section)
    section.findChild(type(section.save), "backup-choose-folder").click()
    section.daily.setChecked(True)
    section.keep.setValue(3)
    section.save.click()
    assert len(list_backups(folder)) == 1
    assert section.last.text() != "none yet"


def test_offer_restore_reports_success_and_a_refusal(
    qtbot,
    session: VaultSession,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from intake_app.ui.dialogs import Alert
    from intake_app.ui.safekeeping import restore_flow

    usb = tmp_path / "usb"
    usb.mkdir()
    made = create_backup(session, usb).path
    paths = session.paths
    lock(session)
    told: list[str] = []
    monkeypatch.setattr(Alert, "info", staticmethod(lambda _p, text: told.append(text)))

    def walk(dialog: RestoreDialog) -> int:
        dialog.file.setText(str(made))
        dialog.secret.setText(ADMIN_PASSPHRASE)
        dialog.next_step()
        dialog.next_step()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", walk)
    assert restore_flow.offer_restore(paths, clock, WorkerPool(synchronous=True))
    assert told and "restored" in told[0]
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: 0)
    assert not restore_flow.offer_restore(paths, clock, WorkerPool(synchronous=True))
