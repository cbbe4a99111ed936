"""The pages of the main window, in sidebar order. Each area adds its page here."""

from __future__ import annotations

from collections.abc import Callable

from intake_app.ui.context import AppContext
from intake_app.ui.pages.base import Page


def _page_classes() -> dict[str, Callable[[AppContext], Page]]:
    """Imported here, not at the top, so the unlock window starts without them."""
    from intake_app.ui.pages.clients_page import ClientsPage
    from intake_app.ui.pages.directory_page import DirectoryPage
    from intake_app.ui.pages.referrals_page import ReferralsPage
    from intake_app.ui.pages.settings_page import SettingsPage
    from intake_app.ui.pages.today_page import TodayPage
    from intake_app.ui.reports.reports_page import ReportsPage

    return {
        "today": TodayPage,
        "clients": ClientsPage,
        "directory": DirectoryPage,
        "referrals": ReferralsPage,
        "reports": ReportsPage,
        "settings": SettingsPage,
    }


def build_pages(context: AppContext) -> list[Page]:
    pages = _page_classes()
    return [
        pages["today"](context),
        pages["clients"](context),
        pages["directory"](context),
        pages["referrals"](context),
        pages["reports"](context),
        pages["settings"](context),
    ]


def preload() -> None:
    """Import every page's code (and what it pulls in, such as reportlab) ahead of time.

    Run off the GUI thread while the unlock window waits for a passphrase, so that the
    main window appears without a pause after the key derivation.
    """
    from intake_app.domain.common import Lang
    from intake_app.domain.languages import language_choices

    from intake_app.ui import main_window  # noqa: F401
    from intake_app.ui.settings.registry import section_classes

    _page_classes()
    section_classes()
    for lang in Lang:
        language_choices(lang)  # Babel's language list, read once; the intake form shows it
