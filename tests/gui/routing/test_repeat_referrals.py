"""A second referral to the same service the same day asks first; cards say when the
person was already referred there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from intake_app.domain.referrals import ReferralFilter
from intake_app.vault import referrals_repo
from intake_app.vault.session import VaultSession
from tests.gui.routing.test_routing_view import card_rows, click_card
from tests.unit.referrals.helpers import World

from intake_app.ui.routing import routing_view
from intake_app.ui.routing.routing_view import RoutingView
from intake_app.ui.routing.suggestions_model import Role


def _refer_first(qtbot, view: RoutingView) -> str:
    first = card_rows(view)[0]
    service_id = view.proxy.index(first, 0).data(Role.SERVICE_ID)
    click_card(qtbot, view, first)
    qtbot.mouseClick(view.refer_button, Qt.MouseButton.LeftButton)
    return str(service_id)


def test_the_same_service_twice_the_same_day_asks_and_no_keeps_one_referral(
    qtbot, view: RoutingView, session: VaultSession, world: World, monkeypatch
) -> None:
    asked: list[tuple[str, bool]] = []

    def answer(_parent, text, _yes="", _no="", *, destructive=False) -> bool:
        asked.append((text, destructive))
        return False

    monkeypatch.setattr(routing_view.Question, "ask", staticmethod(answer))
    service_id = _refer_first(qtbot, view)
    assert asked == [], "a first referral asks nothing"
    first = card_rows(view)[0]
    assert view.proxy.index(first, 0).data(Role.SERVICE_ID) == service_id
    assert view.proxy.index(first, 0).data(Role.EXPLANATION).startswith("already referred on ")
    _refer_first(qtbot, view)
    assert len(asked) == 1 and "already referred today" in asked[0][0] and asked[0][1]
    rows = referrals_repo.list_referrals(session.conn, ReferralFilter(client_id=world.client.id))
    assert [r.service_id for r in rows] == [service_id]


def test_saying_yes_makes_the_second_referral(
    qtbot, view: RoutingView, session: VaultSession, world: World, monkeypatch
) -> None:
    monkeypatch.setattr(routing_view.Question, "ask", staticmethod(lambda *_a, **_k: True))
    service_id = _refer_first(qtbot, view)
    _refer_first(qtbot, view)
    rows = referrals_repo.list_referrals(session.conn, ReferralFilter(client_id=world.client.id))
    assert [r.service_id for r in rows] == [service_id, service_id]
