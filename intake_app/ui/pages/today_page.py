"""Today: the screen a caseworker returns to after unlocking and between clients.

Follow-ups due and overdue (their count also on the sidebar), drafts waiting, recent
clients, and the search box focused. Every row opens the client on the Clients page
(a signal up; this page reaches into no other page).
"""

from __future__ import annotations

from typing import Any

from babel.dates import format_date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from intake_app.clients.search import ClientSearch
from intake_app.desk.today import DraftWaiting, Today, load_today
from intake_app.domain.clients import ClientHit
from intake_app.domain.languages import babel_locale
from intake_app.domain.referrals import ReferralRow

from intake_app.ui.clients.models import ClientHitsModel
from intake_app.ui.commands import Command
from intake_app.ui.context import AppContext
from intake_app.ui.pages.base import Page
from intake_app.ui.pages.today_models import DraftsModel, FollowUpsModel
from intake_app.ui.widgets.data_role import ROW_ROLE
from intake_app.ui.widgets.rows_model import RowsModel

SEARCH_DELAY_MS = 30


def _table(
    parent: QWidget,
    name: str,
    model: RowsModel[Any],
    accessible: str,
    stretch: tuple[int, ...] = (0,),
) -> QTableView:
    """A read-only list; the `stretch` columns share the width (names and services), the
    others (numbers, dates) take what their contents need."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


class TodayPage(Page):
    client_open_requested = Signal(int)
    new_intake_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("page-today")
        self.search = ClientSearch(context.session, limit=20)
        self.today: Today | None = None
        lang = context.ui_lang
        day = context.clock.now().date()
        self.heading = QLabel(self)
        self.heading.setObjectName("today-heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setText(
            self.tr("Today, %1").replace("%1", format_date(day, "full", locale=babel_locale(lang)))
        )
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("today-search")
        self.search_box.setPlaceholderText(self.tr("Find a client: name, phone or number"))
        self.search_box.setAccessibleName(self.tr("Find a client"))
        self.search_box.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New intake"), self)
        self.new_button.setObjectName("today-new-intake")
        self.new_button.setToolTip(self.tr("New intake (Ctrl+N)"))

        self.follow_ups_label = QLabel(self)
        self.follow_ups_model = FollowUpsModel(lang, day, self)
        self.follow_ups = _table(
            self,
            "today-follow-ups",
            self.follow_ups_model,
            self.tr("Follow-ups due"),
            stretch=(0, 1),  # the person and the service share the width
        )
        self.follow_ups_label.setBuddy(self.follow_ups)
        self.recent_label = QLabel(self.tr("&Recent clients"), self)
        self.recent_model = ClientHitsModel(lang, self)
        self.recent = _table(self, "today-recent", self.recent_model, self.tr("Recent clients"))
        self.recent_label.setBuddy(self.recent)
        self.drafts_label = QLabel(self)
        self.drafts_model = DraftsModel(lang, self)
        self.drafts = _table(self, "today-drafts", self.drafts_model, self.tr("Drafts waiting"))
        self.drafts_label.setBuddy(self.drafts)

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.follow_ups_label, 0, 0)
        grid.addWidget(self.follow_ups, 1, 0, 3, 1)
        grid.addWidget(self.recent_label, 0, 1)
        grid.addWidget(self.recent, 1, 1)
        grid.addWidget(self.drafts_label, 2, 1)
        grid.addWidget(self.drafts, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search_box.textChanged.connect(self._timer.start)
        self.search_box.returnPressed.connect(self._open_first)
        self.new_button.clicked.connect(self.new_intake_requested)
        for view in (self.follow_ups, self.drafts, self.recent):
            view.activated.connect(self._open_row)
            view.doubleClicked.connect(self._open_row)
        self.refresh()

    def title(self) -> str:
        return self.tr("Today")

    def badge(self) -> int:
        """Follow-ups due or overdue, shown beside the page's name in the sidebar."""
        return len(self.today.follow_ups) if self.today else 0

    def update_badge(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self.context.session.closed:
            return
        self.today = load_today(self.context.session, self.search)
        t = self.today
        self.follow_ups_model.set_rows(t.follow_ups)
        if t.follow_ups:
            text = self.tr("&Follow-ups due: %n", "", len(t.follow_ups))
            if t.overdue:
                text += " " + self.tr("(%n overdue)", "", t.overdue)
        else:
            text = self.tr("&Follow-ups due: none today")
        self.follow_ups_label.setText(text)
        self.drafts_model.set_rows(t.drafts)
        self.drafts_label.setText(
            self.tr("&Drafts waiting: %n", "", len(t.drafts))
            if t.drafts
            else self.tr("&Drafts waiting: none")
        )
        self._search()
        self.badge_changed.emit()

    def _search(self) -> None:
        query = self.search_box.text()
        if not query.strip():
            hits = list(self.today.recent) if self.today else []
            self.recent_label.setText(self.tr("&Recent clients"))
        else:
            hits = self.search.search(query, include_archived=False)
            self.recent_label.setText(self.tr("&Matches: %n", "", len(hits)))
        self.recent_model.set_rows(hits)

    def _open_first(self) -> None:
        self._timer.stop()
        self._search()
        if self.recent_model.rowCount() > 0:
            self._open_row(self.recent_model.index(0, 0))

    def _open_row(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, ClientHit):
            self.client_open_requested.emit(row.id)
        elif isinstance(row, ReferralRow):
            self.client_open_requested.emit(row.client_id)
        elif isinstance(row, DraftWaiting):
            if row.client_id is None:
                self.new_intake_requested.emit()
            else:
                self.client_open_requested.emit(row.client_id)

    def command(self, command: Command) -> bool:
        if command is Command.FIND:
            self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_box.selectAll()
            return True
        return False

    def activated(self) -> None:
        self.refresh()
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def shutdown(self) -> None:
        self._timer.stop()
        for model in (self.follow_ups_model, self.drafts_model, self.recent_model):
            model.set_rows([])
        self.search_box.clear()
        self.search.clear()
        self.today = None
