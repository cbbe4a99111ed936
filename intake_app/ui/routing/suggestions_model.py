"""The suggestions of one client as a flat list: a header row per need, then its services.

`SuggestionsModel` holds rows and which suggestions are ticked for a referral;
`SuggestionsFilter` hides rows by language, area, "open now" and "left out". Headers
always stay, so a need whose services are all filtered out still shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from intake_app.domain.clients import Need
from intake_app.domain.common import Lang
from intake_app.domain.folding import area_key
from intake_app.domain.hours import OpenState
from intake_app.letters.allowlist import plain_name_flagged
from intake_app.routing.explain import category_label, explain
from intake_app.routing.rank import Suggestion

from intake_app.ui.clients.labels import URGENCY
from intake_app.ui.clients.labels import tr as label_tr
from intake_app.ui.widgets.rows_model import Col, RowsModel

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    # Numbered above the roles every `RowsModel` answers (`ui.widgets.data_role`).
    KIND = Qt.ItemDataRole.UserRole + 11
    TITLE = Qt.ItemDataRole.UserRole + 12
    SUBTITLE = Qt.ItemDataRole.UserRole + 13
    EXPLANATION = Qt.ItemDataRole.UserRole + 14
    EXCLUDED = Qt.ItemDataRole.UserRole + 15
    NEED_INDEX = Qt.ItemDataRole.UserRole + 16
    SERVICE_ID = Qt.ItemDataRole.UserRole + 17
    # A badge when the service's own name would be flagged on a letter: the text to show,
    # and whether the directory already has a neutral letter name for it.
    LETTER_BADGE = Qt.ItemDataRole.UserRole + 18
    LETTER_NAME_READY = Qt.ItemDataRole.UserRole + 19


class Kind(IntEnum):
    HEADER = 0
    SUGGESTION = 1
    EMPTY = 2  # a need nothing fits


@dataclass(slots=True)
class _Row:
    kind: Kind
    need_index: int
    need: Need
    suggestion: Suggestion | None = None
    count: int = 0
    # Worked out when a card first shows it, then kept (cards are painted often; a need
    # at 50,000 services has thousands of suggestions, most never scrolled to).
    explanation: str | None = None


class SuggestionsModel(RowsModel[_Row]):
    """A list (one column) whose rows are of three kinds; the card delegate reads the
    `Role`s, each kind answering its own (`_header_role`, `_empty_role`,
    `_suggestion_role`)."""

    CONTEXT = "SuggestionsModel"

    def __init__(self, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._checked: set[tuple[int, str]] = set()
        self._flagged: dict[str, bool] = {}
        self._referred: dict[str, str] = {}  # service id → "already referred on …"

    # -- filling ---------------------------------------------------------------------------

    def set_suggestions(self, needs: tuple[Need, ...], suggestions: list[Suggestion]) -> None:
        self.beginResetModel()
        self._flagged = {}
        by_need: dict[int, list[Suggestion]] = {}
        for s in suggestions:
            by_need.setdefault(s.need_index, []).append(s)
        rows: list[_Row] = []
        for i, need in enumerate(needs):
            found = by_need.get(i, [])
            usable = sum(1 for s in found if not s.excluded)
            rows.append(_Row(Kind.HEADER, i, need, count=usable))
            if usable == 0:
                rows.append(_Row(Kind.EMPTY, i, need))
            rows.extend(_Row(Kind.SUGGESTION, i, need, s) for s in found)
        self._rows = rows
        self._checked.clear()
        self.endResetModel()

    def set_referred(self, texts: dict[str, str]) -> None:
        """Services this person was already referred to, with the words the card shows."""
        self._referred = dict(texts)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def referred_note(self, service_id: str) -> str:
        return self._referred.get(service_id, "")

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._referred = {}
        self._checked.clear()
        self.endResetModel()

    def checked(self) -> list[Suggestion]:
        """Ticked suggestions in list order."""
        return [
            r.suggestion
            for r in self._rows
            if r.suggestion is not None and (r.need_index, r.suggestion.service.id) in self._checked
        ]

    def uncheck_all(self) -> None:
        if self._checked:
            self._checked.clear()
            if self._rows:
                self.dataChanged.emit(
                    self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole]
                )

    def header_row(self, need_index: int) -> int:
        for i, r in enumerate(self._rows):
            if r.kind is Kind.HEADER and r.need_index == need_index:
                return i
        return -1

    def suggestion_at(self, row: int) -> Suggestion | None:
        return self._rows[row].suggestion if 0 <= row < len(self._rows) else None

    # -- the model contract ----------------------------------------------------------------

    def columns(self) -> Sequence[Col[_Row]]:
        return (Col("", self._title),)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._rows[index.row()]
        if row.kind is Kind.SUGGESTION and row.suggestion and not row.suggestion.excluded:
            return (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemNeverHasChildren
            )
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def row_role(self, row: _Row, role: int) -> Any:
        if role == Role.KIND:
            return int(row.kind)
        if role == Role.NEED_INDEX:
            return row.need_index
        if role == Role.TITLE:
            return self._title(row)
        if row.kind is Kind.HEADER:
            return self._header_role(row, role)
        if row.kind is Kind.SUGGESTION:
            return self._suggestion_role(row, role)
        return None

    def _title(self, row: _Row) -> str:
        if row.kind is Kind.HEADER:
            return category_label(row.need.category, self._lang)
        if row.suggestion is None:
            return QCoreApplication.translate(
                "SuggestionsModel",
                "No active service fits this need. It is noted for the reports.",
            )
        return row.suggestion.service.name_in(self._lang.value)

    def _header_role(self, row: _Row, role: int) -> Any:
        if role == Role.SUBTITLE:
            urgency = label_tr(URGENCY[row.need.urgency])
            fits = QCoreApplication.translate(
                "SuggestionsModel", "%n service(s) fit", "", row.count
            )
            return f"{urgency} · {fits}"
        return None

    def _suggestion_role(self, row: _Row, role: int) -> Any:
        s = row.suggestion
        assert s is not None
        if role == Role.SUBTITLE:
            return self._subtitle(s)
        if role in (Role.EXPLANATION, Qt.ItemDataRole.ToolTipRole):
            return self._explanation(row, s)
        if role == Role.EXCLUDED:
            return s.excluded
        if role == Role.SERVICE_ID:
            return s.service.id
        if role == Role.LETTER_NAME_READY:
            return bool(s.service.letter_name)
        if role == Role.LETTER_BADGE:
            return self._letter_badge(s)
        if role == Qt.ItemDataRole.CheckStateRole and not s.excluded:
            ticked = (row.need_index, s.service.id) in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return None

    def _explanation(self, row: _Row, s: Suggestion) -> str:
        note = self._referred.get(s.service.id)
        if row.explanation is None:
            row.explanation = explain(s, self._lang, with_category=False)
        if note and row.explanation:
            return f"{note} · {row.explanation}"
        return note or row.explanation

    def _letter_badge(self, s: Suggestion) -> str:
        """The badge when the service's own name would be flagged on a letter."""
        flagged = self._flagged.get(s.service.id)
        if flagged is None:
            flagged = plain_name_flagged(s.service, self._lang)
            self._flagged[s.service.id] = flagged
        if not flagged:
            return ""
        if s.service.letter_name:
            return QCoreApplication.translate("SuggestionsModel", "On letters: %1").replace(
                "%1", s.service.letter_name
            )
        return QCoreApplication.translate(
            "SuggestionsModel", "Name reveals status: choose a letter name"
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        if row.suggestion is None or row.suggestion.excluded:
            return False
        key = (row.need_index, row.suggestion.service.id)
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _subtitle(self, s: Suggestion) -> str:
        parts = [s.service.organization.name]
        if s.service.area:
            parts.append(s.service.area)
        if s.service.phone:
            parts.append(s.service.phone)
        return " · ".join(p for p in parts if p)


class SuggestionsFilter(QSortFilterProxyModel):
    """Language, area, open now, and whether services left out are shown (greyed)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = ""
        self.area = ""
        self.open_now = False
        self.show_excluded = False

    def set_filters(
        self,
        *,
        language: str = "",
        area: str = "",
        open_now: bool = False,
        show_excluded: bool = False,
    ) -> None:
        self.beginFilterChange()
        self.language, self.area = language, area_key(area)
        self.open_now, self.show_excluded = open_now, show_excluded
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, SuggestionsModel):
            return True
        s = model.suggestion_at(source_row)
        if s is None:
            return True
        if s.excluded and not self.show_excluded:
            return False
        if self.language and self.language not in s.service.languages:
            return False
        if self.area and not any(area_key(loc.area) == self.area for loc in s.service.locations):
            return False
        return not (self.open_now and s.opening.state is not OpenState.OPEN_NOW)
