"""The name vocabulary skips the number and phone terms by range, not by reading them:
it must still be exactly the index's name terms, in the index's order."""

from __future__ import annotations

from intake_app.domain.client_names import is_name_term
from intake_app.vault.client_search import vocabulary
from intake_app.vault.session import VaultSession
from tests.unit.clients.helpers import add

# Names whose folded words sit right beside the skipped ranges ("0n…", "0p…").
EDGE_NAMES = (
    ("0m", "0nz"),
    ("0o", "0oz"),
    ("0pa", "0q"),
    ("0", "9x"),
    ("Zoë", "Åsa"),
    ("Mohamed", "Benali"),
)


def test_the_vocabulary_is_every_name_term_of_the_index_in_its_order(
    session: VaultSession,
) -> None:
    for given, family in EDGE_NAMES:
        add(session, given, family, phone="514 555 0101")
    whole = [r[0] for r in session.conn.execute("SELECT term FROM clients_fts_vocab")]
    expected = [t for t in whole if is_name_term(t)]
    assert any(not is_name_term(t) for t in whole)  # numbers and phones are in the index
    assert {"0o", "0oz", "0q", "9x", "0m"} <= set(expected)
    assert vocabulary(session.conn) == expected
