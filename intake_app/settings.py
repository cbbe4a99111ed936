"""Use cases for the vault-wide settings: read them all, change some (coordinators)."""

from __future__ import annotations

from typing import Any

from intake_app.domain.audit import Action
from intake_app.domain.permissions import Permission, require
from intake_app.domain.settings import SETTINGS
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import all_settings, get_setting, put_setting


def read_settings(session: VaultSession) -> dict[str, Any]:
    require(session.user, Permission.USE_VAULT)
    return all_settings(session.conn)


def read_setting(session: VaultSession, key: str) -> Any:
    require(session.user, Permission.USE_VAULT)
    return get_setting(session.conn, key)


def change_settings(session: VaultSession, changes: dict[str, Any]) -> list[str]:
    """Store the changed values in one transaction; return the keys that really changed.

    The audit event names the keys, never the values (an address is not secret, but a
    rule that holds everywhere is easier to keep).
    """
    require(session.user, Permission.CHANGE_SETTINGS)
    for key, value in changes.items():
        if key not in SETTINGS:
            raise KnownError(ErrorCode.INVALID_INPUT, field=key, reason="unknown setting")
        try:
            SETTINGS[key].validate(value)
        except (ValueError, TypeError) as exc:
            raise KnownError(ErrorCode.INVALID_INPUT, field=key, reason=str(exc)) from None
    current = all_settings(session.conn)
    changed = sorted(k for k, v in changes.items() if current.get(k) != v)
    if not changed:
        return []
    with session.write() as conn:
        for key in changed:
            put_setting(conn, key, changes[key])
        session.audit(conn, Action.SETTINGS_CHANGED, "settings", "", keys=changed)
    return changed
