"""Change one's own passphrase; also the forced change at a first unlock.

When a coordinator has set (or reset) someone's passphrase, the person must replace it
before working: the dialog is then `forced` — its only ways out are saving a new
passphrase or locking the vault again (the caller locks when `exec()` returns false).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intake_app.accounts.manage import change_own_passphrase
from intake_app.errors import KnownError
from intake_app.vault.keyslots import KdfPolicy
from intake_app.vault.session import VaultSession

from intake_app.ui.error_text import error_text
from intake_app.ui.widgets.message_label import error_label
from intake_app.ui.widgets.passphrase_fields import PassphraseFields
from intake_app.ui.workers import Worker, WorkerPool


class ChangePassphraseDialog(QDialog):
    def __init__(
        self,
        session: VaultSession,
        policy: KdfPolicy,
        *,
        forced: bool = False,
        pool: WorkerPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("change-passphrase-dialog")
        self.session, self.policy, self.forced = session, policy, forced
        self.pool = pool or WorkerPool()
        self._worker: Worker | None = None
        self.setWindowTitle(self.tr("Change your passphrase"))
        self.setMinimumWidth(560)
        if forced:
            text = self.tr(
                "Your coordinator gave you a first passphrase. Choose your own now: only you "
                "will know it. Type the first passphrase once more, then your new one."
            )
        else:
            text = self.tr(
                "Type your current passphrase, then the new one twice. Your new passphrase "
                "works from the next unlock."
            )
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.current = QLineEdit(self)
        self.current.setObjectName("current-passphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        current_label = QLabel(
            self.tr("&First passphrase:") if forced else self.tr("&Current passphrase:"), self
        )
        current_label.setBuddy(self.current)
        self.fields = PassphraseFields(self)
        self.fields.first_label.setText(self.tr("&New passphrase:"))
        self.fields.set_names(session.user.name)
        self.fields.prepend_row(current_label, self.current)
        self.message = error_label(self, "change-passphrase-message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Save new passphrase"))
        self.ok.setObjectName("save-passphrase")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Lock instead") if forced else self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(lambda _ok: self._refresh())
        self.current.textChanged.connect(lambda _t: self._refresh())
        self._refresh()

    def _refresh(self) -> None:
        ready = bool(self.current.text()) and self.fields.acceptable()
        self.ok.setEnabled(ready and self._worker is None)

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        current, new = self.current.text(), self.fields.passphrase()
        session, policy = self.session, self.policy
        self.message.setText(self.tr("Saving…"))
        worker = Worker(lambda _p, _c: change_own_passphrase(session, current, new, policy))
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self._refresh()
        self.pool.start(worker)

    def _done(self, _result: object) -> None:
        self._worker = None
        self.current.clear()
        self.fields.clear()
        self.accept()

    def _failed(self, exc: KnownError) -> None:
        self._worker = None
        self.current.clear()
        self.current.setFocus()
        self.message.setText(error_text(exc))
        self._refresh()

    def reject(self) -> None:
        if self._worker is not None:
            return  # let the save finish; the key file must not be left half-written
        super().reject()
