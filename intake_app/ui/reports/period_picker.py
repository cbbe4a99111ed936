"""Choosing a report period: a month, a quarter, a year, or a run of months. Only whole
months can be chosen, and nothing after the current month."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from intake_app.domain.reports import ReportPeriod, add_months
from intake_app.errors import KnownError


class PeriodPicker(QWidget):
    period_changed = Signal(object)  # ReportPeriod

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.kind = QComboBox(self)
        self.kind.setObjectName("report-period-kind")
        self.kind.setAccessibleName(self.tr("Kind of period"))
        for key, label in (
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("year", self.tr("Year")),
            ("custom", self.tr("Custom")),
        ):
            self.kind.addItem(label, key)
        self.year = QSpinBox(self)
        self.year.setObjectName("report-year")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, today.year)
        self.year.setValue(today.year)
        self.month = QComboBox(self)
        self.month.setObjectName("report-month")
        self.month.setAccessibleName(self.tr("Month"))
        self.quarter = QComboBox(self)
        self.quarter.setObjectName("report-quarter")
        self.quarter.setAccessibleName(self.tr("Quarter"))
        for q in range(1, 5):
            self.quarter.addItem(self.tr("Q%1").replace("%1", str(q)), q)
        self.first = self._month_edit("report-from", self.tr("First month"))
        self.last = self._month_edit("report-to", self.tr("Last month"))
        self.to_label = QLabel(self.tr("to"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.kind,
            self.year,
            self.month,
            self.quarter,
            self.first,
            self.to_label,
            self.last,
        ):
            layout.addWidget(w)
        self._fill_months()
        previous = add_months(date(today.year, today.month, 1), -1)
        self.year.setValue(previous.year)
        self._fill_months()
        self.month.setCurrentIndex(self.month.findData(previous.month))
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._year_changed)
        for combo in (self.month, self.quarter):
            combo.currentIndexChanged.connect(self._emit)
        self.first.dateChanged.connect(self._emit)
        self.last.dateChanged.connect(self._emit)
        self._kind_changed()

    def _month_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat("yyyy-MM")
        edit.setMaximumDate(QDate(self.today.year, self.today.month, 1))
        edit.setDate(QDate(self.today.year, self.today.month, 1).addMonths(-2))
        return edit

    def _fill_months(self) -> None:
        from babel.dates import get_month_names

        current = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        names = get_month_names("wide", locale=self.locale().name())
        last = self.today.month if self.year.value() == self.today.year else 12
        for m in range(1, last + 1):
            self.month.addItem(names[m], m)
        index = self.month.findData(current)
        self.month.setCurrentIndex(index if index >= 0 else self.month.count() - 1)
        self.month.blockSignals(False)

    def _year_changed(self) -> None:
        self._fill_months()
        self._emit()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.year.setVisible(kind in ("month", "quarter", "year"))
        self.month.setVisible(kind == "month")
        self.quarter.setVisible(kind == "quarter")
        for w in (self.first, self.to_label, self.last):
            w.setVisible(kind == "custom")
        self._emit()

    def period(self) -> ReportPeriod | None:
        """The chosen period, or None while it does not make sense (ends before it starts)."""
        kind = self.kind.currentData()
        year = self.year.value()
        try:
            if kind == "month":
                m = int(self.month.currentData() or 1)
                return ReportPeriod(date(year, m, 1), add_months(date(year, m, 1), 1))
            if kind == "quarter":
                q = int(self.quarter.currentData() or 1)
                start = date(year, 3 * q - 2, 1)
                return ReportPeriod(start, add_months(start, 3))
            if kind == "year":
                return ReportPeriod(date(year, 1, 1), date(year + 1, 1, 1))
            first, last = self.first.date(), self.last.date()
            return ReportPeriod.months(
                date(first.year(), first.month(), 1), date(last.year(), last.month(), 1)
            )
        except KnownError:
            return None

    def _emit(self) -> None:
        period = self.period()
        if period is not None:
            self.period_changed.emit(period)
