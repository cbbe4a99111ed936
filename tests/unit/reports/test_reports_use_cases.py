"""Report use cases: who sees what, bad periods, tiny vaults, exports and their audit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake_app.accounts.manage import add_user
from intake_app.domain.audit import Action
from intake_app.domain.common import Lang
from intake_app.domain.permissions import Permission
from intake_app.domain.reports import ReportPeriod, Scope
from intake_app.domain.users import Role
from intake_app.errors import ErrorCode, KnownError
from intake_app.reports.use_cases import (
    ExportFormat,
    ReportRequest,
    build_report,
    export_report,
    suggested_file_name,
)
from intake_app.settings import change_settings
from intake_app.vault.audit import events_for_record
from intake_app.vault.session import VaultSession
from tests.conftest import FAST_KDF
from tests.unit.reports.helpers import add_directory, at, refer, service_for, take_in

FEB = ReportRequest(ReportPeriod.parse("2026-02"))


def _as_caseworker(session: VaultSession) -> None:
    user = add_user(session, "Case Worker", Role.CASEWORKER, "river copper lantern oak", FAST_KDF)
    session.user = user


def test_a_caseworker_sees_only_their_caseload_whatever_they_ask(session: VaultSession) -> None:
    take_in(session, at(2026, 2, 3), count=6)  # the coordinator's clients
    _as_caseworker(session)
    take_in(session, at(2026, 2, 4), count=5)
    report = build_report(session, ReportRequest(FEB.period, Scope.ALL))
    assert report.scope is Scope.CASELOAD
    assert report.served == 5


def test_a_coordinator_sees_every_client(session: VaultSession) -> None:
    take_in(session, at(2026, 2, 3), count=6)
    report = build_report(session, FEB)
    assert report.scope is Scope.ALL and report.served == 6


def test_a_caseworker_cannot_export(session: VaultSession, tmp_path: Path) -> None:
    take_in(session, at(2026, 2, 3), count=6)
    report = build_report(session, FEB)
    _as_caseworker(session)
    with pytest.raises(KnownError) as err:
        export_report(session, report, ExportFormat.JSON, tmp_path / "r.json", Lang.EN)
    assert err.value.code is ErrorCode.NOT_ALLOWED
    assert not (tmp_path / "r.json").exists()


def test_a_role_without_report_permissions_is_refused(
    session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake_app.domain import permissions

    _as_caseworker(session)
    monkeypatch.setitem(
        permissions.ROLE_PERMISSIONS,
        Role.CASEWORKER,
        frozenset({Permission.WORK_WITH_CLIENTS}),
    )
    with pytest.raises(KnownError) as err:
        build_report(session, FEB)
    assert err.value.code is ErrorCode.NOT_ALLOWED


def test_a_future_period_is_refused(session: VaultSession) -> None:
    with pytest.raises(KnownError) as err:
        build_report(session, ReportRequest(ReportPeriod.parse("2026-04")))
    assert err.value.params["reason"] == "in the future"


def test_the_current_month_is_marked_partial(session: VaultSession) -> None:
    report = build_report(session, ReportRequest(ReportPeriod.parse("2026-03")))
    assert report.partial


def test_an_empty_period_shows_zeros(session: VaultSession) -> None:
    report = build_report(session, ReportRequest(ReportPeriod.parse("2025-05")))
    assert report.served == 0 and report.empty
    assert all(c.value == 0 for t in report.tables for c in t.cells)


def test_a_three_client_vault_hides_everything(session: VaultSession) -> None:
    take_in(session, at(2026, 2, 3), count=3, area="Plateau")
    report = build_report(session, FEB)
    assert report.served is None
    assert report.everything_suppressed and not report.empty
    shown = [c.value for t in report.tables for c in t.cells if c.value]
    assert shown == []
    assert report.attendance_rate is None and report.median_days is None


def test_the_threshold_comes_from_the_settings(session: VaultSession) -> None:
    take_in(session, at(2026, 2, 3), count=4)
    assert build_report(session, FEB).served is None
    change_settings(session, {"reports.min_cell": 3})
    report = build_report(session, FEB)
    assert report.k == 3 and report.served == 4
    with pytest.raises(KnownError):
        change_settings(session, {"reports.min_cell": 2})


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_an_export_is_named_by_period_written_private_and_audited(
    session: VaultSession, tmp_path: Path, fmt: ExportFormat
) -> None:
    take_in(session, at(2026, 2, 3), count=6)
    report = build_report(session, FEB)
    name = suggested_file_name(report, fmt)
    assert name.startswith("report-2026-02.")
    path = tmp_path / name
    size = export_report(session, report, fmt, path, Lang.FR)
    assert path.stat().st_size == size and path.stat().st_mode & 0o777 == 0o600
    [event] = [e for e in events_for_record(session.conn, "report", "2026-02")]
    assert event.action == Action.REPORT_EXPORTED.value
    assert event.detail["period"] == "2026-02" and event.detail["format"] == fmt.value
    assert "clients.age" in event.detail["tables"]
    assert str(tmp_path) not in json.dumps(event.detail)


def test_an_export_into_a_missing_folder_says_so(session: VaultSession, tmp_path: Path) -> None:
    report = build_report(session, FEB)
    with pytest.raises(KnownError) as err:
        export_report(session, report, ExportFormat.PDF, tmp_path / "no" / "r.pdf", Lang.EN)
    assert err.value.code is ErrorCode.FOLDER_MISSING


def test_periods_are_whole_months() -> None:
    assert ReportPeriod.parse("2026-Q4").label == "2026-10_2026-12"
    assert ReportPeriod.parse("2026-11", "2027-01").month_count == 3
    assert ReportPeriod.parse("2026").month_count == 12
    for bad in ("2026-13", "2026-11-05", "last week", ""):
        with pytest.raises(KnownError):
            ReportPeriod.parse(bad)
    with pytest.raises(KnownError):
        ReportPeriod.parse("2026-11", "2026-10")
    from datetime import date

    with pytest.raises(KnownError):
        ReportPeriod(date(2026, 11, 3), date(2026, 11, 4))  # a day is a person


def test_a_cancelled_report_stops_and_leaves_no_temporary_table(session: VaultSession) -> None:
    take_in(session, at(2026, 2, 3), count=6)
    seen: list[float] = []
    with pytest.raises(KnownError) as err:
        build_report(session, FEB, progress=seen.append, cancelled=lambda: bool(seen))
    assert err.value.code is ErrorCode.CANCELLED
    assert build_report(session, FEB).served == 6  # the connection is still usable


def test_a_quarter_hides_its_new_clients_when_one_month_has_few(session: VaultSession) -> None:
    """Otherwise the quarter minus a report of its other two months would give them away."""
    services = add_directory(session)
    for client in take_in(session, at(2025, 6, 3), count=7):
        refer(session, client, service_for(services, "housing"), at(2025, 11, 20))
    take_in(session, at(2025, 10, 3), count=6)
    take_in(session, at(2025, 11, 3), count=6)
    take_in(session, at(2025, 12, 3), count=2)
    quarter = build_report(session, ReportRequest(ReportPeriod.parse("2025-Q4")))
    new = {c.category: c.value for c in quarter.table("clients.new").cells}
    assert quarter.served == 21 and new == {"new": None, "returning": None}
    two = build_report(session, ReportRequest(ReportPeriod.parse("2025-10", "2025-11")))
    assert {c.category: c.value for c in two.table("clients.new").cells}["new"] == 12
