"""Settings > Audit trail (coordinators): filter, check the chain, export to CSV."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.accounts.audit_view import (
    PAGE,
    AuditFilter,
    audit_service_names,
    audit_user_names,
    check_chain,
    export_audit_csv,
    search_audit,
)
from intake_app.domain.permissions import Permission, allowed
from intake_app.errors import KnownError

from intake_app.ui.audit.audit_model import AuditModel
from intake_app.ui.audit.labels import action_label, all_actions
from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert
from intake_app.ui.settings.section import SettingsSection
from intake_app.ui.widgets.pickers import Pickers
from intake_app.ui.widgets.tab_order import tab_in_order
from intake_app.ui.widgets.tones import Tone, set_tone

_ANY_DATE = QDate(2000, 1, 1)


class AuditSection(SettingsSection):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("settings-audit")
        self.chain = QLabel(self)
        self.chain.setObjectName("audit-chain")
        self.chain.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check &again"), self)
        self.check_button.setObjectName("audit-check")
        chain_row = QHBoxLayout()
        chain_row.addWidget(self.chain, 1)
        chain_row.addWidget(self.check_button)

        self.user = QComboBox(self)
        self.user.setObjectName("audit-user")
        self.action = QComboBox(self)
        self.action.setObjectName("audit-action")
        self.since = self._date_edit("audit-since")
        self.until = self._date_edit("audit-until")
        self.client = QLineEdit(self)
        self.client.setObjectName("audit-client")
        self.client.setPlaceholderText(self.tr("e.g. C-000042"))
        self.client.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("&Export to CSV…"), self)
        self.export_button.setObjectName("audit-export")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for col, (label, widget) in enumerate(
            (
                (self.tr("Who:"), self.user),
                (self.tr("What:"), self.action),
                (self.tr("From:"), self.since),
                (self.tr("To:"), self.until),
                (self.tr("Client number:"), self.client),
            )
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, col)
            grid.addWidget(widget, 1, col)
        grid.setColumnStretch(1, 1)

        self._user_names: dict[int, str] = {}
        self.model = AuditModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(AuditModel.SortRole)
        self.view = QTableView(self)
        self.view.setObjectName("audit-table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(AuditModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.setMinimumHeight(260)
        self.count = QLabel(self)
        self.count.setObjectName("audit-count")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_button)

        self.view.setAccessibleName(self.tr("Audit events"))
        tab_in_order(
            self.check_button,
            self.user,
            self.action,
            self.since,
            self.until,
            self.client,
            self.view,
            self.export_button,
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(chain_row)
        layout.addLayout(grid)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        if not self.visible_to_user():
            return
        self._fill_choices()
        for combo in (self.user, self.action):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.client.editingFinished.connect(self.refresh)
        self.check_button.clicked.connect(self.check)
        self.export_button.clicked.connect(self.export)
        self.check()

    def title(self) -> str:
        return self.tr("Audit trail")

    def visible_to_user(self) -> bool:
        return allowed(self.context.session.user, Permission.VIEW_AUDIT)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_ANY_DATE)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(_ANY_DATE)
        return edit

    def showEvent(self, event: QShowEvent) -> None:
        """Events keep coming while the window is open: show the trail as it is now."""
        super().showEvent(event)
        if self.visible_to_user() and not self.context.session.closed:
            self.check()

    def _fill_choices(self) -> None:
        self.user.addItem(self.tr("Everyone"), None)
        try:
            names = audit_user_names(self.context.session)
        except KnownError:
            names = {}
        self._user_names = dict(names)
        for user_id, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            self.user.addItem(name, user_id)
        self.action.addItem(self.tr("Any action"), None)
        for action in sorted(all_actions(), key=action_label):
            self.action.addItem(action_label(action), action)

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        d = edit.date()
        return None if d == _ANY_DATE else date(d.year(), d.month(), d.day())

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            user_id=self.user.currentData(),
            action=self.action.currentData(),
            since=self._day(self.since),
            until=self._day(self.until),
            client_number=self.client.text().strip() or None,
        )

    def refresh(self) -> None:
        try:
            rows = search_audit(self.context.session, self.current_filter())
        except KnownError as exc:
            Alert.error(self, exc)
            return
        try:
            services = audit_service_names(self.context.session, rows)
        except KnownError:
            services = {}
        self.model.set_rows(rows, services, self._user_names)
        self.view.sortByColumn(
            self.view.horizontalHeader().sortIndicatorSection(),
            self.view.horizontalHeader().sortIndicatorOrder(),
        )
        if len(rows) >= PAGE:
            self.count.setText(
                self.tr(
                    "Showing the newest %1 events. Narrow the filters to see older ones."
                ).replace("%1", str(PAGE))
            )
        else:
            self.count.setText(self.tr("%n event(s)", "", len(rows)))

    def check(self) -> None:
        """Check the chain again and reload the list, so both tell the same count."""
        report = check_chain(self.context.session)
        self.refresh()
        if report.intact:
            self.chain.setText(
                self.tr(
                    "Audit trail intact: %n event(s), none changed or removed.", "", report.events
                )
            )
            set_tone(self.chain, Tone.GOOD)
        else:
            self.chain.setText(
                self.tr(
                    "The audit trail is broken at event %1: that event or one before it "
                    "was changed or removed outside Passerelle."
                ).replace("%1", str(report.broken_at))
            )
            set_tone(self.chain, Tone.BAD)

    def export(self) -> None:
        dest = Pickers.save_file(
            self, self.tr("Export the audit trail"), "audit-trail.csv", self.tr("CSV (*.csv)")
        )
        if dest is None:
            return
        try:
            count = export_audit_csv(self.context.session, self.current_filter(), dest)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.count.setText(self.tr("%n event(s) exported.", "", count))
        self.refresh()
