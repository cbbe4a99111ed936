"""Creating referrals, changing their state, follow-ups and unmet needs — without Qt."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.domain.common import Lang
from intake_app.domain.referrals import CloseReason, ReferralState, is_valid_code
from intake_app.domain.users import Role
from intake_app.errors import ErrorCode, KnownError
from intake_app.referrals.create import ReferralPick, create_referrals
from intake_app.referrals.follow_up import follow_ups_due
from intake_app.referrals.route import load_directory, route_client
from intake_app.referrals.state import (
    change_state,
    mark_printed,
    referral_history,
    update_follow_up,
)
from intake_app.vault import referrals_repo
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import put_setting
from tests.conftest import sentinel
from tests.unit.referrals.helpers import World, seed


def _two(session: VaultSession, world: World) -> list:
    housing, food = world.client.needs[0], world.client.needs[1]
    return create_referrals(
        session,
        world.client.id,
        [
            ReferralPick(world.service_for("housing").id, (housing.id,)),
            ReferralPick(world.service_for("food").id, (food.id,)),
        ],
    )


def test_several_referrals_are_created_at_once_each_with_a_valid_code(
    session: VaultSession,
) -> None:
    world = seed(session)
    made = _two(session, world)
    assert len(made) == 2
    assert len({r.code for r in made}) == 2
    assert all(is_valid_code(r.code) for r in made)
    assert all(r.letter_language is Lang.EN for r in made)  # the client's letter language
    assert all(r.created_by == session.user.id for r in made)


def test_follow_up_defaults_follow_the_urgency_of_the_need(
    session: VaultSession, clock: FixedClock
) -> None:
    world = seed(session)
    housing_today, food_week = _two(session, world)
    assert housing_today.follow_up_on == date(2026, 3, 13)
    assert food_week.follow_up_on == date(2026, 3, 18)


def test_follow_up_delay_is_a_vault_setting(session: VaultSession) -> None:
    world = seed(session)
    with session.write() as conn:
        put_setting(conn, "referrals.follow_up_days.today", 1)
    made = _two(session, world)
    assert made[0].follow_up_on == date(2026, 3, 12)


def test_each_created_referral_is_audited_with_ids_only(session: VaultSession) -> None:
    world = seed(session, given=sentinel("given"))
    made = _two(session, world)
    events = referral_history(session, made[0].id)
    assert [e.action for e in events] == [Action.REFERRAL_CREATED]
    assert events[0].detail == {
        "referral_id": made[0].id,
        "service_id": made[0].service_id,
        "needs": 1,
    }
    assert events[0].record_type == "client"
    assert events[0].record_id == str(world.client.id)


def test_a_referral_for_a_need_of_another_client_is_refused(session: VaultSession) -> None:
    world = seed(session)
    other = seed(session, given="B")
    with pytest.raises(KnownError) as err:
        create_referrals(
            session,
            world.client.id,
            [ReferralPick(world.service_for("food").id, (other.client.needs[0].id,))],
        )
    assert err.value.code is ErrorCode.INVALID_INPUT
    assert referrals_repo.list_referrals(session.conn, _all()) == []


def test_nothing_is_created_when_one_pick_fails(session: VaultSession) -> None:
    world = seed(session)
    need = world.client.needs[0].id
    with pytest.raises(KnownError) as err:
        create_referrals(
            session,
            world.client.id,
            [
                ReferralPick(world.service_for("housing").id, (need,)),
                ReferralPick("no-such-service", (need,)),
            ],
        )
    assert err.value.code is ErrorCode.NOT_FOUND
    assert referrals_repo.list_referrals(session.conn, _all()) == []


def test_a_taken_code_is_drawn_again(session: VaultSession) -> None:
    world = seed(session)
    codes = iter(["AAAA-AAAA", "AAAA-AAAA", "CCCC-CCCC"])
    need = world.client.needs[0].id
    svc = world.service_for("housing").id
    first = create_referrals(
        session, world.client.id, [ReferralPick(svc, (need,))], new_code=lambda: next(codes)
    )
    second = create_referrals(
        session, world.client.id, [ReferralPick(svc, (need,))], new_code=lambda: next(codes)
    )
    assert (first[0].code, second[0].code) == ("AAAA-AAAA", "CCCC-CCCC")


def test_a_code_the_leak_guard_would_flag_is_drawn_again(session: VaultSession) -> None:
    # "RP" (résidence permanente) and "TFW" read as status words on the letter
    world = seed(session)
    codes = iter(["RP7V-J93D", "RAX9-TFW6", "CCCC-CCCC"])
    need = world.client.needs[0].id
    svc = world.service_for("housing").id
    made = create_referrals(
        session, world.client.id, [ReferralPick(svc, (need,))], new_code=lambda: next(codes)
    )
    assert made[0].code == "CCCC-CCCC"


def test_a_caseworker_may_refer_and_the_refusal_is_below_the_ui(
    session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake_app.domain import permissions

    world = seed(session)
    session.user = replace(session.user, role=Role.CASEWORKER)
    assert _two(session, world)
    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, Role.CASEWORKER, frozenset())
    with pytest.raises(KnownError) as err:
        _two(session, world)
    assert err.value.code is ErrorCode.NOT_ALLOWED


def test_state_moves_along_and_each_change_is_audited(session: VaultSession) -> None:
    world = seed(session)
    referral = _two(session, world)[0]
    assert mark_printed(session, [referral.id]) == [referral.id]
    attended = change_state(
        session, referral.id, ReferralState.ATTENDED, outcome_note=sentinel("note")
    )
    assert attended.state is ReferralState.ATTENDED
    assert attended.follow_up_on is None
    closed = change_state(
        session, referral.id, ReferralState.CLOSED, close_reason=CloseReason.SERVICE_RECEIVED
    )
    assert closed.state is ReferralState.CLOSED
    assert closed.close_reason is CloseReason.SERVICE_RECEIVED
    assert closed.outcome_note == sentinel("note")
    events = referral_history(session, referral.id)
    changes = [e.detail for e in events if e.action == Action.REFERRAL_STATE_CHANGED]
    assert [(d["from_state"], d["to_state"]) for d in changes] == [
        ("created", "printed"),
        ("printed", "attended"),
        ("attended", "closed"),
    ]
    assert all(sentinel("note") not in str(d) for d in changes)


def test_closing_needs_a_reason_and_closed_is_final(session: VaultSession) -> None:
    world = seed(session)
    referral = _two(session, world)[0]
    with pytest.raises(KnownError) as err:
        change_state(session, referral.id, ReferralState.CLOSED)
    assert err.value.params["field"] == "close_reason"
    change_state(session, referral.id, ReferralState.CLOSED, close_reason=CloseReason.OTHER)
    with pytest.raises(KnownError) as err:
        change_state(session, referral.id, ReferralState.PRINTED)
    assert err.value.params["field"] == "state"


def test_a_no_show_is_due_again_in_two_days(session: VaultSession, clock: FixedClock) -> None:
    world = seed(session)
    referral = _two(session, world)[1]
    no_show = change_state(session, referral.id, ReferralState.NO_SHOW)
    assert no_show.follow_up_on == date(2026, 3, 13)


def test_follow_ups_due_open_on_todays_work(session: VaultSession, clock: FixedClock) -> None:
    world = seed(session)
    housing, food = _two(session, world)
    assert follow_ups_due(session) == []
    clock.advance(days=2)
    assert [r.id for r in follow_ups_due(session)] == [housing.id]
    clock.advance(days=5)
    assert [r.id for r in follow_ups_due(session)] == [housing.id, food.id]
    assert [r.id for r in follow_ups_due(session, mine_only=True)] == [housing.id, food.id]
    change_state(session, housing.id, ReferralState.ATTENDED)
    assert [r.id for r in follow_ups_due(session)] == [food.id]


def test_follow_up_date_and_note_can_be_changed_without_a_state_change(
    session: VaultSession,
) -> None:
    world = seed(session)
    referral = _two(session, world)[0]
    updated = update_follow_up(
        session, referral.id, follow_up_on=date(2026, 4, 1), outcome_note="Called, will go Monday"
    )
    assert updated.follow_up_on == date(2026, 4, 1)
    assert updated.state is ReferralState.CREATED
    events = referral_history(session, referral.id)
    assert events[-1].action == Action.REFERRAL_UPDATED
    assert events[-1].detail == {
        "referral_id": referral.id,
        "fields": ["follow_up_on", "outcome_note"],
    }


def test_routing_a_client_records_needs_nothing_fits(session: VaultSession) -> None:
    world = seed(session)
    from intake_app.clients.intake import update_client
    from intake_app.domain.clients import Need

    client = update_client(
        session, replace(world.client, needs=(*world.client.needs, Need("community")))
    )
    directory = load_directory(session)
    # The sample directory has community services: take them away to leave the need unmet.
    empty_community = replace(
        directory, by_category={k: v for k, v in directory.by_category.items() if k != "community"}
    )
    result = route_client(session, client.id, empty_community)
    assert [n.category for n in result.unmet] == ["community"]
    assert any(s.need.category == "housing" for s in result.suggestions)
    counts = referrals_repo.unmet_by_category(session.conn, date(2026, 3, 1), date(2026, 4, 1))
    assert counts == {"community": 1}
    route_client(session, client.id, empty_community)
    assert referrals_repo.unmet_by_category(session.conn, date(2026, 3, 1), date(2026, 4, 1)) == {
        "community": 1
    }


def _all():
    from intake_app.domain.referrals import ReferralFilter

    return ReferralFilter()


def test_a_service_that_left_the_directory_is_refused_with_its_own_error(
    session: VaultSession,
) -> None:
    from intake_app.vault.directory_repo import set_active

    world = seed(session)
    svc = world.service_for("housing")
    with session.write() as conn:
        set_active(conn, svc.id, False)
    with pytest.raises(KnownError) as err:
        create_referrals(
            session, world.client.id, [ReferralPick(svc.id, (world.client.needs[0].id,))]
        )
    assert err.value.code is ErrorCode.SERVICE_INACTIVE


def test_one_referral_can_answer_two_needs_with_the_soonest_follow_up(
    session: VaultSession,
) -> None:
    from intake_app.clients.intake import update_client
    from intake_app.domain.clients import Need
    from intake_app.domain.common import Urgency

    world = seed(session)
    client = update_client(
        session,
        replace(world.client, needs=(*world.client.needs, Need("children-family", Urgency.LATER))),
    )
    housing, family = client.needs[0], client.needs[3]
    both = next(
        s for s in world.services if {"housing", "children-family"} <= s.categories and s.active
    )
    [made] = create_referrals(session, client.id, [ReferralPick(both.id, (housing.id, family.id))])
    loaded = referrals_repo.load_referral(session.conn, made.id)
    assert loaded.need_ids == (housing.id, family.id)
    assert loaded.categories == ("housing", "children-family")
    assert loaded.follow_up_on == date(2026, 3, 13)  # housing is for today


def test_referral_events_appear_in_the_clients_history(session: VaultSession) -> None:
    from intake_app.vault.audit import events_for_record

    world = seed(session)
    made = _two(session, world)
    change_state(session, made[0].id, ReferralState.DECLINED)
    actions = [e.action for e in events_for_record(session.conn, "client", world.client.id)]
    assert actions.count(Action.REFERRAL_CREATED) == 2
    assert actions.count(Action.REFERRAL_STATE_CHANGED) == 1


def test_looking_again_the_same_day_writes_nothing(session: VaultSession) -> None:
    from intake_app.domain.clients import Need
    from intake_app.referrals.route import record_unmet_needs

    world = seed(session)
    need = world.client.needs[1]
    assert record_unmet_needs(session, world.client.id, [need]) == 1
    before = session.conn.total_changes
    assert record_unmet_needs(session, world.client.id, [need]) == 0
    assert session.conn.total_changes == before
    assert record_unmet_needs(session, world.client.id, [Need("food")]) == 0  # no id: skipped
