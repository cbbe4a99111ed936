"""Opened in French, every window, page, tab and dialog shows French only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from intake_app.domain.common import Lang
from tests.gui.desk.french import Catalogue, load_catalogue, not_french
from tests.gui.desk.surfaces import (
    DialogWorld,
    Surface,
    dialog_surfaces,
    main_window_states,
    open_main_window,
    other_windows,
)

from intake_app.ui.context import AppContext
from intake_app.ui.i18n import install_translators


@pytest.fixture
def french(context: AppContext) -> Iterator[Catalogue]:
    install_translators(Lang.FR)
    context.ui_lang = Lang.FR
    yield load_catalogue(context.session)
    install_translators(Lang.EN)


def _report(problems: list[str]) -> None:
    unique = list(dict.fromkeys(problems))
    assert unique == [], f"{len(unique)} strings not in French:\n" + "\n".join(unique)


def test_every_page_and_tab_in_french(qtbot, context: AppContext, french: Catalogue) -> None:
    window = open_main_window(qtbot, context)
    problems: list[str] = []
    for state in main_window_states(qtbot, window):
        problems += not_french(Surface(state, window), french)
    _report(problems)
    window.shutdown()


def test_every_dialog_and_window_in_french(qtbot, context: AppContext, french: Catalogue) -> None:
    window = open_main_window(qtbot, context)
    problems: list[str] = []
    for surface in dialog_surfaces(qtbot, DialogWorld(context, window)):
        problems += not_french(surface, french)
    for surface in other_windows(qtbot, context.session, context.clock):  # type: ignore[arg-type]
        problems += not_french(surface, french)
    _report(problems)
    window.shutdown()


def test_the_check_catches_an_english_string(context: AppContext, french: Catalogue) -> None:
    """The catalogue refuses English it has a French for, and text it has never seen."""
    assert not french.accepts("Recent clients")
    assert not french.accepts("Print referral letters")
    assert not french.accepts("Something nobody translated")
    assert french.accepts("Dossiers récents")
    assert french.accepts("Services")


def test_composed_sentences_are_checked_piece_by_piece(
    context: AppContext, french: Catalogue
) -> None:
    """A French sentence with placeholders passes only if what fills them is French too,
    and a label holding several sentences is read one sentence at a time."""
    preview = (
        "La lettre contiendra : les initiales seulement (« D. S. »), aucun motif; et toujours "
        "l'adresse, les heures et le téléphone du service, la référence et vos coordonnées."
    )
    assert french.refused(preview) == []
    assert french.refused("les initiales seulement (« D. S. »), no reason") == ["no reason"]
    status = "Période : février 2026. Personne n'a été servi pendant cette période."
    assert french.refused(status) == []
    assert french.refused("Période : février 2026. Nobody was served in this period.") == [
        "Nobody was served in this period."
    ]
    assert french.refused("Period: février 2026.") != []


def test_only_cells_marked_as_written_are_data(qtbot, french: Catalogue) -> None:
    """A file's name passes as data only in a cell its model marks as shown as written."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView, QWidget

    from tests.gui.desk.french import visible_texts

    from intake_app.ui.widgets.data_role import AS_WRITTEN_ROLE

    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Fichier", "Lignes"])
    marked = QStandardItem("sample_directory.json")
    marked.setData(True, AS_WRITTEN_ROLE)
    model.setItem(0, 0, marked)
    model.setItem(0, 1, QStandardItem("Import finished"))
    window = QWidget()
    qtbot.addWidget(window)
    QTableView(window).setModel(model)
    texts = [text for _where, text in visible_texts(Surface("table", window))]
    assert "sample_directory.json" not in texts
    assert "Import finished" in texts
    assert french.refused("Import finished") != []
    assert french.refused("sample_directory.json") != []  # unmarked, it is not French
