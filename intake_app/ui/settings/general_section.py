"""General settings: the organization, automatic lock, the interface language and the
optional sensitive note."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.permissions import Permission, allowed
from intake_app.errors import KnownError
from intake_app.settings import change_settings, read_settings

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert
from intake_app.ui.i18n import LANGUAGE_KEY
from intake_app.ui.settings.section import SettingsSection


class GeneralSection(SettingsSection):
    saved = Signal(list)  # the keys that changed
    language_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("settings-general")
        can_edit = allowed(context.session.user, Permission.CHANGE_SETTINGS)

        org_box = QGroupBox(self.tr("Organization"), self)
        self.org_name = QLineEdit(org_box)
        self.org_name.setObjectName("settings-org-name")
        self.org_address = QPlainTextEdit(org_box)
        self.org_address.setTabChangesFocus(True)
        self.org_address.setMaximumHeight(80)
        self.org_phone = QLineEdit(org_box)
        self.org_email = QLineEdit(org_box)
        org_form = QFormLayout(org_box)
        org_form.addRow(self.tr("Name:"), self.org_name)
        org_form.addRow(self.tr("Address:"), self.org_address)
        org_form.addRow(self.tr("Phone:"), self.org_phone)
        org_form.addRow(self.tr("E-mail:"), self.org_email)

        security_box = QGroupBox(self.tr("Security and privacy"), self)
        self.idle_minutes = QSpinBox(security_box)
        self.idle_minutes.setObjectName("settings-idle-minutes")
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setMaximumWidth(140)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.sensitive_note = QCheckBox(
            self.tr(
                "Allow an optional sensitive note on client records (masked, audited, "
                "never printed or exported)"
            ),
            security_box,
        )
        security_form = QFormLayout(security_box)
        security_form.addRow(self.tr("Lock automatically after:"), self.idle_minutes)
        security_form.addRow(self.sensitive_note)

        follow_box = QGroupBox(self.tr("Referral follow-up"), self)
        self.follow_today = self._days_box(follow_box, "settings-follow-today")
        self.follow_week = self._days_box(follow_box, "settings-follow-week")
        self.follow_later = self._days_box(follow_box, "settings-follow-later")
        follow_form = QFormLayout(follow_box)
        follow_form.addRow(
            QLabel(
                self.tr("When a referral is made, follow up after this many days, by urgency:"),
                follow_box,
            )
        )
        follow_form.addRow(self.tr("Needed today:"), self.follow_today)
        follow_form.addRow(self.tr("Needed this week:"), self.follow_week)
        follow_form.addRow(self.tr("Later:"), self.follow_later)

        for widget in (
            self.org_name,
            self.org_address,
            self.org_phone,
            self.org_email,
            self.idle_minutes,
            self.sensitive_note,
            self.follow_today,
            self.follow_week,
            self.follow_later,
        ):
            widget.setEnabled(can_edit)

        self.save_button = QPushButton(self.tr("&Save changes"), self)
        self.save_button.setObjectName("settings-save")
        self.save_button.setEnabled(can_edit)
        self.status = QLabel(self)

        language_box = QGroupBox(self.tr("This computer"), self)
        self.language = QComboBox(language_box)
        self.language.setObjectName("settings-language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(context.ui_lang.value)))
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("Interface language:"), self.language)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(org_box)
        layout.addWidget(security_box)
        layout.addWidget(follow_box)
        layout.addLayout(buttons)
        layout.addWidget(language_box)
        layout.addStretch(1)

        self.save_button.clicked.connect(self.save)
        self.language.activated.connect(self._language_chosen)
        self.load()

    def _days_box(self, parent: QWidget, name: str) -> QSpinBox:
        box = QSpinBox(parent)
        box.setObjectName(name)
        box.setRange(0, 365)
        box.setSuffix(self.tr(" days"))
        box.setMaximumWidth(140)
        return box

    def title(self) -> str:
        return self.tr("General")

    def load(self) -> None:
        values = read_settings(self.context.session)
        self.org_name.setText(values["org.name"])
        self.org_address.setPlainText(values["org.address"])
        self.org_phone.setText(values["org.phone"])
        self.org_email.setText(values["org.email"])
        self.idle_minutes.setValue(values["security.idle_lock_minutes"])
        self.sensitive_note.setChecked(values["clients.sensitive_note_enabled"])
        self.follow_today.setValue(values["referrals.follow_up_days.today"])
        self.follow_week.setValue(values["referrals.follow_up_days.this_week"])
        self.follow_later.setValue(values["referrals.follow_up_days.later"])

    def save(self) -> None:
        changes = {
            "org.name": self.org_name.text().strip(),
            "org.address": self.org_address.toPlainText().strip(),
            "org.phone": self.org_phone.text().strip(),
            "org.email": self.org_email.text().strip(),
            "security.idle_lock_minutes": self.idle_minutes.value(),
            "clients.sensitive_note_enabled": self.sensitive_note.isChecked(),
            "referrals.follow_up_days.today": self.follow_today.value(),
            "referrals.follow_up_days.this_week": self.follow_week.value(),
            "referrals.follow_up_days.later": self.follow_later.value(),
        }
        try:
            changed = change_settings(self.context.session, changes)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.status.setText(self.tr("Saved.") if changed else self.tr("Nothing to save."))
        self.saved.emit(changed)

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        QSettings().setValue(LANGUAGE_KEY, code)
        self.language_changed.emit(code)
