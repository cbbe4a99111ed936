"""Autosaved intake drafts, kept inside the encrypted vault (never a temp file).

A draft is the form's current `Client` value as JSON. One per user and record; saving
the record removes it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date, datetime
from typing import Any

from intake_app.domain.clients import (
    Barriers,
    Client,
    Consent,
    ConsentMethod,
    HouseholdMember,
    Naming,
    Need,
    ShareItem,
)
from intake_app.domain.common import Lang, Tri, Urgency
from intake_app.vault import client_drafts_repo as repo
from intake_app.vault.session import VaultSession


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(str(v) for v in value)
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def client_to_json(client: Client) -> str:
    return json.dumps(_jsonable(asdict(client)), ensure_ascii=False, sort_keys=True)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def client_from_json(text: str) -> Client:
    d = json.loads(text)
    return Client(
        given_name=d["given_name"],
        family_name=d["family_name"],
        preferred_name=d["preferred_name"],
        naming=Naming(d["naming"]),
        birth_year=d["birth_year"],
        age_range=d["age_range"],
        languages=tuple(d["languages"]),
        letter_language=Lang(d["letter_language"]),
        reading_language=str(d.get("reading_language", "")),
        phone=d["phone"],
        email=d["email"],
        area=d["area"],
        household=tuple(HouseholdMember(**m) for m in d["household"]),
        notes=d["notes"],
        sensitive_note=d["sensitive_note"],
        barriers=Barriers(**{k: Tri(v) for k, v in d["barriers"].items()}),
        needs=tuple(
            Need(
                category=n["category"],
                urgency=Urgency(n["urgency"]),
                reason=n["reason"],
                met=n["met"],
                id=n["id"],
                created_at=_moment(n["created_at"]),
            )
            for n in d["needs"]
        ),
        consents=tuple(
            Consent(
                purpose=c["purpose"],
                shares=frozenset(ShareItem(s) for s in c["shares"]),
                with_whom=c["with_whom"],
                method=ConsentMethod(c["method"]),
                given_on=_day(c["given_on"]),
                expires_on=_day(c["expires_on"]),
                revoked_on=_day(c["revoked_on"]),
                id=c["id"],
            )
            for c in d["consents"]
        ),
        archived=d["archived"],
        id=d["id"],
        number=d["number"],
        created_at=_moment(d["created_at"]),
        updated_at=_moment(d["updated_at"]),
        last_activity=_moment(d.get("last_activity")),
    )


def save_draft(session: VaultSession, client: Client) -> None:
    """Keep the form's state; `client.id` None means a new intake."""
    with session.write() as conn:
        repo.save_draft(
            conn, session.user.id, client.id, client_to_json(client), session.clock.now()
        )


def load_draft(session: VaultSession, client_id: int | None) -> tuple[Client, datetime] | None:
    row = repo.load_draft(session.conn, session.user.id, client_id)
    if row is None:
        return None
    return replace(client_from_json(row.payload), id=client_id), row.saved_at


def discard_draft(session: VaultSession, client_id: int | None) -> bool:
    with session.write() as conn:
        return repo.delete_draft(conn, session.user.id, client_id)
