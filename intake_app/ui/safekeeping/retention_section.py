"""Settings > Retention (coordinators): how long inactive clients are kept, the list of
clients due for deletion, deleting them on confirmation, and a client's own record as a
PDF for a right-of-access request."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.permissions import Permission, allowed
from intake_app.errors import ErrorCode, KnownError
from intake_app.retention.policy import (
    RetentionResult,
    client_id_for_number,
    delete_inactive,
    due_for_deletion,
    mark_checked,
    weekly_check_due,
)
from intake_app.retention.record_export import default_file_name, export_client_record
from intake_app.settings import change_settings, read_setting

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert, Question
from intake_app.ui.safekeeping.retention_model import RetentionModel
from intake_app.ui.settings.section import SettingsSection
from intake_app.ui.widgets.pickers import Pickers
from intake_app.ui.widgets.progress_runner import run_with_progress


class RetentionSection(SettingsSection):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("settings-retention")
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        if not self.visible_to_user():
            return

        keep_box = QGroupBox(self.tr("How long to keep inactive clients"), self)
        self.months = QSpinBox(keep_box)
        self.months.setObjectName("retention-months")
        self.months.setRange(1, 240)
        self.months.setSuffix(self.tr(" months"))
        self.months.setValue(int(read_setting(context.session, "retention.months")))
        self.save = QPushButton(self.tr("&Save"), keep_box)
        self.save.setObjectName("retention-save")
        keep_text = QLabel(
            self.tr(
                "A client with no activity (no change, referral or letter) for longer than "
                "this is listed below for deletion. Nothing is deleted without your "
                "confirmation."
            ),
            keep_box,
        )
        keep_text.setWordWrap(True)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep for:"), keep_box))
        keep_row.addWidget(self.months)
        keep_row.addWidget(self.save)
        keep_row.addStretch(1)
        keep_layout = QVBoxLayout(keep_box)
        keep_layout.addWidget(keep_text)
        keep_layout.addLayout(keep_row)
        layout.addWidget(keep_box)

        due_box = QGroupBox(self.tr("Clients due for deletion"), self)
        self.model = RetentionModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RetentionModel.SortRole)
        self.view = QTableView(due_box)
        self.view.setObjectName("retention-table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(RetentionModel.LAST, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(180)
        self.summary = QLabel(due_box)
        self.summary.setObjectName("retention-summary")
        self.summary.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("&Delete these clients…"), due_box)
        self.delete_button.setObjectName("retention-delete")
        due_row = QHBoxLayout()
        due_row.addWidget(self.summary, 1)
        due_row.addWidget(self.delete_button)
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.view)
        due_layout.addLayout(due_row)
        layout.addWidget(due_box)

        access_box = QGroupBox(self.tr("A client's request to see their record"), self)
        access_text = QLabel(
            self.tr(
                "Makes a PDF of everything held about one client, including barriers and "
                "notes, for that client only. The export is recorded in the audit trail."
            ),
            access_box,
        )
        access_text.setWordWrap(True)
        self.client_number = QLineEdit(access_box)
        self.client_number.setObjectName("retention-client-number")
        self.client_number.setPlaceholderText(self.tr("e.g. C-000042"))
        self.export_button = QPushButton(self.tr("&Export record (PDF)…"), access_box)
        self.export_button.setObjectName("retention-export-record")
        access_form = QFormLayout()
        number_row = QHBoxLayout()
        number_row.addWidget(self.client_number, 1)
        number_row.addWidget(self.export_button)
        access_form.addRow(self.tr("Client number:"), number_row)
        access_layout = QVBoxLayout(access_box)
        access_layout.addWidget(access_text)
        access_layout.addLayout(access_form)
        layout.addWidget(access_box)
        layout.addStretch(1)

        self.save.clicked.connect(self.save_months)
        self.delete_button.clicked.connect(self.delete_due)
        self.export_button.clicked.connect(self.export_record)
        self._weekly_due = weekly_check_due(context.session)
        self._loaded = False
        if self._weekly_due and self.visible_to_user():
            # Once a week the tab title carries the count; otherwise the list (a pass over
            # every client) is made when the tab is first shown, not at unlock.
            self.refresh()

    def title(self) -> str:
        """With the number of clients due when the weekly look is due, so the tab shows it."""
        due = self.model.rowCount() if self.visible_to_user() else 0
        if self.visible_to_user() and self._weekly_due and due:
            return self.tr("Retention (%1)").replace("%1", str(due))
        return self.tr("Retention")

    def showEvent(self, event: QShowEvent) -> None:
        """Looking at the list is the weekly check."""
        super().showEvent(event)
        if not self._loaded:
            self.refresh()
        if self.visible_to_user() and self._weekly_due:
            try:
                mark_checked(self.context.session)
            except KnownError as exc:
                Alert.error(self, exc)
                return
            self._weekly_due = False

    def visible_to_user(self) -> bool:
        return allowed(self.context.session.user, Permission.MANAGE_RETENTION)

    def refresh(self) -> None:
        try:
            due = due_for_deletion(self.context.session)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self._loaded = True
        self.model.set_rows(due)
        self.summary.setText(
            self.tr("%n client(s) inactive for longer than the period above.", "", len(due))
            if due
            else self.tr("No client is due for deletion.")
        )
        self.delete_button.setEnabled(bool(due))

    def save_months(self) -> None:
        try:
            change_settings(self.context.session, {"retention.months": self.months.value()})
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.refresh()

    def delete_due(self) -> None:
        ids = self.model.ids()
        if not ids:
            return
        question = self.tr(
            "Delete %n client record(s) for good? Their needs, consents, referrals and notes "
            "are erased. Only anonymous counts remain. This cannot be undone.",
            "",
            len(ids),
        )
        if not Question.ask(
            self, question, self.tr("Delete for good"), self.tr("Keep them"), destructive=True
        ):
            return
        self.context.pool.cancel_all_and_wait()
        session = self.context.session
        try:
            result = run_with_progress(
                self,
                self.tr(
                    "Deleting the client records… Cancel keeps every record; once they are "
                    "deleted, the vault is compacted and that last step cannot be stopped."
                ),
                lambda progress, cancelled: delete_inactive(
                    session, ids, confirmed=True, progress=progress, cancelled=cancelled
                ),
                self.context.pool,
                cancel_text=self.tr("Cancel"),
            )
        except KnownError as exc:
            Alert.refused(
                self,
                exc,
                self.summary,
                self.tr("Deletion cancelled. No client record was deleted."),
            )
            return
        assert isinstance(result, RetentionResult)
        self.refresh()
        self.summary.setText(self.tr("%n client record(s) deleted.", "", result.deleted))

    def export_record(self) -> None:
        number = self.client_number.text().strip().upper()
        client_id = client_id_for_number(self.context.session, number) if number else None
        if client_id is None:
            Alert.error(self, KnownError(ErrorCode.NOT_FOUND, record="client"))
            return
        question = self.tr(
            "This PDF shows all of this client's private information, including barriers, "
            "notes and any sensitive note. Make it only to answer the client's own request, "
            "and give it only to them. Continue?"
        )
        if not Question.ask(self, question, self.tr("Make the PDF"), self.tr("Cancel")):
            return
        dest = Pickers.save_file(
            self,
            self.tr("Save the client's record"),
            default_file_name(number),
            self.tr("PDF (*.pdf)"),
        )
        if dest is None:
            return
        try:
            export_client_record(self.context.session, client_id, dest, confirmed=True)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.client_number.clear()
        Alert.info(self, self.tr("The record was saved. Give it only to the client."))
