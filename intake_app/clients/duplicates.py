"""Likely duplicates of a client being typed: name similarity, birth year and phone.

Candidates come from the search index (name words with their variants and near spellings,
and the phone digits); each is scored with rapidfuzz on canonical, accent-folded names.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, process

from intake_app.domain.client_names import canonical, phone_digits, phone_term, skeleton, words
from intake_app.domain.clients import Client, ClientHit
from intake_app.vault import client_search as sql
from intake_app.vault.database import Connection

THRESHOLD = 70.0
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


def _name_key(given: str, family: str, preferred: str = "") -> str:
    return " ".join(canonical(skeleton(w)) for w in words(f"{given} {family} {preferred}"))


def score(
    a_name: str, a_year: int | None, a_phone: str, b_name: str, b_year: int | None, b_phone: str
) -> tuple[float, frozenset[Reason]]:
    """Score two records 0..100 from their name keys, birth years and phones."""
    reasons: set[Reason] = set()
    name = max(fuzz.token_sort_ratio(a_name, b_name), fuzz.token_set_ratio(a_name, b_name) - 5)
    total = 0.7 * name
    if name >= 80:
        reasons.add(Reason.NAME)
    if a_year is not None and b_year is not None:
        if a_year == b_year:
            total += 20
            reasons.add(Reason.BIRTH_YEAR)
        elif abs(a_year - b_year) == 1:
            total += 8
        else:
            total -= 25
    else:
        total += 5
    da, db = phone_digits(a_phone)[-7:], phone_digits(b_phone)[-7:]
    if len(da) == 7 and da == db:
        # Family members share a phone: it strengthens a name match, never replaces one.
        total += 30 if name >= 60 else 10
        reasons.add(Reason.PHONE)
    return max(0.0, min(100.0, total)), frozenset(reasons)


def find_duplicates(
    conn: Connection, client: Client, vocabulary: list[str] | None = None, limit: int = 5
) -> list[DuplicateMatch]:
    """Existing clients that are likely the same person as `client`, best first."""
    name_words = words(f"{client.given_name} {client.family_name} {client.preferred_name}")
    groups: list[str] = []
    for w in name_words:
        forms = {w, canonical(w), skeleton(w), canonical(skeleton(w))}
        if vocabulary and len(w) >= 4:
            forms |= {
                t
                for t, _s, _i in process.extract(
                    w, vocabulary, scorer=fuzz.ratio, score_cutoff=80, limit=5
                )
            }
        groups.append("(" + " OR ".join(f'"{f}"' for f in sorted(forms)) + ")")
    ids: list[int] = []
    if groups:
        # Every word matching (with variants) first: precise even among 100,000 records.
        ids = sql.fts_match(conn, " AND ".join(groups), CANDIDATES)
        if len(ids) < limit * 4 and len(groups) > 1:
            ids += sql.fts_match(conn, " OR ".join(groups), CANDIDATES)
    digits = phone_digits(client.phone)
    if len(digits) >= 7:
        ids += sql.fts_match(conn, f'"{phone_term(digits[-7:])}"', 50)
    ids = [i for i in dict.fromkeys(ids) if i != client.id]
    if not ids:
        return []
    key = _name_key(client.given_name, client.family_name, client.preferred_name)
    scored: list[tuple[int, float, frozenset[Reason]]] = []
    for row in sql.duplicate_rows(conn, ids):
        s, reasons = score(
            key,
            client.birth_year,
            client.phone,
            _name_key(row["given_name"], row["family_name"], row["preferred_name"]),
            row["birth_year"],
            row["phone"],
        )
        if s >= THRESHOLD:
            scored.append((int(row["id"]), s, reasons))
    scored.sort(key=lambda m: -m[1])
    top = scored[:limit]
    hits = {h.id: h for h in sql.hits_for_ids(conn, [m[0] for m in top])}
    return [DuplicateMatch(hits[i], s, r) for i, s, r in top if i in hits]
