"""Reading the directory for browsing (every signed-in account may browse)."""

from __future__ import annotations

from intake_app.domain.permissions import Permission, require
from intake_app.domain.services import Organization
from intake_app.vault import directory_repo
from intake_app.vault.session import VaultSession


def directory_version(session: VaultSession) -> int:
    """Changes whenever a service or organization is written (views compare it)."""
    require(session.user, Permission.USE_VAULT)
    return directory_repo.directory_version(session.conn)


def list_organizations(session: VaultSession) -> list[Organization]:
    require(session.user, Permission.USE_VAULT)
    return directory_repo.load_organizations(session.conn)
