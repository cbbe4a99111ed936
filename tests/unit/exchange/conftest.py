"""Two (or three) vaults on one machine, as two agencies, with fast key derivation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intake_app.clock import FixedClock
from intake_app.exchange.identity import export_card, import_card, trust_partner
from intake_app.vault.database import Connection
from intake_app.vault.lifecycle import create_vault
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from tests.conftest import ADMIN_PASSPHRASE, FAST_KDF

MakeVault = Callable[[str], VaultSession]


@pytest.fixture
def make_vault(tmp_path: Path, clock: FixedClock) -> Iterator[MakeVault]:
    made: list[VaultSession] = []

    def make(org: str) -> VaultSession:
        created = create_vault(
            VaultPaths(tmp_path / org.replace(" ", "-")),
            org_name=org,
            org_address="1 rue Exemple, Montréal",
            admin_name="Coordinator of " + org,
            passphrase=ADMIN_PASSPHRASE,
            policy=FAST_KDF,
            clock=clock,
        )
        made.append(created.session)
        return created.session

    yield make
    for s in made:
        s.close()


@pytest.fixture
def other(make_vault: MakeVault) -> VaultSession:
    return make_vault("Agence Réceptrice")


def trust_each_other(a: VaultSession, b: VaultSession, folder: Path) -> tuple[str, str]:
    """Exchange cards and confirm both; return (a's key id, b's key id)."""
    folder.mkdir(exist_ok=True)
    card_a, card_b = folder / "a.passerelle-card", folder / "b.passerelle-card"
    ka = export_card(a, card_a).key_id
    kb = export_card(b, card_b).key_id
    trust_partner(b, import_card(b, card_a).key_id)
    trust_partner(a, import_card(a, card_b).key_id)
    return ka, kb


def dump(conn: Connection, skip: tuple[str, ...] = ("audit", "audit_checkpoints")) -> list[str]:
    """Every row of every table but the audit trail, to compare before and after."""
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if r[0] not in skip and not r[0].startswith(("sqlite_", "clients_fts"))
    ]
    out: list[str] = []
    for t in tables:
        out += sorted(f"{t}:{tuple(r)!r}" for r in conn.execute(f'SELECT * FROM "{t}"'))
    # The audit head moves with the refusal event, which is expected.
    return [r for r in out if not r.startswith("meta:('audit")]
