"""The CSV export: a zip with one CSV per table and a README with the rule.

Made from the released report only. Every text cell that a spreadsheet would read as a
formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an
apostrophe; entries carry a fixed date, not the time of the export.
"""

from __future__ import annotations

import csv
import io
import zipfile

from intake_app.domain.common import Lang
from intake_app.reports.labels import (
    category_label,
    period_label,
    rule_text,
    scope_label,
    text,
    title,
)
from intake_app.reports.release import ReleasedReport, ReleasedTable, TableKind

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe(value: object) -> str:
    """A spreadsheet-safe cell: text that could start a formula becomes inert text."""
    s = "" if value is None else str(value)
    return "'" + s if s.startswith(_FORMULA_START) else s


def shown(value: int | None, lang: Lang) -> str:
    return text("suppressed", lang) if value is None else str(value)


def table_csv(table: ReleasedTable, lang: Lang) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    head = text("month", lang) if table.kind is TableKind.TREND else text("category", lang)
    w.writerow([safe(head), safe(text("people", lang)), "code"])
    for cell in table.cells:
        w.writerow(
            [
                safe(category_label(table.id, cell.category, lang)),
                shown(cell.value, lang),
                safe(cell.category),
            ]
        )
    if table.kind is TableKind.PARTITION:
        w.writerow([safe(text("total", lang)), shown(table.total, lang), "total"])
    return out.getvalue()


def readme(report: ReleasedReport, lang: Lang) -> str:
    lines = [
        f"{text('report', lang)} — Passerelle",
        f"{text('period', lang)}: {period_label(report.period, lang)} ({report.period.label})",
        scope_label(report.scope, lang),
        "",
        rule_text(report.k, lang),
    ]
    if report.partial:
        lines.append(text("partial", lang))
    if report.everything_suppressed:
        lines.append(text("all_suppressed", lang))
    lines += ["", *(f"{t.id.replace('.', '-')}.csv: {title(t.id, lang)}" for t in report.tables)]
    return "\r\n".join(lines) + "\r\n"


def csv_zip(report: ReleasedReport, lang: Lang) -> bytes:
    stamp = (report.period.start.year, report.period.start.month, 1, 0, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:

        def put(name: str, body: str) -> None:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, body.encode("utf-8-sig"))

        put("README.txt", readme(report, lang))
        for table in report.tables:
            put(f"{table.id.replace('.', '-')}.csv", table_csv(table, lang))
    return buffer.getvalue()
