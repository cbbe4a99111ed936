"""Settings → Letters: what every referral letter looks like.

The letterhead's name, address, phone and e-mail are the organization's (General tab);
this section shows them as they will print and holds what is specific to letters: the
logo, the signature line, the default letter language, the paper size, the QR code and
which languages the person's part of a letter may also print in.
"""

from __future__ import annotations

import base64
import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.permissions import Permission, allowed
from intake_app.errors import ErrorCode, KnownError
from intake_app.settings import change_settings, read_settings

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert
from intake_app.ui.letters.reading_languages import ReadingLanguagesBox
from intake_app.ui.letters.seams import LogoSeam
from intake_app.ui.settings.section import SettingsSection

log = logging.getLogger(__name__)

LOGO_MAX_PX = 600  # wide enough for print at 38 mm, small enough for the vault


def logo_png_from_file(data: bytes) -> bytes:
    """The image as a PNG no larger than LOGO_MAX_PX; KnownError when it is not an image."""
    image = QImage.fromData(data)
    if image.isNull():
        raise KnownError(ErrorCode.INVALID_INPUT, field="logo", reason="not an image")
    if image.width() > LOGO_MAX_PX or image.height() > LOGO_MAX_PX:
        image = image.scaled(
            LOGO_MAX_PX,
            LOGO_MAX_PX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes, Qt wants str
    buffer.close()
    return bytes(out.data())


class LettersSection(SettingsSection):
    saved = Signal(list)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("settings-letters")
        can_edit = allowed(context.session.user, Permission.CHANGE_SETTINGS)
        self._logo = ""

        head_box = QGroupBox(self.tr("Letterhead"), self)
        self.letterhead = QLabel(head_box)
        self.letterhead.setObjectName("letters-letterhead")
        self.letterhead.setWordWrap(True)
        self.letterhead.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(
            self.tr(
                "The organization's name, address, phone and e-mail are changed in the General tab."
            ),
            head_box,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        self.logo_preview = QLabel(head_box)
        self.logo_preview.setObjectName("letters-logo-preview")
        self.logo_preview.setMinimumSize(140, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.choose_logo = QPushButton(self.tr("Choose a logo…"), head_box)
        self.choose_logo.setObjectName("letters-choose-logo")
        self.remove_logo = QPushButton(self.tr("Remove the logo"), head_box)
        self.remove_logo.setObjectName("letters-remove-logo")
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        self.signature = QLineEdit(head_box)
        self.signature.setObjectName("letters-signature")
        self.signature.setPlaceholderText(self.tr("For example: Settlement counsellor"))
        head_form = QFormLayout(head_box)
        head_form.addRow(self.tr("Printed as:"), self.letterhead)
        head_form.addRow("", hint)
        head_form.addRow(self.tr("Logo:"), logo_row)
        head_form.addRow(self.tr("Line under the signature:"), self.signature)

        page_box = QGroupBox(self.tr("Paper and language"), self)
        self.language = QComboBox(page_box)
        self.language.setObjectName("letters-default-language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.paper = QComboBox(page_box)
        self.paper.setObjectName("letters-paper")
        self.paper.addItem(self.tr("Letter (8.5 × 11 in)"), "letter")
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.qr = QCheckBox(self.tr("Print a QR code holding only the reference code"), page_box)
        self.qr.setObjectName("letters-qr")
        page_form = QFormLayout(page_box)
        page_form.addRow(self.tr("Default letter language:"), self.language)
        page_form.addRow(self.tr("Paper size:"), self.paper)
        page_form.addRow(self.qr)

        for widget in (
            self.choose_logo,
            self.remove_logo,
            self.signature,
            self.language,
            self.paper,
            self.qr,
        ):
            widget.setEnabled(can_edit)
        self.reading_languages = ReadingLanguagesBox(can_edit, self)
        self.save_button = QPushButton(self.tr("&Save changes"), self)
        self.save_button.setObjectName("letters-save")
        self.save_button.setEnabled(can_edit)
        self.status = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(head_box)
        layout.addWidget(page_box)
        layout.addWidget(self.reading_languages)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(self._remove_logo)
        self.save_button.clicked.connect(self.save)
        self.load()

    def title(self) -> str:
        return self.tr("Letters")

    def showEvent(self, event: QShowEvent) -> None:
        self._show_letterhead(read_settings(self.context.session))
        super().showEvent(event)

    def _show_letterhead(self, values: dict[str, object]) -> None:
        lines = [str(values["org.name"]) or self.tr("(no name yet)")]
        lines += [line for line in str(values["org.address"]).splitlines() if line.strip()]
        contact = "  ·  ".join(str(v) for v in (values["org.phone"], values["org.email"]) if v)
        if contact:
            lines.append(contact)
        self.letterhead.setText("\n".join(lines))

    def load(self) -> None:
        values = read_settings(self.context.session)
        self._show_letterhead(values)
        self.signature.setText(values["letters.signature_line"])
        self.language.setCurrentIndex(
            max(0, self.language.findData(values["letters.default_language"]))
        )
        self.paper.setCurrentIndex(max(0, self.paper.findData(values["letters.paper_size"])))
        self.qr.setChecked(values["letters.qr_code"])
        self.reading_languages.set_turned_off(values["letters.reading_languages_off"])
        self._set_logo(values["letters.logo_png"])

    def _set_logo(self, encoded: str) -> None:
        self._logo = encoded
        pixmap = QPixmap()
        if encoded:
            pixmap.loadFromData(base64.b64decode(encoded))
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    140,
                    60,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.remove_logo.setEnabled(bool(encoded) and self.save_button.isEnabled())

    def _choose_logo(self) -> None:
        path = LogoSeam.choose_logo(self)
        if path is None:
            return
        try:
            png = logo_png_from_file(path.read_bytes())
        except OSError:
            Alert.error(self, KnownError(ErrorCode.IO_ERROR, file=path.name))
            return
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self._set_logo(base64.b64encode(png).decode("ascii"))
        self.status.setText(self.tr("Save to use this logo."))

    def _remove_logo(self) -> None:
        self._set_logo("")

    def save(self) -> None:
        changes = {
            "letters.signature_line": self.signature.text().strip(),
            "letters.default_language": self.language.currentData(),
            "letters.paper_size": self.paper.currentData(),
            "letters.qr_code": self.qr.isChecked(),
            "letters.logo_png": self._logo,
            "letters.reading_languages_off": self.reading_languages.turned_off(),
        }
        try:
            changed = change_settings(self.context.session, changes)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.status.setText(self.tr("Saved.") if changed else self.tr("Nothing to save."))
        self.saved.emit(changed)
