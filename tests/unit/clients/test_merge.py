"""A merge keeps every need, consent and referral, and undo restores both records."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.clients.consent import new_consent
from intake_app.clients.intake import view_client
from intake_app.clients.merge import merge_clients, undo_merge
from intake_app.clients.search import ClientSearch
from intake_app.domain.audit import Action
from intake_app.domain.clients import HouseholdMember, Need, ShareItem
from intake_app.domain.common import Tri
from intake_app.errors import KnownError
from intake_app.vault import clients_repo as repo
from intake_app.vault.audit import events_for_record
from intake_app.vault.session import VaultSession
from tests.unit.clients.helpers import add


def _pair(session: VaultSession) -> tuple[int, int, int]:
    with session.write() as conn:
        conn.execute(
            "CREATE TABLE t_referrals (id INTEGER PRIMARY KEY,"
            " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE)"
        )
    a = add(session, "Fatima", "Diallo", needs=(Need("food"),))
    b = add(
        session,
        "Fatoumata",
        "Diallo",
        phone="514-555-0123",
        birth_year=1990,
        needs=(Need("housing"), Need("health")),
        consents=(new_consent("referral", frozenset({ShareItem.NAME}), date(2026, 1, 1)),),
        household=(HouseholdMember("child", "0-4"),),
    )
    from dataclasses import replace

    from intake_app.clients.intake import update_client
    from intake_app.domain.clients import Barriers

    update_client(session, replace(b, barriers=Barriers(no_health_card=Tri.YES)))
    with session.write() as conn:
        cur = conn.execute("INSERT INTO t_referrals (client_id) VALUES (?)", (b.id,))
        referral = int(cur.lastrowid or 0)
    assert a.id is not None and b.id is not None
    return a.id, b.id, referral


def test_merge_moves_everything_fills_blanks_and_hides_the_other(session: VaultSession) -> None:
    a, b, referral = _pair(session)
    record = merge_clients(session, a, b)
    merged = repo.load_client(session.conn, a)
    assert merged is not None
    assert sorted(n.category for n in merged.needs) == ["food", "health", "housing"]
    assert len(merged.consents) == 1 and len(merged.household) == 1
    assert merged.phone == "514-555-0123" and merged.birth_year == 1990
    assert merged.barriers.no_health_card is Tri.YES
    assert (
        session.conn.execute(
            "SELECT client_id FROM t_referrals WHERE id = ?", (referral,)
        ).fetchone()[0]
        == a
    )
    assert [h.id for h in ClientSearch(session).search("diallo")] == [a]
    assert view_client(session, b).id == a
    assert record.moved_rows == 5
    assert events_for_record(session.conn, "client", a)[-2].action == Action.CLIENTS_MERGED


def test_undo_puts_every_row_and_field_back(session: VaultSession) -> None:
    a, b, referral = _pair(session)
    before_a, before_b = repo.load_client(session.conn, a), repo.load_client(session.conn, b)
    record = merge_clients(session, a, b)
    undo_merge(session, record.id)
    assert repo.load_client(session.conn, a) == before_a
    assert repo.load_client(session.conn, b) == before_b
    assert (
        session.conn.execute(
            "SELECT client_id FROM t_referrals WHERE id = ?", (referral,)
        ).fetchone()[0]
        == b
    )
    assert sorted(h.id for h in ClientSearch(session).search("diallo")) == [a, b]
    with pytest.raises(KnownError):
        undo_merge(session, record.id)


def test_a_client_cannot_be_merged_into_itself(session: VaultSession) -> None:
    a = add(session, "Solo")
    with pytest.raises(KnownError):
        merge_clients(session, a.id or 0, a.id or 0)


_CODES = st.sampled_from(["food", "housing", "health", "legal", "employment"])


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    a_needs=st.lists(_CODES, max_size=4),
    b_needs=st.lists(_CODES, max_size=4),
    b_phone=st.sampled_from(["", "514-555-0100"]),
    b_year=st.one_of(st.none(), st.integers(1950, 2005)),
)
def test_merge_then_undo_is_an_exact_round_trip(
    session: VaultSession,
    a_needs: list[str],
    b_needs: list[str],
    b_phone: str,
    b_year: int | None,
) -> None:
    a = add(session, "Ana", "Round", needs=tuple(Need(c) for c in a_needs))
    b = add(
        session,
        "Anna",
        "Round",
        phone=b_phone,
        birth_year=b_year,
        needs=tuple(Need(c) for c in b_needs),
    )
    assert a.id is not None and b.id is not None
    before = (repo.load_client(session.conn, a.id), repo.load_client(session.conn, b.id))
    record = merge_clients(session, a.id, b.id)
    merged = repo.load_client(session.conn, a.id)
    assert merged is not None and len(merged.needs) == len(a_needs) + len(b_needs)
    undo_merge(session, record.id)
    assert (repo.load_client(session.conn, a.id), repo.load_client(session.conn, b.id)) == before


def _referral(session: VaultSession, client_id: int, need_id: int | None, code: str) -> int:
    now = session.clock.now().isoformat()
    with session.write() as conn:
        cur = conn.execute(
            "INSERT INTO referrals (code, client_id, state_changed_at, created_at)"
            " VALUES (?, ?, ?, ?)",
            (code, client_id, now, now),
        )
        referral_id = int(cur.lastrowid or 0)
        conn.execute(
            "INSERT INTO referral_needs (referral_id, need_id, category) VALUES (?, ?, 'food')",
            (referral_id, need_id),
        )
    return referral_id


def test_referrals_and_their_needs_follow_a_merge_and_its_undo(session: VaultSession) -> None:
    a = add(session, "Meron", "Girma")
    b = add(session, "Meron", "Girma", needs=(Need("food"),))
    assert a.id is not None and b.id is not None
    need_id = b.needs[0].id
    referral = _referral(session, b.id, need_id, "TESTCODE1")
    record = merge_clients(session, a.id, b.id)
    row = session.conn.execute(
        "SELECT r.client_id, n.need_id FROM referrals r JOIN"
        " referral_needs n ON n.referral_id = r.id WHERE r.id = ?",
        (referral,),
    ).fetchone()
    assert tuple(row) == (a.id, need_id)
    merged = repo.load_client(session.conn, a.id)
    assert merged is not None and [n.id for n in merged.needs] == [need_id]
    undo_merge(session, record.id)
    assert (
        session.conn.execute(
            "SELECT client_id FROM referrals WHERE id = ?", (referral,)
        ).fetchone()[0]
        == b.id
    )


def test_deleting_a_client_removes_its_referrals(session: VaultSession) -> None:
    from intake_app.clients.intake import delete_client

    a = add(session, "Dawit", "Alemu", needs=(Need("food"),))
    assert a.id is not None
    _referral(session, a.id, a.needs[0].id, "TESTCODE2")
    delete_client(session, a.id)
    for table in ("referrals", "referral_needs", "client_needs"):
        assert session.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
