"""Accounts and the audit view in the real window, on a real temporary vault."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QDialog

from intake_app.accounts.manage import add_user
from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.domain.common import Lang
from intake_app.domain.users import Role
from intake_app.vault import audit
from intake_app.vault.lifecycle import lock, unlock
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from tests.conftest import FAST_KDF
from tests.helpers.gui import page_context, unlock_through_the_window

from intake_app.ui.accounts import account_dialogs, change_passphrase_dialog
from intake_app.ui.accounts.accounts_model import AccountsModel
from intake_app.ui.accounts.accounts_section import AccountsSection
from intake_app.ui.audit.audit_section import AuditSection
from intake_app.ui.controller import AppController
from intake_app.ui.dialogs import Question
from intake_app.ui.safekeeping.backup_section import BackupSection
from intake_app.ui.workers import WorkerPool

CW = "Camille Tremblay"
CW_FIRST = "orange kettle maple harbour"
CW_OWN = "violet canoe winter lantern"


def test_coordinator_adds_an_account_through_the_dialog(
    qtbot, session: VaultSession, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: account_dialogs.AddUserDialog) -> int:
        dialog.name.setText(CW)
        dialog.fields.first.setText(CW_FIRST)
        dialog.fields.second.setText(CW_FIRST)
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(account_dialogs.AddUserDialog, "exec", fill)
    section = AccountsSection(page_context(session, clock))
    qtbot.addWidget(section)
    assert section.model.rowCount() == 1
    section.add_button.click()
    names = [section.model.user_at(r).name for r in range(section.model.rowCount())]
    assert CW in names
    assert "first passphrase" in section.status.text()
    row = names.index(CW)
    state = section.model.index(row, AccountsModel.STATE).data()
    assert state == "Must choose a new passphrase"


def test_new_user_signs_in_must_change_passphrase_and_sees_only_caseworker_things(
    qtbot,
    session: VaultSession,
    clock: FixedClock,
    vault_paths: VaultPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_user(session, CW, Role.CASEWORKER, CW_FIRST, FAST_KDF)
    lock(session)

    def forced_change(dialog: change_passphrase_dialog.ChangePassphraseDialog) -> int:
        assert dialog.forced
        dialog.current.setText(CW_FIRST)
        dialog.fields.first.setText(CW_OWN)
        dialog.fields.second.setText(CW_OWN)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted.value, timeout=5000)
        return dialog.result()

    monkeypatch.setattr(change_passphrase_dialog.ChangePassphraseDialog, "exec", forced_change)
    controller = AppController(
        vault_paths, clock, FAST_KDF, Lang.EN, pool=WorkerPool(synchronous=True)
    )
    try:
        controller.start()
        main = unlock_through_the_window(qtbot, controller, CW, CW_FIRST)
        assert controller.session is not None
        assert not controller.session.user.must_change_passphrase
        settings = main.page_named("SettingsPage")
        titles = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
        assert "Accounts" in titles and "Backups" in titles
        assert "Audit trail" not in titles and "Retention" not in titles
        accounts = next(s for s in settings.sections if isinstance(s, AccountsSection))
        assert not accounts.manage and not hasattr(accounts, "view")
        backups = next(s for s in settings.sections if isinstance(s, BackupSection))
        assert not hasattr(backups, "daily") and not hasattr(backups, "restore")
    finally:
        controller.shutdown()
    again = unlock(vault_paths, CW, CW_OWN, clock)
    again.close()


def test_refusing_the_forced_change_locks_again(
    qtbot,
    session: VaultSession,
    clock: FixedClock,
    vault_paths: VaultPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_user(session, CW, Role.CASEWORKER, CW_FIRST, FAST_KDF)
    lock(session)
    monkeypatch.setattr(
        change_passphrase_dialog.ChangePassphraseDialog,
        "exec",
        lambda self: QDialog.DialogCode.Rejected.value,
    )
    controller = AppController(
        vault_paths, clock, FAST_KDF, Lang.EN, pool=WorkerPool(synchronous=True)
    )
    try:
        controller.start()
        window = controller.unlock_window
        window.user.setCurrentText(CW)
        window.passphrase.setText(CW_FIRST)
        with qtbot.waitSignal(controller.locked, timeout=5000):
            window.unlock_button.click()
        assert controller.session is None
    finally:
        controller.shutdown()


def test_removing_an_account_asks_first_and_rekeys(
    qtbot, session: VaultSession, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = add_user(session, CW, Role.CASEWORKER, CW_FIRST, FAST_KDF)
    section = AccountsSection(page_context(session, clock))
    qtbot.addWidget(section)
    section.select_user(user.id)
    assert section.remove_button.isEnabled()
    answers = iter([False, True])
    monkeypatch.setattr(Question, "ask", staticmethod(lambda *a, **k: next(answers)))
    section.remove_button.click()
    assert section.model.rowCount() == 2, "saying no must keep the account"
    section.remove_button.click()
    assert section.model.rowCount() == 1
    assert audit.query_events(session.conn, action=Action.VAULT_REKEYED)


def test_audit_section_filters_and_shows_the_chain_state(
    qtbot, session: VaultSession, clock: FixedClock
) -> None:
    with session.write() as conn:
        session.audit(conn, Action.CLIENT_VIEWED, "client", "C-000007")
    section = AuditSection(page_context(session, clock))
    qtbot.addWidget(section)
    assert section.chain.text().startswith("Audit trail intact")
    section.client.setText("C-000007")
    section.client.editingFinished.emit()
    assert section.model.rowCount() == 1
    assert section.model.index(0, 2).data() == "Client viewed"
    session.conn.execute("UPDATE audit SET action = 'client-changed' WHERE id = 1")
    section.check()
    assert "broken at event 1" in section.chain.text()


def test_models_pass_the_model_tester(
    qtmodeltester, session: VaultSession, clock: FixedClock, qtbot
) -> None:
    add_user(session, CW, Role.CASEWORKER, CW_FIRST, FAST_KDF)
    accounts = AccountsSection(page_context(session, clock))
    qtbot.addWidget(accounts)
    qtmodeltester.check(accounts.model)
    audit_section = AuditSection(page_context(session, clock))
    qtbot.addWidget(audit_section)
    qtmodeltester.check(audit_section.model)


def test_the_removal_rekey_runs_on_a_worker_and_says_why_it_has_no_cancel(
    qtbot, session: VaultSession, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding 9: the re-key is off the GUI thread; its dialog has no Cancel and says why
    (PRAGMA rekey cannot stop halfway; the next unlock finishes a killed one)."""
    import threading

    from intake_app.ui.accounts import accounts_section

    user = add_user(session, CW, Role.CASEWORKER, CW_FIRST, FAST_KDF)
    pool = WorkerPool()
    section = AccountsSection(page_context(session, clock, pool=pool))
    qtbot.addWidget(section)
    section.select_user(user.id)
    monkeypatch.setattr(Question, "ask", staticmethod(lambda *a, **k: True))
    threads: list[int] = []
    dialogs: list[tuple[str, object]] = []
    real_remove, real_run = accounts_section.remove_user, accounts_section.run_with_progress

    def recording_remove(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return real_remove(*args, **kwargs)

    def recording_run(parent, label, job, workers, **kwargs):  # type: ignore[no-untyped-def]
        dialogs.append((label, kwargs.get("cancel_text")))
        return real_run(parent, label, job, workers, **kwargs)

    monkeypatch.setattr(accounts_section, "remove_user", recording_remove)
    monkeypatch.setattr(accounts_section, "run_with_progress", recording_run)
    section.remove_button.click()
    pool.cancel_all_and_wait()
    assert threads and threads[0] != threading.get_ident()
    [(label, cancel_text)] = dialogs
    assert "cannot be stopped halfway" in label and cancel_text is None
    assert section.model.rowCount() == 1
    assert audit.query_events(session.conn, action=Action.VAULT_REKEYED)
