"""One client's record in tabs (Intake, Needs, Consent, History, and tabs other areas add),
with Save, Cancel, Archive, Delete, the duplicate panel and autosaved drafts.

Unsaved work is never lost silently: every change is autosaved as a draft inside the
vault after a short pause and when the vault locks; the draft comes back, with a banner,
when the same record (or a new intake) is opened again. Esc asks before discarding.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.clients import drafts, intake, merge
from intake_app.clients.duplicates import find_duplicates
from intake_app.clients.search import ClientSearch
from intake_app.domain.clients import Client
from intake_app.domain.permissions import Permission, allowed
from intake_app.errors import KnownError
from intake_app.settings import read_setting

from intake_app.ui.clients.client_tabs import extra_client_tabs
from intake_app.ui.clients.consent_editor import ConsentEditor
from intake_app.ui.clients.duplicates_panel import DuplicatesPanel
from intake_app.ui.clients.history_view import HistoryView
from intake_app.ui.clients.intake_form import IntakeForm
from intake_app.ui.clients.models import moment_text
from intake_app.ui.clients.needs_editor import NeedsEditor
from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert, Question
from intake_app.ui.widgets.tab_order import tab_in_order

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1500
DUPLICATE_CHECK_MS = 250


class ClientEditor(QWidget):
    saved = Signal(int)
    deleted = Signal(int)
    closed = Signal()
    open_requested = Signal(int)
    changed = Signal()

    def __init__(
        self, context: AppContext, search: ClientSearch, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("client-editor")
        self.context = context
        self._search = search
        self._original = Client()
        self._extra: list[QWidget] = []
        lang = context.ui_lang
        self.heading = QLabel(self)
        self.heading.setObjectName("client-heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("save-client")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Cancel (Esc)"))
        self.archive_button = QPushButton(self)
        self.archive_button.setObjectName("archive-client")
        self.delete_button = QPushButton(self.tr("Delete for good…"), self)
        self.delete_button.setObjectName("delete-client")
        # Alt+N: the only letter of "Transfer" free on the client record in English (New
        # client answers Alt+W).
        self.transfer_button = QPushButton(self.tr("Tra&nsfer…"), self)
        self.transfer_button.setObjectName("transfer-client")
        self.transfer_button.setToolTip(self.tr("Transfer to another agency…"))
        self.subheading = QLabel(self)
        self.subheading.setObjectName("client-subheading")
        # The name has a line of its own so a long one is not cut by the buttons.
        head = QVBoxLayout()
        head.setSpacing(2)
        head.addWidget(self.heading)
        actions = QHBoxLayout()
        actions.addWidget(self.subheading, 1)
        for b in (
            self.transfer_button,
            self.archive_button,
            self.delete_button,
            self.cancel_button,
            self.save_button,
        ):
            actions.addWidget(b)
        head.addLayout(actions)
        tab_in_order(
            self.transfer_button,
            self.archive_button,
            self.delete_button,
            self.cancel_button,
            self.save_button,
        )
        self.banner = QFrame(self)
        self.banner.setObjectName("draft-banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.discard_draft = QPushButton(self.tr("Discard these changes"), self.banner)
        banner_row = QHBoxLayout(self.banner)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.discard_draft)
        self.banner.hide()
        self.form = IntakeForm(lang, self)
        self.needs = NeedsEditor(lang, self)
        self.consent = ConsentEditor(lang, lambda: context.clock.now().date(), self)
        self.history = HistoryView(context.session, lang, self)
        self.tabs = QTabWidget(self)
        scroll = self.form_scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs.addTab(scroll, self.tr("Inta&ke"))
        self.tabs.addTab(self.needs, self.tr("Nee&ds"))
        self.tabs.addTab(self.consent, self.tr("&Consent"))
        self.tabs.addTab(self.history, self.tr("Histor&y"))
        self.duplicates = DuplicatesPanel(lang, self)
        body = QHBoxLayout()
        body.addWidget(self.tabs, 1)
        body.addWidget(self.duplicates)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft_now)
        self._dup_timer = QTimer(self, singleShot=True, interval=DUPLICATE_CHECK_MS)
        self._dup_timer.timeout.connect(self._check_duplicates)
        for editor in (self.form, self.needs, self.consent):
            editor.changed.connect(self._on_change)
        self.form.reveal_requested.connect(self._reveal)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.archive_button.clicked.connect(self._toggle_archive)
        self.delete_button.clicked.connect(self._delete)
        self.transfer_button.clicked.connect(self._transfer)
        self.discard_draft.clicked.connect(self._discard_draft)
        self.tabs.currentChanged.connect(lambda _i: self._sync_duplicates_visibility())
        self.duplicates.open_requested.connect(self.open_requested)
        self.duplicates.merge_requested.connect(self._merge)
        self.history.undo_merge_requested.connect(self._undo_merge)

    # -- state ------------------------------------------------------------------------

    @property
    def client_id(self) -> int | None:
        return self._original.id

    def current(self) -> Client:
        client = self._original
        for editor in (self.form, self.needs, self.consent):
            client = editor.apply(client)
        return client

    def is_dirty(self) -> bool:
        return self.current() != self._original

    def _show(self, client: Client, original: Client) -> None:
        self._original = original
        session = self.context.session
        self.form.set_sensitive_enabled(
            bool(read_setting(session, "clients.sensitive_note_enabled"))
        )
        for editor in (self.form, self.needs, self.consent):
            editor.set_client(client)
        saved = original.id is not None
        self.heading.setText(original.display_name if saved else self.tr("New intake"))
        self.heading.setToolTip(self.heading.text())
        sub = original.number if saved else self.tr("Only a name or an alias is required.")
        if original.archived:
            sub = self.tr("%1 · archived").replace("%1", sub)
        self.subheading.setText(sub)
        self.archive_button.setVisible(saved)
        self.archive_button.setText(
            self.tr("Take out of archive") if original.archived else self.tr("Archive")
        )
        self.delete_button.setVisible(saved and allowed(session.user, Permission.DELETE_CLIENTS))
        self.transfer_button.setVisible(
            saved and allowed(session.user, Permission.TRANSFER_CLIENTS)
        )
        self._remove_extra_tabs()
        if saved and original.id is not None:
            self.history.load(original.id)
            for title, widget in extra_client_tabs(self.context, original.id):
                self._extra.append(widget)
                self.tabs.addTab(widget, title)
        else:
            self.history.clear()
        self.tabs.setTabEnabled(3, saved)
        self.tabs.setCurrentIndex(0)
        self.form_scroll.verticalScrollBar().setValue(0)  # typing starts at the first field
        self._check_duplicates()

    def _remove_extra_tabs(self) -> None:
        for widget in self._extra:
            self.tabs.removeTab(self.tabs.indexOf(widget))
            widget.deleteLater()
        self._extra.clear()

    def _restore_draft(self, client_id: int | None) -> Client | None:
        found = drafts.load_draft(self.context.session, client_id)
        if found is None:
            self.banner.hide()
            return None
        draft, saved_at = found
        self.banner_text.setText(
            self.tr(
                "Unsaved changes from %1 were brought back. Save them, or discard them."
            ).replace("%1", moment_text(saved_at, self.context.ui_lang))
        )
        self.banner.show()
        return draft

    def start_new(self) -> None:
        blank = Client()
        draft = self._restore_draft(None)
        self._show(replace(draft, id=None) if draft else blank, blank)
        self.form.given.setFocus()

    def open(self, client_id: int) -> bool:
        try:
            client = intake.view_client(self.context.session, client_id)
        except KnownError as exc:
            Alert.error(self, exc)
            return False
        draft = self._restore_draft(client.id)
        shown = client
        if draft is not None:
            shown = replace(
                draft,
                id=client.id,
                number=client.number,
                archived=client.archived,
                created_at=client.created_at,
                updated_at=client.updated_at,
                last_activity=client.last_activity,
            )
        self._show(shown, client)
        return True

    # -- changes, drafts, duplicates ---------------------------------------------------

    def _on_change(self) -> None:
        self._autosave.start()
        self._dup_timer.start()
        self.changed.emit()

    def save_draft_now(self) -> None:
        """Keep unsaved work inside the vault (also called before a lock or a switch)."""
        self._autosave.stop()
        if self.context.session.closed:
            return
        try:
            if self.is_dirty():
                drafts.save_draft(self.context.session, self.current())
            else:
                drafts.discard_draft(self.context.session, self.client_id)
        except KnownError as exc:
            log.info("draft not saved: %s", exc.code.value)

    def _discard_draft(self) -> None:
        drafts.discard_draft(self.context.session, self.client_id)
        self.banner.hide()
        if self.client_id is None:
            self.start_new()
        else:
            self.open(self.client_id)

    def _check_duplicates(self) -> None:
        client = self.current()
        if self.context.session.closed or not client.has_a_name:
            self.duplicates.show_matches([], saved=client.id is not None)
            return
        matches = find_duplicates(self.context.session, client, self._search.vocabulary())
        self.duplicates.show_matches(matches, saved=client.id is not None)
        self._sync_duplicates_visibility()

    def _sync_duplicates_visibility(self) -> None:
        """Matches sit beside the intake form only; other tabs (services, history) need
        the width."""
        has_matches = self.duplicates.model.rowCount() > 0
        self.duplicates.setVisible(has_matches and self.tabs.currentIndex() == 0)

    # -- actions -----------------------------------------------------------------------

    def save(self) -> bool:
        client = self.current()
        try:
            if client.id is None:
                stored = intake.create_client(self.context.session, client)
            else:
                stored = intake.update_client(self.context.session, client)
        except KnownError as exc:
            Alert.error(self, exc)
            return False
        self._autosave.stop()
        self.banner.hide()
        assert stored.id is not None
        self._show(stored, stored)
        self.saved.emit(stored.id)
        return True

    def cancel(self) -> bool:
        """Esc: leave the record; ask first when there are unsaved changes."""
        if self.is_dirty() and not Question.ask(
            self,
            self.tr("Discard the changes you have not saved?"),
            self.tr("Discard changes"),
            self.tr("Keep editing"),
            destructive=True,
        ):
            return False
        self._autosave.stop()
        drafts.discard_draft(self.context.session, self.client_id)
        self.banner.hide()
        self.closed.emit()
        return True

    def _toggle_archive(self) -> None:
        if self.client_id is None:
            return
        archived = not self._original.archived
        try:
            intake.set_archived(self.context.session, self.client_id, archived)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        # Same record, same unsaved edits: only the archive state changed.
        edits = replace(self.current(), archived=archived)
        self._show(edits, replace(self._original, archived=archived))
        self.saved.emit(self.client_id)

    def _delete(self) -> None:
        client_id = self.client_id
        if client_id is None or not Question.ask(
            self,
            self.tr(
                "Delete this client for good? Their needs, consents and referrals are "
                "erased; the audit keeps only the record number."
            ),
            self.tr("Delete for good"),
            self.tr("Keep the record"),
            destructive=True,
        ):
            return
        try:
            intake.delete_client(self.context.session, client_id)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self._original = Client()
        self.deleted.emit(client_id)

    def _transfer(self) -> None:
        """Consent, preview and write a transfer file (`ui.exchange.dialogs`)."""
        from intake_app.ui.exchange.transfer_flow import start_transfer

        client_id = self.client_id
        if client_id is None or (self.is_dirty() and not self.save()):
            return
        if start_transfer(self, self.context.session, client_id):
            self.open(client_id)
            self.saved.emit(client_id)

    def _merge(self, other_id: int) -> None:
        if self.client_id is None or not Question.ask(
            self,
            self.tr(
                "Merge record C-%1 into this one? Its needs, consents and referrals "
                "move here. You can undo this from the History tab."
            ).replace("%1", f"{other_id:06d}"),
            self.tr("Merge"),
            self.tr("Do not merge"),
            destructive=True,
        ):
            return
        try:
            merge.merge_clients(self.context.session, self.client_id, other_id)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.open(self.client_id)
        self.saved.emit(self.client_id)

    def _undo_merge(self, merge_id: int) -> None:
        try:
            record = merge.undo_merge(self.context.session, merge_id)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.open(record.survivor_id)
        self.saved.emit(record.survivor_id)

    def _reveal(self) -> None:
        if self.client_id is None:
            return
        try:
            text = intake.reveal_sensitive_note(self.context.session, self.client_id)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.form.show_sensitive(text)

    def clear(self) -> None:
        """Drop everything shown (before a lock)."""
        self._autosave.stop()
        self._dup_timer.stop()
        self._original = Client()
        for editor in (self.form, self.needs, self.consent):
            editor.set_client(Client())
        self.history.clear()
        self.duplicates.show_matches([], saved=False)
        self._remove_extra_tabs()
