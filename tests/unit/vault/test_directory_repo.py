"""The directory repository: save, load, update in place, and a fast whole-directory load."""

from __future__ import annotations

import time
from dataclasses import replace

from intake_app.directory.sample import generate_services, sample_services
from intake_app.vault import directory_repo
from intake_app.vault.database import transaction
from intake_app.vault.session import VaultSession


def test_saved_service_loads_back_equal(session: VaultSession) -> None:
    services = sample_services()
    with transaction(session.conn) as conn:
        directory_repo.save_services(conn, services)
    for s in services[:10]:
        assert directory_repo.load_service(session.conn, s.id) == s
    assert directory_repo.count_services(session.conn) == len(services)


def test_saving_again_updates_instead_of_duplicating(session: VaultSession) -> None:
    s = sample_services()[0]
    with transaction(session.conn) as conn:
        directory_repo.save_service(conn, s)
        directory_repo.save_service(conn, replace(s, name="Nouveau nom"))
    assert directory_repo.count_services(session.conn) == 1
    loaded = directory_repo.load_service(session.conn, s.id)
    assert loaded is not None and loaded.name == "Nouveau nom"


def test_load_active_services_leaves_out_inactive_ones(session: VaultSession) -> None:
    a, b = sample_services()[:2]
    with transaction(session.conn) as conn:
        directory_repo.save_services(conn, [a, replace(b, active=False)])
    assert [s.id for s in directory_repo.load_active_services(session.conn)] == [a.id]
    assert directory_repo.count_services(session.conn, include_inactive=True) == 2


def test_unknown_service_loads_as_none(session: VaultSession) -> None:
    assert directory_repo.load_service(session.conn, "no-such-id") is None


def test_whole_directory_of_10000_loads_in_well_under_a_second(session: VaultSession) -> None:
    with transaction(session.conn) as conn:
        directory_repo.save_services(conn, generate_services(10_000, seed=3))
    elapsed = 9.0
    for _ in range(2):  # the best of two, so a busy test machine does not decide it
        start = time.perf_counter()
        loaded = directory_repo.load_active_services(session.conn)
        elapsed = min(elapsed, time.perf_counter() - start)
    assert len(loaded) == 10_000
    assert elapsed < 1.0, elapsed
