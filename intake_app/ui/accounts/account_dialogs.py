"""Small dialogs of the accounts section: add an account, set a new first passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.users import Role

from intake_app.ui.widgets.passphrase_fields import PassphraseFields


class AddUserDialog(QDialog):
    """Asks for a name, a role and a first passphrase (the person changes it at first use)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add-user-dialog")
        self.setWindowTitle(self.tr("Add an account"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Choose a first passphrase and give it to the person privately. They "
                "will be asked to replace it with their own the first time they unlock."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("add-user-name")
        self.role = QComboBox(self)
        self.role.setObjectName("add-user-role")
        self.role.addItem(
            self.tr("Caseworker — clients, referrals, letters"), Role.CASEWORKER.value
        )
        self.role.addItem(
            self.tr("Coordinator — also directory, accounts, settings, reports, audit"),
            Role.COORDINATOR.value,
        )
        self.fields = PassphraseFields(self)
        self.fields.first_label.setText(self.tr("&First passphrase:"))
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name)
        role_label = QLabel(self.tr("&Role:"), self)
        role_label.setBuddy(self.role)
        self.fields.prepend_row(role_label, self.role)
        self.fields.prepend_row(name_label, self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Add account"))
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._name_changed)
        self.fields.changed.connect(lambda _ok: self._refresh())
        self._refresh()

    def _name_changed(self, name: str) -> None:
        self.fields.set_names(name)  # emits `changed`, which refreshes the button
        self._refresh()

    def _refresh(self) -> None:
        self.ok.setEnabled(bool(self.name.text().strip()) and self.fields.acceptable())

    def values(self) -> tuple[str, Role, str]:
        return self.name.text().strip(), Role(self.role.currentData()), self.fields.passphrase()


class ResetPassphraseDialog(QDialog):
    def __init__(self, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reset-passphrase-dialog")
        self.setWindowTitle(self.tr("New first passphrase"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Choose a new first passphrase for %1 and give it to them privately. "
                "Their old passphrase stops working now; they will choose their own "
                "at the next unlock."
            ).replace("%1", user_name),
            self,
        )
        intro.setWordWrap(True)
        self.fields = PassphraseFields(self)
        self.fields.set_names(user_name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Set passphrase"))
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(self.ok.setEnabled)
        self.ok.setEnabled(False)

    def passphrase(self) -> str:
        return self.fields.passphrase()
