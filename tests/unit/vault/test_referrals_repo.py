"""Referral storage: codes unique, needs kept, lists filtered, unmet needs counted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from intake_app.domain.referrals import (
    CloseReason,
    Referral,
    ReferralFilter,
    ReferralState,
)
from intake_app.vault import referrals_repo as repo
from intake_app.vault.clients_repo import delete_client
from intake_app.vault.database import IntegrityError
from intake_app.vault.session import VaultSession
from tests.unit.referrals.helpers import seed


def _referral(session: VaultSession, world, code: str, follow_up: date | None) -> int:
    svc = world.service_for("housing")
    need = world.client.needs[0]
    with session.write() as conn:
        return repo.insert_referral(
            conn,
            Referral(
                client_id=world.client.id,
                service_id=svc.id,
                service_name=svc.name,
                need_ids=(need.id,),
                code=code,
                created_at=session.clock.now(),
                created_by=session.user.id,
                follow_up_on=follow_up,
            ),
            ["housing"],
        )


def test_referral_round_trips_with_its_needs(session: VaultSession) -> None:
    world = seed(session)
    rid = _referral(session, world, "AAAA-AAAA", date(2026, 3, 13))
    loaded = repo.load_referral(session.conn, rid)
    assert loaded is not None
    assert loaded.code == "AAAA-AAAA"
    assert loaded.need_ids == (world.client.needs[0].id,)
    assert loaded.categories == ("housing",)
    assert loaded.state is ReferralState.CREATED
    assert loaded.follow_up_on == date(2026, 3, 13)
    assert repo.referral_id_by_code(session.conn, "AAAA-AAAA") == rid


def test_a_reference_code_cannot_be_used_twice(session: VaultSession) -> None:
    world = seed(session)
    _referral(session, world, "AAAA-AAAA", None)
    with pytest.raises(IntegrityError):
        _referral(session, world, "AAAA-AAAA", None)


def test_due_list_holds_open_referrals_up_to_the_day_oldest_first(session: VaultSession) -> None:
    world = seed(session)
    today = date(2026, 3, 11)
    late = _referral(session, world, "AAAA-AAA1", today - timedelta(days=3))
    due = _referral(session, world, "AAAA-AAA2", today)
    _referral(session, world, "AAAA-AAA3", today + timedelta(days=1))
    closed = _referral(session, world, "AAAA-AAA4", today - timedelta(days=5))
    with session.write() as conn:
        repo.update_referral(
            conn,
            closed,
            state=ReferralState.CLOSED,
            changed_at=session.clock.now(),
            follow_up_on=None,
            close_reason=CloseReason.OTHER,
            outcome_note="",
        )
    rows = repo.list_referrals(session.conn, ReferralFilter(due_on_or_before=today))
    assert [r.id for r in rows] == [late, due]
    assert repo.count_due(session.conn, today) == 2
    assert rows[0].client_name == "Diallo, Amina"
    assert rows[0].created_by_name == session.user.name


def test_list_filters_by_state_service_and_caseworker(session: VaultSession) -> None:
    world = seed(session)
    a = _referral(session, world, "AAAA-AAA1", None)
    _referral(session, world, "AAAA-AAA2", None)
    with session.write() as conn:
        repo.update_referral(
            conn,
            a,
            state=ReferralState.PRINTED,
            changed_at=session.clock.now(),
            follow_up_on=None,
            close_reason=None,
            outcome_note="",
        )
    conn = session.conn
    assert [
        r.id
        for r in repo.list_referrals(
            conn, ReferralFilter(states=frozenset({ReferralState.PRINTED}))
        )
    ] == [a]
    svc = world.service_for("housing")
    assert len(repo.list_referrals(conn, ReferralFilter(service_id=svc.id))) == 2
    assert repo.list_referrals(conn, ReferralFilter(service_id="nope")) == []
    assert len(repo.list_referrals(conn, ReferralFilter(created_by=session.user.id))) == 2
    assert repo.list_referrals(conn, ReferralFilter(created_by=9999)) == []
    assert repo.referred_services(conn) == [(svc.id, svc.name)]


def test_deleting_a_client_deletes_their_referrals_and_unmet_needs(session: VaultSession) -> None:
    world = seed(session)
    rid = _referral(session, world, "AAAA-AAAA", None)
    with session.write() as conn:
        repo.record_unmet(
            conn, world.client.id, world.client.needs[1].id, "food", "today", date(2026, 3, 11)
        )
        delete_client(conn, world.client.id)
    assert repo.load_referral(session.conn, rid) is None
    assert session.conn.execute("SELECT count(*) FROM referral_needs").fetchone()[0] == 0
    assert session.conn.execute("SELECT count(*) FROM unmet_needs").fetchone()[0] == 0


def test_unmet_need_is_recorded_once_and_counted_by_category(session: VaultSession) -> None:
    world = seed(session)
    need = world.client.needs[1]
    day = date(2026, 3, 11)
    with session.write() as conn:
        assert repo.record_unmet(conn, world.client.id, need.id, "food", "this-week", day)
        assert not repo.record_unmet(
            conn, world.client.id, need.id, "food", "this-week", day + timedelta(days=1)
        )
    counts = repo.unmet_by_category(session.conn, date(2026, 3, 1), date(2026, 4, 1))
    assert counts == {"food": 1}
    with session.write() as conn:
        assert repo.resolve_unmet(conn, [need.id], day) == 1
    assert (
        repo.unmet_by_category(session.conn, date(2026, 3, 1), date(2026, 4, 1), open_only=True)
        == {}
    )


def test_list_rows_carry_the_service_name_in_each_language(session: VaultSession) -> None:
    world = seed(session)
    _referral(session, world, "AAAA-AAAA", None)
    [row] = repo.list_referrals(session.conn, ReferralFilter())
    svc = world.service_for("housing")
    assert row.service_name_in("fr") == svc.name
    assert row.service_name_in("en") == svc.name_in("en")
    assert row.service_name_in("en") != svc.name
