"""Drafts live in the vault and round-trip exactly; demo clients are deterministic."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from intake_app.clients.consent import new_consent
from intake_app.clients.demo import add_generated_clients, generate_clients
from intake_app.clients.drafts import (
    client_from_json,
    client_to_json,
    discard_draft,
    load_draft,
    save_draft,
)
from intake_app.clients.intake import create_client
from intake_app.domain.clients import Client, HouseholdMember, Need, ShareItem
from intake_app.vault import clients_repo as repo
from intake_app.vault.session import VaultSession


def test_a_client_round_trips_through_draft_json() -> None:
    c = Client(
        given_name="Ana",
        household=(HouseholdMember("child", "0-4"),),
        needs=(Need("food", id=3),),
        consents=(new_consent("referral", frozenset({ShareItem.NAME}), date(2026, 1, 1)),),
    )
    assert client_from_json(client_to_json(c)) == c


def test_saving_the_record_removes_the_new_intake_draft(session: VaultSession) -> None:
    save_draft(session, Client(given_name="Half typed"))
    loaded = load_draft(session, None)
    assert loaded is not None and loaded[0].given_name == "Half typed"
    create_client(session, Client(given_name="Half typed"))
    assert load_draft(session, None) is None
    save_draft(session, Client(given_name="Again"))
    assert discard_draft(session, None) and load_draft(session, None) is None


def test_generation_is_deterministic_varied_and_has_no_status_field() -> None:
    first = list(generate_clients(200, 7, ["Nord", "Sud"]))
    assert first == list(generate_clients(200, 7, ["Nord", "Sud"]))
    assert first != list(generate_clients(200, 8, ["Nord", "Sud"]))
    assert len({c.family_name for c in first}) > 40
    assert any(not c.preferred_name.isascii() for c in first)
    assert all("555-01" in c.phone for c in first if c.phone)
    assert not [f.name for f in fields(Client) if "status" in f.name or "immig" in f.name]


def test_bulk_seed_reports_progress_and_inserts_all(session: VaultSession) -> None:
    seen: list[float] = []
    assert add_generated_clients(session, 4500, 1, ["Nord"], seen.append) == 4500
    assert repo.count_clients(session.conn) == 4500 and seen[-1] == 1.0
