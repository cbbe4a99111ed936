"""A Clients page on a real temporary vault."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from intake_app.clock import FixedClock
from intake_app.vault.session import VaultSession
from tests.conftest import FAST_KDF

from intake_app.ui.context import AppContext
from intake_app.ui.pages.clients_page import ClientsPage
from intake_app.ui.workers import WorkerPool


@pytest.fixture
def context(qapp, session: VaultSession, clock: FixedClock) -> AppContext:
    return AppContext(
        session=session, clock=clock, kdf_policy=FAST_KDF, pool=WorkerPool(synchronous=True)
    )


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
