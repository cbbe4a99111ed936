"""A vault with the sample directory and one client with needs, for referral tests."""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.clients.intake import create_client
from intake_app.directory.sample import sample_services
from intake_app.domain.clients import Barriers, Client, Need
from intake_app.domain.common import Lang, Tri, Urgency
from intake_app.domain.services import Service
from intake_app.vault.directory_repo import save_services
from intake_app.vault.session import VaultSession


@dataclass(frozen=True)
class World:
    client: Client
    services: list[Service]

    def service_for(self, category: str) -> Service:
        return next(s for s in self.services if category in s.categories and s.active)


def seed(session: VaultSession, *, given: str = "Amina", family: str = "Diallo") -> World:
    services = sample_services()
    with session.write() as conn:
        save_services(conn, services)
    client = create_client(
        session,
        Client(
            given_name=given,
            family_name=family,
            languages=("es", "fr"),
            letter_language=Lang.EN,
            area="Parc-Extension",
            barriers=Barriers(no_health_card=Tri.YES, no_photo_id=Tri.YES),
            needs=(
                Need("housing", Urgency.TODAY, reason="evicted"),
                Need("food", Urgency.THIS_WEEK),
                Need("health", Urgency.LATER),
            ),
        ),
    )
    return World(client, services)
