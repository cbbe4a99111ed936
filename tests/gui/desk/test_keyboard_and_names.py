"""On every surface: every interactive widget has an accessible name, no two visible
things answer the same Alt+letter, Tab follows reading order, and lists take focus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from intake_app.domain.common import Lang
from tests.gui.desk.checks import (
    mnemonic_clashes,
    not_reachable_by_tab,
    out_of_reading_order,
    unnamed,
)
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

CHECKS: dict[str, Callable[[Surface], list[str]]] = {
    "unnamed": unnamed,
    "mnemonics": mnemonic_clashes,
    "tab order": out_of_reading_order,
    "no tab focus": not_reachable_by_tab,
}


def _run(surfaces: list[Surface] | None, found: dict[str, list[str]], surface: Surface) -> None:
    for name, check in CHECKS.items():
        found[name] += check(surface)


def _report(found: dict[str, list[str]]) -> None:
    problems = [f"{kind}: {p}" for kind, items in found.items() for p in dict.fromkeys(items)]
    assert problems == [], "\n".join(problems)


@pytest.fixture(params=[Lang.EN, Lang.FR], ids=["en", "fr"])
def lang(request: pytest.FixtureRequest, context: AppContext) -> Lang:
    """Mnemonics and names are checked in both interface languages."""
    install_translators(request.param)
    context.ui_lang = request.param
    return request.param


def test_main_window_pages_are_named_and_keyboard_ready(
    qtbot, context: AppContext, lang: Lang
) -> None:
    window = open_main_window(qtbot, context)
    found: dict[str, list[str]] = {k: [] for k in CHECKS}
    for state in main_window_states(qtbot, window):
        _run(None, found, Surface(state, window))
    _report(found)
    window.shutdown()


def test_dialogs_are_named_and_keyboard_ready(qtbot, context: AppContext, lang: Lang) -> None:
    window = open_main_window(qtbot, context)
    found: dict[str, list[str]] = {k: [] for k in CHECKS}
    for surface in dialog_surfaces(qtbot, DialogWorld(context, window)):
        _run(None, found, surface)
    for surface in other_windows(qtbot, context.session, context.clock):  # type: ignore[arg-type]
        _run(None, found, surface)
    _report(found)
    window.shutdown()
