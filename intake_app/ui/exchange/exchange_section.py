"""Settings > Other agencies: this organization's card and fingerprint, the agencies it
trusts (import a card, confirm by phone, revoke), publishing the signed directory,
receiving a transfer, and whether unsigned directory files are accepted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.permissions import Permission, allowed
from intake_app.errors import KnownError
from intake_app.exchange.directory_package import Published, publish_directory
from intake_app.exchange.identity import (
    CARD_SUFFIX,
    Partner,
    PartnerState,
    export_card,
    import_card,
    list_partners,
    own_card,
    replace_org_key,
    revoke_partner,
    trust_partner,
)
from intake_app.exchange.transfer import SUFFIX, open_transfer
from intake_app.settings import change_settings, read_setting

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert, Question
from intake_app.ui.error_text import error_text
from intake_app.ui.exchange.dialogs import FingerprintDialog, ReceiveTransferDialog, _mono
from intake_app.ui.exchange.partners_model import PartnersModel
from intake_app.ui.file_dialogs import choose_open_file
from intake_app.ui.settings.section import SettingsSection
from intake_app.ui.widgets.pickers import Pickers
from intake_app.ui.widgets.progress_runner import run_with_progress


class ExchangeSection(SettingsSection):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("settings-agencies")
        ours = QGroupBox(self.tr("This organization"), self)
        self.own_name = QLabel(ours)
        self.own_fingerprint = _mono(QLabel(ours))
        self.own_fingerprint.setObjectName("own-fingerprint")
        self.export_button = QPushButton(self.tr("&Export our card…"), ours)
        self.export_button.setObjectName("export-card")
        self.publish_button = QPushButton(self.tr("&Publish the directory (signed)…"), ours)
        self.publish_button.setObjectName("publish-directory")
        self.new_key_button = QPushButton(self.tr("Replace our &key…"), ours)
        self.new_key_button.setObjectName("replace-org-key")
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.publish_button)
        row.addStretch(1)
        row.addWidget(self.new_key_button)
        self.status = QLabel(ours)
        self.status.setObjectName("agencies-status")
        box = QVBoxLayout(ours)
        box.addWidget(self.own_name)
        box.addWidget(self.own_fingerprint)
        box.addLayout(row)
        box.addWidget(self.status)

        theirs = QGroupBox(self.tr("Agencies you work with"), self)
        self.model = PartnersModel(self)
        self.table = QTableView(theirs)
        self.table.setObjectName("partners-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.import_button = QPushButton(self.tr("&Import a card…"), theirs)
        self.import_button.setObjectName("import-card")
        self.trust_button = QPushButton(self.tr("&Confirm fingerprint…"), theirs)
        self.trust_button.setObjectName("trust-card")
        self.revoke_button = QPushButton(self.tr("&Revoke"), theirs)
        self.revoke_button.setObjectName("revoke-card")
        self.receive_button = QPushButton(self.tr("Receive a &transfer…"), theirs)
        self.receive_button.setObjectName("receive-transfer")
        buttons = QHBoxLayout()
        for b in (self.import_button, self.trust_button, self.revoke_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.receive_button)
        self.allow_unsigned = QCheckBox(
            self.tr('Accept directory files nobody signed (they are marked "unsigned source")'),
            theirs,
        )
        self.allow_unsigned.setObjectName("allow-unsigned")
        box2 = QVBoxLayout(theirs)
        box2.addWidget(self.table, 1)
        box2.addLayout(buttons)
        box2.addWidget(self.allow_unsigned)
        layout = QVBoxLayout(self)
        layout.addWidget(ours)
        layout.addWidget(theirs, 1)
        self.export_button.clicked.connect(self._export)
        self.publish_button.clicked.connect(self._publish)
        self.new_key_button.clicked.connect(self._new_key)
        self.import_button.clicked.connect(self._import)
        self.trust_button.clicked.connect(self._trust)
        self.revoke_button.clicked.connect(self._revoke)
        self.receive_button.clicked.connect(self._receive)
        self.allow_unsigned.toggled.connect(self._allow_unsigned)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._sync())
        self.refresh()

    def title(self) -> str:
        return self.tr("Other agencies")

    def visible_to_user(self) -> bool:
        return allowed(self.context.session.user, Permission.MANAGE_PARTNERS)

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.context.session

    def refresh(self) -> None:
        if not self.visible_to_user():
            return  # built for every role, shown to coordinators only
        try:
            card = own_card(self.session)
            partners = list_partners(self.session)
        except KnownError as exc:
            # No modal while the window is being built (e.g. a read-only vault cannot make
            # the organization key yet): say it in place.
            self.own_name.setText(error_text(exc))
            return
        self.own_name.setText(
            self.tr("{org}: read this fingerprint to an agency that imports your card.").format(
                org=card.name
            )
        )
        self.own_fingerprint.setText(card.fingerprint)
        self.model.set_partners(partners)
        self.allow_unsigned.blockSignals(True)
        self.allow_unsigned.setChecked(bool(read_setting(self.session, "directory.allow_unsigned")))
        self.allow_unsigned.blockSignals(False)
        self._sync()

    def selected(self) -> Partner | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.partners[rows[0].row()] if rows else None

    def _sync(self) -> None:
        p = self.selected()
        self.trust_button.setEnabled(p is not None and p.state is not PartnerState.TRUSTED)
        self.revoke_button.setEnabled(p is not None and p.state is not PartnerState.REVOKED)

    # -- seams tests answer ------------------------------------------------------------

    def ask_card_path(self) -> Path | None:
        return Pickers.save_file(
            self,
            self.tr("Save our organization card"),
            "organization" + CARD_SUFFIX,
            self.tr("Organization cards (*%1)").replace("%1", CARD_SUFFIX),
        )

    def ask_open_card(self) -> Path | None:
        return choose_open_file(
            self,
            self.tr("Import an organization card"),
            self.tr("Organization cards (*%1);;All files (*)").replace("%1", CARD_SUFFIX),
        )

    def ask_package_path(self) -> Path | None:
        return Pickers.save_file(
            self,
            self.tr("Publish the signed directory"),
            "directory-signed.zip",
            self.tr("Signed directory packages (*.zip)"),
        )

    def ask_transfer_path(self) -> Path | None:
        return choose_open_file(
            self,
            self.tr("Open a transfer file"),
            self.tr("Transfers (*%1);;All files (*)").replace("%1", SUFFIX),
        )

    def confirm_fingerprint(self, partner) -> bool:  # type: ignore[no-untyped-def]
        return FingerprintDialog(partner, self).exec() == FingerprintDialog.DialogCode.Accepted

    def review_transfer(self, dialog: ReceiveTransferDialog) -> bool:
        return dialog.exec() == ReceiveTransferDialog.DialogCode.Accepted

    # -- actions -----------------------------------------------------------------------

    def _export(self) -> None:
        path = self.ask_card_path()
        if path is None:
            return
        try:
            card = export_card(self.session, path)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        Alert.info(
            self,
            self.tr(
                "Wrote {file} and a QR code beside it ({qr}). Send the card to the other "
                "agency, then read them the fingerprint by phone."
            ).format(file=path.name, qr=path.with_suffix(".svg").name),
        )
        del card

    def _new_key(self) -> None:
        if not Question.ask(
            self,
            self.tr(
                "Make a new key pair for this organization? Use it if the old one may have "
                "been copied. Every agency you work with must then import your new card and "
                "confirm its fingerprint; transfers already sent to the old key still open."
            ),
            self.tr("Replace the key"),
            self.tr("Keep the key"),
        ):
            return
        try:
            replace_org_key(self.session)
        except KnownError as exc:
            Alert.error(self, exc)
        self.refresh()

    def _publish(self) -> None:
        path = self.ask_package_path()
        if path is None:
            return
        session = self.session
        try:
            # On a worker behind a progress dialog: 10,000 services take a few seconds.
            done = run_with_progress(
                self,
                self.tr("Publishing the directory…"),
                lambda progress, cancelled: publish_directory(session, path, progress, cancelled),
                self.context.pool,
                cancel_text=self.tr("Cancel"),
            )
        except KnownError as exc:
            Alert.refused(
                self, exc, self.status, self.tr("Publishing cancelled. No file was written.")
            )
            return
        assert isinstance(done, Published)
        Alert.info(
            self,
            self.tr("Published version {v} of the directory ({n} services) to {file}.").format(
                v=done.version, n=done.services, file=path.name
            ),
        )

    def _import(self) -> None:
        path = self.ask_open_card()
        if path is None:
            return
        try:
            partner = import_card(self.session, path)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.refresh()
        if partner.state is not PartnerState.TRUSTED and self.confirm_fingerprint(partner):
            self._trust_key(partner.key_id)

    def _trust(self) -> None:
        p = self.selected()
        if p is not None and self.confirm_fingerprint(p):
            self._trust_key(p.key_id)

    def _trust_key(self, key: str) -> None:
        try:
            trust_partner(self.session, key)
        except KnownError as exc:
            Alert.error(self, exc)
        self.refresh()

    def _revoke(self) -> None:
        p = self.selected()
        if p is None or not Question.ask(
            self,
            self.tr(
                "Stop trusting {org}? Their directory updates and transfers will be refused "
                "until you confirm a card again."
            ).format(org=p.card.name),
            self.tr("Revoke"),
            self.tr("Keep trusting"),
        ):
            return
        try:
            revoke_partner(self.session, p.key_id)
        except KnownError as exc:
            Alert.error(self, exc)
        self.refresh()

    def _receive(self) -> None:
        path = self.ask_transfer_path()
        if path is None:
            return
        try:
            received = open_transfer(self.session, path)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        dialog = ReceiveTransferDialog(self.session, received, self)
        if self.review_transfer(dialog) and dialog.saved_number:
            Alert.info(
                self,
                self.tr("The transfer is now client {number}.").format(number=dialog.saved_number),
            )

    def _allow_unsigned(self, on: bool) -> None:
        try:
            change_settings(self.session, {"directory.allow_unsigned": on})
        except KnownError as exc:
            Alert.error(self, exc)
            self.refresh()
