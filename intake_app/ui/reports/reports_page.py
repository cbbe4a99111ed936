"""The Reports page: anonymous figures for a period, each table beside its chart.

Figures are computed off the GUI thread on the worker's own connection (a year at
100,000 clients is a good part of a second), then shown from the released report only, so
the screen and every export hide the same cells. Coordinators choose between every
client and their own caseload and may export; caseworkers see their own caseload only.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.clock import today as clock_today
from intake_app.domain.permissions import Permission, allowed
from intake_app.domain.reports import Scope
from intake_app.errors import ErrorCode, KnownError
from intake_app.progress import Cancelled, Progress
from intake_app.reports.labels import (
    number,
    percent,
    period_label,
    rule_text,
    title,
)
from intake_app.reports.release import ReleasedReport
from intake_app.reports.use_cases import (
    ExportFormat,
    ReportRequest,
    build_report,
    export_report,
    suggested_file_name,
)

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert
from intake_app.ui.file_dialogs import choose_save_file
from intake_app.ui.pages.base import Page
from intake_app.ui.reports.chart_view import ChartView
from intake_app.ui.reports.period_picker import PeriodPicker
from intake_app.ui.reports.table_model import ReportTableModel
from intake_app.ui.workers import Worker

log = logging.getLogger(__name__)


class ReportsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("page-reports")
        self.lang = context.ui_lang
        self.report: ReleasedReport | None = None
        self._worker: Worker | None = None
        self._pending: ReportRequest | None = None
        user = context.session.user
        self.coordinator = allowed(user, Permission.VIEW_REPORTS)

        self.picker = PeriodPicker(clock_today(context.clock), self)
        self.scope = QComboBox(self)
        self.scope.setObjectName("report-scope")
        self.scope.setAccessibleName(self.tr("Whose figures"))
        self.scope.addItem(self.tr("All clients"), Scope.ALL.value)
        self.scope.addItem(self.tr("My caseload"), Scope.CASELOAD.value)
        if not self.coordinator:
            self.scope.setCurrentIndex(1)
            self.scope.setEnabled(False)
        self.export = QPushButton(self.tr("&Export…"), self)
        self.export.setObjectName("report-export")
        menu = QMenu(self.export)
        self._export_actions = {
            ExportFormat.CSV: menu.addAction(self.tr("CSV files (zip)…")),
            ExportFormat.PDF: menu.addAction(self.tr("PDF report with charts…")),
            ExportFormat.JSON: menu.addAction(self.tr("JSON summary (umbrella organization)…")),
        }
        for fmt, action in self._export_actions.items():
            action.triggered.connect(lambda _checked=False, f=fmt: self.export_to(f))
        self.export.setMenu(menu)
        self.export.setVisible(allowed(user, Permission.EXPORT_REPORTS))
        self.export.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setObjectName("report-cancel")
        self.cancel.setVisible(False)
        self.cancel.clicked.connect(self._cancel)

        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.scope)
        top.addStretch(1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel)
        top.addWidget(self.export)

        self.status = QLabel(self)
        self.status.setObjectName("report-status")
        self.status.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("report-summary")
        self.summary.setWordWrap(True)

        self.tables = QStringListModel(self)
        self.table_list = QListView(self)
        self.table_list.setObjectName("report-tables")
        self.table_list.setAccessibleName(self.tr("Tables of the report"))
        self.table_list.setModel(self.tables)
        self.table_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_list.setMaximumWidth(250)
        self.table_list.setWordWrap(True)
        self.table_list.selectionModel().currentChanged.connect(lambda *_a: self._show_table())

        self.heading = QLabel(self)
        self.heading.setObjectName("report-table-title")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.model = ReportTableModel(self.lang, self)
        self.view = QTableView(self)
        self.view.setObjectName("report-table")
        self.view.setAccessibleName(self.tr("Figures of the chosen table"))
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chart = ChartView()
        self.chart_area = QScrollArea(self)
        self.chart_area.setWidget(self.chart)
        self.chart_area.setWidgetResizable(False)
        self.chart_area.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side = QSplitter(Qt.Orientation.Horizontal, self)
        side.addWidget(self.view)
        side.addWidget(self.chart_area)
        # Half and half: at 1024 wide the table keeps "Total (clients served)" whole.
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 1)
        side.setSizes([380, 380])
        self.chart_area.setMinimumWidth(240)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(side, 1)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.table_list)
        body.addWidget(right)
        body.setStretchFactor(1, 1)

        self.rule = QLabel(self)
        self.rule.setObjectName("report-rule")
        self.rule.setWordWrap(True)
        small = self.rule.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        self.rule.setFont(small)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)
        layout.addWidget(self.rule)

        self.picker.period_changed.connect(lambda _p: self.refresh())
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self._loaded = False

    def title(self) -> str:
        return self.tr("Reports")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_table()  # the chart follows the width it is given

    def activated(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def shutdown(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        self.report = None
        self.model.set_table(None)

    # -- computing -------------------------------------------------------------------------

    def refresh(self) -> None:
        period = self.picker.period()
        if period is None:
            self.status.setText(self.tr("The last month is before the first."))
            return
        request = ReportRequest(period, Scope(self.scope.currentData()))
        if self._worker is not None and not self._worker.done.is_set():
            self._pending = request  # computed when the running one ends
            self._worker.cancel()
            return
        self._start(request)

    def _start(self, request: ReportRequest) -> None:
        session = self.context.session

        def job(progress: Progress, cancelled: Cancelled) -> ReleasedReport:
            with session.worker() as worker:
                return build_report(worker, request, progress=progress, cancelled=cancelled)

        self.progress.setVisible(True)
        self.cancel.setVisible(True)
        self.export.setEnabled(False)
        self.status.setText(self.tr("Counting…"))
        worker = Worker(job)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self.context.pool.start(worker)

    def _cancel(self) -> None:
        self._pending = None
        if self._worker is not None:
            self._worker.cancel()

    def _next(self) -> bool:
        self.progress.setVisible(False)
        self.cancel.setVisible(False)
        if self._pending is not None:
            request, self._pending = self._pending, None
            self._start(request)
            return True
        return False

    def _failed(self, exc: KnownError) -> None:
        if self._next():
            return
        self.report = None
        self.tables.setStringList([])
        self.model.set_table(None)
        self.chart.show_table(None, self.lang, 0)
        self.summary.setText("")
        if exc.code is ErrorCode.CANCELLED:
            self.status.setText("")
        elif exc.code is ErrorCode.INVALID_INPUT and exc.params.get("reason") == "in the future":
            self.status.setText(
                self.tr("This period has not started yet: there is nothing to count.")
            )
        else:
            self.status.setText("")
            Alert.error(self, exc)

    def _finished(self, report: ReleasedReport) -> None:
        if self._next():
            return
        self.report = report
        self.export.setEnabled(True)
        lang = self.lang
        notes = [self.tr("Period: %1.").replace("%1", period_label(report.period, lang))]
        if report.partial:
            notes.append(self.tr("This period is still running: the figures go up to today."))
        if report.empty:
            notes.append(self.tr("Nobody was served in this period."))
        elif report.everything_suppressed:
            notes.append(
                self.tr(
                    "Too few people were served in this period: every figure is hidden (x) so "
                    "that nobody can be recognized. Choose a longer period to see figures."
                )
            )
        elif report.suppressed_count:
            notes.append(
                self.tr("%1 figure(s) hidden (x) to protect confidentiality.").replace(
                    "%1", str(report.suppressed_count)
                )
            )
        self.status.setText(" ".join(notes))
        served = "x" if report.served is None else number(report.served, lang)
        rate = "x" if report.attendance_rate is None else percent(report.attendance_rate, lang)
        median = "x" if report.median_days is None else number(report.median_days, lang, 1)
        self.summary.setText(
            self.tr(
                "Clients served: %1 · Attendance rate: %2 · Median days from referral to outcome: %3"  # noqa: E501
            )
            .replace("%1", served)
            .replace("%2", rate)
            .replace("%3", median)
        )
        self.rule.setText(rule_text(report.k, lang))
        current = max(0, self.table_list.currentIndex().row())
        self.tables.setStringList([title(t.id, lang) for t in report.tables])
        self.table_list.setCurrentIndex(self.tables.index(min(current, len(report.tables) - 1)))
        self._show_table()

    def _show_table(self) -> None:
        if self.report is None:
            return
        row = self.table_list.currentIndex().row()
        if not 0 <= row < len(self.report.tables):
            return
        table = self.report.tables[row]
        self.heading.setText(title(table.id, self.lang))
        self.model.set_table(table)
        width = self.chart_area.viewport().width() - 12
        self.chart.show_table(table, self.lang, width if width > 100 else 460)

    # -- exporting -------------------------------------------------------------------------

    def export_to(self, fmt: ExportFormat, path: Path | None = None) -> Path | None:
        """Ask where (the trace-free chooser), write, audit. `path` skips the chooser."""
        report = self.report
        if report is None:
            return None
        if path is None:
            filters = {
                ExportFormat.CSV: self.tr("Zip of CSV files (*.zip)"),
                ExportFormat.PDF: self.tr("PDF (*.pdf)"),
                ExportFormat.JSON: self.tr("JSON (*.json)"),
            }
            path = choose_save_file(
                self,
                self.tr("Export the report"),
                suggested_file_name(report, fmt),
                filters[fmt],
                fmt.value if fmt is not ExportFormat.CSV else "zip",
            )
            if path is None:
                return None
        try:
            export_report(self.context.session, report, fmt, path, self.lang)
        except KnownError as exc:
            Alert.error(self, exc)
            return None
        self.status.setText(self.tr("Report exported."))
        return path
