"""The coordinator's audit view: filters, chain check, CSV export without client data."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from intake_app.accounts.audit_view import (
    AuditFilter,
    check_chain,
    export_audit_csv,
    search_audit,
)
from intake_app.accounts.manage import add_user
from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.domain.users import Role
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.lifecycle import lock, unlock
from intake_app.vault.session import VaultSession
from tests.conftest import ADMIN_NAME, FAST_KDF


def _client_events(session: VaultSession, clock: FixedClock) -> None:
    with session.write() as conn:
        session.audit(conn, Action.CLIENT_CREATED, "client", "C-0001")
        clock.advance(days=2)
        session.audit(conn, Action.CLIENT_VIEWED, "client", "C-0002")


def test_filters_by_client_number_action_and_date(session: VaultSession, clock: FixedClock) -> None:
    _client_events(session, clock)
    rows = search_audit(session, AuditFilter(client_number=" C-0001 "))
    assert [r.event.action for r in rows] == [Action.CLIENT_CREATED]
    assert rows[0].user_name == ADMIN_NAME
    rows = search_audit(session, AuditFilter(action=Action.CLIENT_VIEWED))
    assert [r.event.record_id for r in rows] == ["C-0002"]
    rows = search_audit(session, AuditFilter(until=date(2026, 3, 11)))
    assert Action.CLIENT_VIEWED not in [r.event.action for r in rows]
    rows = search_audit(session, AuditFilter(since=date(2026, 3, 13)))
    assert [r.event.action for r in rows] == [Action.CLIENT_VIEWED]


def test_filters_by_user(session: VaultSession, clock: FixedClock) -> None:
    user = add_user(
        session, "Camille Tremblay", Role.CASEWORKER, "orange kettle maple harbour", FAST_KDF
    )
    paths = session.paths
    lock(session)
    cw = unlock(paths, "Camille Tremblay", "orange kettle maple harbour", clock)
    lock(cw)
    admin = unlock(paths, ADMIN_NAME, "correct horse battery staple", clock)
    rows = search_audit(admin, AuditFilter(user_id=user.id))
    assert {r.event.action for r in rows} == {Action.UNLOCKED, Action.LOCKED}
    assert {r.user_name for r in rows} == {"Camille Tremblay"}
    admin.close()


def test_chain_check_reports_where_it_breaks(session: VaultSession, clock: FixedClock) -> None:
    _client_events(session, clock)
    assert check_chain(session).intact
    session.conn.execute("UPDATE audit SET record_id = 'C-9999' WHERE id = 2")
    report = check_chain(session)
    assert report.broken_at == 2


def test_csv_export_has_user_names_and_record_numbers_only(
    session: VaultSession, clock: FixedClock, tmp_path: Path
) -> None:
    _client_events(session, clock)
    dest = tmp_path / "audit.csv"
    count = export_audit_csv(session, AuditFilter(), dest)
    with open(dest, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == count >= 3
    assert rows[0]["record_number"] == "C-0002"
    assert {r["user"] for r in rows} == {ADMIN_NAME}
    assert search_audit(session, AuditFilter(action=Action.AUDIT_EXPORTED))


def test_caseworker_cannot_read_the_audit_trail(session: VaultSession, clock: FixedClock) -> None:
    add_user(session, "Camille Tremblay", Role.CASEWORKER, "orange kettle maple harbour", FAST_KDF)
    paths = session.paths
    lock(session)
    cw = unlock(paths, "Camille Tremblay", "orange kettle maple harbour", clock)
    for call in (lambda: search_audit(cw, AuditFilter()), lambda: check_chain(cw)):
        with pytest.raises(KnownError) as err:
            call()
        assert err.value.code is ErrorCode.NOT_ALLOWED
    cw.close()
