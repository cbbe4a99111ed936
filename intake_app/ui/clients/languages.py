"""A searchable list of languages (ISO 639 codes, names from Babel); order of choice kept."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from intake_app.domain.common import Lang
from intake_app.domain.languages import capitalised, language_choices, language_name

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class LanguagePicker(QWidget):
    """Type to filter, Enter to add the first match; Space toggles in the list."""

    changed = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None, *, ranked: bool = True) -> None:
        super().__init__(parent)
        self._lang = lang
        self._ranked = ranked  # a client's languages are in order of comfort; a service's not
        self._chosen: list[str] = []
        self.model = QStandardItemModel(self)
        for code, name in language_choices(lang):
            item = QStandardItem(f"{name} ({code})")
            item.setData(code, CODE_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("language-filter")
        self.filter.setPlaceholderText(self.tr("Type a language, then Enter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find a language"))
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Languages spoken"))
        self.list.setModel(self.proxy)
        self.list.setFixedHeight(96)
        self.chosen_label = QLabel(self)
        self.chosen_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen_label)
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.returnPressed.connect(self._add_first)
        self.model.itemChanged.connect(self._item_changed)
        self._update_label()

    def _add_first(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        item = self.model.itemFromIndex(self.proxy.mapToSource(self.proxy.index(0, 0)))
        item.setCheckState(Qt.CheckState.Checked)
        self.filter.clear()

    def _item_changed(self, item: QStandardItem) -> None:
        code = item.data(CODE_ROLE)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and code not in self._chosen:
            self._chosen.append(code)
        elif not checked and code in self._chosen:
            self._chosen.remove(code)
        else:
            return
        self._update_label()
        self.changed.emit()

    def _update_label(self) -> None:
        if self._chosen:
            names = ", ".join(capitalised(language_name(c, self._lang)) for c in self._chosen)
            chosen = (
                self.tr("Chosen, most comfortable first: %1")
                if self._ranked
                else self.tr("Chosen: %1")
            )
            self.chosen_label.setText(chosen.replace("%1", names))
        else:
            self.chosen_label.setText(self.tr("No language chosen yet."))

    def codes(self) -> tuple[str, ...]:
        return tuple(self._chosen)

    def set_codes(self, codes: tuple[str, ...]) -> None:
        self.filter.clear()  # a half-typed search from the previous record goes
        self.list.scrollToTop()
        self.model.blockSignals(True)
        self._chosen = [c for c in codes]
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(CODE_ROLE) in codes else Qt.CheckState.Unchecked
            )
        self.model.blockSignals(False)
        self._update_label()
