"""Account use cases for coordinators, and changing one's own passphrase.

Removing an account re-keys the database: a new random master key, `PRAGMA rekey`, and
the new key sealed to every remaining slot's public key (see `vault.keyslots`). Nobody
re-types a passphrase, the recovery key keeps working, and a removed user's old copy of
their slot opens only the old master key, which opens nothing any more.
"""

from __future__ import annotations

import logging

from intake_app.domain.audit import Action
from intake_app.domain.permissions import Permission, require
from intake_app.domain.users import Role, User
from intake_app.errors import ErrorCode, KnownError
from intake_app.progress import Progress
from intake_app.vault import accounts_repo, faults, rekey, roster, users_repo
from intake_app.vault.keyslots import KdfPolicy, SlotKind, wipe
from intake_app.vault.lifecycle import (
    _replace_user_slot,
    change_passphrase,
    require_strong,
    save_slots,
    session_slots,
)
from intake_app.vault.rekey import rekey_vault, roster_public_keys
from intake_app.vault.roster import EntryKind
from intake_app.vault.session import VaultSession

log = logging.getLogger(__name__)


def _no_progress(_fraction: float) -> None:
    return None


__all__ = [
    "add_user",
    "change_own_passphrase",
    "change_role",
    "list_accounts",
    "rekey_vault",
    "remove_user",
    "reset_passphrase",
    "roster_public_keys",
]


def list_accounts(session: VaultSession) -> list[User]:
    require(session.user, Permission.MANAGE_ACCOUNTS)
    return users_repo.list_users(session.conn)


def _existing(session: VaultSession, user_id: int) -> User:
    user = users_repo.user_by_id(session.conn, user_id)
    if user is None or not user.active:
        raise KnownError(ErrorCode.NOT_FOUND, record="user", id=user_id)
    return user


def add_user(
    session: VaultSession, name: str, role: Role, first_passphrase: str, policy: KdfPolicy
) -> User:
    """A new account whose first passphrase must be changed at its first unlock.

    The grant (role and public keys) is signed by this coordinator into the roster first;
    the slot joins the key file after, so a crash never leaves a slot nobody granted."""
    require(session.user, Permission.MANAGE_ACCOUNTS)
    name = " ".join(name.split())
    if not name:
        raise KnownError(ErrorCode.INVALID_INPUT, field="name", reason="empty")
    if users_repo.user_by_name(session.conn, name) is not None:
        raise KnownError(ErrorCode.DUPLICATE_USER)
    require_strong(first_passphrase, (name,))
    slots = session_slots(session)
    master = session.master_key_copy()
    try:
        slot, _signing = slots.make_slot(
            SlotKind.USER, first_passphrase, master, policy, user_name=name
        )
    finally:
        wipe(master)
    with session.write() as conn:
        user = users_repo.add_user(
            conn, name, role, slot.id, session.clock.now(), must_change_passphrase=True
        )
        event = session.audit(conn, Action.USER_ADDED, "user", user.id, role=role.value)
        roster.append(
            conn,
            session.signer,
            EntryKind.GRANT,
            event_id=event,
            user_id=user.id,
            role=role.value,
            name=user.name,
            slot_id=slot.id,
            x_public=slot.public,
            sign_public=slot.sign_public,
        )
    # A leftover slot with the same name tag (an interrupted add) belongs to nobody.
    stale = slots.user_slot(name)
    if stale is not None:
        slots = slots.without_slot(stale.id)
    save_slots(session, slots.with_slot(slot))
    log.info("user #%d added", user.id)
    return user


def reset_passphrase(
    session: VaultSession, user_id: int, new_passphrase: str, policy: KdfPolicy
) -> None:
    """Give a user who forgot their passphrase a new one (a new slot); they must change it."""
    require(session.user, Permission.MANAGE_ACCOUNTS)
    user = _existing(session, user_id)
    require_strong(new_passphrase, (user.name,))
    _replace_user_slot(session, user, new_passphrase, policy, True, Action.PASSPHRASE_RESET)
    log.info("passphrase of user #%d reset", user.id)


def change_role(session: VaultSession, user_id: int, role: Role) -> User:
    require(session.user, Permission.MANAGE_ACCOUNTS)
    user = _existing(session, user_id)
    if user.role is role:
        return user
    with session.write() as conn:
        if user.is_coordinator and accounts_repo.count_active_coordinators(conn) <= 1:
            raise KnownError(ErrorCode.LAST_COORDINATOR)
        accounts_repo.set_role(conn, user.id, role)
        event = session.audit(conn, Action.USER_ROLE_CHANGED, "user", user.id, role=role.value)
        roster.append(
            conn, session.signer, EntryKind.ROLE, event_id=event, user_id=user.id, role=role.value
        )
    changed = _existing(session, user_id)
    if user.id == session.user.id:
        session.user = changed
    return changed


def remove_user(
    session: VaultSession,
    user_id: int,
    *,
    progress: Progress = _no_progress,
) -> None:
    """Remove an account and re-key the database so its old slot opens nothing new.

    Other connections (worker threads) are closed first; the caller (the UI) cancels
    background work before calling this. The re-key is journaled (`vault.rekey`): killed
    at any point, the next unlock finishes it.
    """
    require(session.user, Permission.MANAGE_ACCOUNTS)
    user = _existing(session, user_id)
    if user.id == session.user.id:
        raise KnownError(ErrorCode.NOT_ALLOWED, reason="self")
    if user.is_coordinator and accounts_repo.count_active_coordinators(session.conn) <= 1:
        raise KnownError(ErrorCode.LAST_COORDINATOR)
    slots = session_slots(session)
    with session.write() as conn:
        if user.is_coordinator and accounts_repo.count_active_coordinators(conn) <= 1:
            raise KnownError(ErrorCode.LAST_COORDINATOR)
        accounts_repo.deactivate(conn, user.id)
        event = session.audit(conn, Action.USER_REMOVED, "user", user.id)
        roster.append(conn, session.signer, EntryKind.REMOVE, event_id=event, user_id=user.id)
        master = session.master_key_copy()
        try:
            rekey.mark_pending(conn, master)
        finally:
            wipe(master)
    faults.step("rekey:intent-committed")
    rekey.rekey_vault(session, slots, progress=progress)
    log.info("user #%d removed", user.id)


def change_own_passphrase(session: VaultSession, current: str, new: str, policy: KdfPolicy) -> None:
    """The signed-in user replaces their own passphrase (any role)."""
    change_passphrase(session, current, new, policy)
