"""Paints each suggestion as a card: a tick box, the name, who and where, and why.

Need headers are painted as section titles. A service left out is painted greyed, with
the reason in place of the explanation, and cannot be ticked.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

from intake_app.ui.routing.suggestions_model import Kind, Role
from intake_app.ui.widgets.tones import Tone, tone_colour, tone_fill

Index = QModelIndex | QPersistentModelIndex

PAD = 12
# Above and below a card's text: less than at the sides, so three cards fit a small screen.
PAD_Y = 8
GAP = 4
CHECK = 20
MARGIN_Y = 4


class CardDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setBold(True)
        header = QFont(base)
        header.setBold(True)
        header.setPointSizeF(base.pointSizeF() * 1.15 if base.pointSizeF() > 0 else 11)
        return base, title, header

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = self._view.viewport().width() if self._view is not None else option.rect.width()
        return max(200, width - 2 * PAD - CHECK - 3 * GAP - 8)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base, title, header = self._fonts(option)
        kind = index.data(Role.KIND)
        width = self._text_width(option)
        if kind == Kind.HEADER:
            h = QFontMetrics(header).height() + QFontMetrics(base).height() + PAD + GAP + 6
            return QSize(width, h)
        if kind == Kind.EMPTY:
            return QSize(width, QFontMetrics(base).height() + 2 * PAD)
        fm = QFontMetrics(base)
        explanation = index.data(Role.EXPLANATION) or ""
        text_h = fm.boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, explanation
        ).height()
        h = QFontMetrics(title).height() + fm.height() + text_h + 2 * PAD_Y + 2 * GAP
        return QSize(width, h + 2 * MARGIN_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        try:
            kind = index.data(Role.KIND)
            if kind == Kind.HEADER:
                self._paint_header(painter, option, index)
            elif kind == Kind.EMPTY:
                self._paint_empty(painter, option, index)
            else:
                self._paint_card(painter, option, index)
        finally:
            painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        base, _title, header = self._fonts(option)
        pal = option.palette
        r = option.rect.adjusted(PAD // 2, PAD, -PAD // 2, 0)
        painter.setFont(header)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        hh = QFontMetrics(header).height()
        painter.drawText(
            QRect(r.left(), r.top(), r.width(), hh),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            index.data(Role.TITLE) or "",
        )
        painter.setFont(base)
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(r.left(), r.top() + hh + 2, r.width(), QFontMetrics(base).height()),
            Qt.AlignmentFlag.AlignLeft,
            index.data(Role.SUBTITLE) or "",
        )

    def _paint_empty(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        base, _t, _h = self._fonts(option)
        base.setItalic(True)
        painter.setFont(base)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            option.rect.adjusted(PAD, 0, -PAD, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            index.data(Role.TITLE) or "",
        )

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        base, title, _h = self._fonts(option)
        pal = option.palette
        excluded = bool(index.data(Role.EXCLUDED))
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = option.rect.adjusted(2, MARGIN_Y, -2, -MARGIN_Y)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = pal.color(QPalette.ColorRole.Base)
        border = pal.color(QPalette.ColorRole.Mid)
        if excluded:
            background = pal.color(QPalette.ColorRole.Window)
        elif checked or selected:
            tint = QColor(pal.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(40)
            background = tint
            border = pal.color(QPalette.ColorRole.Highlight)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if focused:  # where the space bar will tick, for keyboard users
            border = pal.color(QPalette.ColorRole.Highlight)
        painter.setPen(
            QPen(
                border,
                2 if checked or focused else 1,
                Qt.PenStyle.DashLine if focused and not checked else Qt.PenStyle.SolidLine,
            )
        )
        painter.setBrush(background)
        painter.drawRoundedRect(card, 6, 6)

        x = card.left() + PAD
        if not excluded:
            box = QStyleOptionButton()
            box.rect = QRect(x, card.top() + PAD_Y, CHECK, CHECK)
            box.state = QStyle.StateFlag.State_Enabled | (
                QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
            )
            style = self._view.style() if self._view is not None else QApplication.style()
            style.drawControl(QStyle.ControlElement.CE_CheckBox, box, painter)
        x += CHECK + 2 * GAP
        width = card.right() - PAD - x
        text = pal.color(QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        y = card.top() + PAD_Y

        painter.setFont(title)
        th = QFontMetrics(title).height()
        badge = index.data(Role.LETTER_BADGE) or ""
        title_width = width
        if badge:
            title_width = self._paint_badge(
                painter,
                base,
                QRect(x, y, width, th),
                badge,
                bool(index.data(Role.LETTER_NAME_READY)),
                pal,
            )
            painter.setFont(title)
        painter.setPen(muted if excluded else text)
        name = QFontMetrics(title).elidedText(
            index.data(Role.TITLE) or "", Qt.TextElideMode.ElideRight, title_width
        )
        painter.drawText(QRect(x, y, title_width, th), Qt.AlignmentFlag.AlignLeft, name)
        y += th + GAP

        painter.setFont(base)
        fm = QFontMetrics(base)
        painter.setPen(muted)
        sub = fm.elidedText(index.data(Role.SUBTITLE) or "", Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, y, width, fm.height()), Qt.AlignmentFlag.AlignLeft, sub)
        y += fm.height() + GAP

        explanation = index.data(Role.EXPLANATION) or ""
        if excluded:
            italic = QFont(base)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(muted)
        else:
            painter.setPen(text)
        painter.drawText(
            QRect(x, y, width, card.bottom() - y),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            explanation,
        )

    def _paint_badge(
        self,
        painter: QPainter,
        font: QFont,
        row: QRect,
        badge: str,
        ready: bool,
        option_palette: QPalette,
    ) -> int:
        """The letter-name badge at the right of the title row; returns the width left for
        the title. Amber when a letter would be held, blue when a neutral name is set."""
        small = QFont(font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        fm = QFontMetrics(small)
        max_w = max(80, row.width() // 2)
        text = fm.elidedText(badge, Qt.TextElideMode.ElideRight, max_w - 12)
        w = fm.horizontalAdvance(text) + 12
        rect = QRect(row.right() - w, row.top(), w, row.height())
        tone = Tone.INFO if ready else Tone.WARN
        fill = tone_fill(tone, option_palette)
        edge = tone_colour(tone, option_palette)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setFont(small)
        painter.setPen(option_palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return max(40, row.width() - w - GAP)

    def editorEvent(
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        """A click anywhere on a card, or the space bar, ticks or unticks it."""
        if not (index.flags() & Qt.ItemFlag.ItemIsUserCheckable):
            return False
        clicked = (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and option.rect.contains(event.position().toPoint())
        )
        pressed = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select)
        )
        if not (clicked or pressed):
            return False
        current = index.data(Qt.ItemDataRole.CheckStateRole)
        new = Qt.CheckState.Unchecked if current == Qt.CheckState.Checked else Qt.CheckState.Checked
        return bool(model.setData(index, new, Qt.ItemDataRole.CheckStateRole))
