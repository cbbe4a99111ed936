"""Settings > Backups: back up now, the daily automatic backup, and restoring.

Backups run on the worker pool with a progress bar and can be cancelled. The daily
backup is checked when the main window opens and every hour after; a failure is shown
calmly here (a missing USB stick is not an emergency) and logged without paths.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.permissions import Permission, allowed
from intake_app.errors import KnownError
from intake_app.settings import change_settings, read_settings
from intake_app.vault.backup import (
    BackupResult,
    automatic_backup_due,
    create_backup,
    last_automatic_backup,
    run_automatic_backup,
)

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert
from intake_app.ui.error_text import error_text
from intake_app.ui.settings.section import SettingsSection
from intake_app.ui.widgets.date_formats import short_datetime
from intake_app.ui.widgets.pickers import Pickers
from intake_app.ui.workers import Job, Worker

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000


class BackupSection(SettingsSection):
    restore_requested = Signal()  # the window locks, then offers the restore dialog
    saved = Signal(list)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("settings-backups")
        user = context.session.user
        self._worker: Worker | None = None

        now_box = QGroupBox(self.tr("Back up now"), self)
        now_text = QLabel(
            self.tr(
                "Saves an encrypted copy of the whole vault to a folder or USB stick you "
                "choose. It opens only with a passphrase of this vault or the recovery "
                "key. The file name holds only the date."
            ),
            now_box,
        )
        now_text.setWordWrap(True)
        self.backup_now = QPushButton(self.tr("&Back up now…"), now_box)
        self.backup_now.setObjectName("backup-now")
        self.cancel = QPushButton(self.tr("Cancel"), now_box)
        self.cancel.setObjectName("backup-cancel")
        self.cancel.setVisible(False)
        self.progress = QProgressBar(now_box)
        self.progress.setObjectName("backup-progress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel(now_box)
        self.status.setObjectName("backup-status")
        self.status.setWordWrap(True)
        self.progress.setMinimumWidth(280)
        row = QHBoxLayout()
        row.addWidget(self.backup_now)
        row.addWidget(self.progress)
        row.addWidget(self.cancel)
        row.addStretch(1)
        now_layout = QVBoxLayout(now_box)
        now_layout.addWidget(now_text)
        now_layout.addLayout(row)
        now_layout.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(now_box)

        self.can_configure = allowed(user, Permission.CHANGE_SETTINGS)
        if self.can_configure:
            auto_box = QGroupBox(self.tr("Daily automatic backup"), self)
            self.daily = QCheckBox(self.tr("Back up once a day into this folder"), auto_box)
            self.daily.setObjectName("backup-daily")
            self.folder = QLineEdit(auto_box)
            self.folder.setObjectName("backup-folder")
            self.folder.setReadOnly(True)
            choose = QPushButton(self.tr("C&hoose…"), auto_box)
            choose.setObjectName("backup-choose-folder")
            folder_row = QHBoxLayout()
            folder_row.addWidget(self.folder, 1)
            folder_row.addWidget(choose)
            self.keep = QSpinBox(auto_box)
            self.keep.setObjectName("backup-keep")
            self.keep.setRange(1, 365)
            self.keep.setMaximumWidth(180)
            self.last = QLabel(auto_box)
            self.last.setObjectName("backup-last")
            self.save = QPushButton(self.tr("&Save"), auto_box)
            self.save.setObjectName("backup-save-settings")
            form = QFormLayout(auto_box)
            form.addRow(self.daily)
            form.addRow(self.tr("Folder:"), folder_row)
            form.addRow(self.tr("Keep the last:"), self.keep)
            form.addRow(self.tr("Last automatic backup:"), self.last)
            save_row = QHBoxLayout()
            save_row.addWidget(self.save)
            save_row.addStretch(1)
            form.addRow("", save_row)
            layout.addWidget(auto_box)
            choose.clicked.connect(self._choose_folder)
            self.save.clicked.connect(self.save_settings)
            self.keep.setSuffix(self.tr(" backups"))
            self._load_settings()

        if allowed(user, Permission.RESTORE):
            restore_box = QGroupBox(self.tr("Restore"), self)
            restore_text = QLabel(
                self.tr(
                    "Restoring replaces everything in this vault with a backup. "
                    "Passerelle locks first; then choose the backup and type a passphrase "
                    "or the recovery key."
                ),
                restore_box,
            )
            restore_text.setWordWrap(True)
            self.restore = QPushButton(self.tr("&Restore a backup…"), restore_box)
            self.restore.setObjectName("backup-restore")
            restore_layout = QHBoxLayout(restore_box)
            restore_layout.addWidget(restore_text, 1)
            restore_layout.addWidget(self.restore)
            layout.addWidget(restore_box)
            self.restore.clicked.connect(self.restore_requested)
        layout.addStretch(1)

        self.backup_now.clicked.connect(self.back_up_now)
        self.cancel.clicked.connect(self._cancel)
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.run_automatic_if_due)
        self.timer.start()
        QTimer.singleShot(0, self.run_automatic_if_due)

    def title(self) -> str:
        return self.tr("Backups")

    # -- settings ------------------------------------------------------------------------

    def _load_settings(self) -> None:
        values = read_settings(self.context.session)
        self.daily.setChecked(bool(values["backup.daily"]))
        self.folder.setText(str(values["backup.folder"]))
        self.keep.setValue(int(values["backup.keep"]))
        last = last_automatic_backup(self.context.session)
        self.last.setText(short_datetime(last) if last else self.tr("none yet"))

    def _choose_folder(self) -> None:
        chosen = Pickers.folder(self, self.tr("Folder for daily backups"), self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def save_settings(self) -> None:
        changes = {
            "backup.daily": self.daily.isChecked() and bool(self.folder.text()),
            "backup.folder": self.folder.text(),
            "backup.keep": self.keep.value(),
        }
        try:
            keys = change_settings(self.context.session, changes)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.status.setText(self.tr("Backup settings saved."))
        self.saved.emit(keys)
        self.run_automatic_if_due()

    # -- running -------------------------------------------------------------------------

    def back_up_now(self) -> None:
        folder = Pickers.folder(self, self.tr("Where should the backup go?"))
        if folder is None:
            return
        session = self.context.session
        self._start(
            lambda progress, cancelled: create_backup(
                session, folder, progress=progress, cancelled=cancelled
            ),
            automatic=False,
        )

    def run_automatic_if_due(self) -> None:
        session = self.context.session
        if self._worker is not None or session.closed:
            return
        if not allowed(session.user, Permission.BACKUP) or not automatic_backup_due(session):
            return
        self._start(
            lambda progress, cancelled: run_automatic_backup(
                session, progress=progress, cancelled=cancelled
            ),
            automatic=True,
        )

    def _start(self, job: Job, automatic: bool) -> None:
        worker = Worker(job)
        worker.signals.progress.connect(lambda f: self.progress.setValue(int(f * 100)))
        worker.signals.finished.connect(lambda r: self._done(r, automatic))
        worker.signals.failed.connect(lambda e: self._failed(e, automatic))
        self._worker = worker
        self.backup_now.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel.setVisible(True)
        self.status.setText(
            self.tr("Daily backup running…") if automatic else self.tr("Backing up…")
        )
        self.context.pool.start(worker)

    def _cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _idle(self) -> None:
        self._worker = None
        self.backup_now.setEnabled(True)
        self.progress.setVisible(False)
        self.cancel.setVisible(False)

    def _done(self, result: BackupResult | None, automatic: bool) -> None:
        self._idle()
        if result is None:
            self.status.clear()
            return
        size = QLocale().formattedDataSize(result.size)
        text = (
            self.tr("Backup saved and checked: %1 (%2).")
            .replace("%1", result.path.name)
            .replace("%2", size)
        )
        if result.pruned:
            text += " " + self.tr("%n older backup(s) removed.", "", result.pruned)
        self.status.setText(text)
        if automatic and self.can_configure:
            self._load_settings()

    def _failed(self, exc: KnownError, automatic: bool) -> None:
        self._idle()
        if automatic:
            self.status.setText(
                self.tr("The daily backup did not run: %1").replace("%1", error_text(exc))
            )
            log.info("daily backup failed: %s", exc.code.value)
        else:
            self.status.setText(error_text(exc))
            Alert.error(self, exc)

    def shutdown(self) -> None:
        self.timer.stop()
        if self._worker is not None:
            self._worker.cancel()
