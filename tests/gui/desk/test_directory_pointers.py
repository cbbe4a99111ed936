"""An empty directory points to Import and to the sample; the sample fills it."""

from __future__ import annotations

import pytest

from intake_app.clock import FixedClock
from intake_app.domain.common import Lang
from intake_app.vault.session import VaultSession
from tests.gui.desk.checks import mnemonic_clashes, unnamed
from tests.gui.desk.surfaces import Surface
from tests.helpers.gui import page_context

from intake_app.ui.i18n import install_translators
from intake_app.ui.pages.directory_page import DirectoryPage


@pytest.mark.parametrize("lang", [Lang.EN, Lang.FR], ids=["en", "fr"])
def test_the_empty_directory_offers_the_sample_and_fills_with_it(
    qtbot, session: VaultSession, clock: FixedClock, lang: Lang
) -> None:
    install_translators(lang)
    page = DirectoryPage(page_context(session, clock, ui_lang=lang))
    qtbot.addWidget(page)
    page.resize(1000, 540)
    page.show()
    qtbot.waitExposed(page)
    page.activated()
    assert page.empty.isVisible() and page.sample_button.isVisible()
    surface = Surface("empty directory", page)
    assert mnemonic_clashes(surface) == [] and unnamed(surface) == []
    with qtbot.waitSignal(page.directory_changed):
        page.sample_button.click()
    assert page.model.rowCount() > 10
    assert not page.empty.isVisible()
    page.shutdown()


def test_a_misspelt_search_offers_the_closest_words_and_finds_with_them(
    qtbot, session: VaultSession, clock: FixedClock
) -> None:
    from intake_app.directory.sample import sample_services
    from intake_app.directory.use_cases import add_services

    add_services(session, sample_services())
    page = DirectoryPage(page_context(session, clock))
    qtbot.addWidget(page)
    page.show()
    page.activated()
    page.filters.search.setText("nouriture")
    qtbot.waitUntil(lambda: page.suggest_button.isVisible())
    assert page.proxy.rowCount() == 0
    assert "“nourriture”" in page.suggest_button.text()
    page.suggest_button.click()
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 0)
    assert page.filters.search.text() == "nourriture"
    assert not page.suggest_button.isVisible()
    page.shutdown()
