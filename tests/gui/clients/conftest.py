"""A Clients page on a real temporary vault."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from intake_app.ui.context import AppContext
from intake_app.ui.pages.clients_page import ClientsPage


@pytest.fixture
def page(qtbot, context: AppContext) -> Iterator[ClientsPage]:
    widget = ClientsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1176, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    yield widget
    widget.shutdown()
