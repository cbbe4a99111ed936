"""Damage the background page check finds after the main window is up shows at once as a
band across the window (not only at the next save), and nothing is written."""

from __future__ import annotations

import threading

import pytest

from intake_app.clock import FixedClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.lifecycle import lock
from intake_app.vault.paths import VaultPaths
from tests.helpers.gui import main_window_while_checking
from tests.helpers.vault import vault_digest
from tests.unit.vault.faults.test_damaged_pages import _damage, filled  # noqa: F401
from tests.unit.vault.faults.test_page_check_beside_unlock import held  # noqa: F401

from intake_app.ui.controller import AppController


def test_damage_found_beside_the_unlock_shows_the_band_at_once(
    qtbot,
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    held: threading.Event,  # noqa: F811
    controller: AppController,
) -> None:
    before = _damage(filled, 40)
    session = main_window_while_checking(controller, filled, clock, damaged=True)
    window = controller.main_window
    assert window is not None
    assert not window.damage_banner.isVisibleTo(window)  # nothing known yet
    held.set()
    assert session.page_check is not None
    session.page_check.join()
    qtbot.waitUntil(lambda: window.damage_banner.isVisibleTo(window), timeout=5000)
    assert "damaged" in window.damage_banner.text()
    assert "newest backup" in window.damage_banner.text()
    with pytest.raises(KnownError) as err, session.write():
        pass
    assert err.value.code is ErrorCode.VAULT_DAMAGED
    lock(session)
    assert vault_digest(filled) == before


def test_a_clean_vault_shows_no_band(
    qtbot,
    filled: VaultPaths,  # noqa: F811
    clock: FixedClock,
    held: threading.Event,  # noqa: F811
    controller: AppController,
) -> None:
    session = main_window_while_checking(controller, filled, clock)
    window = controller.main_window
    assert window is not None
    held.set()
    assert session.page_check is not None
    session.page_check.join()
    qtbot.wait(50)  # let any queued signal arrive
    assert session.page_check.passed
    assert not window.damage_banner.isVisibleTo(window)
