"""The Services tab of a client's record at 1024×600 in French (the longer language): the
suggested services get most of the height, the consent folds to what the letter will
contain beside Refer, and unfolded it is whole, named, in Tab order and without clashes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from PySide6.QtWidgets import QApplication

from intake_app.domain.clients import ShareItem
from intake_app.domain.common import Lang
from tests.gui.desk.checks import (
    mnemonic_clashes,
    not_reachable_by_tab,
    out_of_reading_order,
    tab_chain,
    unnamed,
)
from tests.gui.desk.surfaces import (
    Surface,
    main_window_states,
    open_main_window,
    small_screen,
)

from intake_app.ui.context import AppContext
from intake_app.ui.i18n import install_translators
from intake_app.ui.main_window import MainWindow
from intake_app.ui.routing.routing_view import RoutingView
from intake_app.ui.routing.suggestions_model import Kind, Role

SERVICES = "client record > Services"


@pytest.fixture
def french(context: AppContext) -> Iterator[None]:
    install_translators(Lang.FR)
    context.ui_lang = Lang.FR
    yield
    install_translators(Lang.EN)
    context.ui_lang = Lang.EN


def _services_tab(qtbot: Any, window: MainWindow) -> RoutingView:
    states = main_window_states(qtbot, window)
    assert SERVICES in iter(states), f"no {SERVICES!r} among the main window's states"
    (view,) = [v for v in window.findChildren(RoutingView) if v.isVisible()]
    qtbot.waitUntil(lambda: view.model.rowCount() > 1)
    view.select_need(0)
    QApplication.processEvents()
    return view


def _card_heights(view: RoutingView) -> list[int]:
    return [
        view.view.sizeHintForRow(r)
        for r in range(view.proxy.rowCount())
        if view.proxy.index(r, 0).data(Role.KIND) == Kind.SUGGESTION
    ]


def test_the_services_get_most_of_the_height_and_the_consent_folds_to_its_summary(
    qtbot: Any, context: AppContext, monkeypatch: pytest.MonkeyPatch, french: None
) -> None:
    small_screen(monkeypatch)
    window = open_main_window(qtbot, context)
    view = _services_tab(qtbot, window)
    cards = _card_heights(view)
    assert len(cards) >= 3
    card = sorted(cards)[len(cards) // 2]
    room = view.view.viewport().height()
    # Before the consent folded, the list had 79 px of a 387 px tab: less than one card.
    assert room >= 2.5 * card, (room, card)
    assert room >= 0.55 * view.height(), (room, view.height())
    consent = view.consent
    assert not consent.unfolded() and not consent.details.isVisible()
    assert consent.summary.isVisible() and consent.summary.text().startswith("La lettre contiendra")
    assert consent.toggle.isVisible() and view.refer_button.isVisible()
    assert view.refer_button.parentWidget() is consent  # Refer sits in the consent's box
    window.shutdown()


def test_unfolded_the_consent_is_whole_reachable_and_recorded(
    qtbot: Any, context: AppContext, monkeypatch: pytest.MonkeyPatch, french: None
) -> None:
    small_screen(monkeypatch)
    window = open_main_window(qtbot, context)
    view = _services_tab(qtbot, window)
    consent = view.consent
    folded_room = view.view.viewport().height()
    consent.toggle.click()
    QApplication.processEvents()
    assert consent.unfolded() and consent.details.isVisible() and not consent.summary.isVisible()
    assert consent.title() == "Ce que la personne accepte de communiquer à ces services"
    assert all(box.isVisible() for box in consent.boxes.values())
    assert consent.preview.isVisible() and "toujours l'adresse" in consent.preview.text()
    assert consent.toggle.text() == "&Masquer"
    surface = Surface(f"{SERVICES} (consent unfolded)", window)
    problems = (
        unnamed(surface)
        + mnemonic_clashes(surface)
        + out_of_reading_order(surface)
        + not_reachable_by_tab(surface)
    )
    assert problems == []
    chain = tab_chain(surface)
    # (Refer, disabled until a card is ticked, is not in the chain yet.)
    order = [view.view, consent.toggle, *consent.boxes.values(), consent.method, consent.given_on]
    positions = [chain.index(w) for w in order]
    assert positions == sorted(positions)
    # What is ticked shows in the summary once folded again.
    consent.boxes[ShareItem.LANGUAGES].setChecked(True)
    consent.toggle.click()
    QApplication.processEvents()
    assert not consent.details.isVisible() and "les langues parlées" in consent.summary.text()
    assert view.view.viewport().height() == folded_room
    window.shutdown()


def test_unfolded_in_english_too_no_two_things_share_an_alt_letter(
    qtbot: Any, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_screen(monkeypatch)
    window = open_main_window(qtbot, context)
    view = _services_tab(qtbot, window)
    assert view.consent.toggle.text() == "Chan&ge…"
    view.consent.toggle.click()
    QApplication.processEvents()
    assert view.consent.toggle.text() == "&Hide"
    surface = Surface(f"{SERVICES} (consent unfolded)", window)
    assert mnemonic_clashes(surface) + out_of_reading_order(surface) == []
    window.shutdown()
