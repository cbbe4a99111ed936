"""Likely duplicates of a client being typed: name similarity, birth year and phone.

Candidates come from the search index (name words with their variants, particle forms and
near spellings, and the phone digits); each is scored by `domain.name_match`, which
forgives spacing, hyphens, particles (El/Al/Ben/de/da/Van…), transliteration variants
and letters heard alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, process

from intake_app.domain.client_names import (
    canonical,
    glue_particles,
    particle_forms,
    phone_digits,
    phone_term,
    skeleton,
    words,
)
from intake_app.domain.clients import Client, ClientHit
from intake_app.domain.name_match import NameForms, name_forms, name_similarity
from intake_app.vault import client_search as sql
from intake_app.vault.client_search import TermForm
from intake_app.vault.session import VaultSession

# A name agreement of 88 alone, or 84 with the same birth year, raises the warning.
THRESHOLD = 88.0
CANDIDATES = 300


class Reason(StrEnum):
    NAME = "name"
    BIRTH_YEAR = "birth-year"
    PHONE = "phone"


@dataclass(frozen=True)
class DuplicateMatch:
    hit: ClientHit
    score: float  # 0..100
    reasons: frozenset[Reason]


def score(
    a_name: str | NameForms,
    a_year: int | None,
    a_phone: str,
    b_name: str | NameForms,
    b_year: int | None,
    b_phone: str,
) -> tuple[float, frozenset[Reason]]:
    """Score two records 0..100 from their names, birth years and phones."""
    a = a_name if isinstance(a_name, NameForms) else name_forms(a_name, "")
    b = b_name if isinstance(b_name, NameForms) else name_forms(b_name, "")
    reasons: set[Reason] = set()
    name = name_similarity(a, b)
    total = name
    if name >= 85:
        reasons.add(Reason.NAME)
    if a_year is not None and b_year is not None:
        if a_year == b_year:
            total += 4
            reasons.add(Reason.BIRTH_YEAR)
        elif abs(a_year - b_year) == 1:
            total -= 4
        else:
            total -= 35
    da, db = phone_digits(a_phone)[-7:], phone_digits(b_phone)[-7:]
    if len(da) == 7 and da == db:
        # Family members share a phone: it strengthens a name match, never replaces one.
        total += 8 if name >= 60 else 0
        reasons.add(Reason.PHONE)
    return max(0.0, min(100.0, total)), frozenset(reasons)


def _query_words(client: Client) -> list[str]:
    """The words every candidate must match: particles glued to their word ("el amrani"
    asks for "elamrani", which the index holds for "Elamrani" and "El Amrani" alike)."""
    found: list[str] = []
    for field in (client.given_name, client.family_name, client.preferred_name):
        found += glue_particles(words(field))
    return list(dict.fromkeys(found))


def _word_forms(client: Client, vocabulary: list[str] | None) -> list[set[TermForm]]:
    """Each query word with its variants, particle forms and near spellings (whole terms)."""
    groups: list[set[TermForm]] = []
    for w in _query_words(client):
        forms = {w, canonical(w), skeleton(w), canonical(skeleton(w))}
        forms |= particle_forms([w])
        if vocabulary and len(w) >= 4:
            forms |= {
                t
                for t, _s, _i in process.extract(
                    w, vocabulary, scorer=fuzz.ratio, score_cutoff=80, limit=5
                )
            }
        groups.append({TermForm(f) for f in forms})
    return groups


def _candidate_ids(
    session: VaultSession, client: Client, vocabulary: list[str] | None, limit: int
) -> list[int]:
    conn = session.conn
    groups = _word_forms(client, vocabulary)
    ids: list[int] = []
    if groups:
        # Every word matching (with variants) first: precise even among 100,000 records.
        ids = sql.ids_matching(conn, groups, CANDIDATES)
        if len(ids) < limit * 4 and len(groups) > 1:
            ids += sql.ids_matching(conn, groups, CANDIDATES, every=False)
    digits = phone_digits(client.phone)
    if len(digits) >= 7:
        ids += sql.ids_matching(conn, [{TermForm(phone_term(digits[-7:]))}], 50)
    return [i for i in dict.fromkeys(ids) if i != client.id]


def find_duplicates(
    session: VaultSession, client: Client, vocabulary: list[str] | None = None, limit: int = 5
) -> list[DuplicateMatch]:
    """Existing clients that are likely the same person as `client`, best first."""
    conn = session.conn
    ids = _candidate_ids(session, client, vocabulary, limit)
    if not ids:
        return []
    key = name_forms(client.given_name, client.family_name, client.preferred_name)
    scored: list[tuple[int, float, frozenset[Reason]]] = []
    for row in sql.duplicate_rows(conn, ids):
        s, reasons = score(
            key,
            client.birth_year,
            client.phone,
            name_forms(row.given_name, row.family_name, row.preferred_name),
            row.birth_year,
            row.phone,
        )
        if s >= THRESHOLD:
            scored.append((row.id, s, reasons))
    scored.sort(key=lambda m: -m[1])
    top = scored[:limit]
    hits = {h.id: h for h in sql.hits_for_ids(conn, [m[0] for m in top])}
    return [DuplicateMatch(hits[i], s, r) for i, s, r in top if i in hits]
