"""One chart definition for the screen and the PDF: reportlab graphics.

A `Drawing` goes into the PDF as it is and is rendered to SVG for the page (QtSvg shows
it). QtCharts would need the PySide6 Add-ons wheel (hundreds of megabytes) for a dozen
bar and line charts; reportlab is already here for the letters, and one definition means
the screen and the paper cannot disagree.

Bars for categories (horizontal, so long names stay readable), lines for the trend;
every bar and point carries its value, a hidden cell shows "x" and no bar.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from intake_app.domain.common import Lang
from intake_app.letters.scripts import register_fonts
from intake_app.reports.labels import category_label, text, title
from intake_app.reports.release import ReleasedTable, TableKind

WIDTH = 460
BAR_COLOUR = colors.HexColor("#2f6f8f")
LINE_COLOUR = colors.HexColor("#b5562b")
_LABEL_CHARS = 30


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "…"


def _value_text(value: int | None, lang: Lang) -> str:
    return text("suppressed", lang) if value is None else str(value)


def chart(table: ReleasedTable, lang: Lang, width: int = WIDTH) -> Drawing:
    """The chart of one table."""
    if table.kind is TableKind.TREND:
        return _line(table, lang, width)
    return _bars(table, lang, width)


def chart_parts(table: ReleasedTable, lang: Lang, width: int, per: int = 30) -> list[Drawing]:
    """The chart cut into drawings of at most `per` bars, for pages (same order)."""
    if table.kind is TableKind.TREND or len(table.cells) <= per:
        return [chart(table, lang, width)]
    return [
        _bars(replace(table, cells=table.cells[i : i + per]), lang, width)
        for i in range(0, len(table.cells), per)
    ]


def _bars(table: ReleasedTable, lang: Lang, width: int) -> Drawing:
    font, _bold = register_fonts()
    cells = list(reversed(table.cells))  # reportlab draws the first category at the bottom
    bar = 13
    height = max(60, 24 + bar * len(cells) * 1.35)
    d = Drawing(width, height)
    c = HorizontalBarChart()
    c.x, c.y = int(min(170, width * 0.4)), 12
    c.width, c.height = width - c.x - 34, height - 24
    c.data = [[cell.value or 0 for cell in cells]]
    c.bars[0].fillColor = BAR_COLOUR
    c.bars.strokeColor = None
    c.barLabelFormat = "values"
    c.barLabelArray = [[_value_text(cell.value, lang) for cell in cells]]
    c.barLabels.fontName = font
    c.barLabels.fontSize = 7
    c.barLabels.boxAnchor = "w"
    c.barLabels.dx = 3
    c.categoryAxis.categoryNames = [
        _short(category_label(table.id, x.category, lang)) for x in cells
    ]
    c.categoryAxis.labels.fontName = font
    c.categoryAxis.labels.fontSize = 7
    c.categoryAxis.labels.boxAnchor = "e"
    c.categoryAxis.labels.dx = -4
    c.categoryAxis.strokeColor = colors.grey
    c.valueAxis.valueMin = 0
    top = max([cell.value or 0 for cell in cells] + [1])
    c.valueAxis.valueMax = top * 1.15 + 1
    c.valueAxis.visible = False
    c.valueAxis.visibleGrid = False
    d.add(c)
    return d


def _line(table: ReleasedTable, lang: Lang, width: int) -> Drawing:
    font, _bold = register_fonts()
    height = 170
    d = Drawing(width, height)
    c = HorizontalLineChart()
    c.x, c.y = 36, 36
    c.width, c.height = width - 56, height - 56
    # A hidden month is a gap in the line, not a zero.
    c.data = [tuple(cell.value for cell in table.cells)]
    c.lines[0].strokeColor = LINE_COLOUR
    c.lines[0].strokeWidth = 2
    c.joinedLines = 1
    c.lineLabelFormat = "values"
    c.lineLabelArray = [[_value_text(cell.value, lang) for cell in table.cells]]
    c.lineLabels.fontName = font
    c.lineLabels.fontSize = 7
    c.lineLabels.dy = 6
    c.categoryAxis.categoryNames = [category_label(table.id, x.category, lang) for x in table.cells]
    c.categoryAxis.labels.fontName = font
    c.categoryAxis.labels.fontSize = 7
    c.categoryAxis.labels.angle = 45
    c.categoryAxis.labels.boxAnchor = "ne"
    c.valueAxis.valueMin = 0
    top = max([cell.value or 0 for cell in table.cells] + [1])
    c.valueAxis.valueMax = top * 1.2 + 1
    c.valueAxis.labels.fontName = font
    c.valueAxis.labels.fontSize = 7
    c.valueAxis.visibleGrid = True
    c.valueAxis.gridStrokeColor = colors.lightgrey
    d.add(c)
    if all(cell.value is None for cell in table.cells):
        d.add(
            String(
                width / 2,
                height / 2,
                text("suppressed", lang),
                fontName=font,
                fontSize=10,
                textAnchor="middle",
            )
        )
    return d


_CLIP = re.compile(r"<clipPath id=\"clip\">.*?</clipPath>", re.S)
_STYLE = re.compile(r'style="([^"]*)"')


def chart_svg(table: ReleasedTable, lang: Lang, width: int = WIDTH) -> bytes:
    """The chart as SVG, for the page.

    Qt's SVG renderer (SVG Tiny 1.2) has no clip paths and would paint reportlab's page
    clip rectangle as a black box, so it is dropped (nothing is drawn outside anyway); the
    PDF's embedded font name becomes a family the desktop has.
    """
    svg = renderSVG.drawToString(chart(table, lang, width))
    svg = _CLIP.sub("", svg).replace("clip-path: url(#clip)", "")
    # Lines carry no fill in reportlab's SVG, and SVG's default fill is black.
    svg = _STYLE.sub(lambda m: m[0] if "fill:" in m[1] else f'style="{m[1]} fill: none;"', svg)
    font, bold = register_fonts()
    svg = svg.replace(f"font-family: {bold}", "font-family: DejaVu Sans; font-weight: bold")
    svg = svg.replace(f"font-family: {font}", "font-family: DejaVu Sans, sans-serif")
    return svg.encode("utf-8")


def chart_description(table: ReleasedTable, lang: Lang) -> str:
    """The chart said in words, for screen readers (the table beside it says it too)."""
    kind = (
        ("Courbe" if lang is Lang.FR else "Line chart")
        if table.kind is TableKind.TREND
        else ("Diagramme à barres" if lang is Lang.FR else "Bar chart")
    )
    parts = [
        f"{category_label(table.id, c.category, lang)} : {_value_text(c.value, lang)}"
        if lang is Lang.FR
        else f"{category_label(table.id, c.category, lang)}: {_value_text(c.value, lang)}"
        for c in table.cells
    ]
    return f"{kind} — {title(table.id, lang)}. " + "; ".join(parts) + "."
