"""The Directory page: find a service fast, see everything about it, keep it current.

The list filters in memory as the user types (accents ignored). Coordinators also create,
edit, duplicate, deactivate and verify services, and import or export HSDS files; imports
and exports run off the GUI thread with a progress bar and Cancel.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.directory import use_cases
from intake_app.directory.browse import directory_version, list_organizations
from intake_app.directory.sample import sample_services
from intake_app.domain.permissions import Permission, allowed
from intake_app.domain.services import AnyService, Organization, Service
from intake_app.errors import KnownError
from intake_app.exchange.directory_package import unsigned_sources

from intake_app.ui.commands import Command
from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert, Question
from intake_app.ui.directory.detail import ServiceDetail
from intake_app.ui.directory.editor import ServiceEditor
from intake_app.ui.directory.exchange import DirectoryExchange
from intake_app.ui.directory.filters import FilterBar
from intake_app.ui.directory.models import SERVICE_ROLE, DirectoryProxy, ServicesModel
from intake_app.ui.directory.review_dialog import ReviewDialog
from intake_app.ui.directory.work_strip import WorkStrip
from intake_app.ui.pages.base import Page


class DirectoryPage(Page, DirectoryExchange):
    service_chosen = Signal(str)  # a service id, e.g. for a referral
    directory_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("page-directory")
        user = context.session.user
        self.can_edit = allowed(user, Permission.EDIT_DIRECTORY)
        self.can_import = allowed(user, Permission.IMPORT_DIRECTORY)
        self.can_export = allowed(user, Permission.EXPORT_DIRECTORY)

        self.filters = FilterBar(context.ui_lang, self)
        self.new_button = self._button(self.tr("&New service"), "new-service", self.new_service)
        self.import_button = self._button(
            self.tr("&Import…"), "import-directory", self.choose_import
        )
        self.export_button = self._button(
            self.tr("E&xport…"), "export-directory", self.choose_export
        )
        self.attention_button = self._button(
            self.tr("Needs &attention"), "directory-attention", self.open_review
        )
        self.new_button.setVisible(self.can_edit)
        self.import_button.setVisible(self.can_import)
        self.export_button.setVisible(self.can_export)
        self.attention_button.setVisible(False)

        self.model = ServicesModel(context.ui_lang, lambda: context.clock.now().date(), self)
        self.model.whole = lambda service_id: use_cases.get_service(context.session, service_id)
        self.proxy = DirectoryProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("directory-table")
        self.table.setAccessibleName(self.tr("Services"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 160), (2, 130), (3, 105), (4, 118), (5, 90)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("directory-count")
        self.count_label.setStyleSheet("color: palette(mid);")
        # A search that finds nothing ("nouriture") offers the directory's closest words.
        self.suggest_button = self._button("", "directory-suggestion", self._use_suggestion)
        self.suggest_button.setFlat(True)
        self.suggest_button.hide()
        self._suggestion = ""

        self.detail = ServiceDetail(context.ui_lang, self)
        self.edit_button = self._button(self.tr("&Edit"), "edit-service", self.edit_current)
        self.duplicate_button = self._button(
            self.tr("D&uplicate"), "duplicate-service", self.duplicate_current
        )
        self.active_button = self._button(
            self.tr("&Deactivate"), "toggle-active", self.toggle_active
        )
        self.verify_button = self._button(
            self.tr("Mark &verified today"), "verify-service", self.verify_current
        )
        for b in (self.edit_button, self.duplicate_button, self.active_button, self.verify_button):
            b.setVisible(self.can_edit)

        # An empty directory says where services come from.
        self.empty = QFrame(self)
        self.empty.setObjectName("directory-empty")
        self.empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty_text = QLabel(self.empty)
        self.empty_text.setWordWrap(True)
        self.empty_text.setText(
            self.tr(
                "The directory is empty. Import your organization's directory file with "
                "Import…, or add the sample directory of fictional Montréal services to try "
                "Passerelle."
            )
            if self.can_import or self.can_edit
            else self.tr("The directory is empty. Ask a coordinator to import it.")
        )
        self.sample_button = self._button(
            self.tr("Add the &sample directory"), "add-sample-directory", self.add_sample
        )
        self.sample_button.setVisible(self.can_edit)
        empty_row = QHBoxLayout(self.empty)
        empty_row.addWidget(self.empty_text, 1)
        empty_row.addWidget(self.sample_button)
        self.empty.hide()

        self.work = WorkStrip(context.pool, self)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.filters, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        for b in (self.new_button, self.import_button, self.export_button, self.attention_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top.addLayout(buttons)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 6, 0)
        lv.addWidget(self.table, 1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label)
        count_row.addWidget(self.suggest_button)
        count_row.addStretch(1)
        lv.addLayout(count_row)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        rv.addWidget(self.detail, 1)
        # Two by two: four buttons in a row would make the detail pane take the list's room.
        actions = QGridLayout()
        actions.setSpacing(6)
        for i, b in enumerate(
            (self.edit_button, self.duplicate_button, self.active_button, self.verify_button)
        ):
            actions.addWidget(b, i // 2, i % 2)
        actions.setColumnStretch(2, 1)
        rv.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        # The list gets two thirds: its columns are what a caseworker scans.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([780, 380])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.work)

        self.filters.changed.connect(self._apply_filter)
        self._keep_id = ""
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self._choose_current())
        self._version: int | None = None  # loaded on first activation

    def _changed(self) -> None:
        self.directory_changed.emit()

    def title(self) -> str:
        return self.tr("Directory")

    def command(self, command: Command) -> bool:
        """Ctrl+F searches the directory while it is on screen."""
        if command is Command.FIND:
            self.filters.search.setFocus()
            self.filters.search.selectAll()
            return True
        return False

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(slot)
        return b

    # -- list and detail -----------------------------------------------------------------

    def activated(self) -> None:
        """Load the directory the first time the page is shown, and again only if it
        changed meanwhile (10,000 services take about a second to prepare)."""
        if directory_version(self.context.session) != self._version:
            self.reload()

    def reload(self, select_id: str = "") -> None:
        selected = self.current_service()
        current = select_id or (selected.id if selected is not None else "")
        # Prepared in the background after unlock (or now, if the directory changed).
        prepared = self.context.directory_list.get(
            self.context.session,
            self.context.ui_lang,
            self.context.clock.now().date(),
        )
        self._version = prepared.version
        self.proxy.adopt_index(prepared.index)
        self.model.unsigned_sources = self.detail.unsigned_sources = unsigned_sources(
            self.context.session
        )
        self.model.set_services(prepared.services, prepared.rows)
        facets = prepared.facets
        self.filters.set_choices(facets["languages"], facets["areas"])
        self.empty.setVisible(not prepared.services)
        self._update_count()
        self._update_attention(prepared.services)
        if current:
            self.select_service(current)
        else:
            self._show_detail(None)

    def _remember_selection(self) -> None:
        selected = self.current_service()
        self._keep_id = selected.id if selected is not None else ""

    def _restore_selection(self) -> None:
        if self._keep_id and self.model.row_of(self._keep_id) >= 0:
            self.select_service(self._keep_id)

    def _apply_filter(self, f: Any) -> None:
        self.proxy.set_filter(f)
        self._update_count()
        if self.current_service() is None:
            self._show_detail(None)

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("Services shown: {shown} of {total}").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )
        suggestion = self.proxy.suggestion()
        self.suggest_button.setVisible(bool(suggestion))
        if suggestion:
            self.suggest_button.setText(
                self.tr("Nothing found. Search for “{words}” instead").format(words=suggestion)
            )
            self._suggestion = suggestion

    def _use_suggestion(self) -> None:
        self.filters.search.setText(self._suggestion)
        self.filters.search.setFocus()

    def _update_attention(self, services: Sequence[AnyService]) -> None:
        """The coordinator's button: uncategorised services and upstream changes."""
        if not self.can_edit:
            return
        waiting = sum(1 for s in services if s.active and not s.categories)
        count = waiting + use_cases.review_count(self.context.session)
        self.attention_button.setText(self.tr("Needs &attention ({n})").format(n=count))
        self.attention_button.setVisible(count > 0)

    def open_review(self) -> None:
        """The review dialog (a seam for tests); reload if anything was changed there."""
        dialog = ReviewDialog(self.context.session, self.context.ui_lang, self)
        dialog.exec()
        if dialog.changed:
            self.reload()
            self.directory_changed.emit()

    def select_service(self, service_id: str) -> bool:
        row = self.model.row_of(service_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def current_service(self) -> AnyService | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(SERVICE_ROLE) if rows else None

    def _selection_changed(self, _sel: QItemSelection, _des: QItemSelection) -> None:
        self._show_detail(self.current_service())

    def _whole(self, s: AnyService | None) -> Service | None:
        """The list keeps listed records; the detail and the editor show the whole
        service, read from the vault by id (one row)."""
        if s is None or isinstance(s, Service):
            return s
        return use_cases.get_service(self.context.session, s.id)

    def _show_detail(self, s: AnyService | None) -> None:
        whole = self._whole(s)
        if whole is None:
            self.detail.clear_service()
        else:
            self.detail.show_service(whole, self.context.clock.now())
        for b in (self.edit_button, self.duplicate_button, self.active_button, self.verify_button):
            b.setEnabled(s is not None)
        self.active_button.setText(
            self.tr("&Reactivate") if s is not None and not s.active else self.tr("&Deactivate")
        )

    def _choose_current(self) -> None:
        s = self.current_service()
        if s is not None:
            self.service_chosen.emit(s.id)

    # -- editing -------------------------------------------------------------------------

    def organizations(self) -> list[Organization]:
        return list_organizations(self.context.session)

    def open_editor(self, service: Service | None) -> Service | None:
        """The editor dialog; returns the edited service, or None if cancelled (a seam)."""
        dialog = ServiceEditor(service, self.organizations(), self.context.ui_lang, self)
        if dialog.exec() == ServiceEditor.DialogCode.Accepted:
            return dialog.result_service
        return None

    def _run(self, action: Any) -> Any:
        try:
            return action()
        except KnownError as exc:
            Alert.error(self, exc)
            return None

    def add_sample(self) -> None:
        """The embedded sample directory (fictional services), for a first try."""
        if (
            self._run(lambda: use_cases.add_services(self.context.session, sample_services()))
            is None
        ):
            return
        self.reload()
        self.directory_changed.emit()

    def new_service(self) -> None:
        edited = self.open_editor(None)
        if edited is not None and self._run(
            lambda: use_cases.save_service(self.context.session, edited)
        ):
            self.reload(edited.id)
            self.directory_changed.emit()

    def edit_current(self) -> None:
        s = self._whole(self.current_service())
        if s is None:
            return
        edited = self.open_editor(s)
        if edited is not None and self._run(
            lambda: use_cases.save_service(self.context.session, edited)
        ):
            self.reload(edited.id)
            self.directory_changed.emit()

    def duplicate_current(self) -> None:
        s = self.current_service()
        if s is None:
            return
        copy = self._run(lambda: use_cases.duplicate_service(self.context.session, s.id))
        if copy is not None:
            self.reload(copy.id)
            self.directory_changed.emit()
            self.edit_current()

    def toggle_active(self) -> None:
        s = self.current_service()
        if s is None:
            return
        if s.active and not Question.ask(
            self,
            self.tr(
                "Deactivate “{name}”? It will no longer be suggested for "
                "referrals. You can reactivate it later."
            ).format(name=s.name),
            self.tr("Deactivate"),
            self.tr("Keep it"),
            destructive=True,
        ):
            return
        self._run(lambda: use_cases.set_active(self.context.session, s.id, not s.active))
        self.reload(s.id)
        self.directory_changed.emit()

    def verify_current(self) -> None:
        s = self.current_service()
        if s is not None:
            self._run(lambda: use_cases.mark_verified_today(self.context.session, s.id))
            self.reload(s.id)

    def shutdown(self) -> None:
        self.cancel_work()
        self.model.set_services([])
        self.detail.clear()
