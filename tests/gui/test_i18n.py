"""The interface language chosen in the window is the one the next start picks up."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QSettings

from intake_app import APP_NAME
from intake_app.domain.common import Lang

from intake_app.ui.app import PasserelleApplication
from intake_app.ui.controller import AppController
from intake_app.ui.i18n import LANGUAGE_KEY, chosen_language


@pytest.fixture
def _no_saved_language(qapp) -> Iterator[None]:
    QSettings().remove(LANGUAGE_KEY)
    yield
    QSettings().remove(LANGUAGE_KEY)


@pytest.mark.usefixtures("_no_saved_language")
def test_a_language_changed_in_the_window_is_chosen_at_the_next_start(
    controller: AppController,
) -> None:
    controller.change_language("fr")
    assert QSettings().value(LANGUAGE_KEY) == "fr"
    assert chosen_language() is Lang.FR
    controller.change_language("en")
    assert chosen_language() is Lang.EN
    assert chosen_language("fr") is Lang.FR, "--lang wins over the saved choice"


def test_the_saved_language_is_kept_under_our_names(qapp) -> None:
    """The tests' application is ours (tests/conftest.py `qapp_cls`), so QSettings write
    in our organisation's folder (pytest-qt renames the application itself)."""
    assert isinstance(qapp, PasserelleApplication)
    assert QSettings().organizationName() == APP_NAME
