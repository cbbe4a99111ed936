"""The dialogs of working with other agencies: confirming a fingerprint, sending a
transfer (consent, preview, write) and receiving one (preview, duplicates, import).

Their window titles are fixed words; client values appear only inside the dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.errors import KnownError
from intake_app.exchange.identity import Partner
from intake_app.exchange.transfer import (
    DEFAULT_SHARES,
    AfterTransfer,
    Received,
    Share,
    TransferConsent,
    TransferPreview,
    accept_transfer,
    export_transfer,
    mark_transferred,
    preview_transfer,
)
from intake_app.vault.session import VaultSession

from intake_app.ui.dialogs import Alert
from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.pickers import Pickers


def _mono(label: QLabel) -> QLabel:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(14)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FingerprintDialog(QDialog):
    """Shows an agency's fingerprint to read aloud; accepted = "they match"."""

    def __init__(self, partner: Partner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprint-dialog")
        self.setWindowTitle(self.tr("Confirm an agency"))
        org = QLabel(partner.card.name, self)
        org.setObjectName("fingerprint-org")
        org.setStyleSheet("font-weight: bold")
        text = QLabel(
            self.tr(
                "Call this agency on a phone number you already know (not one from the "
                "card). Ask them to read the fingerprint in their Settings, Other agencies. "
                "Trust the card only if every digit matches."
            ),
            self,
        )
        text.setWordWrap(True)
        digits = _mono(QLabel(partner.card.fingerprint, self))
        digits.setObjectName("fingerprint-digits")
        buttons = QDialogButtonBox(self)
        self.match = QPushButton(self.tr("The digits match: &trust"), self)
        self.match.setObjectName("fingerprint-match")
        buttons.addButton(self.match, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("They do not match"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(org)
        layout.addWidget(text)
        layout.addWidget(digits)
        layout.addWidget(buttons)


_SHARE_LABELS = {
    Share.NAME: QT_TRANSLATE_NOOP("SendTransferDialog", "Name and birth year"),
    Share.LANGUAGES: QT_TRANSLATE_NOOP("SendTransferDialog", "Languages"),
    Share.HOUSEHOLD: QT_TRANSLATE_NOOP("SendTransferDialog", "Household"),
    Share.NEEDS: QT_TRANSLATE_NOOP("SendTransferDialog", "Needs"),
    Share.REFERRALS: QT_TRANSLATE_NOOP("SendTransferDialog", "Referral history"),
    Share.CONTACT: QT_TRANSLATE_NOOP("SendTransferDialog", "Phone, email and area"),
    Share.BARRIERS: QT_TRANSLATE_NOOP(
        "SendTransferDialog", "Barriers (only if the client explicitly agrees)"
    ),
}


class SendTransferDialog(QDialog):
    """Pick a trusted agency, record what the client agreed to share, preview, write."""

    def __init__(
        self,
        session: VaultSession,
        client_id: int,
        partners: list[Partner],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("send-transfer")
        self.setWindowTitle(self.tr("Transfer to another agency"))
        self.resize(640, 560)
        self.session = session
        self.client_id = client_id
        self.partners = partners
        self.written: Path | None = None
        self.agency = QComboBox(self)
        self.agency.setObjectName("transfer-agency")
        for p in partners:
            self.agency.addItem(p.card.name, p.key_id)
        self.checks: dict[Share, QCheckBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Agency:"), self.agency)
        intro = QLabel(
            self.tr(
                "Ask the client what they agree to send. The sensitive note and private "
                "notes are never sent."
            ),
            self,
        )
        intro.setWordWrap(True)
        boxes = QVBoxLayout()
        for share in Share:
            box = QCheckBox(self.tr(_SHARE_LABELS[share]), self)
            box.setObjectName(f"share-{share.value}")
            box.setChecked(share in DEFAULT_SHARES)
            box.toggled.connect(self._refresh)
            self.checks[share] = box
            boxes.addWidget(box)
        self.verbal = QRadioButton(self.tr("Consent given &verbally"), self)
        self.written_consent = QRadioButton(self.tr("Consent given in w&riting"), self)
        self.verbal.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.verbal)
        group.addButton(self.written_consent)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("transfer-preview")
        self.preview.setAccessibleName(self.tr("Exactly what the file will hold:"))
        self.preview.setReadOnly(True)
        self.then = QComboBox(self)
        self.then.setObjectName("transfer-then")
        self.then.addItem(self.tr("Keep the record here"), AfterTransfer.KEEP.value)
        self.then.addItem(self.tr("Archive the record here"), AfterTransfer.ARCHIVE.value)
        form2 = QFormLayout()
        form2.addRow(self.tr("Afterwards:"), self.then)
        buttons = QDialogButtonBox(self)
        self.write = QPushButton(self.tr("&Write the transfer file…"), self)
        self.write.setObjectName("transfer-write")
        buttons.addButton(self.write, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._write)
        buttons.rejected.connect(self.reject)
        self.agency.currentIndexChanged.connect(self._refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(intro)
        layout.addLayout(boxes)
        layout.addWidget(self.verbal)
        layout.addWidget(self.written_consent)
        layout.addWidget(QLabel(self.tr("Exactly what the file will hold:"), self))
        layout.addWidget(self.preview, 1)
        layout.addLayout(form2)
        layout.addWidget(buttons)
        self._current: TransferPreview | None = None
        self._refresh()

    def consent(self) -> TransferConsent:
        shares = frozenset(s for s, box in self.checks.items() if box.isChecked())
        return TransferConsent(shares, "written" if self.written_consent.isChecked() else "verbal")

    def _refresh(self) -> None:
        key = self.agency.currentData()
        self._current = None
        if not key:
            self.preview.setPlainText(self.tr("No trusted agency yet."))
            self.write.setEnabled(False)
            return
        try:
            self._current = preview_transfer(self.session, self.client_id, key, self.consent())
        except KnownError:
            self.preview.setPlainText(self.tr("Choose at least one thing to share."))
            self.write.setEnabled(False)
            return
        self.write.setEnabled(True)
        self.preview.setPlainText(self.preview_text(self._current))

    def ask_folder(self) -> Path | None:
        return Pickers.folder(self, self.tr("Where to write the transfer file"))

    def _write(self) -> None:
        if self._current is None:
            return
        folder = self.ask_folder()
        if folder is None:
            return
        try:
            sent = export_transfer(self.session, self._current, folder)
            then = AfterTransfer(self.then.currentData())
            if then is not AfterTransfer.KEEP:
                mark_transferred(self.session, self.client_id, then)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.written = sent.path
        Alert.info(
            self,
            self.tr(
                "Wrote {file}. Only {org} can open it; it expires on {date}. Send it by "
                "any means (USB stick, email): its name and size say nothing about the client."
            ).format(
                file=sent.path.name,
                org=self._current.partner.card.name,
                date=self._current.expires.date().isoformat(),
            ),
        )
        self.accept()

    def preview_text(self, preview: TransferPreview) -> str:
        """The client part of the file as readable lines (shown only inside the dialog)."""
        part = preview.client
        lines = [
            *self._name_lines(part),
            *self._household_lines(part),
            *self._need_lines(part),
            *self._contact_lines(part),
            "",
            self.tr("Expires on {date}. Never included: the sensitive note, private notes.").format(
                date=preview.expires.date().isoformat()
            ),
        ]
        return "\n".join(lines)

    def _name_lines(self, part: dict[str, Any]) -> list[str]:
        if "name" not in part:
            return []
        n = part["name"]
        name = ", ".join(x for x in (n["family"], n["given"]) if x)
        if n["preferred"]:
            name += f" ({n['preferred']})"
        lines = [self.tr("Name: {name}").format(name=name)]
        if n["birth_year"]:
            lines.append(self.tr("Birth year: {year}").format(year=n["birth_year"]))
        return lines

    def _household_lines(self, part: dict[str, Any]) -> list[str]:
        lines = []
        if "languages" in part:
            lines.append(self.tr("Languages: {langs}").format(langs=", ".join(part["languages"])))
        if "household" in part:
            members = ", ".join(
                f"{h['relation']} {h['age_range']}".strip() for h in part["household"]
            )
            lines.append(self.tr("Household: {members}").format(members=members or "—"))
        return lines

    def _need_lines(self, part: dict[str, Any]) -> list[str]:
        lines = []
        for need in part.get("needs", ()):
            reason = f" — {need['reason']}" if need["reason"] else ""
            lines.append(self.tr("Need: {category}").format(category=need["category"]) + reason)
        for r in part.get("referrals", ()):
            lines.append(
                self.tr("Referred {date} to {service} ({state})").format(
                    date=r["date"], service=r["service"], state=r["state"]
                )
            )
        return lines

    def _contact_lines(self, part: dict[str, Any]) -> list[str]:
        lines = []
        if "contact" in part:
            c = part["contact"]
            lines.append(
                self.tr("Contact: {text}").format(
                    text=" · ".join(x for x in (c["phone"], c["email"], c["area"]) if x) or "—"
                )
            )
        if "barriers" in part:
            yes = [k for k, v in part["barriers"].items() if v == "yes"]
            lines.append(self.tr("Barriers: {list}").format(list=", ".join(yes) or "—"))
        return lines


class ReceiveTransferDialog(QDialog):
    """A verified transfer: who sent it, what it holds, possible matches, then import."""

    def __init__(
        self, session: VaultSession, received: Received, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receive-transfer")
        self.setWindowTitle(self.tr("Receive a transfer"))
        self.resize(620, 520)
        self.session = session
        self.received = received
        self.saved_number = ""
        sender = QLabel(received.sender.card.name, self)
        sender.setObjectName("receive-sender")
        sender.setStyleSheet("font-weight: bold")
        head = QLabel(
            self.tr("Signature verified. Sent {sent}, expires {expires}.").format(
                sent=received.created[:10], expires=received.expires[:10]
            ),
            self,
        )
        head.setWordWrap(True)
        c = received.client
        lines = [
            self.tr("Name: {name}").format(name=c.display_name),
            self.tr("Languages: {langs}").format(langs=", ".join(c.languages)),
            self.tr("Household: {n}").format(n=len(c.household)),
            self.tr("Needs: {needs}").format(needs=", ".join(n.category for n in c.needs)),
            self.tr("Referrals before: {n}").format(n=len(received.referrals)),
        ]
        lines += [
            f"  {r.get('date', '')} {r.get('service', '')} ({r.get('state', '')})"
            for r in received.referrals
        ]
        body = QPlainTextEdit("\n".join(lines), self)
        body.setObjectName("receive-preview")
        body.setAccessibleName(self.tr("What the transfer holds"))
        body.setReadOnly(True)
        self.target = QComboBox(self)
        self.target.setObjectName("receive-target")
        self.target.setAccessibleName(self.tr("Import as"))
        self.target.addItem(self.tr("Import as a new client"), None)
        for m in received.duplicates:
            self.target.addItem(
                self.tr("Add to {number} {name} (possible match)").format(
                    number=m.hit.number, name=m.hit.display_name
                ),
                m.hit.id,
            )
        if received.duplicates:
            self.target.setCurrentIndex(1)
        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("receive-import")
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(sender)
        layout.addWidget(head)
        layout.addWidget(body, 1)
        layout.addWidget(self.target)
        layout.addWidget(buttons)

    def _import(self) -> None:
        try:
            saved = accept_transfer(self.session, self.received, self.target.currentData())
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.saved_number = saved.number
        self.accept()
