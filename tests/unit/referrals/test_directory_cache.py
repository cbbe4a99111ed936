"""The prepared directory is reused between clients, and reloaded after any change."""

from __future__ import annotations

from dataclasses import replace

from intake_app.directory.use_cases import set_active
from intake_app.referrals.route import DirectoryCache
from intake_app.vault import directory_repo
from intake_app.vault.session import VaultSession
from tests.unit.referrals.helpers import seed


def test_unchanged_directory_is_not_loaded_again(session: VaultSession) -> None:
    seed(session)
    cache = DirectoryCache()
    first = cache.get(session)
    assert cache.get(session) is first


def test_any_directory_write_makes_the_cache_reload(session: VaultSession) -> None:
    world = seed(session)
    cache = DirectoryCache()
    first = cache.get(session)
    service = world.service_for("housing")
    set_active(session, service.id, False)
    second = cache.get(session)
    assert second is not first
    with session.write() as conn:
        directory_repo.save_service(conn, replace(service, name="Renamed"))
    assert cache.get(session) is not second


def test_cleared_cache_loads_again(session: VaultSession) -> None:
    seed(session)
    cache = DirectoryCache()
    first = cache.get(session)
    cache.clear()
    assert cache.get(session) is not first
