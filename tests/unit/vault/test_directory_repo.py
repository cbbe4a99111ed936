"""The directory repository: save, load, update in place, and the whole-directory load."""

from __future__ import annotations

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


def test_whole_directory_of_10000_loads_back(session: VaultSession) -> None:
    """All of it, equal to what was saved; how fast is `make bench` ("directory load")."""
    services = generate_services(10_000, seed=3)
    with transaction(session.conn) as conn:
        directory_repo.save_services(conn, services)
    loaded = directory_repo.load_active_services(session.conn)
    assert len(loaded) == 10_000
    assert {s.id for s in loaded} == {s.id for s in services if s.active}


def test_the_listing_is_in_the_order_sql_sorts_names(session: VaultSession) -> None:
    """The listing is sorted in Python (no sorter holding every document): the same
    order as `ORDER BY name COLLATE NOCASE, id`, accents, case and dashes included."""
    names = ["Épicerie", "epicerie", "Zoo", "zèbre", "Accueil — B", "accueil - a", "Été", "b"]
    base = sample_services()[:1][0]
    services = [
        replace(base, id=f"id-{i % 3}-{i}", name=n) for i, n in enumerate(names + names[:4])
    ]
    with transaction(session.conn) as conn:
        directory_repo.save_services(conn, services)
    sql = [
        r[0]
        for r in session.conn.execute("SELECT id FROM services ORDER BY name COLLATE NOCASE, id")
    ]
    listed = directory_repo.load_listing(session.conn)
    assert [s.id for s in listed] == sql and len(sql) == len(services)
    active = directory_repo.load_listing(session.conn, include_inactive=False)
    assert [s.id for s in active] == sql
