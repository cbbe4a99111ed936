"""Merging two records of the same person, and undoing it.

The survivor keeps its own values; its empty fields are filled from the other record;
every need, consent, household member and referral moves to it. Undo restores both.
"""

from __future__ import annotations

import logging
from typing import Any

from intake_app.domain.audit import Action
from intake_app.domain.clients import Client
from intake_app.domain.common import Tri
from intake_app.domain.permissions import Permission, require
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import clients_repo as repo
from intake_app.vault.client_merge_repo import MergeRecord as MergeRecord
from intake_app.vault.client_merge_repo import merge_records, merges_for_client
from intake_app.vault.client_merge_repo import undo_merge as undo_records
from intake_app.vault.session import VaultSession

log = logging.getLogger(__name__)

_TEXT_FILLS = ("family_name", "preferred_name", "age_range", "phone", "email", "area")
_BARRIERS = (
    "no_health_card",
    "no_photo_id",
    "no_proof_of_address",
    "no_income",
    "needs_interpreter",
)


def fills_for(survivor: Client, other: Client) -> dict[str, Any]:
    """What the survivor takes from the other record: only where it has nothing itself."""
    return {
        **_blanks_filled(survivor, other),
        **_languages_joined(survivor, other),
        **_notes_kept(survivor, other),
        **_barriers_learned(survivor, other),
        **_latest_activity(survivor, other),
    }


def _blanks_filled(survivor: Client, other: Client) -> dict[str, Any]:
    """The other record's text fields and birth year where the survivor's are empty: a
    value the survivor has is never overwritten."""
    fills: dict[str, Any] = {
        name: getattr(other, name)
        for name in _TEXT_FILLS
        if not getattr(survivor, name) and getattr(other, name)
    }
    if survivor.birth_year is None and other.birth_year is not None:
        fills["birth_year"] = other.birth_year
    return fills


def _languages_joined(survivor: Client, other: Client) -> dict[str, Any]:
    """Both records' languages, the survivor's first (its first is the most comfortable)."""
    langs = tuple(dict.fromkeys((*survivor.languages, *other.languages)))
    return {"languages": ",".join(langs)} if langs != survivor.languages else {}


def _notes_kept(survivor: Client, other: Client) -> dict[str, Any]:
    """Notes are appended, never chosen between: the other record's note follows the
    survivor's unless it is already there."""
    fills: dict[str, Any] = {}
    for name in ("notes", "sensitive_note"):
        mine, theirs = getattr(survivor, name), getattr(other, name)
        if theirs and theirs not in mine:
            fills[name] = "\n\n".join(p for p in (mine, theirs) if p)
    return fills


def _barriers_learned(survivor: Client, other: Client) -> dict[str, Any]:
    """A barrier the survivor does not know (UNKNOWN) takes the other record's answer."""
    fills: dict[str, Any] = {}
    for name in _BARRIERS:
        mine, theirs = getattr(survivor.barriers, name), getattr(other.barriers, name)
        if mine is Tri.UNKNOWN and theirs is not Tri.UNKNOWN:
            fills[name] = theirs.value
    return fills


def _latest_activity(survivor: Client, other: Client) -> dict[str, Any]:
    """The later of the two last activities, so retention counts from the latest contact."""
    theirs_at, mine_at = other.last_activity, survivor.last_activity
    if theirs_at is not None and mine_at is not None and theirs_at > mine_at:
        return {"last_activity": theirs_at.isoformat(timespec="seconds")}
    return {}


def merge_clients(session: VaultSession, survivor_id: int, merged_id: int) -> MergeRecord:
    require(session.user, Permission.WORK_WITH_CLIENTS)
    if survivor_id == merged_id:
        raise KnownError(ErrorCode.INVALID_INPUT, field="merge", reason="same client")
    with session.write() as conn:
        survivor, other = repo.load_client(conn, survivor_id), repo.load_client(conn, merged_id)
        if (
            survivor is None
            or other is None
            or repo.merged_into(conn, survivor_id) is not None
            or repo.merged_into(conn, merged_id) is not None
        ):
            raise KnownError(ErrorCode.NOT_FOUND, client=merged_id)
        record = merge_records(
            conn,
            survivor_id,
            merged_id,
            fills_for(survivor, other),
            session.clock.now(),
            session.user.id,
        )
        session.audit(
            conn,
            Action.CLIENTS_MERGED,
            "client",
            survivor_id,
            merged=merged_id,
            merge=record.id,
            moved=record.moved_rows,
        )
    log.info("client %d merged into %d", merged_id, survivor_id)
    return record


def undo_merge(session: VaultSession, merge_id: int) -> MergeRecord:
    require(session.user, Permission.WORK_WITH_CLIENTS)
    with session.write() as conn:
        record = undo_records(conn, merge_id, session.clock.now())
        if record is None:
            raise KnownError(ErrorCode.NOT_FOUND, merge=merge_id)
        session.audit(
            conn,
            Action.MERGE_UNDONE,
            "client",
            record.survivor_id,
            merged=record.merged_id,
            merge=merge_id,
            moved=record.moved_rows,
        )
    return record


def merges_of(session: VaultSession, client_id: int) -> list[MergeRecord]:
    return merges_for_client(session.conn, client_id)
