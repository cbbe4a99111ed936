"""Which window is on screen: the setup wizard, the unlock window or the main window.

The controller owns the unlocked session while it lasts. Locking (Ctrl+L, the toolbar,
idle time) cancels background work and waits for it, destroys the main window with every
page and model, closes the vault (connections closed, key overwritten), clears the
clipboard if it holds our text, and shows a fresh unlock window.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from intake_app.clock import Clock
from intake_app.domain.common import Lang
from intake_app.settings import read_setting
from intake_app.vault.instance_lock import InstanceLock
from intake_app.vault.keyslots import KdfPolicy
from intake_app.vault.lifecycle import lock
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession

from intake_app.ui.clipboard import SecureClipboard
from intake_app.ui.i18n import LANGUAGE_KEY, install_translators
from intake_app.ui.idle import IdleWatcher
from intake_app.ui.page_check_wait import wait_while_painting
from intake_app.ui.session_watch import SessionWatcher
from intake_app.ui.unlock_window import UnlockWindow
from intake_app.ui.widgets.screen_fit import available_geometry, fit_to_screen
from intake_app.ui.workers import Worker, WorkerPool

# The main window, its pages and the wizard are imported when first needed (the
# unlock window loads them in the background while it waits): start paints sooner.
if TYPE_CHECKING:
    from intake_app.ui.context import AppContext
    from intake_app.ui.main_window import MainWindow
    from intake_app.ui.setup_wizard import SetupWizard

log = logging.getLogger(__name__)

GEOMETRY_KEY = "window/main_geometry"
# The directory is prepared this long after the main window is shown: after its first
# paint, long before a caseworker can open a client's Services tab.
PREPARE_AFTER_MS = 50


def _preload(lang: Lang) -> None:
    """Import the main window and its pages off the GUI thread (see `pages.registry`)."""
    from intake_app.ui.pages.registry import preload

    preload(lang)


class AppController(QObject):
    unlocked = Signal(object)  # MainWindow
    locked = Signal()
    unlock_window_shown = Signal(object)  # UnlockWindow

    def __init__(
        self,
        paths: VaultPaths,
        clock: Clock,
        policy: KdfPolicy,
        lang: Lang,
        *,
        demo_hint: tuple[str, str] | None = None,
        idle_ms: int | None = None,
        pool: WorkerPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths, self.clock, self.policy, self.lang = paths, clock, policy, lang
        self.demo_hint = demo_hint
        self.idle_ms_override = idle_ms
        self.pool = pool or WorkerPool()
        self.clipboard = SecureClipboard(self)
        self.session: VaultSession | None = None
        self.main_window: MainWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.wizard: SetupWizard | None = None
        self.leftovers_dialog: QWidget | None = None
        self._folder_locks: list[InstanceLock] = []
        self._preloaded = False
        self.directory_prepared: Worker | None = None  # the last background preparation
        self.idle = IdleWatcher(5 * 60_000, self)
        self.idle.idle.connect(self.lock_now)
        self.session_watch = SessionWatcher(self)
        self.session_watch.lock_requested.connect(self.lock_now)

    # -- start ---------------------------------------------------------------------------

    def start(self) -> None:
        self.session_watch.start()
        if self.paths.db.exists():
            self.show_unlock()
        elif self.paths.leftovers():
            self.show_leftovers(self.paths.leftovers())
        else:
            self.show_wizard()

    def show_leftovers(self, found: list[str]) -> None:
        """Another vault's files but no database: restore or another folder, never a wizard
        that would write a new key file over the old one."""
        from intake_app.ui.leftovers_dialog import LeftoversDialog

        dialog = LeftoversDialog(found)
        dialog.buttonClicked.connect(lambda button: self._leftovers_answered(dialog, button))
        self.leftovers_dialog = dialog
        dialog.open()

    def _leftovers_answered(self, dialog: QWidget, button: object) -> None:
        from intake_app.ui.file_dialogs import choose_folder
        from intake_app.ui.leftovers_dialog import LeftoversDialog
        from intake_app.ui.safekeeping.restore_flow import offer_restore

        assert isinstance(dialog, LeftoversDialog)
        self.leftovers_dialog = None
        if button is dialog.restore_button:
            offer_restore(self.paths, self.clock, self.pool, None)
        elif button is dialog.other_folder_button:
            folder = choose_folder(None, self.tr("Choose a folder for the new vault"))
            if folder is not None:
                self._move_to(VaultPaths(folder))
        else:
            QApplication.quit()
            return
        self.start()

    def _move_to(self, paths: VaultPaths) -> None:
        """Use another data folder (its own instance lock, held until quitting)."""
        from intake_app.errors import KnownError

        from intake_app.ui.dialogs import Alert

        lock = InstanceLock(paths.lock)
        try:
            paths.ensure_dir()
            lock.acquire()
        except KnownError as exc:
            Alert.error(None, exc)
            return
        self._folder_locks.append(lock)
        self.paths = paths

    def show_wizard(self) -> None:
        from intake_app.ui.setup_wizard import SetupWizard

        self.wizard = SetupWizard(self.paths, self.clock, self.policy, self.pool)
        self.wizard.finished_with.connect(self._on_session)
        self.wizard.rejected.connect(QApplication.quit)
        self.wizard.show()

    def show_unlock(self) -> None:
        window = UnlockWindow(self.paths, self.clock, self.pool, self.demo_hint)
        window.set_language(self.lang.value)
        window.unlocked.connect(self._on_session)
        window.recovery_requested.connect(self._recover)
        window.restore_requested.connect(self._restore)
        window.language_changed.connect(self.change_language)
        fit_to_screen(window, QSize(760, 560))
        self.unlock_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        self.unlock_window_shown.emit(window)
        if not self._preloaded and not self.pool.synchronous:
            self._preloaded = True
            lang = self.lang
            self.pool.start(Worker(lambda _p, _c: _preload(lang)))

    def _recover(self) -> None:
        from intake_app.ui.recovery_dialog import RecoveryDialog

        assert self.unlock_window is not None
        dialog = RecoveryDialog(
            self.paths,
            self.clock,
            self.policy,
            self.pool,
            self.unlock_window.user.currentText(),
            self.unlock_window,
        )
        if dialog.exec() and dialog.session is not None:
            self._on_session(dialog.session)

    def _restore(self) -> None:
        """Put a backup in place (no session is open while the unlock window shows)."""
        from intake_app.ui.safekeeping.restore_flow import offer_restore

        if self.session is not None:
            return
        offer_restore(self.paths, self.clock, self.pool, self.unlock_window)
        if self.unlock_window is not None:
            self.unlock_window.restore.setVisible(False)
            self.unlock_window.message.clear()

    def _lock_and_restore(self) -> None:
        self.lock_now()
        self._restore()

    # -- unlocked ------------------------------------------------------------------------

    def _on_session(self, session: VaultSession) -> None:
        from intake_app.ui.context import AppContext
        from intake_app.ui.main_window import MainWindow

        self.session = session
        session.wait_for_check = wait_while_painting  # a save in the first seconds of a large vault
        context = AppContext(session, self.clock, self.policy, self.lang, self.pool, self.clipboard)
        window = MainWindow(context)
        window.lock_requested.connect(self.lock_now)
        window.language_change_requested.connect(self.change_language)
        from intake_app.ui.pages.settings_page import SettingsPage  # loaded with the window

        settings_page = window.page_named("SettingsPage")
        if isinstance(settings_page, SettingsPage):
            settings_page.settings_saved.connect(lambda _keys: self._apply_idle_setting())
            settings_page.restore_requested.connect(self._lock_and_restore)
        geometry = QSettings().value(GEOMETRY_KEY)
        first_time_on_small_screen = False
        if geometry is not None:
            window.restoreGeometry(geometry)
            # Saved on a bigger screen (a monitor at the office, the laptop today): keep
            # the whole window on this one.
            area = available_geometry(window)
            if window.width() > area.width() or window.height() > area.height():
                fit_to_screen(window, window.size())
        else:
            window.resize(1280, 720)
            screen = window.screen().availableGeometry()
            # Old laptops (1366×768) get the whole screen the first time.
            first_time_on_small_screen = screen.width() <= 1440 or screen.height() <= 800
        self.main_window = window
        for old in (self.unlock_window, self.wizard):
            if old is not None:
                old.hide()
                old.deleteLater()
        self.unlock_window = None
        self.wizard = None
        if first_time_on_small_screen:
            window.showMaximized()
        else:
            window.show()
        self._apply_idle_setting()
        app = QApplication.instance()
        if app is not None:
            self.idle.start(app)
        if not self.pool.synchronous:
            QTimer.singleShot(PREPARE_AFTER_MS, lambda: self._prepare_directory(context))
        self._after_unlock(window, session)
        self.unlocked.emit(window)

    def _prepare_directory(self, context: AppContext) -> None:
        """Prepare the routing directory and the Directory page's list off the GUI
        thread, on the worker's own connection (see `ui.directory.prepared`)."""
        from intake_app.ui.directory.prepared import prepare_all

        if self.session is not context.session or context.session.closed:
            return  # locked meanwhile
        today = self.clock.now().date()
        worker = Worker(
            lambda _p, cancelled: prepare_all(
                context.session,
                context.directory_list,
                context.directory_cache.adopt,
                context.ui_lang,
                today,
                cancelled,
            )
        )
        worker.signals.failed.connect(lambda _exc: log.warning("directory not prepared ahead"))
        self.directory_prepared = worker
        self.pool.start(worker)

    def _after_unlock(self, window: MainWindow, session: VaultSession) -> None:
        """A first passphrase set by a coordinator must be replaced before work starts."""
        if not session.user.must_change_passphrase:
            return
        try:
            from intake_app.ui.accounts.change_passphrase_dialog import ChangePassphraseDialog
        except ModuleNotFoundError:
            return
        dialog = ChangePassphraseDialog(session, self.policy, forced=True, parent=window)
        if not dialog.exec():
            self.lock_now()

    def _apply_idle_setting(self) -> None:
        if self.idle_ms_override is not None:
            self.idle.set_timeout_ms(self.idle_ms_override)
        elif self.session is not None and not self.session.closed:
            minutes = int(read_setting(self.session, "security.idle_lock_minutes"))
            self.idle.set_timeout_ms(minutes * 60_000)

    # -- lock and language ---------------------------------------------------------------

    def lock_now(self, show_unlock: bool = True) -> None:
        """Lock: cancel work, drop every view, close the vault, show the unlock window."""
        if self.session is None:
            return
        app = QApplication.instance()
        if app is not None:
            self.idle.stop(app)
        self.pool.cancel_all_and_wait()
        window, self.main_window = self.main_window, None
        if window is not None:
            QSettings().setValue(GEOMETRY_KEY, window.saveGeometry())
            window.shutdown()
            for child in window.findChildren(QWidget):
                if child.isWindow() and child.isVisible():
                    child.close()
            window.hide()
            window.deleteLater()
        session, self.session = self.session, None
        lock(session)
        self.clipboard.clear_on_lock()
        log.info("vault locked")
        self.locked.emit()
        if show_unlock:
            self.show_unlock()

    def change_language(self, code: str) -> None:
        self.lang = Lang(code)
        QSettings().setValue(LANGUAGE_KEY, code)
        install_translators(self.lang)
        if self.unlock_window is not None:
            self.unlock_window.retranslate()
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(
                self.tr("The new language applies fully the next time you unlock."), 8000
            )

    def shutdown(self) -> None:
        """On quit: lock if unlocked (which waits for background work)."""
        if self.session is not None:
            self.lock_now(show_unlock=False)
        self.pool.cancel_all_and_wait()
        for folder_lock in self._folder_locks:
            folder_lock.release()
        if self.unlock_window is not None:
            self.unlock_window.close()
