"""A seeded vault (sample directory, generated clients, referrals) for the desk checks."""

from __future__ import annotations

import pytest

from intake_app.clock import FixedClock
from intake_app.vault.session import VaultSession
from tests.conftest import FAST_KDF
from tests.gui.desk.surfaces import seed

from intake_app.ui.context import AppContext
from intake_app.ui.workers import WorkerPool


@pytest.fixture
def context(qapp, session: VaultSession, clock: FixedClock) -> AppContext:
    seed(session)
    return AppContext(
        session=session, clock=clock, kdf_policy=FAST_KDF, pool=WorkerPool(synchronous=True)
    )
