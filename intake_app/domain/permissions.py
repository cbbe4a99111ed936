"""What each role may do. Use cases call `require()`; the UI also hides what is refused,
but the refusal below the UI is what counts."""

from __future__ import annotations

from enum import StrEnum

from intake_app.domain.users import Role, User
from intake_app.errors import ErrorCode, KnownError


class Permission(StrEnum):
    USE_VAULT = "use-vault"  # any signed-in, active account: read settings, browse
    EDIT_DIRECTORY = "edit-directory"
    IMPORT_DIRECTORY = "import-directory"
    EXPORT_DIRECTORY = "export-directory"
    MANAGE_ACCOUNTS = "manage-accounts"
    CHANGE_SETTINGS = "change-settings"
    VIEW_REPORTS = "view-reports"  # every client's figures
    VIEW_OWN_REPORTS = "view-own-reports"  # the figures of one's own caseload
    EXPORT_REPORTS = "export-reports"
    VIEW_AUDIT = "view-audit"
    MANAGE_RETENTION = "manage-retention"
    BACKUP = "backup"
    RESTORE = "restore"
    WORK_WITH_CLIENTS = "work-with-clients"
    DELETE_CLIENTS = "delete-clients"
    REVEAL_SENSITIVE_NOTE = "reveal-sensitive-note"
    MAKE_REFERRALS = "make-referrals"
    PRINT_LETTERS = "print-letters"
    EXPORT_CLIENT_RECORD = "export-client-record"
    # Working with other agencies: organization cards, signed directory packages and
    # client transfers. Coordinators only: trust decides whose files this vault believes.
    MANAGE_PARTNERS = "manage-partners"
    PUBLISH_DIRECTORY = "publish-directory"
    TRANSFER_CLIENTS = "transfer-clients"


_CASEWORKER = frozenset(
    {
        Permission.USE_VAULT,
        Permission.WORK_WITH_CLIENTS,
        Permission.MAKE_REFERRALS,
        Permission.PRINT_LETTERS,
        Permission.VIEW_OWN_REPORTS,
        Permission.EXPORT_DIRECTORY,
        Permission.REVEAL_SENSITIVE_NOTE,
        Permission.BACKUP,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASEWORKER: _CASEWORKER,
    Role.COORDINATOR: frozenset(Permission),
}


def allowed(user: User, permission: Permission) -> bool:
    return user.active and permission in ROLE_PERMISSIONS[user.role]


def require(user: User, permission: Permission) -> None:
    """Raise KnownError(NOT_ALLOWED) unless `user`'s role grants `permission`."""
    if not allowed(user, permission):
        raise KnownError(ErrorCode.NOT_ALLOWED, permission=permission.value)
