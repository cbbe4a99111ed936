"""The pages of the main window, in sidebar order. Each area adds its page here."""

from __future__ import annotations

from intake_app.ui.context import AppContext
from intake_app.ui.pages.base import Page


def build_pages(context: AppContext) -> list[Page]:
    from intake_app.ui.pages.clients_page import ClientsPage
    from intake_app.ui.pages.directory_page import DirectoryPage
    from intake_app.ui.pages.placeholder_page import PlaceholderPage
    from intake_app.ui.pages.referrals_page import ReferralsPage
    from intake_app.ui.pages.settings_page import SettingsPage

    return [
        ClientsPage(context),
        DirectoryPage(context),
        ReferralsPage(context),
        PlaceholderPage(context, "reports"),
        SettingsPage(context),
    ]
