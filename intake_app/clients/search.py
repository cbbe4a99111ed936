"""Search as you type: FTS5 inside the encrypted vault, then a fuzzy pass for near misses.

Folding (accents, case, punctuation), word order (every word must match, in any order),
name variants (Mohamed/Mohammed/Muhammad share a canonical term) and prefixes (the last
word is still being typed) are handled by the index terms; a rapidfuzz pass over the
index vocabulary catches spelling slips when the exact pass finds little. Only names, the
client number and phone digits are searchable.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from rapidfuzz import fuzz, process

from intake_app.domain.client_names import (
    canonical,
    looks_like_phone,
    number_query,
    number_term,
    phone_term,
    skeleton,
    words,
)
from intake_app.domain.clients import ClientHit
from intake_app.domain.folding import fold_words
from intake_app.vault import client_search as sql
from intake_app.vault.client_search import TermForm
from intake_app.vault.clients_repo import generation
from intake_app.vault.session import VaultSession

log = logging.getLogger(__name__)

CANDIDATES = 400
FUZZY_CUTOFF = 78.0


def _word_forms(word: str, extra: list[str] | None = None) -> set[TermForm]:
    """The index terms a typed word may stand for: itself as a prefix (still being typed),
    its name variants (whole when shorter than the word, else as prefixes too) and near
    spellings from the vocabulary."""
    forms = {TermForm(word, prefix=True)}
    for form in (canonical(word), skeleton(word), canonical(skeleton(word))):
        if form != word:
            forms.add(TermForm(form, prefix=len(form) >= len(word)))
    forms.update(TermForm(near) for near in extra or ())
    return forms


def _rank(query_words: list[str], found: list[tuple[int, str]]) -> list[tuple[int, float]]:
    """(id, score) best first. Scored on the stored folded terms, so no record is read:
    a whole word (or its variant) counts most, a prefix of the last word next, then
    rapidfuzz similarity, then the newer record."""
    if not found:
        return []
    forms = [canonical(skeleton(q)) for q in query_words]
    last = len(query_words) - 1
    similarity = [0.0] * len(found)
    for _choice, sim, index in process.extract(
        " ".join(query_words), [t for _i, t in found], scorer=fuzz.token_set_ratio, limit=None
    ):
        similarity[index] = sim
    ranked = []
    for (client_id, terms), sim in zip(found, similarity, strict=True):
        words_of = terms.split()
        termset = set(words_of)
        total = 0.0
        for i, (q, form) in enumerate(zip(query_words, forms, strict=True)):
            if q in termset:
                total += 100.0
            elif form in termset:
                total += 95.0
            elif any(t.startswith(q) for t in words_of):
                total += 70.0 if i == last else 40.0
        ranked.append((client_id, total / len(query_words) + float(sim) / 10.0))
    ranked.sort(key=lambda r: (-r[1], -r[0]))
    return ranked


class ClientSearch:
    """One per session (the GUI thread's); caches the index vocabulary between keystrokes."""

    def __init__(self, session: VaultSession, limit: int = 50) -> None:
        self._session = session
        self.limit = limit
        self._vocab: list[str] = []
        self._vocab_generation = -1

    def clear(self) -> None:
        """Drop cached names (on lock)."""
        self._vocab = []
        self._vocab_generation = -1

    def vocabulary(self) -> list[str]:
        """The distinct words of the index, reloaded only after client records changed."""
        conn = self._session.conn
        current = generation(conn)
        if current != self._vocab_generation:
            self._vocab = sql.vocabulary(conn)
            self._vocab_generation = current
        return self._vocab

    def search(self, query: str, *, include_archived: bool = True) -> list[ClientHit]:
        """Best matches first; the most recent clients when the query is empty."""
        text = query.strip()
        conn = self._session.conn
        if not fold_words(text):
            return sql.recent_clients(conn, self.limit, include_archived=include_archived)
        number = number_query(text)
        if number is not None and not text.isdigit():
            return sql.hits_for_ids(conn, [number], include_archived=include_archived)
        digits = looks_like_phone(text)
        if digits is not None:
            forms = {TermForm(phone_term(digits), prefix=True)}
            if len(digits) <= 6:
                forms.add(TermForm(number_term(int(digits))))
            ids = sql.ids_matching(conn, [forms], CANDIDATES)
            hits = sql.hits_for_ids(conn, ids, include_archived=include_archived)
            hits.sort(
                key=lambda h: (
                    h.id != int(digits),
                    -(h.last_activity.timestamp() if h.last_activity else 0),
                )
            )
            return hits[: self.limit]
        query_words = words(text)
        found = sql.terms_matching(conn, [_word_forms(w) for w in query_words], CANDIDATES)
        if len(found) < self.limit and any(len(w) >= 3 for w in query_words):
            found = self._with_near_misses(query_words, found)
        ranked = _rank(query_words, found)
        scores = dict(ranked)
        hits = sql.hits_for_ids(
            conn,
            [i for i, _s in ranked[: self.limit * 2]],
            include_archived=include_archived,
        )
        scored = [replace(h, score=scores[h.id]) for h in hits]
        scored.sort(key=lambda h: (h.archived, -h.score, -h.id))
        return scored[: self.limit]

    def _with_near_misses(
        self, query_words: list[str], found: list[tuple[int, str]]
    ) -> list[tuple[int, str]]:
        vocab = self.vocabulary()
        parts: list[set[TermForm]] = []
        for w in query_words:
            near: list[str] = []
            if len(w) >= 3:
                near = [
                    term
                    for term, _score, _i in process.extract(
                        w, vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=8
                    )
                ]
            parts.append(_word_forms(w, near))
        more = sql.terms_matching(self._session.conn, parts, CANDIDATES)
        seen = {i for i, _t in found}
        return found + [(i, t) for i, t in more if i not in seen]
