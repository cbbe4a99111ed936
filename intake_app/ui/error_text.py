"""Every KnownError code as a translated sentence. The only place the UI words an error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.errors import ErrorCode, KnownError

from intake_app.ui.i18n import QT_TRANSLATE_NOOP

_CTX = "error_text"

_TEXT: dict[ErrorCode, str] = {
    ErrorCode.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "error_text", "That user name or passphrase is not right. Check them and try again."
    ),
    ErrorCode.EMPTY_PASSPHRASE: QT_TRANSLATE_NOOP("error_text", "Type your passphrase."),
    ErrorCode.WEAK_PASSPHRASE: QT_TRANSLATE_NOOP(
        "error_text", "This passphrase is too weak: {reason}"
    ),
    ErrorCode.UNLOCK_THROTTLED: QT_TRANSLATE_NOOP(
        "error_text", "Too many failed attempts. Wait {seconds} seconds, then try again."
    ),
    ErrorCode.NOT_A_VAULT: QT_TRANSLATE_NOOP(
        "error_text",
        "The vault file is damaged or is not a Passerelle vault. It has not been changed. "
        "Restore your latest backup, or ask your coordinator.",
    ),
    ErrorCode.VAULT_MISSING: QT_TRANSLATE_NOOP("error_text", "There is no vault in this folder."),
    ErrorCode.VAULT_EXISTS: QT_TRANSLATE_NOOP(
        "error_text", "A vault already exists in this folder."
    ),
    ErrorCode.VAULT_TOO_NEW: QT_TRANSLATE_NOOP(
        "error_text",
        "This vault was saved by a newer version of Passerelle. Update Passerelle to open it.",
    ),
    ErrorCode.VAULT_IN_USE: QT_TRANSLATE_NOOP(
        "error_text",
        "This vault is already open in another Passerelle window. Use that window, or close "
        "it first.",
    ),
    ErrorCode.KEYSLOTS_MISSING: QT_TRANSLATE_NOOP(
        "error_text",
        "The key file next to the vault is missing, so the vault cannot be opened. "
        "Restore your latest backup.",
    ),
    ErrorCode.KEYSLOTS_DAMAGED: QT_TRANSLATE_NOOP(
        "error_text",
        "The key file next to the vault is damaged, so the vault cannot be opened. "
        "Restore your latest backup.",
    ),
    ErrorCode.VAULT_OUTDATED: QT_TRANSLATE_NOOP(
        "error_text",
        "This vault was made by Passerelle 0.1, whose key file cannot prove who changed it. "
        "It was left unchanged. Create a new vault.",
    ),
    ErrorCode.VAULT_TAMPERED: QT_TRANSLATE_NOOP(
        "error_text",
        "The vault failed its tamper check, so it was not opened and nothing was written. "
        "Ask a coordinator to run the vault check and restore a trusted backup.",
    ),
    ErrorCode.FOLDER_NOT_EMPTY: QT_TRANSLATE_NOOP(
        "error_text",
        "This folder already holds Passerelle files ({found}), so no new vault was made and "
        "nothing was overwritten. Restore a backup, or choose another folder.",
    ),
    ErrorCode.VAULT_DAMAGED: QT_TRANSLATE_NOOP(
        "error_text",
        "The vault is damaged ({count} damaged part(s)), so it was not opened and nothing "
        "was written to it. Restore the newest backup.",
    ),
    ErrorCode.KEYSLOT_VALUE_BAD: QT_TRANSLATE_NOOP(
        "error_text",
        "The key file next to the vault is damaged: slot {slot} has an impossible {field}. "
        "It was not used. Restore your latest backup.",
    ),
    ErrorCode.KEYSLOTS_EMPTY: QT_TRANSLATE_NOOP(
        "error_text",
        "The key file next to the vault holds no key slots, so nobody can open the vault "
        "with it. Restore your latest backup.",
    ),
    ErrorCode.KEYSLOTS_UNREADABLE: QT_TRANSLATE_NOOP(
        "error_text",
        "The key file next to the vault cannot be read: its permissions do not allow it. "
        "Nothing was changed. Ask whoever looks after this computer to fix them.",
    ),
    ErrorCode.FOLDER_NOT_WRITABLE: QT_TRANSLATE_NOOP(
        "error_text",
        "The data folder is read-only or its permissions do not allow this account to use "
        "it. Nothing was changed. Fix its permissions, or choose another folder.",
    ),
    ErrorCode.WRONG_RECOVERY_KEY: QT_TRANSLATE_NOOP(
        "error_text", "That recovery key is not right. Check each group of characters."
    ),
    ErrorCode.UNKNOWN_USER: QT_TRANSLATE_NOOP("error_text", "There is no user with that name."),
    ErrorCode.DISK_FULL: QT_TRANSLATE_NOOP(
        "error_text", "The disk is full, so nothing was saved. Free some space and try again."
    ),
    ErrorCode.READ_ONLY: QT_TRANSLATE_NOOP(
        "error_text", "That place cannot be written to. Choose another folder or drive."
    ),
    ErrorCode.FILE_NOT_FOUND: QT_TRANSLATE_NOOP(
        "error_text", "{file} is not there any more (moved, renamed or on a drive not plugged in)."
    ),
    ErrorCode.IO_ERROR: QT_TRANSLATE_NOOP(
        "error_text", "Something went wrong while reading or writing a file. Nothing was lost."
    ),
    ErrorCode.CARD_INVALID: QT_TRANSLATE_NOOP(
        "error_text", "{file} is not an organization card, or it was altered. It was not imported."
    ),
    ErrorCode.ORG_KEY_MISSING: QT_TRANSLATE_NOOP(
        "error_text",
        "This vault has no organization key yet. It is made when a coordinator unlocks "
        "Passerelle with room on the disk: lock, unlock again, then try again.",
    ),
    ErrorCode.PACKAGE_UNSIGNED: QT_TRANSLATE_NOOP(
        "error_text",
        "{file} is not signed by any organization (plain exports from 211 or the city are "
        "not), and this vault accepts only signed directories. Ask the publisher for a "
        "signed package, or a coordinator can allow unsigned imports in Settings, Other "
        "agencies: the services are then marked “unsigned source”. Nothing was imported.",
    ),
    ErrorCode.PACKAGE_TAMPERED: QT_TRANSLATE_NOOP(
        "error_text",
        "{file} was changed after it was signed, or it is damaged. Nothing was imported. "
        "Ask the sender for a new copy.",
    ),
    ErrorCode.SENDER_UNTRUSTED: QT_TRANSLATE_NOOP(
        "error_text",
        "This file is signed by an organization this vault does not trust yet. Import its "
        "card and confirm its fingerprint by phone first (Settings, Other agencies). "
        "Nothing was imported.",
    ),
    ErrorCode.PACKAGE_NOT_NEWER: QT_TRANSLATE_NOOP(
        "error_text",
        "{file} is version {version}, but version {have} from the same organization is "
        "already here. An older directory never replaces a newer one; nothing was changed.",
    ),
    ErrorCode.TRANSFER_NOT_FOR_US: QT_TRANSLATE_NOOP(
        "error_text",
        "{file} is not addressed to this organization, or it was changed on the way. "
        "Nothing was imported.",
    ),
    ErrorCode.TRANSFER_EXPIRED: QT_TRANSLATE_NOOP(
        "error_text",
        "{file} expired on {date}. Ask the sending agency for a new transfer. Nothing was "
        "imported.",
    ),
    ErrorCode.TRANSFER_REPLAYED: QT_TRANSLATE_NOOP(
        "error_text", "{file} was already received on {date}. Nothing was imported again."
    ),
    ErrorCode.UNEXPECTED: QT_TRANSLATE_NOOP(
        "error_text",
        "An unexpected error stopped this. It is a bug in Passerelle and was noted in the log, "
        "without any client data. Nothing else was changed.",
    ),
    ErrorCode.INTEGRITY_FAILED: QT_TRANSLATE_NOOP(
        "error_text", "The integrity check found a problem: {detail}"
    ),
    ErrorCode.NOT_ALLOWED: QT_TRANSLATE_NOOP("error_text", "Your role does not allow this."),
    ErrorCode.LAST_COORDINATOR: QT_TRANSLATE_NOOP(
        "error_text", "The last coordinator cannot be removed or made a caseworker."
    ),
    ErrorCode.DUPLICATE_USER: QT_TRANSLATE_NOOP(
        "error_text", "A user with that name already exists."
    ),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("error_text", "That record no longer exists."),
    ErrorCode.INVALID_INPUT: QT_TRANSLATE_NOOP("error_text", "Check {field}: {reason}"),
    ErrorCode.IMPORT_MALFORMED: QT_TRANSLATE_NOOP(
        "error_text", "{file}, {where}, field “{field}”: {reason}. Nothing was imported."
    ),
    ErrorCode.IMPORT_CANCELLED: QT_TRANSLATE_NOOP(
        "error_text", "The import was cancelled. Nothing was imported."
    ),
    ErrorCode.UNSAFE_ARCHIVE: QT_TRANSLATE_NOOP(
        "error_text", "The archive {file} tries to write outside its folder. It was refused."
    ),
    ErrorCode.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "error_text", "The file {file} is too large: the limit is {limit_mb} MB."
    ),
    ErrorCode.UNSAFE_PATH: QT_TRANSLATE_NOOP(
        "error_text", "The folder {file} links to files outside itself. It was refused."
    ),
    ErrorCode.IMPORT_TOO_BIG: QT_TRANSLATE_NOOP(
        "error_text",
        "{file} holds more than {limit} records, the most one import takes. Split the file. "
        "Nothing was imported.",
    ),
    ErrorCode.IMPORT_SOURCE_NEEDED: QT_TRANSLATE_NOOP(
        "error_text", "{file} does not say which source it comes from. Name the source."
    ),
    ErrorCode.BACKUP_INVALID: QT_TRANSLATE_NOOP(
        "error_text", "This backup cannot be used: {reason}"
    ),
    ErrorCode.BACKUP_VERIFY_FAILED: QT_TRANSLATE_NOOP(
        "error_text", "The backup was written but could not be verified. Try another drive."
    ),
    ErrorCode.CANCELLED: QT_TRANSLATE_NOOP("error_text", "Cancelled."),
    ErrorCode.FOLDER_MISSING: QT_TRANSLATE_NOOP(
        "error_text",
        "The chosen folder does not exist or cannot be reached. Is the drive plugged in?",
    ),
    ErrorCode.LETTER_LEAK_WARNING: QT_TRANSLATE_NOOP(
        "error_text",
        "Some words in the letter may reveal something about the person's status ({count} "
        "found). Change them, or confirm that they may be printed.",
    ),
    ErrorCode.LETTER_NAME_NEEDED: QT_TRANSLATE_NOOP(
        "error_text",
        "The name of a service may reveal something about the person's status ({count} "
        "letter(s)). Choose the name to print on the letter first.",
    ),
    ErrorCode.SERVICE_INACTIVE: QT_TRANSLATE_NOOP(
        "error_text",
        "One of the chosen services is no longer active in the directory, so no referral was "
        "made. Untick it and try again.",
    ),
}

_WEAKNESS: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("error_text", "it is empty."),
    "too-short": QT_TRANSLATE_NOOP("error_text", "use at least 12 characters, e.g. a few words."),
    "contains-name": QT_TRANSLATE_NOOP(
        "error_text", "it is built from your name or the organization's name."
    ),
    "easy-to-guess": QT_TRANSLATE_NOOP(
        "error_text", "it is too easy to guess. Try four unrelated words."
    ),
}


_BACKUP_REASON: dict[str, str] = {
    "not-a-backup": QT_TRANSLATE_NOOP("error_text", "it is not a Passerelle backup."),
    "truncated": QT_TRANSLATE_NOOP(
        "error_text", "the file is incomplete (cut short while copying?)."
    ),
    "damaged": QT_TRANSLATE_NOOP("error_text", "the file is damaged."),
    "tampered": QT_TRANSLATE_NOOP(
        "error_text", "its contents were changed after it was made, so it is not trusted."
    ),
    "too-new": QT_TRANSLATE_NOOP("error_text", "it was made by a newer version of Passerelle."),
    "outdated": QT_TRANSLATE_NOOP(
        "error_text", "it was made by Passerelle 0.1, which did not sign its backups."
    ),
}


def weakness_text(code: str) -> str:
    return QCoreApplication.translate(_CTX, _WEAKNESS.get(code, code))


def error_text(exc: KnownError) -> str:
    """The translated sentence for `exc`, with its safe parameters filled in."""
    template = QCoreApplication.translate(_CTX, _TEXT.get(exc.code, exc.code.value))
    params = dict(exc.params)
    if exc.code is ErrorCode.WEAK_PASSPHRASE and "reason" in params:
        params["reason"] = weakness_text(str(params["reason"]))
    if exc.code is ErrorCode.BACKUP_INVALID and "reason" in params:
        reason = str(params["reason"])
        params["reason"] = QCoreApplication.translate(_CTX, _BACKUP_REASON.get(reason, reason))
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template
