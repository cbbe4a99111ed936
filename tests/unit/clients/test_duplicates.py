"""Duplicate warning: name similarity (with variants), birth year and phone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from intake_app.clients.duplicates import Reason, find_duplicates, score
from intake_app.vault.client_search import vocabulary
from intake_app.vault.session import VaultSession
from tests.unit.clients.helpers import add, person


def test_same_name_and_year_scores_high_and_a_different_year_lowers_it() -> None:
    same, reasons = score("mohamed benali", 1980, "", "mohamed benali", 1980, "")
    other_year, _ = score("mohamed benali", 1980, "", "mohamed benali", 1960, "")
    assert same >= 90 and reasons == {Reason.NAME, Reason.BIRTH_YEAR}
    assert other_year < 70


def test_a_shared_phone_counts_even_with_another_name() -> None:
    s, reasons = score("a b", None, "514-555-0101", "c d", None, "(514) 555 0101")
    assert Reason.PHONE in reasons and s < 70


def test_variant_spelling_with_same_birth_year_is_a_likely_duplicate(session: VaultSession) -> None:
    existing = add(session, "Muhammad", "Benali", birth_year=1984)
    add(session, "Omar", "Haddad", birth_year=1984)
    found = find_duplicates(
        session, person("Mohamed", "Benaly", birth_year=1984), vocabulary(session.conn)
    )
    assert [m.hit.id for m in found] == [existing.id]
    assert Reason.BIRTH_YEAR in found[0].reasons


def test_a_record_is_not_its_own_duplicate(session: VaultSession) -> None:
    existing = add(session, "Olena", "Kovalenko", birth_year=1990)
    assert find_duplicates(session, existing) == []


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=20)
_YEARS = st.one_of(st.none(), st.integers(1940, 2010))
_PHONES = st.sampled_from(["", "514-555-0101", "(438) 555-0199"])


@given(_WORDS, _YEARS, _PHONES, _WORDS, _YEARS, _PHONES)
def test_the_score_is_symmetric_and_between_0_and_100(
    a: str, ay: int | None, ap: str, b: str, by: int | None, bp: str
) -> None:
    forward, reasons = score(a, ay, ap, b, by, bp)
    backward, back_reasons = score(b, by, bp, a, ay, ap)
    assert 0 <= forward <= 100 and forward == backward and reasons == back_reasons


def test_the_duplicate_is_found_behind_hundreds_sharing_its_first_name(
    session: VaultSession,
) -> None:
    from intake_app.domain.clients import Client
    from intake_app.vault.clients_repo import bulk_insert_clients

    crowd = [
        Client(given_name="Mohamed", family_name=f"Family{i}", birth_year=1980) for i in range(800)
    ]
    with session.write() as conn:
        bulk_insert_clients(conn, crowd, session.clock.now())
    real = add(session, "Mohammed", "Benali", birth_year=1980)
    found = find_duplicates(
        session, person("Muhammad", "Benaly", birth_year=1980), vocabulary(session.conn)
    )
    assert found and found[0].hit.id == real.id


def test_a_shared_phone_alone_does_not_make_a_duplicate(session: VaultSession) -> None:
    add(session, "Mamadou", "Keita", phone="514-555-0142")
    same_name = add(session, "Muhammad", "Benali", phone="514-555-0142")
    found = find_duplicates(session, person("Mohamed", "Benaly", phone="(514) 555-0142"))
    assert [m.hit.id for m in found] == [same_name.id]
    assert found[0].reasons >= {Reason.PHONE}
