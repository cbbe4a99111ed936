"""The Reports page: figures for the chosen period beside their charts, the rule, why a
tiny vault shows nothing, exports through the trace-free chooser, caseworkers' limits."""

from __future__ import annotations

from pathlib import Path

from intake_app.accounts.manage import add_user
from intake_app.domain.users import Role
from intake_app.reports.use_cases import ExportFormat
from intake_app.vault.audit import events_for_record
from intake_app.vault.session import VaultSession
from tests.conftest import FAST_KDF
from tests.unit.reports.helpers import at, take_in

from intake_app.ui.context import AppContext
from intake_app.ui.reports.reports_page import ReportsPage


def _page(qtbot, context: AppContext) -> ReportsPage:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.resize(1024, 560)
    page.activated()
    return page


def test_the_page_shows_last_month_with_a_chart_beside_each_table(
    qtbot, qtmodeltester, context: AppContext, session: VaultSession
) -> None:
    take_in(session, at(2026, 2, 3), count=7)
    page = _page(qtbot, context)
    assert page.report is not None and page.report.period.label == "2026-02"
    assert page.report.served == 7
    assert "Clients served: 7" in page.summary.text()
    assert page.tables.rowCount() == len(page.report.tables)
    page.table_list.setCurrentIndex(page.tables.index(3))  # letter language
    qtmodeltester.check(page.model)
    assert page.model.index(1, 1).data() == "7"  # English letters
    assert "Bar chart" in page.chart.accessibleDescription()
    assert "English: 7" in page.chart.accessibleDescription()
    assert "Barriers, the masked note" in page.rule.text()


def test_a_tiny_vault_says_why_everything_is_hidden(
    qtbot, context: AppContext, session: VaultSession
) -> None:
    take_in(session, at(2026, 2, 3), count=3)
    page = _page(qtbot, context)
    assert "Too few people" in page.status.text()
    assert page.model.index(page.model.rowCount() - 1, 1).data() == "x"


def test_a_future_quarter_says_there_is_nothing_to_count(qtbot, context: AppContext) -> None:
    page = _page(qtbot, context)
    page.picker.kind.setCurrentIndex(page.picker.kind.findData("quarter"))
    page.picker.quarter.setCurrentIndex(3)
    assert "has not started" in page.status.text()
    assert page.report is None and not page.export.isEnabled()


def test_export_goes_through_the_trace_free_chooser_and_is_audited(
    qtbot, context: AppContext, session: VaultSession, tmp_path: Path, monkeypatch
) -> None:
    take_in(session, at(2026, 2, 3), count=6)
    page = _page(qtbot, context)
    asked: list[str] = []

    def chooser(_parent, _title, suggested, _filter, _suffix):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return tmp_path / suggested

    monkeypatch.setattr("intake_app.ui.reports.reports_page.choose_save_file", chooser)
    page._export_actions[ExportFormat.PDF].trigger()
    assert asked == ["report-2026-02.pdf"]
    assert (tmp_path / "report-2026-02.pdf").read_bytes().startswith(b"%PDF")
    assert events_for_record(session.conn, "report", "2026-02")
    assert page.status.text() == "Report exported."


def test_a_caseworker_sees_their_caseload_and_cannot_export(
    qtbot, context: AppContext, session: VaultSession
) -> None:
    take_in(session, at(2026, 2, 3), count=6)
    session.user = add_user(
        session, "Case Worker", Role.CASEWORKER, "river copper lantern oak", FAST_KDF
    )
    page = _page(qtbot, context)
    assert not page.scope.isEnabled()
    assert page.export.isHidden()
    assert page.report is not None and page.report.served == 0


def test_the_threshold_is_set_in_settings(
    qtbot, context: AppContext, session: VaultSession
) -> None:
    from intake_app.settings import read_setting

    from intake_app.ui.reports.reports_section import ReportsSection

    section = ReportsSection(context)
    qtbot.addWidget(section)
    assert section.k.minimum() == 3 and section.k.maximum() == 10 and section.k.value() == 5
    section.k.setValue(7)
    with qtbot.waitSignal(section.saved) as blocker:
        section.save.click()
    assert blocker.args == [["reports.min_cell"]]
    assert read_setting(session, "reports.min_cell") == 7
