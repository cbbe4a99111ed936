"""Back in with the recovery key: the user's name, the key, and a new passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intake_app.clock import Clock
from intake_app.errors import KnownError
from intake_app.vault.keyslots import KdfPolicy
from intake_app.vault.lifecycle import unlock_with_recovery
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession

from intake_app.ui.error_text import error_text
from intake_app.ui.widgets.message_label import error_label
from intake_app.ui.widgets.passphrase_fields import PassphraseFields
from intake_app.ui.workers import Worker, WorkerPool


class RecoveryDialog(QDialog):
    """On success, `session` holds the unlocked vault and the dialog is accepted."""

    def __init__(
        self,
        paths: VaultPaths,
        clock: Clock,
        policy: KdfPolicy,
        pool: WorkerPool,
        user_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths, self.clock, self.policy, self.pool = paths, clock, policy, pool
        self.session: VaultSession | None = None
        self._worker: Worker | None = None
        self.setWindowTitle(self.tr("Unlock with the recovery key"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Type the recovery key printed when the vault was created, then choose a new "
                "passphrase for your account."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.user = QLineEdit(user_name, self)
        self.user.setObjectName("recovery-user")
        self.key = QLineEdit(self)
        self.key.setObjectName("recovery-key")
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.fields = PassphraseFields(self)
        self.message = error_label(self, "recovery-message")
        user_label = QLabel(self.tr("&Your name:"), self)
        user_label.setBuddy(self.user)
        key_label = QLabel(self.tr("&Recovery key:"), self)
        key_label.setBuddy(self.key)
        self.fields.prepend_row(key_label, self.key)
        self.fields.prepend_row(user_label, self.user)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Unlock and save"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.user.textChanged.connect(lambda t: self.fields.set_names(t))
        self.fields.changed.connect(lambda _ok: self._refresh())
        self.key.textChanged.connect(lambda _t: self._refresh())
        self._refresh()

    def _refresh(self) -> None:
        ready = bool(self.user.text().strip() and self.key.text().strip())
        self.ok.setEnabled(ready and self.fields.acceptable() and self._worker is None)

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        name, key, new = self.user.text().strip(), self.key.text(), self.fields.passphrase()
        self.message.setText(self.tr("Unlocking…"))
        worker = Worker(
            lambda _p, _c: unlock_with_recovery(self.paths, name, key, new, self.policy, self.clock)
        )
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self._refresh()
        self.pool.start(worker)

    def _done(self, session: VaultSession) -> None:
        self._worker = None
        self.session = session
        self.key.clear()
        self.fields.clear()
        self.accept()

    def _failed(self, exc: KnownError) -> None:
        self._worker = None
        self.message.setText(error_text(exc))
        self._refresh()
