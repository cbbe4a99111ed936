"""Starting a transfer from a client: the trusted agencies, then the dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from intake_app.errors import KnownError
from intake_app.exchange.identity import PartnerState, list_partners
from intake_app.vault.session import VaultSession

from intake_app.ui.dialogs import Alert
from intake_app.ui.exchange.dialogs import SendTransferDialog


def run_dialog(dialog: SendTransferDialog) -> bool:
    """A seam for tests, which drive the dialog instead of `exec()`."""
    return dialog.exec() == SendTransferDialog.DialogCode.Accepted


def start_transfer(parent: QWidget, session: VaultSession, client_id: int) -> bool:
    """True when a file was written (the record may have been archived)."""
    try:
        partners = [p for p in list_partners(session) if p.state is PartnerState.TRUSTED]
    except KnownError as exc:
        Alert.error(parent, exc)
        return False
    if not partners:
        Alert.info(
            parent,
            QCoreApplication.translate(
                "transfer_flow",
                "No agency is trusted yet. In Settings, Other agencies, import the "
                "receiving agency's card and confirm its fingerprint by phone.",
            ),
        )
        return False
    dialog = SendTransferDialog(session, client_id, partners, parent)
    return run_dialog(dialog) and dialog.written is not None
