"""Finding 6 (seed-demo): the demo data goes in as one transaction — a failure (or a kill)
while adding clients leaves no services behind either."""

from __future__ import annotations

import pytest

from intake_app.demo import seed_vault
from intake_app.vault.session import VaultSession


def test_a_failure_while_seeding_clients_leaves_no_services(
    session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = session.conn.execute("SELECT count(*) FROM services").fetchone()[0]

    def power_cut(*_a: object, **_k: object) -> int:
        raise RuntimeError("power cut")

    monkeypatch.setattr("intake_app.clients.demo.bulk_insert_clients", power_cut)
    with pytest.raises(RuntimeError):
        seed_vault(session, clients=10, services=20)
    assert session.conn.execute("SELECT count(*) FROM services").fetchone()[0] == before
    assert not session.conn.in_transaction


def test_seeding_still_adds_everything(session: VaultSession) -> None:
    assert seed_vault(session, clients=5, services=10) == (10, 5)
    assert session.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 5
