"""Retention: who is due, deletion on confirmation, and a clock set backwards."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_app.accounts.manage import add_user
from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.domain.clients import Client
from intake_app.domain.users import Role
from intake_app.errors import ErrorCode, KnownError
from intake_app.retention.policy import (
    delete_inactive,
    due_for_deletion,
    mark_checked,
    months_before,
    weekly_check_due,
)
from intake_app.vault import audit, clients_repo
from intake_app.vault.lifecycle import lock, unlock
from intake_app.vault.session import VaultSession
from tests.conftest import FAST_KDF, sentinel


def _client(session: VaultSession, name: str, **extra: object) -> int:
    with session.write() as conn:
        client = clients_repo.insert_client(
            conn, Client(given_name=name, **extra), session.clock.now(), session.user.id
        )
        session.audit(conn, Action.CLIENT_CREATED, "client", client.number)
    assert client.id is not None
    return client.id


def _touch(session: VaultSession, client_id: int) -> None:
    with session.write() as conn:
        clients_repo.touch_activity(conn, client_id, session.clock.now())
        session.audit(conn, Action.CLIENT_CHANGED, "client", f"C-{client_id:06d}")


def test_client_is_due_only_after_the_retention_period(
    session: VaultSession, clock: FixedClock
) -> None:
    old = _client(session, "Ancien")
    clock.advance(days=400)
    recent = _client(session, "Récent")
    clock.advance(days=24 * 31 - 400)
    assert [c.id for c in due_for_deletion(session)] == [old]
    assert recent not in [c.id for c in due_for_deletion(session)]


def test_deletion_needs_confirmation_and_leaves_only_counts(
    session: VaultSession, clock: FixedClock
) -> None:
    secret = sentinel("retained-note")
    old = _client(session, "Ancien", notes=secret)
    clock.advance(days=800)
    with pytest.raises(KnownError) as err:
        delete_inactive(session, [old], confirmed=False)
    assert err.value.code is ErrorCode.INVALID_INPUT
    result = delete_inactive(session, [old], confirmed=True)
    assert result.deleted == 1
    assert clients_repo.load_client(session.conn, old) is None
    [event] = audit.query_events(session.conn, action=Action.RETENTION_DELETED)
    assert event.detail == {"deleted": 1, "months": 24}
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert audit.verify_chain(session.conn).intact


def test_a_client_active_again_since_the_list_is_not_deleted(
    session: VaultSession, clock: FixedClock
) -> None:
    old = _client(session, "Ancien")
    clock.advance(days=800)
    listed = [c.id for c in due_for_deletion(session)]
    _touch(session, old)
    result = delete_inactive(session, listed, confirmed=True)
    assert (result.deleted, result.skipped) == (0, 1)


def test_work_done_while_the_clock_was_set_back_does_not_make_a_client_due(
    session: VaultSession, clock: FixedClock
) -> None:
    """Someone sets the laptop clock three years back and works with a client; once the
    clock is right again the client must not look three years inactive."""
    _client(session, "Ailleurs")  # an event at the true time, before the clock goes back
    real_now = clock.now()
    clock.current = real_now.replace(year=real_now.year - 3)
    victim = _client(session, "Victime")
    clock.current = real_now
    clock.advance(days=1)
    assert victim not in [c.id for c in due_for_deletion(session)]


def test_a_clock_set_back_at_deletion_time_deletes_nothing_early(
    session: VaultSession, clock: FixedClock
) -> None:
    cid = _client(session, "Client")
    clock.advance(days=365)
    clock.current = clock.now().replace(year=clock.now().year - 5)
    assert cid not in [c.id for c in due_for_deletion(session)]
    assert delete_inactive(session, [cid], confirmed=True).deleted == 0


def test_caseworker_cannot_list_or_delete(session: VaultSession, clock: FixedClock) -> None:
    cid = _client(session, "Client")
    add_user(session, "Camille Tremblay", Role.CASEWORKER, "orange kettle maple harbour", FAST_KDF)
    paths = session.paths
    lock(session)
    cw = unlock(paths, "Camille Tremblay", "orange kettle maple harbour", clock)
    for call in (lambda: due_for_deletion(cw), lambda: delete_inactive(cw, [cid], confirmed=True)):
        with pytest.raises(KnownError) as err:
            call()
        assert err.value.code is ErrorCode.NOT_ALLOWED
    cw.close()


def test_weekly_check_is_due_after_seven_days(session: VaultSession, clock: FixedClock) -> None:
    assert weekly_check_due(session)
    mark_checked(session)
    assert not weekly_check_due(session)
    clock.advance(days=7)
    assert weekly_check_due(session)


@given(
    st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2090, 12, 31)),
    st.integers(min_value=1, max_value=240),
)
def test_months_before_is_earlier_by_about_that_many_months(moment: datetime, months: int) -> None:
    earlier = months_before(moment, months)
    assert earlier < moment
    assert (moment.year * 12 + moment.month) - (earlier.year * 12 + earlier.month) == months
    assert 28 * months - 3 <= (moment - earlier).days <= 31 * months + 3
