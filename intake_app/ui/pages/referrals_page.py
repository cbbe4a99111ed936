"""The Referrals page: it opens on today's follow-ups; everything else is one click away.

Filters (state, caseworker, service) go to the storage layer; the table sorts. The panel
on the right moves the chosen referral along. Signals go up: open a client, make letters.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.referrals import OPEN_STATES, ReferralFilter, ReferralState
from intake_app.errors import KnownError
from intake_app.referrals.follow_up import filter_choices, list_referrals

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert
from intake_app.ui.pages.base import Page
from intake_app.ui.referrals.labels import state_text
from intake_app.ui.referrals.referral_panel import ReferralPanel
from intake_app.ui.referrals.referrals_model import ID_ROLE, SORT_ROLE, Column, ReferralsModel


class ReferralsPage(Page):
    client_open_requested = Signal(int)
    letter_requested = Signal(list)  # referral ids

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("page-referrals")
        today = context.clock.now().date()

        self.due_button = QPushButton(self.tr("Follow-ups due"), self)
        self.due_button.setObjectName("referrals-due")
        self.all_button = QPushButton(self.tr("All referrals"), self)
        self.all_button.setObjectName("referrals-all")
        self.mode = QButtonGroup(self)
        for b in (self.due_button, self.all_button):
            b.setCheckable(True)
            self.mode.addButton(b)
        self.due_button.setChecked(True)
        self.mode.buttonClicked.connect(lambda _b: self.reload())

        self.state = QComboBox(self)
        self.state.setObjectName("referrals-state")
        self.state.addItem(self.tr("Open referrals"), "open")
        self.state.addItem(self.tr("All states"), "")
        for s in ReferralState:
            self.state.addItem(state_text(s), s.value)
        self.caseworker = QComboBox(self)
        self.caseworker.setObjectName("referrals-caseworker")
        self.service = QComboBox(self)
        self.service.setObjectName("referrals-service")
        self.service.setMinimumWidth(220)
        for combo in (self.state, self.caseworker, self.service):
            combo.currentIndexChanged.connect(lambda _i: self.reload())

        self.model = ReferralsModel(context.ui_lang, today, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("referrals-table")
        self.table.setAccessibleName(self.tr("Referrals"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.FOLLOW_UP, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.CLIENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.SERVICE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.NEEDS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(self._open_client)

        self.panel = ReferralPanel(context, self)
        self.panel.setMinimumWidth(300)
        self.panel.setMaximumWidth(360)
        self.panel.changed.connect(self._changed)
        self.panel.client_open_requested.connect(self.client_open_requested)
        self.panel.letter_requested.connect(self.letter_requested)

        self.summary = QLabel(self)
        self.summary.setObjectName("referrals-summary")

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.due_button)
        top.addWidget(self.all_button)
        top.addSpacing(16)
        for text, combo in (
            (self.tr("State:"), self.state),
            (self.tr("Made by:"), self.caseworker),
            (self.tr("Service:"), self.service),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            top.addWidget(caption)
            top.addWidget(combo, 1 if combo is self.service else 0)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self._fill_people_and_services()
        self.reload()

    def title(self) -> str:
        return self.tr("Referrals")

    def activated(self) -> None:
        self._fill_people_and_services()
        self.reload()

    def shutdown(self) -> None:
        self.model.set_rows([], self.context.clock.now().date())
        self.panel.show_referral(None)

    # -- filters ---------------------------------------------------------------------------

    def _fill_people_and_services(self) -> None:
        me = self.context.session.user
        keep_cw, keep_svc = self.caseworker.currentData(), self.service.currentData()
        for combo in (self.caseworker, self.service):
            combo.blockSignals(True)
            combo.clear()
        self.caseworker.addItem(self.tr("Everyone"), None)
        self.caseworker.addItem(self.tr("Me"), me.id)
        users, services = filter_choices(self.context.session)
        for uid, name in users:
            if uid != me.id:
                self.caseworker.addItem(name, uid)
        self.service.addItem(self.tr("All services"), None)
        for sid, name in services:
            self.service.addItem(name, sid)
        for combo, keep in ((self.caseworker, keep_cw), (self.service, keep_svc)):
            i = combo.findData(keep)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)

    def current_filter(self) -> ReferralFilter:
        state = self.state.currentData()
        states: frozenset[ReferralState]
        if state == "open":
            states = OPEN_STATES
        elif state:
            states = frozenset({ReferralState(state)})
        else:
            states = frozenset()
        return ReferralFilter(
            states=states,
            due_on_or_before=self.context.clock.now().date()
            if self.due_button.isChecked()
            else None,
            created_by=self.caseworker.currentData(),
            service_id=self.service.currentData(),
        )

    def reload(self, keep_id: int | None = None) -> None:
        today = self.context.clock.now().date()
        f = self.current_filter()
        try:
            rows = list_referrals(self.context.session, f)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.model.set_rows(rows, today)
        n = len(rows)
        if self.due_button.isChecked():
            if n == 0:
                text = self.tr("No follow-ups due.")
            else:
                text = self.tr("%n follow-up(s) due today or earlier.", "", n)
        else:
            text = self.tr("%n referral(s).", "", n)
        self.summary.setText(text)
        self._select(keep_id)

    def _select(self, referral_id: int | None) -> None:
        row = self.model.row_of(referral_id) if referral_id is not None else -1
        if row < 0:
            self.table.clearSelection()
            self.panel.show_referral(None)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _selected(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.panel.show_referral(None)
            return
        source = self.proxy.mapToSource(rows[0])
        self.panel.show_referral(self.model.referral(source.row()))

    def _changed(self, referral_id: int) -> None:
        self.reload(keep_id=referral_id)

    def _open_client(self, index: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            ref = self.model.referral(self.proxy.mapToSource(rows[0]).row())
            if ref is not None:
                self.client_open_requested.emit(ref.client_id)

    def select_referral(self, referral_id: int) -> None:
        self._select(referral_id)

    def id_at(self, proxy_row: int) -> int:
        return int(self.proxy.index(proxy_row, 0).data(ID_ROLE))
