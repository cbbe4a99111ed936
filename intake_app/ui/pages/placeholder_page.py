"""A page whose feature has not landed yet: says so plainly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from intake_app.ui.context import AppContext
from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.pages.base import Page

_TITLES = {
    "clients": QT_TRANSLATE_NOOP("PlaceholderPage", "Clients"),
    "directory": QT_TRANSLATE_NOOP("PlaceholderPage", "Directory"),
    "referrals": QT_TRANSLATE_NOOP("PlaceholderPage", "Referrals"),
    "reports": QT_TRANSLATE_NOOP("PlaceholderPage", "Reports"),
}


class PlaceholderPage(Page):
    def __init__(self, context: AppContext, key: str, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.key = key
        self.setObjectName(f"page-{key}")
        label = QLabel(self.tr("Coming soon."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def title(self) -> str:
        return QCoreApplication.translate("PlaceholderPage", _TITLES[self.key])
