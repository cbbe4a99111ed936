"""Client storage: round trips, stable need ids, the index kept in step, delete and activity."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from intake_app.domain.clients import (
    Barriers,
    Client,
    Consent,
    ConsentMethod,
    HouseholdMember,
    Naming,
    Need,
    ShareItem,
)
from intake_app.domain.common import Lang, Tri, Urgency
from intake_app.vault import clients_repo as repo
from intake_app.vault.client_search import (
    TermForm,
    ids_matching,
    match_expression,
    recent_clients,
    terms_matching,
)
from intake_app.vault.session import VaultSession


def _full_client() -> Client:
    return Client(
        given_name="Hélène",
        family_name="Côté",
        preferred_name="Lène",
        naming=Naming.FIRST_NAME,
        birth_year=1980,
        languages=("fr", "ar"),
        letter_language=Lang.EN,
        phone="514-555-0142",
        email="h@example.org",
        area="Centre-Sud",
        household=(HouseholdMember("child", "5-11"), HouseholdMember("partner", "35-49")),
        notes="private",
        sensitive_note="sensitive",
        barriers=Barriers(no_health_card=Tri.YES, no_income=Tri.NO),
        needs=(Need("food", Urgency.TODAY, "empty fridge"), Need("housing")),
        consents=(
            Consent(
                "referral",
                frozenset({ShareItem.NAME, ShareItem.LANGUAGES}),
                "any referred service",
                ConsentMethod.WRITTEN,
                date(2026, 3, 1),
                date(2027, 3, 1),
            ),
        ),
    )


def test_insert_returns_id_and_number_and_load_gives_every_field_back(
    session: VaultSession,
) -> None:
    now = session.clock.now()
    with session.write() as conn:
        saved = repo.insert_client(conn, _full_client(), now, session.user.id)
    assert saved.id is not None and saved.number == f"C-{saved.id:06d}"
    loaded = repo.load_client(session.conn, saved.id)
    assert loaded is not None
    expected = replace(
        _full_client(),
        id=saved.id,
        number=saved.number,
        created_at=now,
        updated_at=now,
        last_activity=now,
        needs=tuple(
            replace(n, id=loaded.needs[i].id, created_at=now)
            for i, n in enumerate(_full_client().needs)
        ),
        consents=tuple(
            replace(c, id=loaded.consents[i].id) for i, c in enumerate(_full_client().consents)
        ),
    )
    assert loaded == expected
    assert all(n.id is not None for n in loaded.needs)


def test_update_keeps_need_ids_and_removes_dropped_needs(session: VaultSession) -> None:
    now = session.clock.now()
    with session.write() as conn:
        saved = repo.insert_client(conn, _full_client(), now)
    food, housing = saved.needs
    changed = replace(saved, needs=(replace(food, met=True), Need("legal")))
    with session.write() as conn:
        after = repo.update_client(conn, changed, now + timedelta(hours=1))
    assert [n.category for n in after.needs] == ["food", "legal"]
    assert after.needs[0].id == food.id and after.needs[0].met
    assert housing.id not in {n.id for n in after.needs}
    assert after.created_at == saved.created_at and after.updated_at == now + timedelta(hours=1)


def test_index_follows_renames_and_delete(session: VaultSession) -> None:
    now = session.clock.now()
    with session.write() as conn:
        saved = repo.insert_client(conn, Client(given_name="Amina"), now)
        assert ids_matching(conn, [{TermForm("amina")}], 10) == [saved.id]
        repo.update_client(conn, replace(saved, given_name="Zainab"), now)
        assert ids_matching(conn, [{TermForm("amina")}], 10) == []
        assert ids_matching(conn, [{TermForm("zainab")}], 10) == [saved.id]
        assert saved.id is not None
        assert repo.delete_client(conn, saved.id)
        assert ids_matching(conn, [{TermForm("zainab")}], 10) == []
    assert repo.load_client(session.conn, saved.id) is None
    for table in ("client_needs", "client_consents", "client_household"):
        assert session.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_delete_follows_tables_of_other_areas_that_point_at_clients(session: VaultSession) -> None:
    now = session.clock.now()
    with session.write() as conn:
        conn.execute(
            "CREATE TABLE t_refs (id INTEGER PRIMARY KEY,"
            " client_id INTEGER NOT NULL REFERENCES clients(id))"
        )
        saved = repo.insert_client(conn, Client(given_name="A"), now)
        conn.execute("INSERT INTO t_refs (client_id) VALUES (?)", (saved.id,))
        assert ("t_refs", "client_id") in repo.referencing_columns(conn)
        assert saved.id is not None
        repo.delete_client(conn, saved.id)
        assert conn.execute("SELECT count(*) FROM t_refs").fetchone()[0] == 0


def test_bulk_insert_numbers_clients_in_order_and_indexes_them(session: VaultSession) -> None:
    now = session.clock.now()
    people = [Client(given_name=f"Name{i}", needs=(Need("food"),)) for i in range(25)]
    seen: list[int] = []
    with session.write() as conn:
        added = repo.bulk_insert_clients(
            conn, people, now, batch=10, on_batch=lambda n: seen.append(n) or True
        )
    assert added == 25 and seen == [10, 20, 25]
    assert repo.count_clients(session.conn) == 25
    assert ids_matching(session.conn, [{TermForm("name7")}], 5) == [8]
    loaded = repo.load_client(session.conn, 25)
    assert loaded is not None and loaded.number == "C-000025" and len(loaded.needs) == 1


def test_inactive_clients_are_found_by_last_activity(session: VaultSession) -> None:
    now = session.clock.now()
    with session.write() as conn:
        old = repo.insert_client(conn, Client(given_name="Old"), now - timedelta(days=800))
        fresh = repo.insert_client(conn, Client(given_name="Old too"), now - timedelta(days=800))
        assert fresh.id is not None
        repo.touch_activity(conn, fresh.id, now)
    assert repo.inactive_client_ids(session.conn, now - timedelta(days=365)) == [old.id]


def test_recent_clients_lists_latest_activity_first_without_archived(session: VaultSession) -> None:
    now = session.clock.now()
    with session.write() as conn:
        a = repo.insert_client(conn, Client(given_name="A"), now - timedelta(days=2))
        b = repo.insert_client(conn, Client(given_name="B"), now - timedelta(days=1))
        c = repo.insert_client(conn, Client(given_name="C"), now)
        assert c.id is not None
        repo.set_archived(conn, c.id, True, now)
    assert [h.id for h in recent_clients(session.conn, 10)] == [b.id, a.id]


def test_the_match_expression_is_built_here_and_quotes_every_term() -> None:
    words = [{TermForm("amina", prefix=True), TermForm("amena")}, {TermForm('o"brien')}]
    assert match_expression(words) == '("amena" OR "amina"*) AND ("o""brien")'
    assert match_expression(words, every=False) == '("amena" OR "amina"*) OR ("o""brien")'
    assert match_expression([set()]) == ""


def test_terms_are_matched_whole_or_as_prefixes(session: VaultSession) -> None:
    with session.write() as conn:
        now = session.clock.now()
        saved = repo.insert_client(conn, Client(given_name="Amina", family_name="Diallo"), now)
        assert ids_matching(conn, [{TermForm("ami")}], 10) == []
        assert ids_matching(conn, [{TermForm("ami", prefix=True)}], 10) == [saved.id]
        both = [{TermForm("amina")}, {TermForm("zzz")}]
        assert ids_matching(conn, both, 10) == []
        assert ids_matching(conn, both, 10, every=False) == [saved.id]
        assert [i for i, _t in terms_matching(conn, [{TermForm("diallo")}], 10)] == [saved.id]
        assert ids_matching(conn, [{TermForm('"amina" OR x')}], 10) == []  # text, not syntax
        assert ids_matching(conn, [], 10) == []
