"""Small builders shared by the client tests."""

from __future__ import annotations

from dataclasses import replace

from intake_app.clients.intake import create_client
from intake_app.domain.clients import Client, Need
from intake_app.vault.session import VaultSession


def person(given: str = "", family: str = "", **fields: object) -> Client:
    return replace(Client(given_name=given, family_name=family), **fields)  # type: ignore[arg-type]


def add(session: VaultSession, given: str = "", family: str = "", **fields: object) -> Client:
    return create_client(session, person(given, family, **fields))


def with_need(client: Client, category: str = "food") -> Client:
    return replace(client, needs=(*client.needs, Need(category=category)))
