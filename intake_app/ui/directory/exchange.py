"""Importing and exporting the directory from its page, off the GUI thread.

A mixin of `DirectoryPage`: it needs the page's `context`, `work` strip, import and
export buttons, `reload()` and `directory_changed`. The file choosers and the preview are
methods (`ask_import_path`, `ask_export_path`, `confirm_import`, `show_report`) so tests
can answer them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from intake_app.directory import use_cases
from intake_app.directory.hsds_import import ImportPreview, change_source
from intake_app.errors import KnownError
from intake_app.exchange.directory_package import PackagePreview, commit_package, preview_package

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert
from intake_app.ui.directory.import_dialog import ImportPreviewDialog
from intake_app.ui.directory.labels import import_error
from intake_app.ui.directory.work_strip import WorkStrip
from intake_app.ui.file_dialogs import choose_open_file, choose_save_file_and_type


class DirectoryExchange(QWidget):
    """Import/export behaviour shared into the page (declared here for type checkers)."""

    context: AppContext
    work: WorkStrip
    _chosen_source: tuple[str, str] | None = None
    import_button: QPushButton
    export_button: QPushButton

    def reload(self, select_id: str = "") -> None:
        raise NotImplementedError

    def _changed(self) -> None:
        raise NotImplementedError

    def ask_import_path(self) -> str:
        """Through `ui.file_dialogs`, which leaves no trace of the folders visited."""
        chosen_path = choose_open_file(
            self,
            QCoreApplication.translate("DirectoryPage", "Import a directory (Open Referral HSDS)"),
            QCoreApplication.translate(
                "DirectoryPage", "HSDS files (*.json *.zip datapackage.json);;All files (*)"
            ),
        )
        return str(chosen_path) if chosen_path is not None else ""

    def ask_export_path(self) -> tuple[str, str]:
        chosen_path, chosen = choose_save_file_and_type(
            self,
            QCoreApplication.translate(
                "DirectoryPage", "Export the directory (Open Referral HSDS 3.0)"
            ),
            "directory.zip",
            QCoreApplication.translate(
                "DirectoryPage", "Data package, CSV in a zip (*.zip);;JSON (*.json)"
            ),
        )
        path = str(chosen_path) if chosen_path is not None else ""
        if path and not path.lower().endswith((".zip", ".json")):
            path += ".json" if "json" in chosen.lower() else ".zip"
        return path, "json" if path.lower().endswith(".json") else "csv"

    # Where the file being imported comes from (signed by whom, or unsigned), shown on
    # the preview and the report; set from the verified package before they open.
    _package_source: str = ""
    _package_unsigned: bool = False

    def confirm_import(self, preview: ImportPreview) -> bool:
        """The preview dialog; the coordinator may rename the source and count again."""
        dialog = ImportPreviewDialog(
            preview, self, origin=self._package_source, unsigned=self._package_unsigned
        )
        dialog.source_edited.connect(lambda key, pub: self._recount(dialog, key, pub))
        accepted = dialog.exec() == ImportPreviewDialog.DialogCode.Accepted
        self._chosen_source = dialog.source_choice() if dialog.source_changed() else None
        return accepted

    def chosen_source(self) -> tuple[str, str] | None:
        """(key, publisher) typed in the preview when it differs from the suggestion."""
        return self._chosen_source

    def _recount(self, dialog: ImportPreviewDialog, key: str, publisher: str) -> None:
        session = self.context.session
        preview = dialog.preview

        def job(_progress: Any, _cancelled: Any) -> ImportPreview:
            with session.worker() as worker:
                return change_source(worker, preview, key, publisher)

        def done(result: ImportPreview) -> None:
            dialog.set_preview(result)
            dialog.set_busy(False)

        def failed(exc: KnownError) -> None:
            dialog.set_busy(False)
            Alert.error(dialog, import_error(exc))

        self.work.run(
            job, QCoreApplication.translate("DirectoryPage", "Counting again…"), done, failed
        )

    def show_report(self, preview: ImportPreview) -> None:
        ImportPreviewDialog(
            preview,
            self,
            done=True,
            origin=self._package_source,
            unsigned=self._package_unsigned,
        ).exec()

    def choose_import(self) -> None:
        path = self.ask_import_path()
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        session = self.context.session

        def job(progress: Any, cancelled: Any) -> PackagePreview:
            # A signed package is verified before its files are read as HSDS.
            with session.worker() as worker:
                return preview_package(worker, path, "", progress, cancelled)

        self._start(
            job,
            QCoreApplication.translate("DirectoryPage", "Reading {file}…").format(file=path.name),
            self._previewed,
        )

    def _previewed(self, package: PackagePreview) -> None:
        self._package_source = source_line(package)
        self._package_unsigned = not package.signed
        self._chosen_source = None
        preview = package.inner
        if not self.confirm_import(preview):
            return
        session = self.context.session
        chosen = self.chosen_source()

        def job(progress: Any, cancelled: Any) -> PackagePreview:
            with session.worker() as worker:
                if chosen is not None:
                    change_source(worker, preview, chosen[0], chosen[1])
                return commit_package(worker, package, progress, cancelled)

        self._start(
            job,
            QCoreApplication.translate("DirectoryPage", "Importing {n} services…").format(
                n=len(package.inner.services)
            ),
            self._imported,
        )

    def _imported(self, package: PackagePreview) -> None:
        self.reload()
        self._changed()
        self.show_report(package.inner)

    def choose_export(self) -> None:
        path, fmt = self.ask_export_path()
        if path:
            self.start_export(Path(path), fmt)

    def start_export(self, path: Path, fmt: str) -> None:
        session = self.context.session

        def job(progress: Any, cancelled: Any) -> int:
            with session.worker() as worker:
                return use_cases.export_directory(worker, path, fmt, progress, cancelled)

        self._start(
            job,
            QCoreApplication.translate("DirectoryPage", "Exporting…"),
            lambda n: Alert.info(
                self,
                QCoreApplication.translate(
                    "DirectoryPage", "{n} services exported to {file}."
                ).format(n=n, file=path.name),
            ),
        )

    def _start(self, job: Any, label: str, on_done: Any) -> None:
        self.import_button.setEnabled(False)
        self.export_button.setEnabled(False)

        def done(result: Any) -> None:
            self._idle()
            on_done(result)

        def failed(exc: KnownError) -> None:
            self._idle()
            Alert.error(self, import_error(exc))

        self.work.run(job, label, done, failed)

    def _idle(self) -> None:
        self.import_button.setEnabled(True)
        self.export_button.setEnabled(True)

    def cancel_work(self) -> None:
        self.work.cancel()


def source_line(package: PackagePreview) -> str:
    """Signed by whom (verified), or the visible "unsigned source" mark."""
    if package.signed:
        return QCoreApplication.translate(
            "DirectoryPage", "Signed by {org} (verified), version {version}, published {date}."
        ).format(
            org=package.publisher_name, version=package.version, date=package.published_at[:10]
        )
    return QCoreApplication.translate(
        "DirectoryPage",
        "Unsigned source: no organization signed this file, so where it comes from and "
        "whether it was changed cannot be checked.",
    )
