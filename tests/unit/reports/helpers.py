"""Small report worlds: clients taken in on chosen days, referred, printed for."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from intake_app.clients.demo import generate_clients
from intake_app.clients.intake import create_client
from intake_app.clock import FixedClock
from intake_app.directory.sample import AREAS, sample_services
from intake_app.domain.clients import Client, Need
from intake_app.domain.common import Lang, Urgency
from intake_app.domain.services import Service
from intake_app.referrals.create import ReferralPick, create_referrals
from intake_app.vault.clients_repo import bulk_insert_clients
from intake_app.vault.demo_history_repo import spread_history
from intake_app.vault.directory_repo import save_services
from intake_app.vault.session import VaultSession

TZ = ZoneInfo("America/Montreal")


def at(year: int, month: int, day: int = 10) -> datetime:
    return datetime(year, month, day, 11, 0, tzinfo=TZ)


def add_directory(session: VaultSession) -> list[Service]:
    services = sample_services()
    with session.write() as conn:
        save_services(conn, services)
    return services


def random_world(session: VaultSession, clients: int, seed: int) -> None:
    """The sample directory (once), and only `clients` generated clients with 14 months of
    referral history drawn from `seed`: whatever an earlier example left is cleared."""
    if not session.conn.execute("SELECT count(*) FROM services").fetchone()[0]:
        add_directory(session)
    with session.write() as conn:
        for table in (
            "letters_printed",
            "unmet_needs",
            "referral_needs",
            "referrals",
            "client_household",
            "clients",
            "clients_fts",
        ):
            conn.execute(f"DELETE FROM {table}")
    now = session.clock.now()
    with session.write() as conn:
        bulk_insert_clients(conn, generate_clients(clients, seed, AREAS), now, session.user.id)
        spread_history(conn, now - timedelta(days=seed % 40), 14, seed)


def service_for(services: list[Service], category: str) -> Service:
    return next(s for s in services if category in s.categories and s.active)


def take_in(
    session: VaultSession, when: datetime, count: int = 1, **fields: object
) -> list[Client]:
    """`count` clients created at `when` (each with a housing need unless told otherwise)."""
    clock = session.clock
    assert isinstance(clock, FixedClock)
    saved_time = clock.current
    clock.current = when
    try:
        base = Client(
            given_name="Test",
            family_name="Person",
            languages=("es",),
            letter_language=Lang.EN,
            needs=(Need("housing", Urgency.THIS_WEEK),),
        )
        base = replace(base, **fields)  # type: ignore[arg-type]
        return [create_client(session, base) for _ in range(count)]
    finally:
        clock.current = saved_time


def refer(session: VaultSession, client: Client, service: Service, when: datetime) -> int:
    clock = session.clock
    assert isinstance(clock, FixedClock) and client.id is not None
    saved_time = clock.current
    clock.current = when
    try:
        need = client.needs[0]
        assert need.id is not None
        [made] = create_referrals(session, client.id, [ReferralPick(service.id, (need.id,))])
        assert made.id is not None
        return made.id
    finally:
        clock.current = saved_time
