"""A chart on screen: the reportlab drawing rendered to SVG and shown by QtSvg, with its
content said in words for screen readers."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QSizePolicy, QWidget

from intake_app.domain.common import Lang
from intake_app.reports.release import ReleasedTable
from intake_app.source_lines import drop_source_lines

from intake_app.ui.widgets.tones import paper_colour

ZOOM = 1.4


class ChartView(QSvgWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report-chart")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._size = QSize(0, 0)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, paper_colour())
        self.setPalette(palette)

    def show_table(self, table: ReleasedTable | None, lang: Lang, width: int) -> None:
        if table is None:
            self.load(QByteArray())
            self.setFixedSize(0, 0)
            self.setAccessibleName("")
            self.setAccessibleDescription("")
            return
        # reportlab's graphics (about 40 MB with what they pull in) load with the first
        # chart shown, not with the main window.
        from intake_app.reports.charts import chart_description, chart_svg

        drop_source_lines()
        # Drawn smaller and shown larger: the PDF's 7-point labels read well on screen.
        self.load(QByteArray(chart_svg(table, lang, width=max(160, int(width / ZOOM)))))
        box = self.renderer().defaultSize() * ZOOM
        self._size = box
        self.setFixedSize(box.width(), max(60, box.height()))
        self.setAccessibleName(self.tr("Chart"))
        self.setAccessibleDescription(chart_description(table, lang))

    def sizeHint(self) -> QSize:
        return self._size if self._size.isValid() else super().sizeHint()
