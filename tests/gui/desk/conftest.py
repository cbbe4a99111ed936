"""A seeded vault (sample directory, generated clients, referrals) for the desk checks."""

from __future__ import annotations

import pytest

from tests.gui.desk.surfaces import seed

from intake_app.ui.context import AppContext


@pytest.fixture
def context(context: AppContext) -> AppContext:
    """The shared page context (tests/gui/conftest.py), on a seeded vault."""
    seed(context.session)
    return context
