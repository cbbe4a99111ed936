"""The two vaults a run works on: the real encrypted one and a plain-SQLite twin.

The plain twin has the same schema (the same migrations) and is filled with the same
generated data, so the ratio of the two timings is the cost of encryption. It is opened
with `connect(..., plaintext=True)`, which exists for this benchmark only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from intake_app.clock import FixedClock
from intake_app.domain.users import Role
from intake_app.vault import users_repo
from intake_app.vault.database import connect, transaction
from intake_app.vault.keyslots import KdfPolicy
from intake_app.vault.lifecycle import create_vault, unlock
from intake_app.vault.migrate import migrate
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import put_setting
from intake_app.vault.signing import Signer

BENCH_USER = "Bench Coordinator"
BENCH_PASSPHRASE = "quiet copper lantern orchard"
BENCH_ORG = "Maison Passerelle (banc d'essai)"
# Tiny runs (the smoke test) may use this instead of the calibrated half-second Argon2id.
FAST_KDF = KdfPolicy(memory_kib=8 * 1024, parallelism=1, time_cost=1, calibrate=False)


def bench_clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 11, 10, 30, tzinfo=ZoneInfo("America/Montreal")))


@dataclass
class BenchVaults:
    encrypted_paths: VaultPaths
    plain_paths: VaultPaths
    encrypted: VaultSession
    plain: VaultSession

    def close(self) -> None:
        self.encrypted.close()
        self.plain.close()

    def step_aside(self) -> None:
        """Close the harness's encrypted session, so the unlock steps meet the file as a
        caseworker's unlock does: no other connection, no write-ahead log.

        While the harness holds the vault open its log and shared-memory files are there
        with content, which an unlock cannot tell from a crash or someone else's writes:
        it then verifies read-only and checks every page before going on
        (`lifecycle.open_verified`) — the recovery path, ≈ 0.2 s more at 100,000 clients,
        not the everyday unlock the unlock metrics time."""
        self.encrypted.close()

    def come_back(self, clock: FixedClock) -> None:
        """Unlock the encrypted vault again for the steps after the unlock steps."""
        if not self.encrypted.closed:
            return
        session = unlock(self.encrypted_paths, BENCH_USER, BENCH_PASSPHRASE, clock)
        if session.page_check is not None:
            session.page_check.join()  # the check and the sign-in, before anything is timed
        self.encrypted = session


def create_encrypted(paths: VaultPaths, policy: KdfPolicy, clock: FixedClock) -> VaultSession:
    created = create_vault(
        paths,
        org_name=BENCH_ORG,
        org_address="1000, rue Fictive\nMontréal (Québec)  H2X 0A0",
        admin_name=BENCH_USER,
        passphrase=BENCH_PASSPHRASE,
        policy=policy,
        clock=clock,
    )
    return created.session


def create_plain(paths: VaultPaths, clock: FixedClock) -> VaultSession:
    """A plain SQLite database with the vault's schema and one coordinator (benchmark only)."""
    paths.ensure_dir()
    now = clock.now()
    conn = connect(paths.db, None, create=True, plaintext=True)
    migrate(conn, now)
    with transaction(conn):
        conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (str(uuid.uuid4()),))
        put_setting(conn, "org.name", BENCH_ORG)
        user = users_repo.add_user(conn, BENCH_USER, Role.COORDINATOR, "bench-slot", now)
    # The key buffer is unused for a plain file; the session wipes it on close all the same.
    signer = Signer("bench", "bench-slot", Ed25519PrivateKey.generate())
    return VaultSession(paths, conn, bytearray(32), user, clock, signer=signer, plaintext=True)


def create_both(root: Path, policy: KdfPolicy, clock: FixedClock) -> BenchVaults:
    enc_paths = VaultPaths(root / "encrypted")
    plain_paths = VaultPaths(root / "plain")
    return BenchVaults(
        enc_paths,
        plain_paths,
        create_encrypted(enc_paths, policy, clock),
        create_plain(plain_paths, clock),
    )
