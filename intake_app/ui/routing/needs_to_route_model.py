"""The client's open needs, for the left column of the routing view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from intake_app.domain.clients import Need
from intake_app.domain.common import Lang
from intake_app.routing.explain import category_label

from intake_app.ui.clients.labels import URGENCY
from intake_app.ui.clients.labels import tr as label_tr
from intake_app.ui.widgets.rows_model import Col, RowsModel


class NeedsToRouteModel(RowsModel[tuple[Need, int]]):
    """The needs the routing view suggests services for, each with how many usable
    services fit it (the client record's own needs table is `ClientNeedsModel`). A list:
    one column, a need's reason as its tooltip."""

    CONTEXT = "NeedsToRouteModel"

    def __init__(self, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def columns(self) -> Sequence[Col[tuple[Need, int]]]:
        return (Col("", self._text, tip=lambda row: row[0].reason or None),)

    def set_needs(self, needs: list[tuple[Need, int]]) -> None:
        """Each need with the number of usable services that fit it."""
        self.set_rows(needs)

    def _text(self, row: tuple[Need, int]) -> str:
        need, count = row
        urgency = label_tr(URGENCY[need.urgency])
        return f"{category_label(need.category, self._lang)}\n{urgency} · {self._count(count)}"

    @staticmethod
    def _count(count: int) -> str:
        if count == 0:
            return QCoreApplication.translate("NeedsToRouteModel", "nothing fits")
        return QCoreApplication.translate("NeedsToRouteModel", "%n service(s)", "", count)
