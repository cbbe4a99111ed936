"""`intake-app report`: the scheduled monthly (or quarterly) figures, as CSV, PDF or JSON.

The same use case as the Reports page, so the same disclosure control. A coordinator's
passphrase is needed (exports are for coordinators); the output is written atomically.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from intake_app.cli.common import add_vault_arguments, unlocked


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser(
        "report",
        help="export the anonymous figures of a period (CSV zip, PDF or JSON)",
        description="Counts of distinct people over whole months, with disclosure control: "
        "no released cell under the vault's threshold (5 by default), complementary cells "
        "hidden so that none can be worked out. Barriers, notes and consent details never "
        "enter a figure.",
    )
    add_vault_arguments(report)
    report.add_argument("--period", required=True, help="YYYY-MM, YYYY-Qn or YYYY")
    report.add_argument("--to", help="last month (or quarter, year) of a longer period")
    report.add_argument("--format", required=True, choices=("csv", "pdf", "json"))
    report.add_argument("--out", required=True, help="the file to write")
    report.add_argument("--lang", choices=("fr", "en"), default="fr", help="labels (default fr)")
    report.add_argument(
        "--caseload", action="store_true", help="only the signed-in person's own caseload"
    )
    report.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from intake_app.domain.common import Lang
    from intake_app.domain.reports import ReportPeriod, Scope
    from intake_app.reports.use_cases import (
        ExportFormat,
        ReportRequest,
        build_report,
        export_report,
    )

    period = ReportPeriod.parse(args.period, args.to)
    out = Path(args.out).expanduser()
    start = time.perf_counter()
    with unlocked(args) as session:
        opened = time.perf_counter()
        request = ReportRequest(period, Scope.CASELOAD if args.caseload else Scope.ALL)
        report = build_report(session, request)
        built = time.perf_counter()
        size = export_report(session, report, ExportFormat(args.format), out, Lang(args.lang))
        written = time.perf_counter()
    note = " Every figure is hidden: too few people." if report.everything_suppressed else ""
    print(
        f"Report {period.label} written ({size} bytes, {report.suppressed_count} cell(s) "
        f"hidden): unlock {opened - start:.2f} s, figures {built - opened:.2f} s, "
        f"{args.format.upper()} {written - built:.2f} s.{note}"
    )
    return 0
