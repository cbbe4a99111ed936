"""The PDF report: the rule, the summary, then each table beside its chart.

Made from the released report only, with the same chart definitions as the page. The
metadata says what it is and when (title, subject with the period), nothing personal and
not even the organization's name.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from intake_app.domain.common import Lang
from intake_app.letters.scripts import register_fonts
from intake_app.reports.charts import chart, chart_parts
from intake_app.reports.labels import (
    category_label,
    number,
    percent,
    period_label,
    rule_text,
    scope_label,
    text,
    title,
)
from intake_app.reports.release import ReleasedReport, ReleasedTable, TableKind

AUTHOR = "Passerelle"


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _value(value: int | None, lang: Lang) -> str:
    return text("suppressed", lang) if value is None else number(value, lang)


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.h1 = ParagraphStyle("h1", fontName=bold, fontSize=16, leading=20, spaceAfter=4)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=8)
        self.body = ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=11)
        self.cell = ParagraphStyle("cell", fontName=regular, fontSize=7.5, leading=9)
        self.regular, self.bold = regular, bold


def _table(t: ReleasedTable, lang: Lang, st: _Styles) -> Table:
    head = text("month", lang) if t.kind is TableKind.TREND else text("category", lang)
    rows: list[list[object]] = [[head, text("people", lang)]]
    for c in t.cells:
        rows.append(
            [
                Paragraph(_escape(category_label(t.id, c.category, lang)), st.cell),
                _value(c.value, lang),
            ]
        )
    if t.kind is TableKind.PARTITION:
        rows.append([text("total", lang), _value(t.total, lang)])
    table = Table(rows, colWidths=[52 * mm, 18 * mm], repeatRows=1, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), st.regular),
        ("FONTNAME", (0, 0), (-1, 0), st.bold),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f4f6")]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if t.kind is TableKind.PARTITION:
        style += [
            ("FONTNAME", (0, -1), (-1, -1), st.bold),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ]
    table.setStyle(TableStyle(style))
    return table


_SIDE_BY_SIDE = 28


def _section(t: ReleasedTable, lang: Lang, st: _Styles, width: float) -> list[Flowable]:
    heading = Paragraph(_escape(title(t.id, lang)), st.h2)
    if len(t.cells) > _SIDE_BY_SIDE:  # a long table runs over pages, its chart after it
        return [
            CondPageBreak(60 * mm),
            heading,
            _table(t, lang, st),
            Spacer(1, 3 * mm),
            *chart_parts(t, lang, int(width)),
        ]
    drawing = chart(t, lang, width=int(width - 74 * mm))
    side = Table([[_table(t, lang, st), drawing]], colWidths=[74 * mm, width - 74 * mm])
    side.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [CondPageBreak(60 * mm), KeepTogether([heading, side])]


def report_pdf(report: ReleasedReport, lang: Lang) -> bytes:
    st = _Styles()
    out = io.BytesIO()
    heading = f"{text('report', lang)} — {period_label(report.period, lang)}"
    doc = SimpleDocTemplate(
        out,
        pagesize=LETTER,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=f"Passerelle — {text('report', lang)} {report.period.label}",
        author=AUTHOR,
        subject=f"{text('report', lang)} {report.period.label}",
        keywords="report",
        creator=AUTHOR,
        lang=lang.value,
        initialFontName=st.regular,
    )
    story: list[Flowable] = [
        Paragraph(_escape(heading), st.h1),
        Paragraph(_escape(scope_label(report.scope, lang)), st.body),
        Spacer(1, 3 * mm),
        Paragraph(_escape(rule_text(report.k, lang)), st.body),
    ]
    if report.partial:
        story.append(Paragraph(_escape(text("partial", lang)), st.body))
    if report.everything_suppressed:
        story += [
            Spacer(1, 2 * mm),
            Paragraph("<b>" + _escape(text("all_suppressed", lang)) + "</b>", st.body),
        ]
    summary = [
        [text("total", lang), _value(report.served, lang)],
        [
            text("attendance", lang),
            "x" if report.attendance_rate is None else percent(report.attendance_rate, lang),
        ],
        [
            text("median", lang),
            "x" if report.median_days is None else number(report.median_days, lang, 1),
        ],
    ]
    box = Table(summary, colWidths=[110 * mm, 30 * mm])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.regular),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
            ]
        )
    )
    story += [Spacer(1, 3 * mm), box]
    for t in report.tables:
        story += _section(t, lang, st, doc.width)
    doc.build(story)
    return out.getvalue()
