"""Confirmations and alerts as small classes: one seam for GUI tests to answer them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intake_app.errors import KnownError

from intake_app.ui.error_text import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


class Alert:
    """An error or information message with one OK button."""

    @staticmethod
    def error(parent: QWidget | None, exc: KnownError) -> None:
        QMessageBox.warning(parent, _tr("Passerelle"), error_text(exc))

    @staticmethod
    def info(parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, _tr("Passerelle"), text)


class Question:
    """A yes/no question; returns True for yes."""

    @staticmethod
    def ask(parent: QWidget | None, text: str, yes_text: str = "", no_text: str = "") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Passerelle"), text, parent=parent)
        yes = box.addButton(yes_text or _tr("Yes"), QMessageBox.ButtonRole.YesRole)
        box.addButton(no_text or _tr("No"), QMessageBox.ButtonRole.NoRole)
        box.exec()
        return box.clickedButton() is yes
