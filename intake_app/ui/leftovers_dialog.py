"""What the app shows instead of the setup wizard when the data folder already holds
Passerelle files but no vault database (a drive not mounted yet, a moved or quarantined
file): making a new vault there would write a new key file over the only way into the
old database. It offers the two safe ways on — restore a backup, or use another folder —
and never an overwrite."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class LeftoversDialog(QMessageBox):
    def __init__(self, found: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leftovers-dialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Passerelle"))
        self.setText(
            self.tr(
                "This data folder holds files of a Passerelle vault ({found}) but not the vault "
                "itself. Its drive may not be connected yet, or the file was moved. No new "
                "vault is made here, so nothing is overwritten."
            ).format(found=", ".join(found[:6]))
        )
        self.setInformativeText(
            self.tr(
                "Connect the drive and start Passerelle again, restore a backup into this "
                "folder, or choose another folder for a new vault."
            )
        )
        self.restore_button: QPushButton = self.addButton(
            self.tr("&Restore a backup…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.other_folder_button: QPushButton = self.addButton(
            self.tr("&Choose another folder…"), QMessageBox.ButtonRole.ActionRole
        )
        self.quit_button: QPushButton = self.addButton(
            self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole
        )
