"""Duplicate detection measured on a corpus of real-world variant pairs and look-alikes.

Two regimes: birth years unknown on both records (the name alone must carry the match)
and the same birth year on both. End to end: every second name is saved in one vault,
and each first name is typed as a new intake; a pair counts as found when
`find_duplicates` warns about its second name (pairwise precision and recall; warnings
about other records of the corpus, often variants of the same name, are not counted).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from intake_app.clients.duplicates import find_duplicates
from intake_app.domain.clients import Client
from intake_app.vault.client_search import vocabulary
from intake_app.vault.clients_repo import bulk_insert_clients
from intake_app.vault.session import VaultSession

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "names" / "name_pairs.csv"


@dataclass(frozen=True)
class Pair:
    a: tuple[str, str]
    b: tuple[str, str]
    same: bool


def load_pairs() -> list[Pair]:
    with CORPUS.open(encoding="utf-8") as f:
        return [
            Pair((r["a_given"], r["a_family"]), (r["b_given"], r["b_family"]), r["same"] == "1")
            for r in csv.DictReader(f)
        ]


@dataclass(frozen=True)
class Measure:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def measure(session: VaultSession, year: int | None) -> tuple[Measure, list[str]]:
    pairs = load_pairs()
    with session.write() as conn:
        bulk_insert_clients(
            conn,
            [Client(given_name=p.b[0], family_name=p.b[1], birth_year=year) for p in pairs],
            session.clock.now(),
        )
    ids = [r[0] for r in session.conn.execute("SELECT id FROM clients ORDER BY id").fetchall()]
    vocab = vocabulary(session.conn)
    tp = fp = fn = 0
    misses: list[str] = []
    for pair, b_id in zip(pairs, ids, strict=True):
        typed = Client(given_name=pair.a[0], family_name=pair.a[1], birth_year=year)
        found = {m.hit.id for m in find_duplicates(session, typed, vocab)}
        if pair.same and b_id in found:
            tp += 1
        elif pair.same:
            fn += 1
            misses.append(f"missed: {pair.a} / {pair.b}")
        elif b_id in found:
            fp += 1
            misses.append(f"false alarm: {pair.a} / {pair.b}")
    return Measure(tp, fp, fn), misses


@pytest.mark.parametrize(
    ("year", "min_precision", "min_recall"),
    [(None, 0.9, 0.95), (1985, 0.85, 0.95)],
    ids=["birth-years-unknown", "same-birth-year"],
)
def test_precision_and_recall_on_the_name_corpus(
    session: VaultSession, year: int | None, min_precision: float, min_recall: float
) -> None:
    result, misses = measure(session, year)
    print(
        f"\nyear={year}: precision {result.precision:.3f} recall {result.recall:.3f} "
        f"(tp={result.tp} fp={result.fp} fn={result.fn})\n" + "\n".join(misses)
    )
    assert result.precision >= min_precision, misses
    assert result.recall >= min_recall, misses


def test_the_reported_case_elamrani_is_found(session: VaultSession) -> None:
    with session.write() as conn:
        bulk_insert_clients(
            conn, [Client(given_name="Amina", family_name="El Amrani")], session.clock.now()
        )
    found = find_duplicates(session, Client(given_name="Amina", family_name="Elamrani"))
    assert [m.hit.family_name for m in found] == ["El Amrani"]


def test_a_vault_indexed_with_old_terms_is_reindexed_once(session: VaultSession) -> None:
    from intake_app.vault.clients_repo import refresh_index_if_stale

    with session.write() as conn:
        bulk_insert_clients(
            conn, [Client(given_name="Amina", family_name="El Amrani")], session.clock.now()
        )
        conn.execute("UPDATE clients_fts SET terms = 'amina el amrani'")
        conn.execute("DELETE FROM meta WHERE key = 'clients_index_version'")

    def terms() -> str:
        return str(session.conn.execute("SELECT terms FROM clients_fts").fetchone()[0])

    assert "elamrani" not in terms()
    assert refresh_index_if_stale(session.conn) == 1
    assert "elamrani" in terms().split()
    assert refresh_index_if_stale(session.conn) == 0
    found = find_duplicates(session, Client(given_name="Amina", family_name="Elamrani"))
    assert [m.hit.family_name for m in found] == ["El Amrani"]
