"""The main window: a frame around the pages, with the lock action and who is signed in.

It owns no feature. Pages come from `ui.pages.registry`; each sends signals upward and
the window routes them. A deferred page is built the first time it is shown (or asked
for by `page_named`) and takes its placeholder's row. Locking destroys the whole window,
so nothing stays on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from intake_app.resources import resources_dir
from intake_app.settings import read_setting
from intake_app.source_lines import drop_source_lines

from intake_app.ui.commands import BINDINGS, Command
from intake_app.ui.context import AppContext
from intake_app.ui.pages.base import Page
from intake_app.ui.pages.registry import PAGES, DeferredPage, build_pages
from intake_app.ui.widgets.damage_banner import DamageBanner
from intake_app.ui.widgets.read_only_banner import read_only_banner

if TYPE_CHECKING:
    from intake_app.ui.pages.clients_page import ClientsPage


class MainWindow(QMainWindow):
    lock_requested = Signal()
    language_change_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("main-window")
        self.setWindowTitle("Passerelle")  # never a client's name
        # Small enough for a 1024×600 netbook screen with its panel and title bar; pages
        # scroll or split rather than demanding more.
        self.setMinimumSize(760, 460)

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("lock-action")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock Passerelle now (Ctrl+L)"))
        self.lock_action.setIcon(QIcon(str(resources_dir() / "icons" / "lock.svg")))
        self.lock_action.triggered.connect(self.lock_requested)

        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        org = read_setting(context.session, "org.name")
        self.org_label = QLabel(org, toolbar)
        self.org_label.setObjectName("org-name-label")
        font = self.org_label.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 1)
        self.org_label.setFont(font)
        self.org_label.setContentsMargins(8, 0, 8, 0)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        user = context.session.user
        role = self.tr("coordinator") if user.is_coordinator else self.tr("caseworker")
        self.user_label = QLabel(
            self.tr("Signed in: %1 (%2)").replace("%1", user.name).replace("%2", role), toolbar
        )
        self.user_label.setObjectName("user-label")
        self.user_label.setContentsMargins(8, 0, 8, 0)
        toolbar.addWidget(self.org_label)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.user_label)
        toolbar.addAction(self.lock_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setSpacing(2)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { border: none; outline: 0; background: palette(window);"
            " font-size: 11pt; }"
            "QListWidget#sidebar::item { padding: 10px 14px; border-radius: 6px; }"
            "QListWidget#sidebar::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget(self)
        self.pages: list[Page] = build_pages(context)
        for page in self.pages:
            self.stack.addWidget(page)
            QListWidgetItem(page.title(), self.sidebar)
            page.badge_changed.connect(lambda p=page: self._show_badge(p))
        self._clients: ClientsPage | None = None
        self.sidebar.setFixedWidth(self._sidebar_width())
        self.sidebar.currentRowChanged.connect(self._show_page)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(8, 8, 8, 8)
        self.read_only_banner: QLabel | None = None
        if context.session.read_only:
            self.read_only_banner = read_only_banner(central)
            outer.addWidget(self.read_only_banner)
        # Shown as soon as the background page check finds damage (a large vault).
        self.damage_banner = DamageBanner(central)
        outer.addWidget(self.damage_banner)
        if context.session.page_check is not None:
            context.session.page_check.on_damage(self.damage_banner.found.emit)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._wire_pages()
        self._bind_commands()
        for page in self.pages:
            self._show_badge(page)
        self.sidebar.setCurrentRow(0)
        self.statusBar().showMessage(self.tr("Vault unlocked."), 4000)
        drop_source_lines()  # what importing the pages left behind

    def _show_badge(self, page: Page) -> None:
        item = self.sidebar.item(self.pages.index(page))
        count = page.badge()
        item.setText(f"{page.title()}  ({count})" if count else page.title())
        item.setToolTip(self.tr("%n follow-up(s) due", "", count) if count else "")

    def _bind_commands(self) -> None:
        """Window-wide shortcuts: they work wherever the focus is (the sidebar too)."""
        self.command_actions: dict[Command, QAction] = {}
        for binding in BINDINGS:
            if binding.command is Command.LOCK:
                continue  # the lock action above, application-wide
            action = QAction(binding.shown_text(), self)
            action.setShortcut(binding.sequence())
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, c=binding.command: self.run_command(c))
            self.addAction(action)
            self.command_actions[binding.command] = action

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def run_command(self, command: Command) -> None:
        if command is Command.HELP:
            from intake_app.ui.shortcut_sheet import ShortcutSheet

            ShortcutSheet(self).exec()
            return
        if command is Command.HOME:
            self.show_page(self.pages[0])
            self.pages[0].command(Command.FIND)
            return
        if self.current_page().command(command):
            return
        fallback = (
            self.page_named("ClientsPage") if command in (Command.NEW, Command.FIND) else None
        )
        if fallback is not None:
            self.show_page(fallback)
            fallback.command(command)
        elif command is Command.PRINT:
            self.statusBar().showMessage(
                self.tr("Open a client with referrals to prepare their letters."), 5000
            )
        elif command is Command.SAVE:
            self.statusBar().showMessage(self.tr("Nothing to save here."), 3000)

    def _sidebar_width(self) -> int:
        """Wide enough for the longest page title in this language, and no wider."""
        bigger = self.sidebar.font()
        bigger.setPointSizeF(11)
        metrics = QFontMetrics(bigger)
        longest = max((metrics.horizontalAdvance(p.title()) for p in self.pages), default=80)
        badge = metrics.horizontalAdvance("  (99)")
        return max(120, min(240, longest + badge + 40))

    def _wire_pages(self) -> None:
        """Route page signals to the pages that act on them (pages never reach across)."""
        from intake_app.ui.pages.clients_page import ClientsPage  # imported by build_pages

        self._clients = next((p for p in self.pages if isinstance(p, ClientsPage)), None)
        for page in self.pages:
            self._wire(page)

    def _wire(self, page: Page) -> None:
        opener = getattr(page, "client_open_requested", None)
        if opener is not None and self._clients is not None:
            opener.connect(lambda cid, c=self._clients: self._open_client(c, cid))
        language = getattr(page, "language_changed", None)
        if language is not None:
            language.connect(self.language_change_requested)
        new_intake = getattr(page, "new_intake_requested", None)
        if new_intake is not None:
            new_intake.connect(lambda: self.run_command(Command.NEW))
        letters = getattr(page, "letter_requested", None)
        if letters is not None:
            letters.connect(lambda ids, p=page: self._open_letters(p, ids))

    def _built(self, row: int) -> Page:
        """The page of `row`, built now if it was deferred (it takes its placeholder's
        place in the stack; the placeholder is deleted)."""
        placeholder = self.pages[row]
        if not isinstance(placeholder, DeferredPage):
            return placeholder
        page = placeholder.build()
        self.pages[row] = page
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if current == row:
            self.stack.setCurrentIndex(row)
        page.badge_changed.connect(lambda p=page: self._show_badge(p))
        self._wire(page)
        self._show_badge(page)
        drop_source_lines()
        return page

    def _open_letters(self, page: Page, referral_ids: list[int]) -> None:
        from intake_app.ui.letters.opener import open_letter_dialog

        open_letter_dialog(self.context, referral_ids, self, on_issued=lambda _i: page.activated())

    def _open_client(self, clients_page: ClientsPage, client_id: int) -> None:
        self.show_page(clients_page)
        clients_page.open_client(client_id)

    def show_page(self, page: Page) -> None:
        self.sidebar.setCurrentRow(self._row_of(page))

    def _row_of(self, page: Page) -> int:
        if isinstance(page, DeferredPage):  # built in its row, or about to be
            return PAGES.index(page.spec)  # pages are in the registry's order
        return self.pages.index(page)

    def page_named(self, class_name: str) -> Page | None:
        """The page of that class, built if it was deferred."""
        for row, page in enumerate(self.pages):
            name = page.spec.class_name if isinstance(page, DeferredPage) else type(page).__name__
            if name == class_name:
                return self._built(row)
        return None

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self._built(row)
            self.stack.setCurrentIndex(row)
            self.pages[row].activated()
            for other in self.pages:
                if other is not self.pages[row]:
                    other.update_badge()  # e.g. a follow-up done on the Referrals page

    def shutdown(self) -> None:
        for page in self.pages:
            page.shutdown()
