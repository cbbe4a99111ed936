"""Audit events: who did what to which record, and when. Ids and counts only, never names."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Action(StrEnum):
    VAULT_CREATED = "vault-created"
    UNLOCKED = "unlocked"
    UNLOCK_FAILED = "unlock-failed"
    LOCKED = "locked"
    RECOVERY_KEY_USED = "recovery-key-used"
    RECOVERY_KEY_SET = "recovery-key-set"
    PASSPHRASE_CHANGED = "passphrase-changed"
    PASSPHRASE_RESET = "passphrase-reset"
    USER_ADDED = "user-added"
    USER_REMOVED = "user-removed"
    USER_ROLE_CHANGED = "user-role-changed"
    VAULT_REKEYED = "vault-rekeyed"
    SETTINGS_CHANGED = "settings-changed"
    CLIENT_CREATED = "client-created"
    CLIENT_VIEWED = "client-viewed"
    CLIENT_CHANGED = "client-changed"
    CLIENT_ARCHIVED = "client-archived"
    CLIENT_DELETED = "client-deleted"
    CLIENTS_MERGED = "clients-merged"
    MERGE_UNDONE = "merge-undone"
    SENSITIVE_NOTE_REVEALED = "sensitive-note-revealed"
    CLIENT_RECORD_EXPORTED = "client-record-exported"
    SERVICE_CREATED = "service-created"
    SERVICE_CHANGED = "service-changed"
    DIRECTORY_IMPORTED = "directory-imported"
    DIRECTORY_EXPORTED = "directory-exported"
    REFERRAL_CREATED = "referral-created"
    REFERRAL_STATE_CHANGED = "referral-state-changed"
    LETTER_PRINTED = "letter-printed"
    LETTER_SAVED = "letter-saved"
    LEAK_WARNING_CONFIRMED = "leak-warning-confirmed"
    BACKUP_CREATED = "backup-created"
    BACKUP_RESTORED = "backup-restored"
    RETENTION_DELETED = "retention-deleted"
    AUDIT_EXPORTED = "audit-exported"
    REPORT_EXPORTED = "report-exported"
    CLIENTS_SEEDED = "clients-seeded"
    CLIENT_UNARCHIVED = "client-unarchived"
    REFERRAL_UPDATED = "referral-updated"
    ORG_KEY_CREATED = "org-key-created"
    ORG_KEY_REPLACED = "org-key-replaced"
    ORG_CARD_EXPORTED = "org-card-exported"
    PARTNER_CARD_IMPORTED = "partner-card-imported"
    PARTNER_TRUSTED = "partner-trusted"
    PARTNER_REVOKED = "partner-revoked"
    DIRECTORY_PUBLISHED = "directory-published"
    DIRECTORY_PACKAGE_REFUSED = "directory-package-refused"
    TRANSFER_SENT = "transfer-sent"
    TRANSFER_RECEIVED = "transfer-received"
    TRANSFER_REFUSED = "transfer-refused"
    CLIENT_TRANSFERRED = "client-transferred"


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: datetime
    user_id: int | None
    action: str
    record_type: str = ""
    record_id: str = ""
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ChainReport:
    """The result of walking the audit chain: intact, or the first event where it breaks."""

    events: int
    broken_at: int | None = None  # id of the first event that does not fit

    @property
    def intact(self) -> bool:
        return self.broken_at is None
