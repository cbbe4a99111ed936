"""The demo vault: clearly fictional people and services, for training and for `make run`.

Nothing here is real: organization, names, phone numbers (555) and addresses are made up.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from intake_app.clock import Clock
from intake_app.progress import Cancelled, Progress, never_cancelled, no_progress
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


def seed_vault(
    session: VaultSession,
    *,
    clients: int,
    services: int,
    seed: int = 1,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> tuple[int, int]:
    """Fill a vault with deterministic fictional data, in one transaction; return
    (services, clients) added.

    `services` counts the embedded sample directory first, then generated services.
    """
    from intake_app.clients.demo import add_generated_clients
    from intake_app.directory.sample import AREAS, generate_services, sample_services
    from intake_app.directory.use_cases import add_services

    directory = sample_services()[:services]
    if services > len(directory):
        directory += generate_services(services - len(directory), seed)
    # One transaction for all of it: killed halfway, the vault has none of the demo data.
    with session.write():
        add_services(session, directory, lambda f: progress(0.3 * f), cancelled)
        added = add_generated_clients(
            session, clients, seed, AREAS, lambda f: progress(0.3 + 0.7 * f), cancelled
        )
    log.info("demo data: %d services, %d clients", len(directory), added)
    return len(directory), added


def seed_referrals(session: VaultSession, clients: int, days_ago: int = 10) -> int:
    """Refer the first `clients` demo clients to their best-ranked service, as if it had
    been done `days_ago` days ago, and move some along — so the Referrals page and its
    follow-ups have something to show."""
    from intake_app.clock import FixedClock
    from intake_app.domain.referrals import ReferralState
    from intake_app.referrals.create import ReferralPick, create_referrals
    from intake_app.referrals.route import load_directory, route_client
    from intake_app.referrals.state import change_state
    from intake_app.vault.clients_repo import live_client_ids

    real_clock = session.clock
    session.clock = FixedClock(real_clock.now() - timedelta(days=days_ago))
    made = 0
    try:
        directory = load_directory(session)
        for index, client_id in enumerate(sorted(live_client_ids(session.conn))[:clients]):
            result = route_client(session, client_id, directory)
            best = next((s for s in result.suggestions if not s.excluded), None)
            if best is None or best.need.id is None:
                continue
            [referral] = create_referrals(
                session, client_id, [ReferralPick(best.service.id, (best.need.id,))]
            )
            made += 1
            assert referral.id is not None
            if index % 3 == 1:
                change_state(session, referral.id, ReferralState.PRINTED)
            elif index % 3 == 2:
                change_state(session, referral.id, ReferralState.PRINTED)
                change_state(session, referral.id, ReferralState.ATTENDED)
    finally:
        session.clock = real_clock
    return made


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
    from intake_app.settings import change_settings

    change_settings(
        created.session,
        {
            "org.phone": "514-555-0100",
            "org.email": "accueil@passerelle-demo.example",
            "letters.signature_line": "Intervenant·e d'accueil / Intake worker",
            # The demo shows importing a plain 211 or city export (unsigned, marked so).
            "directory.allow_unsigned": True,
        },
    )
    seed_vault(created.session, clients=DEMO_CLIENTS, services=60)
    seed_history(created.session, months=12)  # a year for the Reports page
    seed_referrals(created.session, clients=12)
    return created


def seed_history(session: VaultSession, months: int = 12, seed: int = 1) -> int:
    """Spread the fictional clients' activity over the last `months` months (referrals
    with outcomes, letters printed, unmet needs), so the Reports page has a year to show.
    Returns the referrals made. For demo vaults only."""
    from intake_app.vault.demo_history_repo import spread_history

    if months <= 0:
        return 0
    with session.write() as conn:
        made = spread_history(conn, session.clock.now(), months, seed)
    log.info("demo history: %d month(s), %d referral(s)", months, made)
    return made
