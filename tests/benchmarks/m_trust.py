"""Unlock and `check` on a vault whose signed audit trail holds 100,000 events.

Unlock verifies from signed checkpoints (one SQL pass over every link, others' events in
each stretch, the tail walked); `check` walks every hash and signature. Two cases for
unlock: the same user again, and a caseworker's first unlock after another caseworker
wrote every event (no checkpoint of their own or of a coordinator covers them).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from intake_app.accounts.manage import add_user
from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.domain.users import Role
from intake_app.vault import keyslots
from intake_app.vault.lifecycle import create_vault, lock, open_for_check, unlock
from intake_app.vault.paths import VaultPaths
from tests.benchmarks.harness import Results
from tests.benchmarks.vaults import FAST_KDF

EVENTS = 100_000
UNLOCK_REST_TARGET_S = 0.3
_ADMIN = ("Bench Coordinator", "correct horse battery staple")
_CW1 = ("Bench Caseworker One", "orange kettle maple harbour")
_CW2 = ("Bench Caseworker Two", "violet canoe winter lantern")


def _beyond_kdf(fn) -> float:  # type: ignore[no-untyped-def]
    """Seconds `fn()` takes apart from its Argon2id calls."""
    real = keyslots.derive_key
    spent: list[float] = []

    def timed(secret: str, params: keyslots.KdfParams) -> bytes:
        start = time.perf_counter()
        try:
            return real(secret, params)
        finally:
            spent.append(time.perf_counter() - start)

    keyslots.derive_key = timed
    try:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start - sum(spent)
    finally:
        keyslots.derive_key = real


def measure_signed_trail(
    results: Results, root: Path, clock: FixedClock, runs: int, events: int = EVENTS
) -> None:
    """`events` is 100,000 for the real suites, fewer for the smoke test."""
    paths = VaultPaths(root / "signed-trail")
    created = create_vault(
        paths,
        org_name="Bench",
        org_address="",
        admin_name=_ADMIN[0],
        passphrase=_ADMIN[1],
        policy=FAST_KDF,
        clock=clock,
    )
    add_user(created.session, _CW1[0], Role.CASEWORKER, _CW1[1], FAST_KDF)
    add_user(created.session, _CW2[0], Role.CASEWORKER, _CW2[1], FAST_KDF)
    lock(created.session)
    writer = unlock(paths, *_CW1, clock)
    with writer.write() as conn:
        for i in range(events):
            writer.audit(conn, Action.CLIENT_VIEWED, "client", i)
    lock(writer)

    first = _beyond_kdf(lambda: lock(unlock(paths, *_CW2, clock)))
    again = [_beyond_kdf(lambda: lock(unlock(paths, *_CW2, clock))) for _ in range(runs)]
    results.add(
        f"unlock with {events:,} signed events: first by another caseworker",
        first * 1000,
        "ms",
        UNLOCK_REST_TARGET_S * 1000,
        "beyond key derivation; verified from the writer's checkpoint",
    )
    results.add(
        f"unlock with {events:,} signed events: again",
        statistics.median(again) * 1000,
        "ms",
        UNLOCK_REST_TARGET_S * 1000,
        f"median of {runs}, beyond key derivation",
    )
    start = time.perf_counter()
    verified = open_for_check(paths, _ADMIN[1], _ADMIN[0])
    seconds = time.perf_counter() - start
    verified.discard()
    results.add(
        f"check: every hash and signature of {events:,} events",
        seconds,
        "s",
        None,
        "intake-app check; writes nothing",
    )
