"""Creating, changing, viewing, archiving and deleting client records, each audited.

The audit trail gets ids and counts only — which fields changed by name of the *field*,
never their values. A name or an alias is the only required thing; there is no
immigration-status field to require or to ask.
"""

from __future__ import annotations

import logging
from dataclasses import fields, replace

from intake_app.domain.audit import Action
from intake_app.domain.clients import AGE_RANGES, Client
from intake_app.domain.permissions import Permission, require
from intake_app.domain.taxonomy import SERVICE_TERMS
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import clients_repo as repo
from intake_app.vault.client_drafts_repo import delete_draft
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting

log = logging.getLogger(__name__)

RECORD = "client"
_SERVICE_CODES = frozenset(t.code for t in SERVICE_TERMS)
_COMPARED = tuple(
    f.name
    for f in fields(Client)
    if f.name not in ("id", "number", "created_at", "updated_at", "last_activity", "archived")
)


def validate(client: Client, this_year: int) -> None:
    """Raise INVALID_INPUT naming the field; values are never put in the error."""
    if not client.has_a_name:
        raise KnownError(ErrorCode.INVALID_INPUT, field="name", reason="a name or alias")
    if client.birth_year is not None and not (1900 <= client.birth_year <= this_year):
        raise KnownError(ErrorCode.INVALID_INPUT, field="birth_year", reason="out of range")
    if client.age_range and client.age_range not in AGE_RANGES:
        raise KnownError(ErrorCode.INVALID_INPUT, field="age_range", reason="unknown range")
    for need in client.needs:
        if need.category not in _SERVICE_CODES:
            raise KnownError(ErrorCode.INVALID_INPUT, field="need", reason="unknown category")
    if client.email and "@" not in client.email:
        raise KnownError(ErrorCode.INVALID_INPUT, field="email", reason="not an address")
    for c in client.consents:
        if c.given_on and c.expires_on and c.expires_on < c.given_on:
            raise KnownError(ErrorCode.INVALID_INPUT, field="consent", reason="ends before given")


def changed_fields(before: Client, after: Client) -> list[str]:
    """Names of the fields that differ (for the audit detail; never the values)."""
    return [name for name in _COMPARED if getattr(before, name) != getattr(after, name)]


def _sensitive_note_allowed(session: VaultSession) -> bool:
    return bool(get_setting(session.conn, "clients.sensitive_note_enabled"))


def create_client(session: VaultSession, client: Client) -> Client:
    require(session.user, Permission.WORK_WITH_CLIENTS)
    now = session.clock.now()
    validate(client, now.year)
    if client.sensitive_note and not _sensitive_note_allowed(session):
        client = replace(client, sensitive_note="")
    with session.write() as conn:
        saved = repo.insert_client(conn, replace(client, archived=False), now, session.user.id)
        assert saved.id is not None
        delete_draft(conn, session.user.id, None)
        session.audit(
            conn,
            Action.CLIENT_CREATED,
            RECORD,
            saved.id,
            needs=len(saved.needs),
            consents=len(saved.consents),
        )
    log.info("client %d created", saved.id)
    return saved


def update_client(session: VaultSession, client: Client) -> Client:
    require(session.user, Permission.WORK_WITH_CLIENTS)
    if client.id is None:
        raise KnownError(ErrorCode.NOT_FOUND)
    now = session.clock.now()
    validate(client, now.year)
    with session.write() as conn:
        before = repo.load_client(conn, client.id)
        if before is None or repo.merged_into(conn, client.id) is not None:
            raise KnownError(ErrorCode.NOT_FOUND, client=client.id)
        if not _sensitive_note_allowed(session):
            client = replace(client, sensitive_note=before.sensitive_note)
        client = replace(client, archived=before.archived)
        changed = changed_fields(before, client)
        saved = repo.update_client(conn, client, now) if changed else before
        delete_draft(conn, session.user.id, client.id)
        if changed:
            session.audit(conn, Action.CLIENT_CHANGED, RECORD, before.id or 0, fields=changed)
    return saved


def view_client(session: VaultSession, client_id: int) -> Client:
    """Load a client to show it; the view is audited. Follows a merge to the survivor."""
    require(session.user, Permission.WORK_WITH_CLIENTS)
    with session.write() as conn:
        survivor = repo.merged_into(conn, client_id)
        if survivor is not None:
            client_id = survivor
        client = repo.load_client(conn, client_id)
        if client is None:
            raise KnownError(ErrorCode.NOT_FOUND, client=client_id)
        session.audit(conn, Action.CLIENT_VIEWED, RECORD, client_id)
    return client


def set_archived(session: VaultSession, client_id: int, archived: bool) -> None:
    require(session.user, Permission.WORK_WITH_CLIENTS)
    with session.write() as conn:
        if not repo.set_archived(conn, client_id, archived, session.clock.now()):
            raise KnownError(ErrorCode.NOT_FOUND, client=client_id)
        session.audit(
            conn,
            Action.CLIENT_ARCHIVED if archived else Action.CLIENT_UNARCHIVED,
            RECORD,
            client_id,
        )


def delete_client(session: VaultSession, client_id: int) -> None:
    """Delete for good (secure_delete); the audit keeps only "client #N deleted by X"."""
    require(session.user, Permission.DELETE_CLIENTS)
    with session.write() as conn:
        if not repo.delete_client(conn, client_id):
            raise KnownError(ErrorCode.NOT_FOUND, client=client_id)
        session.audit(conn, Action.CLIENT_DELETED, RECORD, client_id)
    log.info("client %d deleted", client_id)


def reveal_sensitive_note(session: VaultSession, client_id: int) -> str:
    """The sensitive note, after an explicit click; the reveal is audited."""
    require(session.user, Permission.REVEAL_SENSITIVE_NOTE)
    if not _sensitive_note_allowed(session):
        raise KnownError(ErrorCode.NOT_ALLOWED, reason="sensitive-note-off")
    with session.write() as conn:
        client = repo.load_client(conn, client_id)
        if client is None:
            raise KnownError(ErrorCode.NOT_FOUND, client=client_id)
        session.audit(conn, Action.SENSITIVE_NOTE_REVEALED, RECORD, client_id)
    return client.sensitive_note
