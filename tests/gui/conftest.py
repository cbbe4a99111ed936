"""GUI fixtures: our application class, and a controller on a temporary data folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from intake_app.clock import FixedClock
from intake_app.domain.common import Lang
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from tests.conftest import FAST_KDF
from tests.helpers.gui import page_context

from intake_app.ui.context import AppContext
from intake_app.ui.controller import AppController
from intake_app.ui.i18n import install_translators
from intake_app.ui.workers import WorkerPool


@pytest.fixture(autouse=True)
def _english_interface(qapp) -> Iterator[None]:
    """As the app does at start: the English plural forms ("1 client", "2 clients")."""
    install_translators(Lang.EN)
    yield
    install_translators(Lang.EN)  # a test that switched to French leaves English behind


@pytest.fixture
def context(qapp, session: VaultSession, clock: FixedClock) -> AppContext:
    """What a page receives, around the test's vault; work runs on a synchronous pool."""
    return page_context(session, clock)


@pytest.fixture
def controller(qapp, vault_paths: VaultPaths, clock: FixedClock) -> Iterator[AppController]:
    ctl = AppController(vault_paths, clock, FAST_KDF, Lang.EN, pool=WorkerPool(synchronous=True))
    yield ctl
    ctl.shutdown()
    for w in qapp.topLevelWidgets():
        w.close()
