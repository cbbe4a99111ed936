"""A routing view on a real temporary vault with the sample directory and one client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from intake_app.vault.session import VaultSession
from tests.unit.referrals.helpers import World, seed

from intake_app.ui.context import AppContext
from intake_app.ui.routing.routing_view import RoutingView


@pytest.fixture
def world(session: VaultSession) -> World:
    return seed(session)


@pytest.fixture
def view(qtbot, context: AppContext, world: World) -> Iterator[RoutingView]:
    widget = RoutingView(context, world.client.id)
    qtbot.addWidget(widget)
    widget.resize(1100, 680)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()
