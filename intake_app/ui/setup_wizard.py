"""First run: the organization, the first coordinator, then the recovery key shown once.

The vault is created when the coordinator page is accepted (off the GUI thread: the key
derivation is deliberately slow). The recovery key page cannot be left until the person
ticks "I have stored it", and there is no way back once the vault exists.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from intake_app.clock import Clock
from intake_app.errors import KnownError
from intake_app.vault.keyslots import KdfPolicy
from intake_app.vault.lifecycle import CreatedVault, create_vault
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession

from intake_app.ui.clipboard import SecureClipboard
from intake_app.ui.error_text import error_text
from intake_app.ui.widgets.passphrase_fields import PassphraseFields
from intake_app.ui.workers import Worker, WorkerPool


class OrganizationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your organization"))
        self.setSubTitle(
            self.tr(
                "This appears on the letterhead of referral letters. You can change it "
                "later in Settings."
            )
        )
        self.name = QLineEdit(self)
        self.name.setObjectName("org-name")
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("org-address")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(90)
        intro = QLabel(
            self.tr(
                "Welcome to Passerelle. Setting up takes two minutes: your organization, "
                "the first coordinator's account, and a recovery key to keep safe."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        name_label = QLabel(self.tr("Organization na&me:"), self)
        name_label.setBuddy(self.name)
        address_label = QLabel(self.tr("&Address:"), self)
        address_label.setBuddy(self.address)
        form.addRow(name_label, self.name)
        form.addRow(address_label, self.address)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)
        self.name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())


class CoordinatorPage(QWizardPage):
    created = Signal(object)  # CreatedVault

    def __init__(
        self,
        paths: VaultPaths,
        clock: Clock,
        policy: KdfPolicy,
        pool: WorkerPool,
        org_page: OrganizationPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths, self.clock, self.policy, self.pool = paths, clock, policy, pool
        self.org_page = org_page
        self.result_: CreatedVault | None = None
        self._worker: Worker | None = None
        self.setTitle(self.tr("The first coordinator"))
        self.setSubTitle(
            self.tr(
                "The coordinator manages the directory, accounts and settings. Choose a "
                "passphrase only you know: it cannot be read back by anyone."
            )
        )
        self.user = QLineEdit(self)
        self.user.setObjectName("admin-name")
        self.fields = PassphraseFields(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("create-message")
        user_label = QLabel(self.tr("Your &name:"), self)
        user_label.setBuddy(self.user)
        self.fields.prepend_row(user_label, self.user)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.user.textChanged.connect(self._names_changed)
        self.fields.changed.connect(lambda _ok: self.completeChanged.emit())
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))

    def initializePage(self) -> None:
        self._names_changed()

    def _names_changed(self) -> None:
        self.fields.set_names(self.user.text(), self.org_page.name.text())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.user.text().strip()) and self.fields.acceptable() and self._worker is None

    def validatePage(self) -> bool:
        if self.result_ is not None:
            return True
        org = self.org_page.name.text().strip()
        address = self.org_page.address.toPlainText().strip()
        name, passphrase = self.user.text().strip(), self.fields.passphrase()
        self.message.setText(self.tr("Creating the encrypted vault…"))
        worker = Worker(
            lambda _p, _c: create_vault(
                self.paths,
                org_name=org,
                org_address=address,
                admin_name=name,
                passphrase=passphrase,
                policy=self.policy,
                clock=self.clock,
            )
        )
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self.completeChanged.emit()
        self.pool.start(worker)
        return False

    def _done(self, created: CreatedVault) -> None:
        self._worker = None
        self.result_ = created
        self.fields.clear()
        self.message.clear()
        self.created.emit(created)
        self.wizard().next()

    def _failed(self, exc: KnownError) -> None:
        self._worker = None
        self.message.setText(error_text(exc))
        self.completeChanged.emit()


class RecoveryKeyPage(QWizardPage):
    def __init__(self, clipboard: SecureClipboard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clipboard = clipboard
        self.key = ""
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If every passphrase is forgotten, this key is the only way into the vault. "
                "It is shown only now. Print it or write it down, and keep it locked away."
            )
        )
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recovery-key-text")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(mono.pointSize() + 5)
        mono.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet(
            "QLabel#recovery-key-text { border: 1px dashed palette(mid); border-radius: 6px;"
            " padding: 14px; background: palette(base); }"
        )
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.stored = QCheckBox(self.tr("I have &stored the recovery key in a safe place"), self)
        self.stored.setObjectName("stored-checkbox")
        self.copied_note = QLabel(self)
        self.copied_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addSpacing(8)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.copied_note)
        layout.addStretch(1)
        layout.addWidget(self.stored)
        self.copy_button.clicked.connect(self.copy_key)
        self.print_button.clicked.connect(self.print_key)
        self.stored.toggled.connect(lambda _c: self.completeChanged.emit())

    def set_key(self, key: str) -> None:
        self.key = key
        self.key_label.setText(key)

    def initializePage(self) -> None:
        self.wizard().button(QWizard.WizardButton.CancelButton).setEnabled(False)

    def isComplete(self) -> bool:
        return self.stored.isChecked()

    def copy_key(self) -> None:
        self.clipboard.copy(self.key)
        self.copied_note.setText(self.tr("Copied. The clipboard will be emptied in one minute."))

    def recovery_document(self, org_name: str) -> QTextDocument:
        doc = QTextDocument(self)
        title = self.tr("Passerelle recovery key")
        doc.setHtml(
            "<h2>" + title.replace("<", "&lt;") + "</h2>"
            "<p>" + org_name.replace("<", "&lt;") + "</p>"
            "<p style='font-family: monospace; font-size: 18pt'>" + self.key + "</p>"
            "<p>"
            + self.tr("Keep this page locked away. Anyone with it can open the vault.")
            + "</p>"
        )
        return doc

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            org = self.wizard().property("org_name") or ""
            self.recovery_document(str(org)).print_(printer)


class SetupWizard(QWizard):
    """Emits `finished_with(VaultSession)` when the recovery key has been stored."""

    finished_with = Signal(object)

    def __init__(
        self,
        paths: VaultPaths,
        clock: Clock,
        policy: KdfPolicy,
        pool: WorkerPool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setup-wizard")
        self.setWindowTitle(self.tr("Passerelle — first setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(720, 520)
        self.clipboard = SecureClipboard(self)
        self.org_page = OrganizationPage(self)
        self.coordinator_page = CoordinatorPage(paths, clock, policy, pool, self.org_page, self)
        self.key_page = RecoveryKeyPage(self.clipboard, self)
        self.addPage(self.org_page)
        self.addPage(self.coordinator_page)
        self.addPage(self.key_page)
        self.session: VaultSession | None = None
        self.coordinator_page.created.connect(self._created)

    def _created(self, created: CreatedVault) -> None:
        self.session = created.session
        self.setProperty("org_name", self.org_page.name.text().strip())
        self.key_page.set_key(created.recovery_key)

    def accept(self) -> None:
        self.clipboard.clear()
        self.key_page.key = ""
        self.key_page.key_label.clear()
        super().accept()
        if self.session is not None:
            self.finished_with.emit(self.session)

    def reject(self) -> None:
        if self.session is not None:
            return  # the vault exists: the recovery key must be acknowledged first
        super().reject()
