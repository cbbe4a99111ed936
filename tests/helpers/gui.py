"""What GUI tests build the same way: a page's context, and an unlock through the window."""

from __future__ import annotations

from typing import Any

import pytest

from intake_app.clock import Clock
from intake_app.domain.common import Lang
from intake_app.errors import KnownError
from intake_app.vault.lifecycle import unlock
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE, FAST_KDF

from intake_app.ui.context import AppContext
from intake_app.ui.controller import AppController
from intake_app.ui.main_window import MainWindow
from intake_app.ui.workers import WorkerPool


def page_context(
    session: VaultSession,
    clock: Clock,
    *,
    ui_lang: Lang = Lang.EN,
    pool: WorkerPool | None = None,
) -> AppContext:
    """What a page receives, around a test vault; background work runs synchronously
    unless a test that proves it runs off the GUI thread passes a real `pool`."""
    return AppContext(
        session=session,
        clock=clock,
        kdf_policy=FAST_KDF,
        ui_lang=ui_lang,
        pool=pool or WorkerPool(synchronous=True),
    )


def unlock_through_the_window(
    qtbot: Any,
    controller: AppController,
    user: str = ADMIN_NAME,
    passphrase: str = ADMIN_PASSPHRASE,
    *,
    timeout: int = 10_000,
) -> MainWindow:
    """Type the name and passphrase into the controller's unlock window, press Unlock and
    wait for the main window it opens (the real path a caseworker takes)."""
    window = controller.unlock_window
    assert window is not None
    window.user.setEditText(user)
    window.passphrase.setText(passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=timeout) as blocker:
        window.unlock_button.click()
    main = blocker.args[0]
    assert isinstance(main, MainWindow)
    return main


def main_window_while_checking(
    controller: AppController, paths: VaultPaths, clock: Clock, *, damaged: bool = False
) -> VaultSession:
    """Unlock `paths` and open the main window while the background page check still
    runs (the page-check tests hold it open). On a damaged file the unlock itself may
    read the damaged page and refuse: the test is then skipped, as nothing is left to
    prove after the window is up."""
    try:
        session = unlock(paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    except KnownError as exc:
        if not damaged:
            raise
        pytest.skip(f"the unlock read the damaged page ({exc.code.value})")
    controller._on_session(session)
    return session
