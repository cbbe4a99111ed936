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
