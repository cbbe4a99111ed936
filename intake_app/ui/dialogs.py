"""Confirmations and alerts as small classes: one seam for GUI tests to answer them.

Every question has its safe answer on Escape; a destructive question (one that deletes,
discards or removes) also makes the safe answer the default button, so Enter never
destroys work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from intake_app.errors import ErrorCode, KnownError

from intake_app.ui.error_text import error_text


class Alert:
    """An error or information message with one OK button."""

    @staticmethod
    def error(parent: QWidget | None, exc: KnownError) -> None:
        QMessageBox.warning(parent, "Passerelle", error_text(exc))

    @staticmethod
    def info(parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, "Passerelle", text)

    @staticmethod
    def refused(
        parent: QWidget | None, exc: KnownError, status: QLabel, cancelled_text: str
    ) -> None:
        """A job that failed or was cancelled: a cancellation is the person's own choice, so
        it is only told in `status`; any other error is shown as `error` shows it."""
        if exc.code is ErrorCode.CANCELLED:
            status.setText(cancelled_text)
        else:
            Alert.error(parent, exc)


def question_box(
    parent: QWidget | None,
    text: str,
    yes_text: str = "",
    no_text: str = "",
    *,
    destructive: bool = False,
) -> tuple[QMessageBox, QPushButton, QPushButton]:
    """The box `Question.ask` shows (apart so tests can check its defaults)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
        "Passerelle",
        text,
        parent=parent,
    )
    yes = box.addButton(
        yes_text or QCoreApplication.translate("dialogs", "Yes"),
        QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.YesRole,
    )
    no = box.addButton(
        no_text or QCoreApplication.translate("dialogs", "No"), QMessageBox.ButtonRole.RejectRole
    )
    box.setEscapeButton(no)
    box.setDefaultButton(no if destructive else yes)
    return box, yes, no


class Question:
    """A yes/no question; returns True for yes. Escape always answers no."""

    @staticmethod
    def ask(
        parent: QWidget | None,
        text: str,
        yes_text: str = "",
        no_text: str = "",
        *,
        destructive: bool = False,
    ) -> bool:
        box, yes, _no = question_box(parent, text, yes_text, no_text, destructive=destructive)
        box.exec()
        return box.clickedButton() is yes
