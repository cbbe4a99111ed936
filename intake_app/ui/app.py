"""Start-up: the Qt application, translations, the one-instance lock, demo mode, the crash
hook — and then the controller, which decides which window to show."""

from __future__ import annotations

import logging
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from intake_app import APP_NAME, __version__
from intake_app.clock import SystemClock
from intake_app.crash_log import describe_bug
from intake_app.errors import KnownError
from intake_app.resources import resources_dir
from intake_app.start_options import StartOptions
from intake_app.vault.instance_lock import InstanceLock
from intake_app.vault.keyslots import KdfPolicy
from intake_app.vault.paths import VaultPaths, default_data_dir
from intake_app.vault.restore import recover_interrupted_restore

from intake_app.ui.controller import AppController
from intake_app.ui.error_text import error_text
from intake_app.ui.i18n import chosen_language, install_translators
from intake_app.ui.shipped_fonts import register_shipped_fonts
from intake_app.ui.widgets.sort_arrows import ReadableSortArrows

log = logging.getLogger(__name__)
_STARTED = time.perf_counter()


class PasserelleApplication(QApplication):
    """Our QApplication: names for QSettings, and nothing else global."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.setOrganizationName(APP_NAME)
        self.setApplicationName(APP_NAME)
        self.setApplicationDisplayName(APP_NAME)
        self.setApplicationVersion(__version__)
        self.setDesktopFileName("intake-app")
        self.setStyle(ReadableSortArrows(self.style().name()))
        icon = resources_dir() / "icons" / "passerelle.svg"
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        register_shipped_fonts()  # reading languages' own names legible on every machine


def install_crash_hook(show_dialog: bool) -> None:
    """Log a bug without personal data (exception type and frames, no message, no locals)
    and show a calm dialog. The hook resets itself first so a failing dialog cannot loop."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        sys.excepthook = sys.__excepthook__
        log.error("unexpected error %s", describe_bug(exc.with_traceback(tb)))
        if show_dialog and QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                APP_NAME,
                QApplication.translate(
                    "crash",
                    "Something went wrong inside Passerelle. Everything saved before this "
                    "moment is safe. Please tell your coordinator what you were doing.",
                ),
            )
            sys.excepthook = hook
        else:
            QApplication.exit(70)

    sys.excepthook = hook


def _demo_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="passerelle-demo-"))


def run_gui(options: StartOptions) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = PasserelleApplication(sys.argv[:1])
    install_crash_hook(show_dialog=options.crash_dialog)
    lang = chosen_language(options.lang)
    install_translators(lang)
    clock = SystemClock()
    policy = KdfPolicy()

    demo_dir: Path | None = None
    demo_hint: tuple[str, str] | None = None
    if options.demo:
        from intake_app.demo import DEMO_PASSPHRASE, DEMO_USER, create_demo_vault

        demo_dir = _demo_folder()
        paths = VaultPaths(demo_dir / "vault")
        print("Passerelle demo: creating a throw-away vault with fictional data…", flush=True)
        try:
            create_demo_vault(paths, clock, policy).session.close()
        except KnownError as exc:
            shutil.rmtree(demo_dir, ignore_errors=True)
            print(f"intake-app: {exc.cli_text()}", file=sys.stderr)
            return 1
        print(f"  name:       {DEMO_USER}\n  passphrase: {DEMO_PASSPHRASE}", flush=True)
        print("  (the demo folder is deleted when you quit)", flush=True)
        demo_hint = (DEMO_USER, DEMO_PASSPHRASE)
    else:
        paths = VaultPaths(options.data_dir or default_data_dir())

    instance = InstanceLock(paths.lock)
    try:
        paths.ensure_dir()
        instance.acquire()
    except KnownError as exc:
        QMessageBox.warning(None, APP_NAME, error_text(exc))
        return 1
    except OSError:
        QMessageBox.warning(None, APP_NAME, app.translate("app", "The data folder cannot be used."))
        return 1

    # A restore cut short (power loss) is rolled back before anything looks at the folder.
    try:
        recover_interrupted_restore(paths)
    except KnownError as exc:
        QMessageBox.warning(None, APP_NAME, error_text(exc))
        instance.release()
        return 1

    # Ctrl+C in the terminal quits cleanly (and deletes the demo folder).
    signal.signal(signal.SIGINT, lambda *_a: app.quit())
    signal.signal(signal.SIGTERM, lambda *_a: app.quit())
    heartbeat = QTimer()
    heartbeat.start(500)
    heartbeat.timeout.connect(lambda: None)  # lets Python see signals while Qt waits

    controller = AppController(paths, clock, policy, lang, demo_hint=demo_hint)
    if options.exit_when_shown:

        def _shown(_window: object) -> None:
            print(f"shown {time.perf_counter() - _STARTED:.3f}", flush=True)
            QTimer.singleShot(0, app.quit)

        controller.unlock_window_shown.connect(_shown)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    try:
        code = app.exec()
    finally:
        instance.release()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
    return int(code)
