"""The unlock window: who you are, your passphrase, Unlock — and a way back in with the
recovery key. Wrong attempts wait longer each time; the wait survives a restart."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.clock import Clock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.lifecycle import unlock
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from intake_app.vault.throttle import AttemptStore

from intake_app.ui.error_text import error_text
from intake_app.ui.widgets.message_label import error_label
from intake_app.ui.widgets.tab_order import tab_in_order
from intake_app.ui.workers import Worker, WorkerPool

RECENT_USERS_KEY = "unlock/recent_users"
_DAMAGED = frozenset(
    {
        ErrorCode.NOT_A_VAULT,
        ErrorCode.KEYSLOTS_MISSING,
        ErrorCode.KEYSLOTS_DAMAGED,
        ErrorCode.VAULT_DAMAGED,
        ErrorCode.VAULT_TAMPERED,
    }
)
MAX_RECENT_USERS = 8


class UnlockWindow(QWidget):
    """Emits `unlocked(VaultSession)`; `recovery_requested()` opens the recovery dialog."""

    unlocked = Signal(object)
    recovery_requested = Signal()
    restore_requested = Signal()
    language_changed = Signal(str)

    def __init__(
        self,
        paths: VaultPaths,
        clock: Clock,
        pool: WorkerPool,
        demo_hint: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.clock = clock
        self.pool = pool
        self._worker: Worker | None = None
        self.setObjectName("unlock-window")
        self.setWindowTitle("Passerelle")
        self.setMinimumSize(560, 460)

        title = QLabel("Passerelle", self)
        title.setObjectName("app-title")
        font = title.font()
        font.setPointSize(font.pointSize() + 10)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel(self.tr("Unlock the vault to continue."), self)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.demo_banner = QLabel(self)
        self.demo_banner.setObjectName("demo-banner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Colours from the palette (tool-tip roles: a quiet notice in light and dark themes).
        self.demo_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.demo_banner.setMargin(8)
        self.demo_banner.setAutoFillBackground(True)
        self.demo_banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.demo_banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.demo_banner.setFixedWidth(500)
        self.demo_banner.setVisible(demo_hint is not None)

        self.user = QComboBox(self)
        self.user.setEditable(True)
        self.user.setObjectName("user-name")
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user.addItems(recent_users(QSettings()))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("unlock-button")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.message = error_label(self, "unlock-message")
        self.message.setMinimumHeight(40)
        self.forgot = QPushButton(self.tr("&Forgot your passphrase?"), self)
        self.forgot.setObjectName("forgot-button")
        self.forgot.setFlat(True)
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.restore = QPushButton(self.tr("&Restore a backup…"), self)
        self.restore.setObjectName("restore-button")
        self.restore.setVisible(False)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")

        card = QFrame(self)
        card.setObjectName("unlock-card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(500)
        form = QFormLayout()
        self.user_label = QLabel(self.tr("&Your name:"), card)
        self.user_label.setBuddy(self.user)
        self.passphrase_label = QLabel(self.tr("&Passphrase:"), card)
        self.passphrase_label.setBuddy(self.passphrase)
        form.addRow(self.user_label, self.user)
        form.addRow(self.passphrase_label, self.passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot)
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        card_layout.addLayout(form)
        card_layout.addWidget(self.message)
        card_layout.addLayout(buttons)

        lang_row = QHBoxLayout()
        lang_row.addStretch(1)
        self.language_label = QLabel(self.tr("Language:"), self)
        self.language_label.setBuddy(self.language)
        lang_row.addWidget(self.language_label)
        lang_row.addWidget(self.language)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(title)
        outer.addWidget(self.subtitle)
        outer.addSpacing(12)
        outer.addWidget(self.demo_banner, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addSpacing(10)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        outer.addLayout(lang_row)

        self._demo_hint = demo_hint
        if demo_hint is not None:
            self.user.setCurrentText(demo_hint[0])
        elif self.user.count():
            self.user.setCurrentIndex(0)
        self._retranslate_demo()

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._seconds_left = 0
        self._keep_message = False

        tab_in_order(
            self.user,
            self.passphrase,
            self.forgot,
            self.restore,
            self.unlock_button,
            self.language,
        )
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.forgot.clicked.connect(self.recovery_requested)
        self.restore.clicked.connect(self.restore_requested)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.language.currentData())
        )
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.passphrase.clear)

        self._start_countdown(AttemptStore(paths.attempts).load().seconds_left(clock.now()))

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    def retranslate(self) -> None:
        self.subtitle.setText(self.tr("Unlock the vault to continue."))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.forgot.setText(self.tr("&Forgot your passphrase?"))
        self.restore.setText(self.tr("&Restore a backup…"))
        self.user_label.setText(self.tr("&Your name:"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.language_label.setText(self.tr("Language:"))
        self._retranslate_demo()
        if self._seconds_left:
            self._show_wait()
        else:
            self.message.clear()

    def _retranslate_demo(self) -> None:
        if self._demo_hint is None:
            return
        name, passphrase = self._demo_hint
        self.demo_banner.setText(
            self.tr(
                "Demo vault with fictional people and services; it is deleted when you quit.\n"
                "Name: %1    Passphrase: %2"
            )
            .replace("%1", name)
            .replace("%2", passphrase)
        )
        # A wrapped label in a layout does not grow for its own text; French wraps to
        # three lines, so the height is set from the text at the fixed width.
        self.demo_banner.setFixedHeight(self.demo_banner.heightForWidth(500))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.passphrase if self.user.currentText() else self.user).setFocus()

    # -- unlocking -----------------------------------------------------------------------

    def try_unlock(self) -> None:
        if self._worker is not None or self._seconds_left:
            return
        name = self.user.currentText().strip()
        passphrase = self.passphrase.text()
        if not name:
            self.message.setText(self.tr("Type your name."))
            self.user.setFocus()
            return
        if not passphrase:
            self.message.setText(error_text(KnownError(ErrorCode.EMPTY_PASSPHRASE)))
            self.passphrase.setFocus()
            return
        self._set_busy(True)
        self.message.setText(self.tr("Unlocking…"))
        worker = Worker(lambda _p, _c: unlock(self.paths, name, passphrase, self.clock))
        worker.signals.finished.connect(self._on_unlocked)
        worker.signals.failed.connect(self._on_failed)
        self._worker = worker
        self.pool.start(worker)

    def _on_unlocked(self, session: VaultSession) -> None:
        self._worker = None
        self._set_busy(False)
        self.passphrase.clear()
        self.message.clear()
        remember_user(session.user.name)
        self.unlocked.emit(session)

    def _on_failed(self, exc: KnownError) -> None:
        self._worker = None
        self._set_busy(False)
        self.passphrase.clear()
        self.passphrase.setFocus()
        if exc.code is ErrorCode.UNLOCK_THROTTLED:
            self._start_countdown(int(exc.params.get("seconds", 1)))
            return
        self.message.setText(error_text(exc))
        if exc.code in _DAMAGED:
            # The file is left as it is; the way forward is the latest backup.
            self.restore.setVisible(True)
        if exc.code is ErrorCode.WRONG_PASSPHRASE:
            wait = AttemptStore(self.paths.attempts).load().seconds_left(self.clock.now())
            self._start_countdown(wait, keep_message=True)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.user, self.passphrase, self.unlock_button, self.forgot):
            widget.setEnabled(not busy)

    # -- waiting after failures ------------------------------------------------------------

    def _start_countdown(self, seconds: int, keep_message: bool = False) -> None:
        self._seconds_left = max(0, seconds)
        if not self._seconds_left:
            return
        self.unlock_button.setEnabled(False)
        self._keep_message = keep_message
        self._show_wait()
        self._countdown.start()

    def _show_wait(self) -> None:
        wait = self.tr("Please wait %n s before the next try.", "", self._seconds_left)
        if self._keep_message:
            first = self.message.text().split("\n")[0]
            self.message.setText(f"{first}\n{wait}")
        else:
            self.message.setText(wait)

    def _tick(self) -> None:
        """Recompute from the stored attempts and the clock, so a restart or a test clock
        sees the same wait."""
        self._seconds_left = AttemptStore(self.paths.attempts).load().seconds_left(self.clock.now())
        if self._seconds_left <= 0:
            self._seconds_left = 0
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
            text = self.message.text().split("\n")[0] if self._keep_message else ""
            self.message.setText(text)
        else:
            self._show_wait()


def recent_users(settings: QSettings) -> list[str]:
    """The last user names typed here (staff, not clients), newest first."""
    recent = settings.value(RECENT_USERS_KEY, [], type=list)
    return [str(n) for n in recent] if isinstance(recent, list) else []


def remember_user(name: str) -> None:
    """Keep the last user names (staff, not clients) for the name box."""
    settings = QSettings()
    recent = recent_users(settings)
    recent = [name] + [n for n in recent if n.casefold() != name.casefold()]
    settings.setValue(RECENT_USERS_KEY, recent[:MAX_RECENT_USERS])
