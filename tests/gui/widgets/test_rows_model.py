"""The generic table model: columns declared as data give every role, and the tables
built on it pass Qt's model tester."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt

from intake_app.desk.today import DraftWaiting
from intake_app.domain.common import Lang

from intake_app.ui.directory.review_dialog import ChangesModel, UncategorisedModel
from intake_app.ui.i18n import QT_TRANSLATE_NOOP, install_translators
from intake_app.ui.pages.today_models import DraftsModel
from intake_app.ui.widgets.data_role import AS_WRITTEN_ROLE, ID_ROLE, ROW_ROLE, SORT_ROLE
from intake_app.ui.widgets.rows_model import Col, RowsModel


@dataclass(frozen=True)
class Fruit:
    id: int
    name: str
    grams: int


class FruitModel(RowsModel[Fruit]):
    # Headers marked in a context that has French (the accounts table's), so the test can
    # see the model translate them in its CONTEXT.
    CONTEXT = "AccountsModel"

    def columns(self) -> Sequence[Col[Fruit]]:
        return (
            Col(QT_TRANSLATE_NOOP("AccountsModel", "Name"), lambda f: f.name, as_written=True),
            Col(
                QT_TRANSLATE_NOOP("AccountsModel", "State"),
                lambda f: f"{f.grams} g",
                sort=lambda f: f.grams,
                tip=lambda f: f"{f.name}: {f.grams} g",
                roles={
                    Qt.ItemDataRole.TextAlignmentRole: lambda _f: int(Qt.AlignmentFlag.AlignRight)
                },
            ),
        )

    def row_id(self, row: Fruit) -> int:
        return row.id

    def row_role(self, row: Fruit, role: int) -> object:
        return "heavy" if role == Qt.ItemDataRole.WhatsThisRole and row.grams > 150 else None


FRUIT = [Fruit(1, "pear", 180), Fruit(2, "fig", 50)]


def test_declared_columns_answer_every_role(qapp) -> None:
    model = FruitModel()
    model.set_rows(FRUIT)
    weight = model.index(0, 1)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert weight.data() == "180 g"
    assert weight.data(SORT_ROLE) == 180
    assert model.index(0, 0).data(SORT_ROLE) == "pear", "without a sort key, the text sorts"
    assert weight.data(Qt.ItemDataRole.ToolTipRole) == "pear: 180 g"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert weight.data(Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignRight)
    assert weight.data(ROW_ROLE) == FRUIT[0] and weight.data(ID_ROLE) == 1
    assert model.index(0, 0).data(AS_WRITTEN_ROLE) is True
    assert weight.data(AS_WRITTEN_ROLE) is False
    assert weight.data(Qt.ItemDataRole.WhatsThisRole) == "heavy"
    assert model.index(1, 1).data(Qt.ItemDataRole.WhatsThisRole) is None
    assert model.index(5, 0).data() is None and model.data(QModelIndex()) is None


def test_headers_are_translated_in_the_model_context(qapp) -> None:
    model = FruitModel()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    install_translators(Lang.FR)
    try:
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    finally:
        install_translators(Lang.EN)
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(9, Qt.Orientation.Horizontal) is None


def test_rows_can_be_found_replaced_and_cleared(qtbot) -> None:
    model = FruitModel()
    model.set_rows(FRUIT)
    assert model.row_where(lambda f: f.name == "fig") == 1
    assert model.row_where(lambda f: f.name == "kiwi") == -1
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.replace_row(1, Fruit(2, "fig", 60))
    assert [i.column() for i in changed.args[:2]] == [0, 1]
    assert model.index(1, 1).data() == "60 g"
    assert model.rows() == [FRUIT[0], Fruit(2, "fig", 60)]
    with qtbot.waitSignal(model.modelReset):
        model.clear()
    assert model.rowCount() == 0


def test_a_list_view_reads_column_zero(qapp) -> None:
    model = FruitModel()
    model.set_rows(FRUIT)
    assert model.index(1).data() == "fig"
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemNeverHasChildren
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_tables_without_a_page_test_pass_the_model_tester(qtmodeltester) -> None:
    fruit = FruitModel()
    fruit.set_rows(FRUIT)
    qtmodeltester.check(fruit)
    drafts = DraftsModel(Lang.EN)
    drafts.set_rows([DraftWaiting(None, "", datetime(2026, 3, 1, 9, 0))])
    qtmodeltester.check(drafts)
    assert drafts.index(0, 0).data() == "New intake: (no name yet)"
    uncategorised = UncategorisedModel()
    uncategorised.set_rows([("id-1", "Clinic", "Org", "health")])
    qtmodeltester.check(uncategorised)
    assert uncategorised.index(0, 2).data() == "health"
    changes = ChangesModel()
    changes.set_rows([("id-1", "phones", "Clinic", "Phone", "514", "438")])
    qtmodeltester.check(changes)
    assert [changes.index(0, c).data() for c in range(4)] == ["Clinic", "Phone", "514", "438"]
