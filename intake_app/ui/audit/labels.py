"""Readable, translated names for audit actions (the stored value is the stable code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.domain.audit import Action

from intake_app.ui.i18n import QT_TRANSLATE_NOOP

_CTX = "AuditLabels"

_LABELS: dict[str, str] = {
    Action.VAULT_CREATED: QT_TRANSLATE_NOOP("AuditLabels", "Vault created"),
    Action.UNLOCKED: QT_TRANSLATE_NOOP("AuditLabels", "Unlocked"),
    Action.UNLOCK_FAILED: QT_TRANSLATE_NOOP("AuditLabels", "Failed unlock attempts"),
    Action.LOCKED: QT_TRANSLATE_NOOP("AuditLabels", "Locked"),
    Action.RECOVERY_KEY_SET: QT_TRANSLATE_NOOP("AuditLabels", "Recovery key made"),
    Action.RECOVERY_KEY_USED: QT_TRANSLATE_NOOP("AuditLabels", "Recovery key used"),
    Action.PASSPHRASE_CHANGED: QT_TRANSLATE_NOOP("AuditLabels", "Passphrase changed"),
    Action.PASSPHRASE_RESET: QT_TRANSLATE_NOOP("AuditLabels", "First passphrase set again"),
    Action.USER_ADDED: QT_TRANSLATE_NOOP("AuditLabels", "Account added"),
    Action.USER_REMOVED: QT_TRANSLATE_NOOP("AuditLabels", "Account removed"),
    Action.USER_ROLE_CHANGED: QT_TRANSLATE_NOOP("AuditLabels", "Role changed"),
    Action.VAULT_REKEYED: QT_TRANSLATE_NOOP("AuditLabels", "Vault key changed"),
    Action.SETTINGS_CHANGED: QT_TRANSLATE_NOOP("AuditLabels", "Settings changed"),
    Action.CLIENT_CREATED: QT_TRANSLATE_NOOP("AuditLabels", "Client created"),
    Action.CLIENT_VIEWED: QT_TRANSLATE_NOOP("AuditLabels", "Client viewed"),
    Action.CLIENT_CHANGED: QT_TRANSLATE_NOOP("AuditLabels", "Client changed"),
    Action.CLIENT_ARCHIVED: QT_TRANSLATE_NOOP("AuditLabels", "Client archived"),
    Action.CLIENT_DELETED: QT_TRANSLATE_NOOP("AuditLabels", "Client deleted"),
    Action.CLIENTS_MERGED: QT_TRANSLATE_NOOP("AuditLabels", "Clients merged"),
    Action.MERGE_UNDONE: QT_TRANSLATE_NOOP("AuditLabels", "Merge undone"),
    Action.SENSITIVE_NOTE_REVEALED: QT_TRANSLATE_NOOP("AuditLabels", "Sensitive note shown"),
    Action.CLIENT_RECORD_EXPORTED: QT_TRANSLATE_NOOP("AuditLabels", "Client record exported"),
    Action.SERVICE_CREATED: QT_TRANSLATE_NOOP("AuditLabels", "Service created"),
    Action.SERVICE_CHANGED: QT_TRANSLATE_NOOP("AuditLabels", "Service changed"),
    Action.DIRECTORY_IMPORTED: QT_TRANSLATE_NOOP("AuditLabels", "Directory imported"),
    Action.DIRECTORY_EXPORTED: QT_TRANSLATE_NOOP("AuditLabels", "Directory exported"),
    Action.REFERRAL_CREATED: QT_TRANSLATE_NOOP("AuditLabels", "Referral created"),
    Action.REFERRAL_STATE_CHANGED: QT_TRANSLATE_NOOP("AuditLabels", "Referral updated"),
    Action.LETTER_PRINTED: QT_TRANSLATE_NOOP("AuditLabels", "Letter printed"),
    Action.LETTER_SAVED: QT_TRANSLATE_NOOP("AuditLabels", "Letter saved"),
    Action.LEAK_WARNING_CONFIRMED: QT_TRANSLATE_NOOP("AuditLabels", "Printed despite a warning"),
    Action.BACKUP_CREATED: QT_TRANSLATE_NOOP("AuditLabels", "Backup made"),
    Action.BACKUP_RESTORED: QT_TRANSLATE_NOOP("AuditLabels", "Backup restored"),
    Action.RETENTION_DELETED: QT_TRANSLATE_NOOP("AuditLabels", "Inactive clients deleted"),
    Action.AUDIT_EXPORTED: QT_TRANSLATE_NOOP("AuditLabels", "Audit trail exported"),
    Action.REPORT_EXPORTED: QT_TRANSLATE_NOOP("AuditLabels", "Report exported"),
    Action.CLIENTS_SEEDED: QT_TRANSLATE_NOOP("AuditLabels", "Fictional clients added"),
    Action.CLIENT_UNARCHIVED: QT_TRANSLATE_NOOP("AuditLabels", "Client taken out of archive"),
    Action.REFERRAL_UPDATED: QT_TRANSLATE_NOOP("AuditLabels", "Referral details changed"),
    Action.ORG_KEY_CREATED: QT_TRANSLATE_NOOP("AuditLabels", "Organization key created"),
    Action.ORG_KEY_REPLACED: QT_TRANSLATE_NOOP("AuditLabels", "Organization key replaced"),
    Action.ORG_CARD_EXPORTED: QT_TRANSLATE_NOOP("AuditLabels", "Organization card exported"),
    Action.PARTNER_CARD_IMPORTED: QT_TRANSLATE_NOOP("AuditLabels", "Agency card imported"),
    Action.PARTNER_TRUSTED: QT_TRANSLATE_NOOP("AuditLabels", "Agency trusted"),
    Action.PARTNER_REVOKED: QT_TRANSLATE_NOOP("AuditLabels", "Agency revoked"),
    Action.DIRECTORY_PUBLISHED: QT_TRANSLATE_NOOP("AuditLabels", "Signed directory published"),
    Action.DIRECTORY_PACKAGE_REFUSED: QT_TRANSLATE_NOOP("AuditLabels", "Directory file refused"),
    Action.TRANSFER_SENT: QT_TRANSLATE_NOOP("AuditLabels", "Transfer sent"),
    Action.TRANSFER_RECEIVED: QT_TRANSLATE_NOOP("AuditLabels", "Transfer received"),
    Action.TRANSFER_REFUSED: QT_TRANSLATE_NOOP("AuditLabels", "Transfer refused"),
    Action.CLIENT_TRANSFERRED: QT_TRANSLATE_NOOP("AuditLabels", "Client marked transferred"),
}


def action_label(action: str) -> str:
    """The translated name of `action`; an action added later shows its code."""
    text = _LABELS.get(action)
    return QCoreApplication.translate(_CTX, text) if text else action


def all_actions() -> list[str]:
    return [a.value for a in Action]
