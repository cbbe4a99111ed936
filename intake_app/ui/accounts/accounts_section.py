"""Settings > Accounts: your own passphrase (everyone), staff accounts (coordinators).

Adding an account and setting a first passphrase derive keys (about half a second each),
so they run on the worker pool. Removing an account re-keys the whole database; that runs
on this thread after every background task has been cancelled and waited for, because
`PRAGMA rekey` needs every other connection closed and no page may read meanwhile.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.accounts.manage import (
    add_user,
    change_role,
    list_accounts,
    remove_user,
    reset_passphrase,
)
from intake_app.domain.permissions import Permission, allowed
from intake_app.domain.users import Role, User
from intake_app.errors import KnownError

from intake_app.ui.accounts.account_dialogs import AddUserDialog, ResetPassphraseDialog
from intake_app.ui.accounts.accounts_model import AccountsModel
from intake_app.ui.accounts.change_passphrase_dialog import ChangePassphraseDialog
from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert, Question
from intake_app.ui.settings.section import SettingsSection
from intake_app.ui.widgets.progress_runner import run_with_progress
from intake_app.ui.workers import Job, Worker

log = logging.getLogger(__name__)


class AccountsSection(SettingsSection):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("settings-accounts")
        user = context.session.user
        self.manage = allowed(user, Permission.MANAGE_ACCOUNTS)
        self._worker: Worker | None = None

        mine = QGroupBox(self.tr("Your account"), self)
        role = self.tr("coordinator") if user.is_coordinator else self.tr("caseworker")
        who = QLabel(
            self.tr("Signed in as %1 (%2).").replace("%1", user.name).replace("%2", role), mine
        )
        who.setWordWrap(True)
        self.change_own = QPushButton(self.tr("&Change my passphrase…"), mine)
        self.change_own.setObjectName("change-own-passphrase")
        row = QHBoxLayout(mine)
        row.addWidget(who, 1)
        row.addWidget(self.change_own)
        self.change_own.clicked.connect(self.change_my_passphrase)

        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(mine)

        self.model = AccountsModel(user.id, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.status = QLabel(self)
        self.status.setObjectName("accounts-status")
        self.status.setWordWrap(True)
        if self.manage:
            staff = QGroupBox(self.tr("Staff accounts"), self)
            self.view = QTableView(staff)
            self.view.setObjectName("accounts-table")
            self.view.setModel(self.proxy)
            self.view.setSortingEnabled(True)
            self.view.sortByColumn(AccountsModel.NAME, Qt.SortOrder.AscendingOrder)
            self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            self.view.verticalHeader().hide()
            self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            self.view.setMinimumHeight(200)
            self.add_button = QPushButton(self.tr("&Add an account…"), staff)
            self.add_button.setObjectName("add-account")
            self.reset_button = QPushButton(self.tr("New &first passphrase…"), staff)
            self.reset_button.setObjectName("reset-passphrase")
            self.role_button = QPushButton(self.tr("Change &role"), staff)
            self.role_button.setObjectName("change-role")
            self.remove_button = QPushButton(self.tr("Re&move…"), staff)
            self.remove_button.setObjectName("remove-account")
            buttons = QVBoxLayout()
            for b in (self.add_button, self.reset_button, self.role_button, self.remove_button):
                buttons.addWidget(b)
            buttons.addStretch(1)
            body = QHBoxLayout()
            body.addWidget(self.view, 1)
            body.addLayout(buttons)
            help_text = QLabel(
                self.tr(
                    "Removing an account changes the vault's key, so an old copy of that "
                    "person's passphrase opens nothing. Everyone else keeps theirs."
                ),
                staff,
            )
            help_text.setWordWrap(True)
            staff_layout = QVBoxLayout(staff)
            staff_layout.addLayout(body)
            staff_layout.addWidget(help_text)
            layout.addWidget(staff)
            self.add_button.clicked.connect(self.add_account)
            self.reset_button.clicked.connect(self.reset_selected)
            self.role_button.clicked.connect(self.toggle_role_of_selected)
            self.remove_button.clicked.connect(self.remove_selected)
            self.view.selectionModel().selectionChanged.connect(lambda *_: self._refresh_buttons())
            self.reload()
        layout.addWidget(self.status)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Accounts")

    # -- state ---------------------------------------------------------------------------

    def reload(self) -> None:
        if not self.manage:
            return
        try:
            self.model.set_users(list_accounts(self.context.session))
        except KnownError as exc:
            Alert.error(self, exc)
        self._refresh_buttons()

    def selected(self) -> User | None:
        if not self.manage:
            return None
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.user_at(self.proxy.mapToSource(rows[0]).row())

    def select_user(self, user_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(AccountsModel.UserRole) == user_id:
                self.view.selectRow(row)
                return

    def _refresh_buttons(self) -> None:
        user = self.selected()
        busy = self._worker is not None
        me = user is not None and user.id == self.context.session.user.id
        self.add_button.setEnabled(not busy)
        self.reset_button.setEnabled(user is not None and not busy and not me)
        self.role_button.setEnabled(user is not None and not busy)
        self.remove_button.setEnabled(user is not None and not busy and not me)
        if user is not None:
            self.role_button.setText(
                self.tr("Make &caseworker") if user.is_coordinator else self.tr("Make &coordinator")
            )

    # -- actions -------------------------------------------------------------------------

    def change_my_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(
            self.context.session, self.context.kdf_policy, pool=self.context.pool, parent=self
        )
        if dialog.exec():
            self.status.setText(self.tr("Your new passphrase is saved. Use it next time."))

    def _run(self, job: Job, done_text: str) -> None:
        worker = Worker(job)
        worker.signals.finished.connect(lambda _r: self._finished(done_text))
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self.status.setText(self.tr("Working…"))
        self._refresh_buttons()
        self.context.pool.start(worker)

    def _finished(self, text: str) -> None:
        self._worker = None
        self.status.setText(text)
        self.reload()

    def _failed(self, exc: KnownError) -> None:
        self._worker = None
        self.status.clear()
        self._refresh_buttons()
        Alert.error(self, exc)

    def add_account(self) -> None:
        dialog = AddUserDialog(self)
        if not dialog.exec():
            return
        name, role, first = dialog.values()
        session, policy = self.context.session, self.context.kdf_policy
        self._run(
            lambda _p, _c: add_user(session, name, role, first, policy),
            self.tr("Account added. Give the first passphrase to the person privately."),
        )

    def reset_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = ResetPassphraseDialog(user.name, self)
        if not dialog.exec():
            return
        new = dialog.passphrase()
        session, policy = self.context.session, self.context.kdf_policy
        self._run(
            lambda _p, _c: reset_passphrase(session, user.id, new, policy),
            self.tr("New first passphrase set. The old one no longer works."),
        )

    def toggle_role_of_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        new_role = Role.CASEWORKER if user.is_coordinator else Role.COORDINATOR
        try:
            change_role(self.context.session, user.id, new_role)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.reload()
        self.select_user(user.id)
        self.status.setText(self.tr("Role changed. It applies from that person's next unlock."))

    def remove_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        question = self.tr(
            "Remove the account of %1? They will no longer be able to unlock Passerelle. "
            "Their past actions stay in the audit trail."
        ).replace("%1", user.name)
        if not Question.ask(
            self, question, self.tr("Remove account"), self.tr("Keep"), destructive=True
        ):
            return
        self.context.pool.cancel_all_and_wait()
        session = self.context.session
        try:
            # The re-key runs on a worker behind a modal dialog; it cannot be cancelled
            # halfway (PRAGMA rekey), and a kill is finished by the next unlock.
            run_with_progress(
                self,
                self.tr(
                    "Removing the account and changing the vault's key… This cannot be "
                    "stopped halfway: the whole vault is encrypted again with a new key. If "
                    "the computer stops, the next unlock finishes it."
                ),
                lambda progress, _cancelled: remove_user(session, user.id, progress=progress),
                self.context.pool,
            )
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.reload()
        self.status.setText(self.tr("Account removed and the vault's key changed."))
