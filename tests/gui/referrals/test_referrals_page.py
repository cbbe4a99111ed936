"""The Referrals page: opens on today's follow-ups; a state change is two clicks."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.domain.referrals import CloseReason, ReferralState
from intake_app.referrals.create import ReferralPick, create_referrals
from intake_app.referrals.state import referral_history
from intake_app.vault import referrals_repo
from intake_app.vault.session import VaultSession
from tests.unit.referrals.helpers import seed

from intake_app.ui.context import AppContext
from intake_app.ui.pages.referrals_page import ReferralsPage
from intake_app.ui.referrals.referrals_model import Column
from intake_app.ui.routing.routing_view import RoutingView


@pytest.fixture
def referral_ids(session: VaultSession) -> list[int]:
    world = seed(session)
    housing, food, _health = world.client.needs
    made = create_referrals(
        session,
        world.client.id,
        [
            ReferralPick(world.service_for("housing").id, (housing.id,)),  # due in 2 days
            ReferralPick(world.service_for("food").id, (food.id,)),  # due in 7 days
        ],
    )
    return [r.id for r in made]


def make_page(qtbot, context: AppContext) -> ReferralsPage:
    page = ReferralsPage(context)
    qtbot.addWidget(page)
    page.resize(1160, 680)
    page.show()
    qtbot.waitExposed(page)
    return page


def click_row(qtbot, page: ReferralsPage, row: int) -> None:
    rect = page.table.visualRect(page.proxy.index(row, Column.CODE))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_page_opens_on_todays_follow_ups(
    qtbot, context: AppContext, clock: FixedClock, referral_ids: list[int]
) -> None:
    page = make_page(qtbot, context)
    assert page.due_button.isChecked()
    assert page.proxy.rowCount() == 0
    assert page.summary.text() == "No follow-ups due."
    clock.advance(days=2)
    page.activated()
    assert [page.id_at(r) for r in range(page.proxy.rowCount())] == [referral_ids[0]]
    qtbot.mouseClick(page.all_button, Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 2


def test_from_a_clients_needs_to_two_referrals_then_follow_up_state_changes(
    qtbot, context: AppContext, session: VaultSession, clock: FixedClock
) -> None:
    world = seed(session)
    routing = RoutingView(context, world.client.id)
    qtbot.addWidget(routing)
    housing_card = routing.model.header_row(0) + 1
    food_card = routing.model.header_row(1) + 1
    for row in (housing_card, food_card):
        routing.model.setData(
            routing.model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    with qtbot.waitSignal(routing.referrals_created) as made:
        qtbot.mouseClick(routing.refer_button, Qt.MouseButton.LeftButton)
    housing_id, food_id = made.args[0]

    clock.advance(days=7)
    page = make_page(qtbot, context)
    assert {page.id_at(r) for r in range(page.proxy.rowCount())} == {housing_id, food_id}

    # Two clicks: the row, then what happened.
    click_row(qtbot, page, [page.id_at(r) for r in range(2)].index(housing_id))
    assert page.panel.heading.text().endswith("Diallo, Amina")
    qtbot.mouseClick(page.panel.state_buttons[ReferralState.ATTENDED], Qt.MouseButton.LeftButton)
    assert referrals_repo.load_referral(session.conn, housing_id).state is ReferralState.ATTENDED
    assert [page.id_at(r) for r in range(page.proxy.rowCount())] == [food_id]

    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.panel.state_buttons[ReferralState.NO_SHOW], Qt.MouseButton.LeftButton)
    food = referrals_repo.load_referral(session.conn, food_id)
    assert food.state is ReferralState.NO_SHOW
    assert food.follow_up_on is not None and food.follow_up_on > clock.now().date()

    qtbot.mouseClick(page.all_button, Qt.MouseButton.LeftButton)
    row = [page.id_at(r) for r in range(page.proxy.rowCount())].index(food_id)
    click_row(qtbot, page, row)
    page.panel.note.setPlainText("Will call back next week")
    page.panel.close_reason.setCurrentIndex(
        page.panel.close_reason.findData(CloseReason.LOST_CONTACT.value)
    )
    qtbot.mouseClick(page.panel.close_button, Qt.MouseButton.LeftButton)
    food = referrals_repo.load_referral(session.conn, food_id)
    assert food.state is ReferralState.CLOSED
    assert food.close_reason is CloseReason.LOST_CONTACT
    assert food.outcome_note == "Will call back next week"
    actions = [e.action for e in referral_history(session, food_id)]
    assert actions == [
        Action.REFERRAL_CREATED,
        Action.REFERRAL_STATE_CHANGED,
        Action.REFERRAL_STATE_CHANGED,
    ]


def test_filters_by_state_and_service(
    qtbot, context: AppContext, session: VaultSession, referral_ids: list[int]
) -> None:
    page = make_page(qtbot, context)
    qtbot.mouseClick(page.all_button, Qt.MouseButton.LeftButton)
    page.service.setCurrentIndex(1)
    assert page.proxy.rowCount() == 1
    page.service.setCurrentIndex(0)
    page.state.setCurrentIndex(page.state.findData(ReferralState.PRINTED.value))
    assert page.proxy.rowCount() == 0
    page.state.setCurrentIndex(page.state.findData(ReferralState.CREATED.value))
    assert page.proxy.rowCount() == 2
    page.caseworker.setCurrentIndex(page.caseworker.findData(session.user.id))
    assert page.proxy.rowCount() == 2


def test_signals_go_up_to_open_the_client_and_make_a_letter(
    qtbot, context: AppContext, referral_ids: list[int]
) -> None:
    page = make_page(qtbot, context)
    qtbot.mouseClick(page.all_button, Qt.MouseButton.LeftButton)
    click_row(qtbot, page, 0)
    with qtbot.waitSignal(page.letter_requested) as letter:
        qtbot.mouseClick(page.panel.letter, Qt.MouseButton.LeftButton)
    assert letter.args[0] == [page.id_at(0)]
    with qtbot.waitSignal(page.client_open_requested):
        qtbot.mouseClick(page.panel.open_client, Qt.MouseButton.LeftButton)


def test_referrals_model_passes_the_model_tester(
    qtmodeltester, qtbot, context: AppContext, referral_ids: list[int]
) -> None:
    page = make_page(qtbot, context)
    qtbot.mouseClick(page.all_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(page.model)


def test_an_outcome_shows_what_was_done_and_undo_brings_the_row_back(
    qtbot, context: AppContext, session: VaultSession, clock: FixedClock, referral_ids: list[int]
) -> None:
    clock.advance(days=2)
    page = make_page(qtbot, context)
    [due] = [page.id_at(r) for r in range(page.proxy.rowCount())]
    before = referrals_repo.load_referral(session.conn, due)
    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.panel.state_buttons[ReferralState.ATTENDED], Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 0
    assert page.panel.undo_bar.isVisible()
    assert "marked “Attended”" in page.panel.undo_text.text()
    with qtbot.waitSignal(page.panel.undone):
        qtbot.mouseClick(page.panel.undo_button, Qt.MouseButton.LeftButton)
    after = referrals_repo.load_referral(session.conn, due)
    assert after.state is before.state and after.follow_up_on == before.follow_up_on
    assert [page.id_at(r) for r in range(page.proxy.rowCount())] == [due]
    assert not page.panel.undo_bar.isVisible()
    assert page.panel.close_button.text() == "Close the referral"
