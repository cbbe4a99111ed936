"""The import preview: what the file holds and what the import would change, before
anything is stored; afterwards the same text is the report the user can save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.directory.hsds_import import ImportPreview
from intake_app.directory.use_cases import save_text_report
from intake_app.errors import KnownError

from intake_app.ui.dialogs import Alert
from intake_app.ui.directory.labels import warning_label
from intake_app.ui.file_dialogs import choose_save_file


class ImportPreviewDialog(QDialog):
    """Shows the preview; `exec()` returns Accepted when the user chooses to import."""

    def __init__(
        self,
        preview: ImportPreview,
        parent: QWidget | None = None,
        *,
        done: bool = False,
        source: str = "",
        unsigned: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import-preview")
        self.preview = preview
        self.setWindowTitle(self.tr("Import report") if done else self.tr("Import preview"))
        self.resize(620, 420)
        heading = QLabel(self)
        heading.setWordWrap(True)
        heading.setText(
            self.tr("Imported from {file}:").format(file=preview.file)
            if done
            else self.tr("{file} is ready to import. Nothing has been stored yet.").format(
                file=preview.file
            )
        )
        # Signed by whom, or "unsigned source" (from `exchange.directory_package`).
        self.source = QLabel(source, self)
        self.source.setObjectName("import-source")
        self.source.setWordWrap(True)
        self.source.setVisible(bool(source))
        if unsigned:
            self.source.setProperty("warning", True)
            self.source.setStyleSheet("font-weight: bold")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("import-report")
        self.text.setReadOnly(True)
        self.text.setPlainText(self.report_text())
        buttons = QDialogButtonBox(self)
        if done:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
        else:
            self.import_button = QPushButton(
                self.tr("&Import {n} services").format(n=len(preview.services)), self
            )
            self.import_button.setObjectName("confirm-import")
            buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            buttons.accepted.connect(self.accept)
            buttons.rejected.connect(self.reject)
        save = QPushButton(self.tr("&Save report…"), self)
        save.clicked.connect(self._save)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.source)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def report_text(self) -> str:
        p = self.preview
        lines = [
            self.tr("File: {file}").format(file=p.file),
            self.tr("Organizations: {n}").format(n=p.organizations),
            self.tr("Services: {n} ({new} new, {updated} updated)").format(
                n=len(p.services), new=p.new, updated=p.updated
            ),
            self.tr("Locations: {n}").format(n=p.locations),
        ]
        if p.warnings:
            lines.append("")
            lines.append(self.tr("Warnings (nothing was refused for these):"))
            for code, count in sorted(p.warnings.items()):
                lines.append(f"  • {warning_label(code)}: {count}")
        else:
            lines.append(self.tr("No warnings."))
        return "\n".join(lines)

    def ask_save_path(self) -> str:
        """Through `ui.file_dialogs`, which leaves no trace of the folders visited."""
        path = choose_save_file(
            self,
            self.tr("Save the import report"),
            "import-report.txt",
            self.tr("Text files (*.txt)"),
        )
        return str(path) if path is not None else ""

    def _save(self) -> None:
        path = self.ask_save_path()
        if not path:
            return
        try:
            save_text_report(Path(path), self.report_text() + "\n")
        except KnownError as exc:
            Alert.error(self, exc)
