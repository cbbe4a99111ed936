"""One call for the window that offers a restore (the unlock window, or after locking).

    window.restore_requested.connect(
        lambda: offer_restore(paths, clock, pool, window))

No vault session may be open on `paths` while the dialog runs: the restore replaces the
files of the data folder.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from intake_app.clock import Clock
from intake_app.vault.paths import VaultPaths

from intake_app.ui.dialogs import Alert
from intake_app.ui.safekeeping.restore_dialog import RestoreDialog
from intake_app.ui.workers import WorkerPool


def offer_restore(
    paths: VaultPaths, clock: Clock, pool: WorkerPool, parent: QWidget | None = None
) -> bool:
    """Show the restore dialog; True when a backup was put in place."""
    dialog = RestoreDialog(paths, clock, pool, parent)
    if not dialog.exec():
        return False
    Alert.info(
        parent,
        QCoreApplication.translate(
            "restore_flow",
            "The backup is restored. Unlock with a passphrase that was in use when it was made.",
        ),
    )
    return True
