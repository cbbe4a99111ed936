"""The import preview: what the file holds and what the import would change, before
anything is stored — services to import and skipped (why), new / updated / unchanged /
conflicting / gone, how each file was read, and the source to confirm. Afterwards the
same dialog is the report; its list of problems can be saved as CSV in the interface
language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.directory.hsds_import import ImportPreview
from intake_app.directory.sources import SuggestedBy
from intake_app.directory.use_cases import save_problem_report
from intake_app.errors import KnownError

from intake_app.ui.dialogs import Alert
from intake_app.ui.directory.import_models import FormatsModel, ProblemsModel
from intake_app.ui.directory.labels import reason_label, warning_label
from intake_app.ui.file_dialogs import choose_save_file
from intake_app.ui.widgets.screen_fit import fit_to_screen


def _table(
    model: FormatsModel | ProblemsModel, parent: QWidget, name: str, accessible: str
) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ImportPreviewDialog(QDialog):
    """Shows the preview; `exec()` returns Accepted when the user chooses to import.
    `source_edited(key, publisher)` asks the page to count again for another source."""

    source_edited = Signal(str, str)

    def __init__(
        self,
        preview: ImportPreview,
        parent: QWidget | None = None,
        *,
        done: bool = False,
        origin: str = "",
        unsigned: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import-preview")
        self.done_mode = done
        self.setWindowTitle(self.tr("Import report") if done else self.tr("Import preview"))
        fit_to_screen(self, QSize(760, 540))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        # Signed by whom (verified), or "unsigned source" (`exchange.directory_package`).
        self.origin = QLabel(origin, self)
        self.origin.setObjectName("import-origin")
        self.origin.setWordWrap(True)
        self.origin.setVisible(bool(origin))
        if unsigned:
            self.origin.setStyleSheet("font-weight: bold")
        self.summary = QLabel(self)
        self.summary.setObjectName("import-summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.details = QLabel(self)
        self.details.setObjectName("import-counts")
        self.details.setWordWrap(True)

        source_box = QGroupBox(self.tr("Source"), self)
        self.publisher = QLineEdit(source_box)
        self.publisher.setObjectName("import-publisher")
        self.key = QLineEdit(source_box)
        self.key.setObjectName("import-source-key")
        self.key.setToolTip(
            self.tr("The same key at every import of this source keeps its services updated.")
        )
        self.source_hint = QLabel(source_box)
        self.source_hint.setWordWrap(True)
        self.recount = QPushButton(self.tr("&Count again for this source"), source_box)
        self.recount.setObjectName("import-recount")
        self.recount.clicked.connect(self._recount)
        form = QFormLayout(source_box)
        form.addRow(self.tr("&Publisher:"), self.publisher)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.recount)
        key_label = QLabel(self.tr("Stable &key:"), source_box)
        key_label.setBuddy(self.key)
        form.addRow(key_label, key_row)
        form.addRow(self.source_hint)
        source_box.setEnabled(not done)

        self.problems_model = ProblemsModel([], self)
        self.formats_model = FormatsModel([], self)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        tabs = QTabWidget(self)
        problems_page = QWidget(tabs)
        pv = QVBoxLayout(problems_page)
        pv.addWidget(
            _table(
                self.problems_model,
                problems_page,
                "import-problems",
                self.tr("Records skipped or repaired"),
            ),
            1,
        )
        pv.addWidget(self.warnings)
        tabs.addTab(problems_page, self.tr("Skipped and repaired"))
        tabs.addTab(
            _table(self.formats_model, tabs, "import-formats", self.tr("How each file was read")),
            self.tr("Files read"),
        )

        buttons = QDialogButtonBox(self)
        self.import_button: QPushButton | None = None
        if done:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
        else:
            self.import_button = QPushButton(self)
            self.import_button.setObjectName("confirm-import")
            buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            buttons.accepted.connect(self.accept)
            buttons.rejected.connect(self.reject)
        save = QPushButton(self.tr("&Save report…"), self)
        save.setObjectName("save-import-report")
        save.clicked.connect(self._save)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        for w in (self.heading, self.origin, self.summary, self.details, source_box):
            layout.addWidget(w)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.set_preview(preview)

    # -- content ---------------------------------------------------------------------------

    def set_preview(self, preview: ImportPreview) -> None:
        """Show (again) what the import would do, e.g. after the source was renamed."""
        self.preview = preview
        p = preview
        self.heading.setText(
            self.tr("Imported from {file}:").format(file=p.file)
            if self.done_mode
            else self.tr("{file} is ready to import. Nothing has been stored yet.").format(
                file=p.file
            )
        )
        self.summary.setText(
            (
                self.tr("{n} services will be imported, {m} skipped.").format(
                    n=len(p.services), m=p.skipped
                )
                if not self.done_mode
                else self.tr("{n} services imported, {m} skipped.").format(
                    n=len(p.services), m=p.skipped
                )
            )
            + self._why_skipped()
        )
        self.details.setText(self.counts_text())
        self.publisher.setText(p.source.publisher)
        self.key.setText(p.source.key)
        self.source_hint.setText(self._source_hint())
        self.problems_model.set_rows(list(p.problems))
        self.formats_model.set_rows(list(p.formats))
        self.warnings.setText(
            "\n".join(f"• {warning_label(c)}: {n}" for c, n in sorted(p.warnings.items()))
        )
        if self.import_button is not None:
            self.import_button.setText(self.tr("&Import {n} services").format(n=len(p.services)))
            self.import_button.setEnabled(bool(p.services))

    def _why_skipped(self) -> str:
        """Why services were left out, by reason: "(the same id appears twice: 1; …)"."""
        reasons: dict[str, int] = {}
        for problem in self.preview.problems:
            if problem.record == "service" and problem.action == "skipped":
                text = reason_label(problem.reason)
                if problem.reason in ("missing", "empty") and problem.field:
                    text = f"{problem.field}: {text}"
                reasons[text] = reasons.get(text, 0) + 1
        if not reasons:
            return ""
        return " (" + "; ".join(f"{r}: {n}" for r, n in sorted(reasons.items())) + ")"

    def counts_text(self) -> str:
        p = self.preview
        lines = [
            self.tr(
                "New: {new} · updated: {updated} · unchanged: {unchanged} · "
                "changed upstream where you changed them: {conflicting} · "
                "gone upstream: {gone}"
            ).format(
                new=p.new,
                updated=p.updated,
                unchanged=p.unchanged,
                conflicting=p.conflicting,
                gone=p.gone,
            ),
            self.tr(
                "Organizations: {orgs} · locations: {locs} · repaired records: {repaired}"
            ).format(orgs=p.organizations, locs=p.locations, repaired=p.repaired),
        ]
        if p.uncategorised:
            lines.append(
                self.tr(
                    "{n} services have no category yet: routing cannot suggest them until "
                    "you assign one (Directory, Needs attention)."
                ).format(n=p.uncategorised)
            )
        if p.conflicting or p.gone:
            lines.append(
                self.tr(
                    "Your local changes are kept. Services changed upstream or gone are "
                    "listed under Needs attention."
                )
            )
        return "\n".join(lines)

    def _source_hint(self) -> str:
        by = self.preview.source.suggested_by
        if by is SuggestedBy.EXISTING:
            return self.tr("A source you imported before holds these services.")
        if by is SuggestedBy.PACKAGE:
            return self.tr("Suggested from the package's name. Check it.")
        if by is SuggestedBy.GIVEN:
            return self.tr("Named by you.")
        return self.tr(
            "The file does not say which source it is (its name is the HSDS template's). "
            "Check the publisher and choose a key you will use for every import of it."
        )

    def source_choice(self) -> tuple[str, str]:
        return self.key.text().strip(), self.publisher.text().strip()

    def source_changed(self) -> bool:
        key, publisher = self.source_choice()
        return (key, publisher) != (self.preview.source.key, self.preview.source.publisher)

    def set_busy(self, busy: bool) -> None:
        self.recount.setEnabled(not busy)
        if self.import_button is not None:
            self.import_button.setEnabled(not busy and bool(self.preview.services))

    def _recount(self) -> None:
        key, publisher = self.source_choice()
        if key:
            self.set_busy(True)
            self.source_edited.emit(key, publisher)

    def report_text(self) -> str:
        """The summary as plain text (also what tests read)."""
        return "\n".join([self.summary.text(), self.counts_text()])

    # -- saving the report -------------------------------------------------------------------

    def ask_save_path(self) -> str:
        """Through `ui.file_dialogs`, which leaves no trace of the folders visited."""
        path = choose_save_file(
            self,
            self.tr("Save the import report"),
            "import-report.csv",
            self.tr("CSV files (*.csv)"),
        )
        return str(path) if path is not None else ""

    def _save(self) -> None:
        path = self.ask_save_path()
        if not path:
            return
        self.save_report(Path(path))

    def save_report(self, path: Path) -> None:
        header, rows = self.problems_model.report_rows()
        try:
            save_problem_report(path, header, rows)
        except KnownError as exc:
            Alert.error(self, exc)
