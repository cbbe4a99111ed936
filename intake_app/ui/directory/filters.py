"""The search box and filters above the directory list; emits a `DirectoryFilter`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intake_app.directory.search import DirectoryFilter
from intake_app.domain.common import Lang
from intake_app.domain.folding import fold
from intake_app.domain.languages import language_name
from intake_app.domain.services import AccessMode
from intake_app.domain.taxonomy import AUDIENCE_TERMS, SERVICE_TERMS

from intake_app.ui.directory.labels import ACCESS, FLAGS, tr


class FilterBar(QWidget):
    changed = Signal(object)  # DirectoryFilter

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.search = QLineEdit(self)
        self.search.setObjectName("directory-search")
        self.search.setAccessibleName(self.tr("Search services"))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search services: name, organization, description (accents ignored)")
        )
        self.category = self._combo(
            "filter-category",
            self.tr("All categories"),
            [
                (t.code, t.label(lang))
                for t in sorted(SERVICE_TERMS, key=lambda t: fold(t.label(lang)))
            ],
        )
        self.audience = self._combo(
            "filter-audience",
            self.tr("Any audience"),
            [(t.code, t.label(lang)) for t in AUDIENCE_TERMS],
        )
        self.language = self._combo("filter-language", self.tr("Any language"), [])
        self.area = self._combo("filter-area", self.tr("All areas"), [])
        self.access = self._combo(
            "filter-access", self.tr("Any way in"), [(m.value, tr(ACCESS[m])) for m in AccessMode]
        )
        for combo, name in (
            (self.category, self.tr("Category")),
            (self.audience, self.tr("Audience")),
            (self.language, self.tr("Language")),
            (self.area, self.tr("Area")),
            (self.access, self.tr("Way in")),
        ):
            combo.setAccessibleName(name)
        self.flags: dict[str, QCheckBox] = {}
        for key, text in FLAGS.items():
            box = QCheckBox(tr(text), self)
            box.setObjectName(f"flag-{key}")
            box.toggled.connect(self._emit)
            self.flags[key] = box
        self.inactive = QCheckBox(self.tr("Show inactive"), self)
        self.inactive.setObjectName("show-inactive")
        self.inactive.toggled.connect(self._emit)
        self.search.textChanged.connect(self._emit)

        combos = QGridLayout()
        combos.setHorizontalSpacing(10)
        for col, combo in enumerate(
            (self.category, self.audience, self.language, self.area, self.access)
        ):
            combos.addWidget(combo, 0, col)
            combos.setColumnStretch(col, 1)
        # The ticks go on one line when it fits, on two on a small screen (French labels
        # are long), never cut.
        self.checks = QGridLayout()
        self.checks.setHorizontalSpacing(18)
        self.checks.setVerticalSpacing(4)
        self.only_label = QLabel(self.tr("Only:"), self)
        self.only_label.setStyleSheet("color: palette(mid);")
        self._check_widgets: list[QWidget] = [*self.flags.values(), self.inactive]
        self._check_columns = 0
        self._lay_checks(len(self._check_widgets))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search)
        layout.addLayout(combos)
        layout.addLayout(self.checks)

    def _lay_checks(self, columns: int) -> None:
        if columns == self._check_columns:
            return
        self._check_columns = columns
        for w in (self.only_label, *self._check_widgets):
            self.checks.removeWidget(w)
        self.checks.addWidget(self.only_label, 0, 0)
        for i, w in enumerate(self._check_widgets):
            self.checks.addWidget(w, i // columns, 1 + i % columns)
        for col in range(1, 7):
            self.checks.setColumnStretch(col, 0)
        self.checks.setColumnStretch(columns + 1, 1)

    def _width_in(self, columns: int) -> int:
        """How wide the ticks are when laid out in `columns` columns."""
        spacing = self.checks.horizontalSpacing()
        widths = [0] * columns
        for i, w in enumerate(self._check_widgets):
            widths[i % columns] = max(widths[i % columns], w.sizeHint().width())
        return self.only_label.sizeHint().width() + sum(widths) + spacing * columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        every = len(self._check_widgets)
        fits = next(
            (c for c in range(every, 1, -1) if self._width_in(c) <= event.size().width()), 1
        )
        self._lay_checks(fits)

    def _combo(self, name: str, any_text: str, items: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(any_text, "")
        for code, text in items:
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def set_choices(self, languages: Sequence[str], areas: Sequence[str]) -> None:
        """Fill the language and area pickers with what the directory holds."""
        for combo, values, label in (
            (self.language, languages, lambda c: language_name(c, self.lang.value)),
            (self.area, areas, lambda a: a),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in sorted(values, key=lambda v: fold(label(v))):
                combo.addItem(label(value), value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)

    def current(self) -> DirectoryFilter:
        def one(combo: QComboBox) -> frozenset[str]:
            value = combo.currentData()
            return frozenset({value}) if value else frozenset()

        access = self.access.currentData()
        return DirectoryFilter(
            text=self.search.text(),
            categories=one(self.category),
            audiences=one(self.audience),
            languages=one(self.language),
            areas=one(self.area),
            access=frozenset({AccessMode(access)}) if access else frozenset(),
            free=self.flags["free"].isChecked(),
            no_status_required=self.flags["no_status_required"].isChecked(),
            no_id_required=self.flags["no_id_required"].isChecked(),
            no_health_card_required=self.flags["no_health_card_required"].isChecked(),
            include_inactive=self.inactive.isChecked(),
        )

    def _emit(self) -> None:
        self.changed.emit(self.current())
