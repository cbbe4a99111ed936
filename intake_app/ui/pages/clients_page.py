"""The Clients page: one search box that finds as you type, recent clients when it is
empty, expiring consents on demand, and the selected client's record beside the list.

Keyboard: Ctrl+N new intake, Ctrl+F search, Ctrl+S save, Esc cancel; Enter in the search
box opens the first match. Switching away from unsaved work keeps it as a draft.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.clients.consent import expiring_consents
from intake_app.clients.search import ClientSearch
from intake_app.domain.clients import ClientHit
from intake_app.domain.referrals import ReferralFilter, ReferralState
from intake_app.referrals.follow_up import list_referrals

from intake_app.ui.clients.client_editor import ClientEditor
from intake_app.ui.clients.models import ClientHitsModel
from intake_app.ui.commands import Command
from intake_app.ui.context import AppContext
from intake_app.ui.pages.base import Page
from intake_app.ui.widgets.data_role import ROW_ROLE

SEARCH_DELAY_MS = 30


class ClientsPage(Page):
    client_opened = Signal(int)
    letter_requested = Signal(list)  # referral ids (Ctrl+P)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("page-clients")
        self.search = ClientSearch(context.session)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("client-search")
        self.search_box.setPlaceholderText(self.tr("Name, phone or number"))
        self.search_box.setToolTip(self.tr("Search by name, phone or client number (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search clients"))
        # Alt+W (Ctrl+N also works): N goes to the record's Tra&nsfer button, whose other
        # letters are all taken on the client record in English.
        self.new_button = QPushButton(self.tr("Ne&w client"), self)
        self.new_button.setObjectName("new-client")
        self.new_button.setToolTip(self.tr("New intake (Ctrl+N)"))
        self.show_archived = QCheckBox(self.tr("Include archi&ved"), self)
        self.expiring_button = QPushButton(self.tr("Consents expiring soon"), self)
        self.expiring_button.setCheckable(True)
        self.list_label = QLabel(self)
        self.list_label.setStyleSheet("color: palette(mid);")
        self.model = ClientHitsModel(context.ui_lang, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.results = QTableView(self)
        self.results.setObjectName("client-results")
        self.results.setAccessibleName(self.tr("Clients found"))
        self.results.setModel(self.proxy)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.setTabKeyNavigation(False)
        self.results.setAlternatingRowColors(True)
        self.results.setWordWrap(False)  # one line per client, long names elided
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.setSpacing(8)
        # The search box has the whole width; the New button sits under it.
        left_layout.addWidget(self.search_box)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.show_archived)
        left_layout.addWidget(self.expiring_button)
        left_layout.addWidget(self.list_label)
        left_layout.addWidget(self.results, 1)
        self.editor = ClientEditor(context, self.search, self)
        self.empty = QLabel(
            self.tr("Find a client on the left, or start a new intake with Ctrl+N."), self
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.editor)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 800])  # about a third for the list, on any width
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(self._timer.start)
        self.search_box.returnPressed.connect(self._open_first)
        self.show_archived.toggled.connect(self.refresh)
        self.expiring_button.toggled.connect(self.refresh)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.new_button.clicked.connect(self.new_client)
        self.editor.saved.connect(lambda _id: self.refresh())
        self.editor.deleted.connect(self._after_delete)
        self.editor.closed.connect(self._after_close)
        self.editor.open_requested.connect(self.open_client)
        # Ctrl+N/F/S/P are the main window's (see ui/commands); Esc belongs to this page.
        self._shortcut(QKeySequence(Qt.Key.Key_Escape), self._escape)
        self.refresh()

    def _shortcut(
        self, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], None]
    ) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def title(self) -> str:
        return self.tr("Clients")

    def command(self, command: Command) -> bool:
        if command is Command.NEW:
            self.new_client()
        elif command is Command.FIND:
            self.focus_search()
        elif command is Command.SAVE:
            if self.stack.currentWidget() is not self.editor:
                return False
            self._save()
        elif command is Command.PRINT:
            return self._letters_for_open_client()
        else:
            return False
        return True

    def _letters_for_open_client(self) -> bool:
        """Ctrl+P: the letters of the open client's referrals not yet printed."""
        client_id = self.editor.client_id
        if self.stack.currentWidget() is not self.editor or client_id is None:
            return False
        rows = list_referrals(
            self.context.session,
            ReferralFilter(states=frozenset({ReferralState.CREATED}), client_id=client_id),
        )
        if not rows:
            return False
        self.letter_requested.emit([r.id for r in rows])
        return True

    # -- the list ----------------------------------------------------------------------

    def refresh(self) -> None:
        if self.context.session.closed:
            return
        archived = self.show_archived.isChecked()
        if self.expiring_button.isChecked():
            today = self.context.clock.now().date()
            seen: dict[int, ClientHit] = {}
            for hit, _consent in expiring_consents(self.context.session, today):
                seen.setdefault(hit.id, hit)
            hits = list(seen.values())
            self.list_label.setText(
                self.tr("%n client(s) with a consent ending within 30 days", "", len(hits))
            )
        else:
            query = self.search_box.text()
            hits = self.search.search(query, include_archived=archived)
            if not query.strip():
                self.list_label.setText(self.tr("Recent clients"))
            else:
                self.list_label.setText(self.tr("%n match(es)", "", len(hits)))
        self.model.set_rows(hits)

    def _open_first(self) -> None:
        self._timer.stop()
        self.refresh()
        if self.proxy.rowCount() > 0:
            self._open_index(self.proxy.index(0, 0))

    def _open_index(self, index: QModelIndex) -> None:
        hit = self.proxy.data(index, ROW_ROLE)
        if isinstance(hit, ClientHit) and hit.id != self.editor.client_id:
            self.open_client(hit.id)

    # -- the record --------------------------------------------------------------------

    def _leave_current(self) -> None:
        """Before showing another record: unsaved work goes to a draft, never lost."""
        if self.stack.currentWidget() is self.editor:
            self.editor.save_draft_now()

    def open_client(self, client_id: int) -> None:
        self._leave_current()
        if self.editor.open(client_id):
            self.stack.setCurrentWidget(self.editor)
            self.client_opened.emit(self.editor.client_id or client_id)

    def new_client(self) -> None:
        self._leave_current()
        self.editor.start_new()
        self.stack.setCurrentWidget(self.editor)
        self.editor.form.given.setFocus()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _save(self) -> None:
        if self.stack.currentWidget() is self.editor:
            self.editor.save()

    def _escape(self) -> None:
        if self.stack.currentWidget() is self.editor:
            self.editor.cancel()
        elif self.search_box.text():
            self.search_box.clear()

    def _after_close(self) -> None:
        self.stack.setCurrentWidget(self.empty)
        self.focus_search()

    def _after_delete(self, _client_id: int) -> None:
        self.stack.setCurrentWidget(self.empty)
        self.refresh()

    # -- page contract -----------------------------------------------------------------

    def activated(self) -> None:
        self.refresh()

    def shutdown(self) -> None:
        """Before the lock: keep unsaved work as a draft, then drop every shown name."""
        self._timer.stop()
        if self.stack.currentWidget() is self.editor:
            self.editor.save_draft_now()
        self.editor.clear()
        self.model.set_rows([])
        self.search_box.clear()
        self.search.clear()
