"""Restore a backup: choose it, open it with a passphrase or the recovery key, look at
the preview (date, counts), then confirm. Used with no vault session open (from the
unlock window, or after locking): the restore replaces the files of the data folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.clock import Clock
from intake_app.errors import KnownError
from intake_app.vault.paths import VaultPaths
from intake_app.vault.restore import PreparedRestore, complete_restore, prepare_restore

from intake_app.ui.error_text import error_text
from intake_app.ui.widgets.message_label import error_label
from intake_app.ui.widgets.pickers import Pickers
from intake_app.ui.widgets.tones import Tone, set_tone
from intake_app.ui.workers import Job, Worker, WorkerPool


class RestoreDialog(QDialog):
    def __init__(
        self,
        paths: VaultPaths,
        clock: Clock,
        pool: WorkerPool,
        parent: QWidget | None = None,
        backup: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restore-dialog")
        self.paths, self.clock, self.pool = paths, clock, pool
        self.prepared: PreparedRestore | None = None
        self._worker: Worker | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(600)

        self.pages = QStackedWidget(self)
        # page 1: which backup, and the key
        choose = QWidget(self.pages)
        intro = QLabel(
            self.tr(
                "Choose a backup file (.pbk), then type the passphrase of any account "
                "that existed when it was made, or the recovery key."
            ),
            choose,
        )
        intro.setWordWrap(True)
        self.file = QLineEdit(str(backup) if backup else "", choose)
        self.file.setObjectName("restore-file")
        self.file.setReadOnly(True)
        self.file.setAccessibleName(self.tr("Backup file"))
        browse = QPushButton(self.tr("&Choose…"), choose)
        browse.setObjectName("restore-browse")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.secret = QLineEdit(choose)
        self.secret.setObjectName("restore-secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Backup:"), file_row)
        form.addRow(self.tr("Passphrase or recovery key:"), self.secret)
        choose_layout = QVBoxLayout(choose)
        choose_layout.setContentsMargins(0, 0, 0, 0)
        choose_layout.setSpacing(14)
        choose_layout.addWidget(intro)
        choose_layout.addLayout(form)
        choose_layout.addStretch(1)
        # page 2: the preview
        preview = QWidget(self.pages)
        self.summary = QLabel(preview)
        self.summary.setObjectName("restore-summary")
        self.summary.setWordWrap(True)
        warning = QLabel(
            self.tr(
                "Restoring replaces everything now in this vault with the backup. Work "
                "done since the backup was made will be gone. The current vault is kept "
                "aside until the restored one opens."
            ),
            preview,
        )
        warning.setWordWrap(True)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.setSpacing(14)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(warning)
        preview_layout.addStretch(1)
        self.pages.addWidget(choose)
        self.pages.addWidget(preview)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.message = error_label(self, "restore-message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("restore-next")
        self.ok.setText(self.tr("&Open backup"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.pages)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.next_step)
        self.buttons.rejected.connect(self.reject)
        self.file.textChanged.connect(lambda _t: self._refresh())
        self.secret.textChanged.connect(lambda _t: self._refresh())
        self._refresh()

    def _refresh(self) -> None:
        if self.pages.currentIndex() == 0:
            ready = bool(self.file.text() and self.secret.text())
        else:
            ready = self.prepared is not None
        self.ok.setEnabled(ready and self._worker is None)
        self.progress.setVisible(self._worker is not None)

    def _browse(self) -> None:
        chosen = Pickers.backup_file(self)
        if chosen is not None:
            self.file.setText(str(chosen))

    def next_step(self) -> None:
        if not self.ok.isEnabled():
            return
        if self.pages.currentIndex() == 0:
            backup, secret, paths = Path(self.file.text()), self.secret.text(), self.paths
            self._start(
                lambda _p, _c: prepare_restore(backup, paths, secret),
                self._opened,
                self.tr("Opening and checking the backup…"),
            )
        else:
            prepared, paths, clock = self.prepared, self.paths, self.clock
            assert prepared is not None
            self._start(
                lambda _p, _c: complete_restore(prepared, paths, clock, replace=True),
                self._restored,
                self.tr("Restoring…"),
            )

    def _start(self, job: Job, done: Callable[[Any], None], text: str) -> None:
        worker = Worker(job)
        worker.signals.finished.connect(done)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        set_tone(self.message, Tone.NORMAL)
        self.message.setText(text)
        self._refresh()
        self.pool.start(worker)

    def _opened(self, prepared: PreparedRestore) -> None:
        self._worker = None
        self.secret.clear()
        self.prepared = prepared
        p = prepared.preview
        locale = QLocale()
        d = p.created_at.date()
        when = locale.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat)
        hour = p.created_at.strftime("%H:%M")
        lines = [self.tr("Backup made on %1 at %2.").replace("%1", when).replace("%2", hour)]
        labels = {
            "clients": self.tr("Clients: %1"),
            "referrals": self.tr("Referrals: %1"),
            "services": self.tr("Services: %1"),
            "users": self.tr("Accounts: %1"),
        }
        for key, label in labels.items():
            if key in p.counts:
                lines.append(label.replace("%1", locale.toString(p.counts[key])))
        if p.opened_with_recovery_key:
            lines.append(self.tr("Opened with the recovery key."))
        else:
            lines.append(self.tr("Opened with the passphrase of %1.").replace("%1", p.user_name))
        if not p.same_vault and self.paths.db.exists():
            lines.append(self.tr("This backup comes from another vault."))
        self.summary.setText("\n".join(lines))
        self.summary.setMinimumHeight(self.summary.sizeHint().height())
        self.message.clear()
        self.pages.setCurrentIndex(1)
        self.ok.setText(self.tr("&Restore now"))
        self._refresh()
        self.adjustSize()

    def _restored(self, _result: object) -> None:
        self._worker = None
        self.prepared = None
        self.accept()

    def _failed(self, exc: KnownError) -> None:
        self._worker = None
        if self.pages.currentIndex() == 1:
            self.prepared = None  # complete_restore discarded it
            self.pages.setCurrentIndex(0)
            self.ok.setText(self.tr("&Open backup"))
        self.secret.clear()
        set_tone(self.message, Tone.BAD)
        self.message.setText(error_text(exc))
        self._refresh()

    def done(self, result: int) -> None:
        if self._worker is not None:
            return
        if self.prepared is not None:
            self.prepared.discard()
            self.prepared = None
        super().done(result)
