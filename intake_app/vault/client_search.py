"""The SQL behind client search: FTS5 matches, result rows, recent clients, the vocabulary.

The FTS5 query language stays here: the search and duplicate use cases hand over the
words as sets of `TermForm`s (folded, with their variants) and get ids or terms back.

Result rows (`ClientHit`) carry only what a list shows. Matching is done on the index
terms (names, number, phone digits), never on notes, barriers or the sensitive note.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from intake_app.domain.client_names import is_name_term
from intake_app.domain.clients import ClientHit, Consent
from intake_app.vault.clients_repo import consent_from_row
from intake_app.vault.database import Connection, Row

_HIT_COLUMNS = (
    "id, number, given_name, family_name, preferred_name, birth_year, area, archived, last_activity"
)


def _hit(row: Row) -> ClientHit:
    return ClientHit(
        id=row["id"],
        number=row["number"],
        given_name=row["given_name"],
        family_name=row["family_name"],
        preferred_name=row["preferred_name"],
        birth_year=row["birth_year"],
        area=row["area"],
        archived=bool(row["archived"]),
        last_activity=datetime.fromisoformat(row["last_activity"]),
    )


@dataclass(frozen=True)
class TermForm:
    """One way a searched word may stand among a client's index terms: the whole term, or
    (`prefix`) the start of one. A searched word is a set of forms, any of which matches."""

    text: str
    prefix: bool = False


def _quoted(form: TermForm) -> str:
    # An FTS5 string: double quotes doubled, so no word is ever read as query syntax.
    text = '"' + form.text.replace('"', '""') + '"'
    return text + "*" if form.prefix else text


def match_expression(words: Sequence[Collection[TermForm]], *, every: bool = True) -> str:
    """The FTS5 MATCH text for `words` (each a set of forms): all of them, or any."""
    groups = [
        "(" + " OR ".join(sorted(_quoted(f) for f in forms)) + ")" for forms in words if forms
    ]
    return (" AND " if every else " OR ").join(groups)


def ids_matching(
    conn: Connection, words: Sequence[Collection[TermForm]], limit: int, *, every: bool = True
) -> list[int]:
    """Client ids whose index terms match every word (or, `every=False`, any word)."""
    expression = match_expression(words, every=every)
    if not expression:
        return []
    return [
        r[0]
        for r in conn.execute(
            "SELECT rowid FROM clients_fts WHERE clients_fts MATCH ? LIMIT ?", (expression, limit)
        )
    ]


def terms_matching(
    conn: Connection, words: Sequence[Collection[TermForm]], limit: int
) -> list[tuple[int, str]]:
    """(client id, index terms) of clients matching every word — enough to rank without
    reading the records."""
    expression = match_expression(words)
    if not expression:
        return []
    return [
        (r[0], r[1])
        for r in conn.execute(
            "SELECT rowid, terms FROM clients_fts WHERE clients_fts MATCH ? LIMIT ?",
            (expression, limit),
        )
    ]


def hits_for_ids(
    conn: Connection, ids: Sequence[int], *, include_archived: bool = True
) -> list[ClientHit]:
    if not ids:
        return []
    found: list[ClientHit] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" for _ in chunk)
        archived = "" if include_archived else " AND archived = 0"
        found.extend(
            _hit(r)
            for r in conn.execute(
                f"SELECT {_HIT_COLUMNS} FROM clients WHERE id IN ({marks})"
                f" AND merged_into IS NULL{archived}",
                chunk,
            )
        )
    return found


def recent_clients(
    conn: Connection, limit: int, *, include_archived: bool = False
) -> list[ClientHit]:
    archived = "" if include_archived else " AND archived = 0"
    return [
        _hit(r)
        for r in conn.execute(
            # "+merged_into" keeps the planner on the activity index (no sort of every row).
            f"SELECT {_HIT_COLUMNS} FROM clients WHERE +merged_into IS NULL{archived}"
            " ORDER BY last_activity DESC, id DESC LIMIT ?",
            (limit,),
        )
    ]


# The index's terms in the order FTS5 keeps them, without the client numbers ("0n…") and
# phone digits ("0p…"): one range each side of them. fts5vocab reads each term's document
# list to count it, and at a million clients those two families are three terms per
# client (2.2 s for the whole vocabulary, 0.14 s for the names alone).
_NAME_TERM_RANGES = (
    "term < '0n'",
    "term >= '0o' AND term < '0p'",
    "term >= '0q'",
)


def vocabulary(conn: Connection) -> list[str]:
    """Every distinct word in the index (folded names and variants; numbers excluded), in
    the index's order."""
    return [
        r[0]
        for where in _NAME_TERM_RANGES
        for r in conn.execute(f"SELECT term FROM clients_fts_vocab WHERE {where}")
        if is_name_term(r[0])
    ]


@dataclass(frozen=True)
class NameRecord:
    """What the duplicate score reads of a candidate: never displayed raw."""

    id: int
    given_name: str
    family_name: str
    preferred_name: str
    birth_year: int | None
    phone: str


def duplicate_rows(conn: Connection, ids: Sequence[int]) -> list[NameRecord]:
    """Name, birth year, phone of candidates — for the duplicate score."""
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    return [
        NameRecord(
            int(r["id"]),
            r["given_name"],
            r["family_name"],
            r["preferred_name"],
            r["birth_year"],
            r["phone"],
        )
        for r in conn.execute(
            f"SELECT id, given_name, family_name, preferred_name, birth_year, phone FROM clients"
            f" WHERE id IN ({marks}) AND merged_into IS NULL",
            list(ids),
        )
    ]


def consents_expiring(conn: Connection, start: date, end: date) -> list[tuple[ClientHit, Consent]]:
    """Consents still in force on `start` that expire on or before `end`, soonest first."""
    rows = conn.execute(
        "SELECT c.id AS consent_id, c.* FROM client_consents c JOIN clients k ON k.id = c.client_id"
        " WHERE k.merged_into IS NULL AND k.archived = 0 AND c.revoked_on IS NULL"
        " AND c.expires_on IS NOT NULL AND c.expires_on >= ? AND c.expires_on <= ?"
        " ORDER BY c.expires_on, c.id",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    hits = {h.id: h for h in hits_for_ids(conn, sorted({r["client_id"] for r in rows}))}
    return [(hits[r["client_id"]], consent_from_row(r)) for r in rows if r["client_id"] in hits]
