"""The demo vault: clearly fictional people and services, for training and for `make run`.

Nothing here is real: organization, names, phone numbers (555) and addresses are made up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from intake_app.clock import Clock
from intake_app.vault.keyslots import KdfPolicy
from intake_app.vault.lifecycle import CreatedVault, create_vault
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession

log = logging.getLogger(__name__)

DEMO_ORG = "Maison Passerelle (démo)"
DEMO_ADDRESS = "1000, rue Fictive, bureau 200\nMontréal (Québec)  H2X 0A0"
DEMO_USER = "Demo Coordinator"
DEMO_PASSPHRASE = "lantern maple harbour violet"
DEMO_CLIENTS = 30

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


def _never() -> bool:
    return False


def seed_vault(
    session: VaultSession,
    *,
    clients: int,
    services: int,
    seed: int = 1,
    progress: Progress = lambda _f: None,
    cancelled: Cancelled = _never,
) -> tuple[int, int]:
    """Fill a vault with deterministic fictional data; return (services, clients) added.

    `services` counts the embedded sample directory first, then generated services.
    """
    from intake_app.clients.demo import add_generated_clients
    from intake_app.directory.sample import AREAS, generate_services, sample_services
    from intake_app.directory.use_cases import add_services

    directory = sample_services()[:services]
    if services > len(directory):
        directory += generate_services(services - len(directory), seed)
    add_services(session, directory, lambda f: progress(0.3 * f), cancelled)
    added = add_generated_clients(
        session, clients, seed, AREAS, lambda f: progress(0.3 + 0.7 * f), cancelled
    )
    log.info("demo data: %d services, %d clients", len(directory), added)
    return len(directory), added


def create_demo_vault(paths: VaultPaths, clock: Clock, policy: KdfPolicy) -> CreatedVault:
    created = create_vault(
        paths,
        org_name=DEMO_ORG,
        org_address=DEMO_ADDRESS,
        admin_name=DEMO_USER,
        passphrase=DEMO_PASSPHRASE,
        policy=policy,
        clock=clock,
    )
    seed_vault(created.session, clients=DEMO_CLIENTS, services=60)
    return created
