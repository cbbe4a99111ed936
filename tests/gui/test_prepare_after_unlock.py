"""Right after unlock, the directory is prepared in the background (its own connection),
so the Directory page and a client's Services tab find it ready; locking waits for it."""

from __future__ import annotations

from intake_app.clock import FixedClock
from intake_app.directory.sample import sample_services
from intake_app.directory.use_cases import add_services, directory_version
from intake_app.domain.common import Lang
from intake_app.vault.lifecycle import lock
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from tests.conftest import FAST_KDF
from tests.helpers.gui import unlock_through_the_window

from intake_app.ui.controller import AppController
from intake_app.ui.workers import WorkerPool


def test_the_directory_is_prepared_in_the_background_after_unlock(
    qtbot, session: VaultSession, clock: FixedClock, vault_paths: VaultPaths
) -> None:
    add_services(session, sample_services())
    version = directory_version(session)
    lock(session)
    controller = AppController(vault_paths, clock, FAST_KDF, Lang.EN, pool=WorkerPool())
    try:
        controller.start()
        main = unlock_through_the_window(qtbot, controller)
        qtbot.waitUntil(
            lambda: (
                controller.directory_prepared is not None
                and controller.directory_prepared.done.is_set()
            ),
            timeout=10_000,
        )
        context = main.context
        prepared = context.directory_list.peek(version, Lang.EN)
        assert prepared is not None and len(prepared.services) == len(sample_services())
        assert context.directory_cache.get(context.session).size > 0
        page = main.page_named("DirectoryPage")
        main.show_page(page)
        assert page._version == version and page.model.rowCount() == len(prepared.services)
        assert page.model.service_at(0) in prepared.services
    finally:
        controller.shutdown()
    assert controller.session is None
