"""The band across the top of the main window once the background page check finds a
damaged page (a large vault is checked beside the unlock, `vault.page_check`).

Until then the caseworker may be reading records: SQLCipher refuses a damaged page as it
reads it, and the write door refuses every save once damage is known. The band tells at
once, instead of at the next save, and says what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from intake_app.ui.widgets.tones import Tone, panel_css


class DamageBanner(QLabel):
    """Hidden until `found` is emitted — from the check's own thread: the connection is
    queued, so the band is shown on the GUI thread."""

    found = Signal(int)  # damaged pages

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("damage-banner")
        self.setWordWrap(True)
        self.setText(
            QCoreApplication.translate(
                "damage_banner",
                "A damaged part was found in the vault, so nothing more can be saved in it: "
                "every change is refused to keep your records safe. Lock the vault, then "
                "restore the newest backup.",
            )
        )
        self.setStyleSheet(panel_css("damage-banner", Tone.BAD))
        self.setMargin(8)
        self.hide()
        self.found.connect(self._on_found, Qt.ConnectionType.QueuedConnection)

    def _on_found(self, _pages: int) -> None:
        self.show()
