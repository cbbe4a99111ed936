"""The pages of the main window, in sidebar order. Each area adds its page here.

Most pages are built with the window: their badges count from the first screen and a
caseworker opens them within seconds. A page marked `deferred` is built, and its code
imported, the first time it is shown: the Reports page pulls in numpy and its report
code (about 20 MB) and the Settings page its sections, which most sessions never open.
A `DeferredPage` holds its place in the sidebar until then.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from intake_app.domain.common import Lang

from intake_app.ui.context import AppContext
from intake_app.ui.pages.base import Page


def _reports_title() -> str:
    return QCoreApplication.translate("ReportsPage", "Reports")


def _settings_title() -> str:
    return QCoreApplication.translate("SettingsPage", "Settings")


@dataclass(frozen=True)
class PageSpec:
    """One page of the sidebar: where its class lives, and whether it waits to be shown."""

    key: str
    module: str
    class_name: str
    # Built on first show; its sidebar title (the page's own, same translation context).
    deferred_title: Callable[[], str] | None = None

    def page_class(self) -> Callable[[AppContext], Page]:
        cls: Callable[[AppContext], Page] = getattr(
            importlib.import_module(self.module), self.class_name
        )
        return cls


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", "intake_app.ui.pages.today_page", "TodayPage"),
    PageSpec("clients", "intake_app.ui.pages.clients_page", "ClientsPage"),
    PageSpec("directory", "intake_app.ui.pages.directory_page", "DirectoryPage"),
    PageSpec("referrals", "intake_app.ui.pages.referrals_page", "ReferralsPage"),
    PageSpec("reports", "intake_app.ui.reports.reports_page", "ReportsPage", _reports_title),
    PageSpec("settings", "intake_app.ui.pages.settings_page", "SettingsPage", _settings_title),
)


class DeferredPage(Page):
    """Holds a page's place in the window until it is first shown (`MainWindow` then
    builds the page with `build()` and puts it here instead)."""

    def __init__(self, context: AppContext, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.spec = spec
        self.setObjectName(f"deferred-{spec.key}")

    def title(self) -> str:
        assert self.spec.deferred_title is not None
        return self.spec.deferred_title()

    def build(self) -> Page:
        return self.spec.page_class()(self.context)


def build_pages(context: AppContext) -> list[Page]:
    """The pages in sidebar order: built, or a `DeferredPage` for those built on first show."""
    return [
        DeferredPage(context, spec) if spec.deferred_title else spec.page_class()(context)
        for spec in PAGES
    ]


def preload(lang: Lang = Lang.EN) -> None:
    """Import the code of the pages built at unlock (and the main window) ahead of time.

    Run off the GUI thread while the unlock window waits for a passphrase, so that the
    main window appears without a pause after the key derivation. Deferred pages are
    left out: their code is imported when they are first shown, and the memory with it.
    reportlab is not imported here either: the first chart, letter or record loads it.
    """
    from intake_app.domain.languages import language_choices

    from intake_app.ui import main_window  # noqa: F401

    for spec in PAGES:
        if spec.deferred_title is None:
            spec.page_class()
    language_choices(lang)  # Babel's language list in the interface language: the intake form
