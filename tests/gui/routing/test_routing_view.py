"""The routing view: needs on the left, explained suggestions on the right, "Refer"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from intake_app.domain.hours import OpenState
from intake_app.domain.referrals import ReferralFilter, ReferralState
from intake_app.vault import referrals_repo
from intake_app.vault.session import VaultSession
from tests.unit.referrals.helpers import World

from intake_app.ui.routing.routing_view import RoutingView
from intake_app.ui.routing.suggestions_model import Kind, Role


def visible_rows(view: RoutingView) -> list[int]:
    return [view.proxy.index(r, 0).data(Role.KIND) for r in range(view.proxy.rowCount())]


def card_rows(view: RoutingView) -> list[int]:
    return [
        r
        for r in range(view.proxy.rowCount())
        if view.proxy.index(r, 0).data(Role.KIND) == Kind.SUGGESTION
    ]


def click_card(qtbot, view: RoutingView, proxy_row: int) -> None:
    index = view.proxy.index(proxy_row, 0)
    view.view.scrollTo(index)
    rect = view.view.visualRect(index)
    qtbot.mouseClick(
        view.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.center().x(), rect.center().y()),
    )


def test_needs_are_listed_with_how_many_services_fit(view: RoutingView) -> None:
    rows = [view.needs_model.index(r).data() for r in range(view.needs_model.rowCount())]
    assert [r.split("\n")[0] for r in rows] == ["Housing", "Food", "Health care"]
    assert all("service" in r for r in rows)


def test_each_card_explains_why_in_the_interface_language(view: RoutingView) -> None:
    first = view.proxy.index(card_rows(view)[0], 0)
    text = first.data(Role.EXPLANATION)
    assert "speaks Spanish" in text
    assert "no health card needed" in text


def test_from_a_clients_needs_to_two_referrals(
    qtbot, view: RoutingView, session: VaultSession, world: World
) -> None:
    cards = card_rows(view)
    click_card(qtbot, view, cards[0])
    food_header = view.model.header_row(1)
    food_card = next(
        r for r in cards if view.proxy.mapToSource(view.proxy.index(r, 0)).row() > food_header
    )
    click_card(qtbot, view, food_card)
    assert view.refer_button.isEnabled()
    assert view.refer_button.text() == "Refer to 2 services"
    with qtbot.waitSignal(view.referrals_created) as signal:
        qtbot.mouseClick(view.refer_button, Qt.MouseButton.LeftButton)
    ids = signal.args[0]
    assert len(ids) == 2
    rows = referrals_repo.list_referrals(session.conn, ReferralFilter(client_id=world.client.id))
    assert {r.id for r in rows} == set(ids)
    assert sorted(c for r in rows for c in r.categories) == ["food", "housing"]
    assert all(r.state is ReferralState.CREATED for r in rows)
    assert "2 referrals made" in view.status.text()
    assert not view.refer_button.isEnabled()


def test_services_left_out_show_greyed_with_the_reason_only_when_asked(
    view: RoutingView,
) -> None:
    def excluded() -> list[str]:
        return [
            view.proxy.index(r, 0).data(Role.EXPLANATION)
            for r in card_rows(view)
            if view.proxy.index(r, 0).data(Role.EXCLUDED)
        ]

    assert excluded() == []
    view.show_excluded.setChecked(True)
    shown = excluded()
    assert shown == ["Left out: asks for photo ID"]
    row = next(r for r in card_rows(view) if view.proxy.index(r, 0).data(Role.EXCLUDED))
    assert not view.proxy.index(row, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_open_now_and_language_filters_narrow_the_cards(view: RoutingView) -> None:
    everything = len(card_rows(view))
    view.open_now.setChecked(True)
    open_rows = card_rows(view)
    assert 0 < len(open_rows) < everything
    for r in open_rows:
        s = view.model.suggestion_at(view.proxy.mapToSource(view.proxy.index(r, 0)).row())
        assert s is not None and s.opening.state is OpenState.OPEN_NOW
    view.open_now.setChecked(False)
    view.language.setCurrentIndex(view.language.findData("es"))
    for r in card_rows(view):
        s = view.model.suggestion_at(view.proxy.mapToSource(view.proxy.index(r, 0)).row())
        assert s is not None and "es" in s.service.languages
    assert Kind.HEADER in visible_rows(view)


def test_area_filter_keeps_only_services_of_that_area(view: RoutingView) -> None:
    view.area.setCurrentIndex(2 if view.area.count() > 2 else 1)
    area = view.area.currentData()
    for r in card_rows(view):
        s = view.model.suggestion_at(view.proxy.mapToSource(view.proxy.index(r, 0)).row())
        assert s is not None and s.service.area == area


def test_models_pass_the_model_tester(qtmodeltester, view: RoutingView) -> None:
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    qtmodeltester.check(view.needs_model)


def test_the_routing_view_is_the_services_tab_of_an_open_client(
    qtbot, context, world: World
) -> None:
    from intake_app.ui.pages.clients_page import ClientsPage

    page = ClientsPage(context)
    qtbot.addWidget(page)
    page.open_client(world.client.id)
    tabs = page.editor.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Services" in titles
    routing = tabs.widget(titles.index("Services"))
    assert isinstance(routing, RoutingView)
    assert routing.client_id == world.client.id
    assert card_rows(routing)
    page.shutdown()


def test_a_card_can_be_ticked_with_the_keyboard(qtbot, view: RoutingView) -> None:
    row = card_rows(view)[0]
    view.view.setFocus()
    view.view.setCurrentIndex(view.proxy.index(row, 0))
    qtbot.keyClick(view.view, Qt.Key.Key_Space)
    assert len(view.model.checked()) == 1
    qtbot.keyClick(view.view, Qt.Key.Key_Space)
    assert view.model.checked() == []
