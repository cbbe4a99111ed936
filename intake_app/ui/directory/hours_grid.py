"""Weekly opening hours as seven rows: a day to tick, when it opens, when it closes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QTimeEdit, QWidget

from intake_app.domain.services import OpeningHours


class HoursGrid(QWidget):
    def __init__(self, hours: Sequence[OpeningHours], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.addWidget(QLabel(self.tr("Opens"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("Closes"), self), 0, 2)
        days = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        existing = {h.weekday: h for h in hours}
        self.day_rows: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for i, name in enumerate(days, start=1):
            h = existing.get(i)
            box = QCheckBox(name, self)
            box.setObjectName(f"day-{i}")
            box.setChecked(h is not None)
            opens = QTimeEdit(QTime(9, 0) if h is None else QTime(h.opens.hour, h.opens.minute))
            closes = QTimeEdit(QTime(17, 0) if h is None else QTime(h.closes.hour, h.closes.minute))
            opens.setAccessibleName(self.tr("%1: opens").replace("%1", name))
            closes.setAccessibleName(self.tr("%1: closes").replace("%1", name))
            for edit in (opens, closes):
                edit.setParent(self)
                edit.setDisplayFormat("HH:mm")
            grid.addWidget(box, i, 0)
            grid.addWidget(opens, i, 1)
            grid.addWidget(closes, i, 2)
            self.day_rows.append((box, opens, closes))
        grid.setColumnStretch(3, 1)

    def hours(self) -> tuple[OpeningHours, ...]:
        return tuple(
            OpeningHours(
                i,
                time(o.time().hour(), o.time().minute()),
                time(c.time().hour(), c.time().minute()),
            )
            for i, (box, o, c) in enumerate(self.day_rows, start=1)
            if box.isChecked()
        )
