"""Sort arrows that read as people expect: ▲ smallest or oldest first, ▼ the reverse.

Qt draws its header "SortUp" arrow for a descending sort, so the audit trail (newest
first) showed ▲ over rows going down in time. This proxy style keeps the platform's look
and swaps only the arrow.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionHeader, QWidget


class ReadableSortArrows(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            flipped = QStyleOptionHeader(option)
            flipped.sortIndicator = arrow_for(option.sortIndicator)
            super().drawPrimitive(element, flipped, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)


def arrow_for(indicator: QStyleOptionHeader.SortIndicator) -> QStyleOptionHeader.SortIndicator:
    """The arrow to draw for Qt's indicator (ascending arrives as SortDown)."""
    up, down = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown
    if indicator == up:
        return down
    if indicator == down:
        return up
    return indicator
