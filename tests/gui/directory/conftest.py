"""A Directory page on a real temporary vault holding the sample directory."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from intake_app.directory.sample import sample_services
from intake_app.directory.use_cases import add_services
from intake_app.settings import change_settings

from intake_app.ui.context import AppContext
from intake_app.ui.pages.directory_page import DirectoryPage


@pytest.fixture
def context(context: AppContext) -> AppContext:
    """The shared page context (tests/gui/conftest.py), with the sample directory."""
    add_services(context.session, sample_services())
    # These pages import plain HSDS files: this coordinator allows unsigned imports (new
    # vaults refuse them; tests/gui/exchange covers the refusal).
    change_settings(context.session, {"directory.allow_unsigned": True})
    return context


@pytest.fixture
def page(qtbot, context: AppContext) -> Iterator[DirectoryPage]:
    widget = DirectoryPage(context)
    qtbot.addWidget(widget)
    widget.resize(1176, 700)
    widget.show()
    widget.activated()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()
