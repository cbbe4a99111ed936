"""Build a report for a period and export it: the use cases the page and the CLI share.

Coordinators see every client's figures; a caseworker sees only the figures of their own
caseload (the clients they took in or referred), whatever they ask for — the refusal is
here, below the UI. Exports are for coordinators, audited with the period, the format and
the tables, never the path (a folder name can carry a person's name).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from intake_app.clock import today as clock_today
from intake_app.domain.audit import Action
from intake_app.domain.clients import AGE_RANGES
from intake_app.domain.common import Lang
from intake_app.domain.languages import known_language_codes
from intake_app.domain.permissions import Permission, allowed, require
from intake_app.domain.reports import DEFAULT_K, MAX_K, MIN_K, ReportPeriod, Scope
from intake_app.domain.taxonomy import SERVICE_TERMS
from intake_app.errors import ErrorCode, KnownError
from intake_app.progress import Cancelled, Progress, never_cancelled, no_progress
from intake_app.reports.release import TABLE_IDS, ReleasedReport, release
from intake_app.vault.atomic import atomic_write_bytes
from intake_app.vault.reports_repo import report_figures
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting

log = logging.getLogger(__name__)


class ExportFormat(StrEnum):
    CSV = "csv"  # a zip of one CSV per table
    PDF = "pdf"
    JSON = "json"


SUFFIX = {ExportFormat.CSV: ".zip", ExportFormat.PDF: ".pdf", ExportFormat.JSON: ".json"}


@dataclass(frozen=True)
class ReportRequest:
    period: ReportPeriod
    scope: Scope = Scope.ALL


def _age_bounds() -> list[tuple[str, int]]:
    return [(label, int(label.rstrip("+").split("-")[0])) for label in AGE_RANGES]


def threshold(session: VaultSession) -> int:
    """The vault's k, kept inside the allowed range whatever the stored value."""
    try:
        k = int(get_setting(session.conn, "reports.min_cell"))
    except (TypeError, ValueError, KeyError):
        k = DEFAULT_K
    return min(MAX_K, max(MIN_K, k))


def effective_scope(session: VaultSession, asked: Scope) -> Scope:
    """Coordinators get what they ask for; caseworkers only ever their own caseload."""
    if allowed(session.user, Permission.VIEW_REPORTS):
        return asked
    require(session.user, Permission.VIEW_OWN_REPORTS)
    return Scope.CASELOAD


def build_report(
    session: VaultSession,
    request: ReportRequest,
    *,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> ReleasedReport:
    """Count, protect and return the report (on a worker thread: its `session.worker()`)."""
    scope = effective_scope(session, request.scope)
    today = clock_today(session.clock)
    request.period.check_not_future(today)
    progress(0.05)

    def step(fraction: float) -> None:
        if cancelled():
            raise KnownError(ErrorCode.CANCELLED)
        progress(0.05 + 0.85 * fraction)

    # A second connection of its own: half the tables are counted on it meanwhile.
    with session.worker() as second:
        raw = report_figures(
            session.conn,
            request.period,
            today,
            caseload_of=session.user.id if scope is Scope.CASELOAD else None,
            known_languages=known_language_codes(),
            categories=[t.code for t in SERVICE_TERMS],
            age_ranges=_age_bounds(),
            step=step,
            second=second.conn,
        )
    step(1.0)
    report = release(raw, request.period, k=threshold(session), scope=scope, today=today)
    progress(1.0)
    log.info(
        "report built: %d month(s), %d table(s), %d cell(s) suppressed",
        request.period.month_count,
        len(report.tables),
        report.suppressed_count,
    )
    return report


def render_export(report: ReleasedReport, fmt: ExportFormat, lang: Lang) -> bytes:
    """The export file's bytes, made from the released report only."""
    if fmt is ExportFormat.CSV:
        from intake_app.reports.export_csv import csv_zip

        return csv_zip(report, lang)
    if fmt is ExportFormat.PDF:
        from intake_app.reports.export_pdf import report_pdf

        return report_pdf(report, lang)
    from intake_app.reports.export_json import report_json

    return report_json(report)


def suggested_file_name(report: ReleasedReport, fmt: ExportFormat) -> str:
    """Named by the period only: "report-2026-11.pdf"."""
    return f"report-{report.period.label}{SUFFIX[fmt]}"


def export_report(
    session: VaultSession, report: ReleasedReport, fmt: ExportFormat, path: Path, lang: Lang
) -> int:
    """Write the export atomically (mode 0600) and audit it; return its size in bytes."""
    require(session.user, Permission.EXPORT_REPORTS)
    if not Path(path).parent.is_dir():
        raise KnownError(ErrorCode.FOLDER_MISSING)
    data = render_export(report, fmt, lang)
    atomic_write_bytes(Path(path), data, mode=0o600)
    with session.write() as conn:
        session.audit(
            conn,
            Action.REPORT_EXPORTED,
            "report",
            report.period.label,
            period=report.period.label,
            format=fmt.value,
            scope=report.scope.value,
            k=report.k,
            tables=list(TABLE_IDS),
            bytes=len(data),
        )
    log.info("report exported: %s, %d bytes", fmt.value, len(data))
    return len(data)
