"""The first hour of a new agency: wizard → recovery key → main window → lock → unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from intake_app.clock import FixedClock
from intake_app.vault.paths import VaultPaths
from tests.conftest import ADMIN_PASSPHRASE

from intake_app.ui.controller import AppController
from intake_app.ui.main_window import MainWindow
from intake_app.ui.unlock_window import UnlockWindow


def _walk_wizard(qtbot, controller: AppController) -> MainWindow:
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.org_page.name.setText("Centre Exemple")
    wizard.next()
    page = wizard.coordinator_page
    page.user.setText("Marie Tremblay")
    page.fields.first.setText("short")
    assert not page.isComplete(), "a weak passphrase must not be accepted"
    assert "12 characters" in page.fields.hint.text()
    page.fields.first.setText(ADMIN_PASSPHRASE)
    page.fields.second.setText(ADMIN_PASSPHRASE)
    assert page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.key_page
    key = wizard.key_page.key_label.text()
    assert len(key.replace("-", "")) == 32
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.key_page.copy_key()
    assert QApplication.clipboard().text() == key
    wizard.key_page.stored.setChecked(True)
    with qtbot.waitSignal(controller.unlocked, timeout=5000) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert QApplication.clipboard().text() != key, "the recovery key is left on the clipboard"
    return blocker.args[0]


def test_wizard_creates_the_vault_and_opens_the_main_window(
    qtbot, controller: AppController, vault_paths: VaultPaths
) -> None:
    window = _walk_wizard(qtbot, controller)
    assert vault_paths.db.exists() and vault_paths.keyslots.exists()
    assert window.windowTitle() == "Passerelle"
    assert window.org_label.text() == "Centre Exemple"
    assert "Marie Tremblay" in window.user_label.text()
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[-1] == "Settings"
    assert titles[0] == "Today"
    assert len(titles) == 6


def test_ctrl_l_locks_and_nothing_of_the_main_window_remains(
    qtbot, controller: AppController
) -> None:
    window = _walk_wizard(qtbot, controller)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    with qtbot.waitSignal(controller.locked, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.session is None
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert all(isinstance(w, UnlockWindow) for w in visible), visible
    qtbot.waitUntil(
        lambda: not any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets())
    )


def test_wrong_then_right_passphrase_unlocks_after_the_wait(
    qtbot, controller: AppController, clock: FixedClock
) -> None:
    window = _walk_wizard(qtbot, controller)
    window.lock_action.trigger()
    unlock = controller.unlock_window
    assert unlock is not None
    unlock.user.setCurrentText("Marie Tremblay")
    unlock.passphrase.setText("this is not it at all")
    unlock.unlock_button.click()
    assert "not right" in unlock.message.text()
    assert not unlock.unlock_button.isEnabled(), "a failed attempt must make the next one wait"
    clock.advance(seconds=2)
    qtbot.waitUntil(unlock.unlock_button.isEnabled, timeout=3000)
    unlock.passphrase.setText(ADMIN_PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert controller.session is not None


def test_idle_time_locks_the_vault(qtbot, controller: AppController) -> None:
    controller.idle_ms_override = 150
    _walk_wizard(qtbot, controller)
    with qtbot.waitSignal(controller.locked, timeout=3000):
        pass
    assert controller.session is None
    assert controller.unlock_window is not None and controller.unlock_window.isVisible()


def test_the_wait_after_failures_survives_a_restart(
    qtbot, controller: AppController, clock: FixedClock, vault_paths: VaultPaths
) -> None:
    window = _walk_wizard(qtbot, controller)
    window.lock_action.trigger()
    unlock = controller.unlock_window
    unlock.user.setCurrentText("Marie Tremblay")
    for _ in range(3):
        clock.advance(seconds=10)
        qtbot.waitUntil(unlock.unlock_button.isEnabled, timeout=3000)
        unlock.passphrase.setText("wrong again and again")
        unlock.unlock_button.click()
    controller.shutdown()
    restarted = UnlockWindow(vault_paths, clock, controller.pool)
    qtbot.addWidget(restarted)
    assert not restarted.unlock_button.isEnabled()
    assert "wait 4 s" in restarted.message.text()


def test_a_damaged_vault_file_offers_a_backup_and_stays_unchanged(
    qtbot, controller: AppController, vault_paths: VaultPaths
) -> None:
    window = _walk_wizard(qtbot, controller)
    window.lock_action.trigger()
    for sidecar in vault_paths.sidecars():
        sidecar.unlink(missing_ok=True)
    vault_paths.db.write_bytes(b"\x00garbage" * 4096)
    before = vault_paths.db.read_bytes()
    unlock = controller.unlock_window
    unlock.user.setCurrentText("Marie Tremblay")
    unlock.passphrase.setText(ADMIN_PASSPHRASE)
    unlock.unlock_button.click()
    assert "damaged" in unlock.message.text()
    assert unlock.restore.isVisibleTo(unlock)
    assert controller.session is None
    assert vault_paths.db.read_bytes() == before


def test_restore_button_on_a_damaged_vault_opens_the_restore_flow(
    qtbot, controller: AppController, vault_paths: VaultPaths, monkeypatch
) -> None:
    calls: list[VaultPaths] = []
    monkeypatch.setattr(
        "intake_app.ui.safekeeping.restore_flow.offer_restore",
        lambda paths, clock, pool, parent: calls.append(paths) or True,
    )
    window = _walk_wizard(qtbot, controller)
    window.lock_action.trigger()
    vault_paths.keyslots.write_bytes(b"{broken")
    unlock = controller.unlock_window
    unlock.user.setCurrentText("Marie Tremblay")
    unlock.passphrase.setText(ADMIN_PASSPHRASE)
    unlock.unlock_button.click()
    assert unlock.restore.isVisibleTo(unlock)
    unlock.restore.click()
    assert calls == [vault_paths]


def test_general_settings_save_follow_up_days_and_idle_minutes(
    qtbot, controller: AppController
) -> None:
    from intake_app.settings import read_setting

    window = _walk_wizard(qtbot, controller)
    page = window.page_named("SettingsPage")
    general = page.sections[0]
    general.follow_today.setValue(3)
    general.idle_minutes.setValue(12)
    general.save_button.click()
    session = controller.session
    assert read_setting(session, "referrals.follow_up_days.today") == 3
    assert read_setting(session, "security.idle_lock_minutes") == 12
    assert controller.idle._timer.interval() == 12 * 60_000


def test_sleep_or_screen_lock_announced_by_the_desktop_locks_the_vault(
    qtbot, controller: AppController
) -> None:
    _walk_wizard(qtbot, controller)
    controller.session_watch.on_screen_saver(False)
    assert controller.session is not None, "the screen saver turning off must not lock"
    with qtbot.waitSignal(controller.locked, timeout=2000):
        controller.session_watch.on_sleep(True)
    assert controller.session is None


def test_settings_sections_are_built_when_the_page_is_first_needed(
    qtbot, controller: AppController
) -> None:
    window = _walk_wizard(qtbot, controller)
    page = window.page_named("SettingsPage")
    assert page._sections is None, "nothing of Settings is on the first screen"
    window.show_page(page)
    assert page._sections is not None and page.tabs.count() == len(page.sections) > 0
