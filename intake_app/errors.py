"""The errors the world causes, as codes with safe parameters.

A `KnownError` is something a user can meet (wrong passphrase, damaged file, full disk…).
It carries an `ErrorCode` and parameters that are ids, counts, field names, file *base
names* chosen by the user, or row numbers — never a client's name or note — so it can be
logged and shown. The Qt-free layers cannot translate; `intake_app.ui.error_text` maps
codes to translated sentences and the CLI prints `cli_text()`. Anything that is not a
`KnownError` is a bug.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    # vault and keys
    WRONG_PASSPHRASE = "wrong-passphrase"
    EMPTY_PASSPHRASE = "empty-passphrase"
    WEAK_PASSPHRASE = "weak-passphrase"
    UNLOCK_THROTTLED = "unlock-throttled"
    NOT_A_VAULT = "not-a-vault"
    VAULT_MISSING = "vault-missing"
    VAULT_EXISTS = "vault-exists"
    FOLDER_NOT_EMPTY = "folder-not-empty"
    VAULT_TOO_NEW = "vault-too-new"
    VAULT_IN_USE = "vault-in-use"
    KEYSLOTS_MISSING = "keyslots-missing"
    KEYSLOTS_DAMAGED = "keyslots-damaged"
    VAULT_OUTDATED = "vault-outdated"
    VAULT_TAMPERED = "vault-tampered"
    NO_SLOT_OPENS = "no-slot-opens"
    WRONG_RECOVERY_KEY = "wrong-recovery-key"
    UNKNOWN_USER = "unknown-user"
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    IO_ERROR = "io-error"
    INTEGRITY_FAILED = "integrity-failed"
    VAULT_DAMAGED = "vault-damaged"
    KEYSLOT_VALUE_BAD = "keyslot-value-bad"
    KEYSLOTS_EMPTY = "keyslots-empty"
    KEYSLOTS_UNREADABLE = "keyslots-unreadable"
    FOLDER_NOT_WRITABLE = "folder-not-writable"
    # permissions and accounts
    NOT_ALLOWED = "not-allowed"
    LAST_COORDINATOR = "last-coordinator"
    DUPLICATE_USER = "duplicate-user"
    # records
    NOT_FOUND = "not-found"
    FILE_NOT_FOUND = "file-not-found"
    INVALID_INPUT = "invalid-input"
    # import / export
    IMPORT_MALFORMED = "import-malformed"
    IMPORT_CANCELLED = "import-cancelled"
    UNSAFE_ARCHIVE = "unsafe-archive"
    FILE_TOO_LARGE = "file-too-large"
    UNSAFE_PATH = "unsafe-path"
    IMPORT_TOO_BIG = "import-too-big"
    IMPORT_SOURCE_NEEDED = "import-source-needed"
    # backups
    BACKUP_INVALID = "backup-invalid"
    BACKUP_VERIFY_FAILED = "backup-verify-failed"
    CANCELLED = "cancelled"
    FOLDER_MISSING = "folder-missing"
    # letters
    LETTER_LEAK_WARNING = "letter-leak-warning"
    LETTER_NAME_NEEDED = "letter-name-needed"
    # referrals
    SERVICE_INACTIVE = "service-inactive"
    # working with other agencies
    CARD_INVALID = "card-invalid"
    ORG_KEY_MISSING = "org-key-missing"
    PACKAGE_UNSIGNED = "package-unsigned"
    PACKAGE_TAMPERED = "package-tampered"
    SENDER_UNTRUSTED = "sender-untrusted"
    PACKAGE_NOT_NEWER = "package-not-newer"
    TRANSFER_NOT_FOR_US = "transfer-not-for-us"
    TRANSFER_EXPIRED = "transfer-expired"
    TRANSFER_REPLAYED = "transfer-replayed"
    # a bug: logged by type and place only, shown as what it is
    UNEXPECTED = "unexpected"


# One plain English line per code for the command line and for logs. The GUI never shows
# these: it uses the translated text in intake_app.ui.error_text.
_CLI_TEXT: dict[ErrorCode, str] = {
    ErrorCode.WRONG_PASSPHRASE: "The user name or passphrase is not right.",
    ErrorCode.EMPTY_PASSPHRASE: "The passphrase is empty.",
    ErrorCode.WEAK_PASSPHRASE: "The passphrase is too weak: {reason}.",
    ErrorCode.UNLOCK_THROTTLED: "Too many failed attempts: wait {seconds} s and try again.",
    ErrorCode.NOT_A_VAULT: (
        "The vault database does not open with this key file: the database is damaged or "
        "not a Passerelle vault, or the key file is another vault's or from before the last "
        "re-key; both were left unchanged. Restore the latest backup."
    ),
    ErrorCode.VAULT_MISSING: "There is no vault in this data folder.",
    ErrorCode.VAULT_EXISTS: "A vault already exists in this data folder.",
    ErrorCode.FOLDER_NOT_EMPTY: (
        "This data folder already holds Passerelle files ({found}): nothing was created or "
        "overwritten. Restore a backup into it, or choose another folder."
    ),
    ErrorCode.VAULT_TOO_NEW: "This vault was written by a newer version of Passerelle.",
    ErrorCode.VAULT_IN_USE: "This vault is open in another window or program.",
    ErrorCode.KEYSLOTS_MISSING: "The key file beside the vault is missing; restore a backup.",
    ErrorCode.KEYSLOTS_DAMAGED: "The key file beside the vault is damaged; restore a backup.",
    ErrorCode.VAULT_OUTDATED: (
        "This vault was made by Passerelle 0.1 (key file format {version}), whose key file "
        "cannot prove who changed it; it was left unchanged. Create a new vault and restore "
        "nothing from the old one (it held demo data only)."
    ),
    ErrorCode.NO_SLOT_OPENS: (
        "The passphrase is not right for any key slot, or the slot it belongs to was "
        "altered (a KDF parameter, nonce or wrapped key): try another user's passphrase or "
        "the recovery key."
    ),
    ErrorCode.VAULT_TAMPERED: (
        "The vault failed its tamper check and was not opened; nothing was written: {detail}."
    ),
    ErrorCode.KEYSLOT_VALUE_BAD: (
        "The key file beside the vault is damaged: slot {slot} has an impossible {field}. It "
        "was not used and was left unchanged; restore a backup of the key file."
    ),
    ErrorCode.KEYSLOTS_EMPTY: (
        "The key file beside the vault holds no key slots, so nobody can open the vault with "
        "it. It was left unchanged; restore a backup."
    ),
    ErrorCode.KEYSLOTS_UNREADABLE: (
        "The key file beside the vault cannot be read: its permissions do not let this "
        "account read it. Nothing was changed; ask whoever looks after this computer to "
        "give the file back to this account (owner read and write)."
    ),
    ErrorCode.FOLDER_NOT_WRITABLE: (
        "The data folder cannot be used: it is read-only or its permissions do not let "
        "this account read and write it. Nothing was changed; fix its permissions or "
        "choose another folder."
    ),
    ErrorCode.WRONG_RECOVERY_KEY: "The recovery key is not right.",
    ErrorCode.UNKNOWN_USER: "There is no such user.",
    ErrorCode.DISK_FULL: "The disk is full: nothing was saved. Free some space and try again.",
    ErrorCode.READ_ONLY: "The destination cannot be written to.",
    ErrorCode.IO_ERROR: "The file could not be read or written.",
    ErrorCode.INTEGRITY_FAILED: "The integrity check failed: {detail}.",
    ErrorCode.VAULT_DAMAGED: (
        "The vault is damaged ({count} damaged page(s) or structure error(s)): it was not "
        "opened and nothing was written to it. Restore the newest backup."
    ),
    ErrorCode.NOT_ALLOWED: "Your role does not allow this.",
    ErrorCode.LAST_COORDINATOR: "The last coordinator cannot be removed or demoted.",
    ErrorCode.DUPLICATE_USER: "A user with that name already exists.",
    ErrorCode.NOT_FOUND: "The record was not found.",
    ErrorCode.FILE_NOT_FOUND: "There is no file or folder {file} there; nothing was read.",
    ErrorCode.INVALID_INPUT: "Invalid value for {field}: {reason}.",
    ErrorCode.IMPORT_MALFORMED: "{file}, {where}, field {field}: {reason}. Nothing was imported.",
    ErrorCode.IMPORT_CANCELLED: "The import was cancelled; nothing was imported.",
    ErrorCode.UNSAFE_ARCHIVE: "The archive {file} holds a path outside its folder; refused.",
    ErrorCode.FILE_TOO_LARGE: "The file {file} is too large (the limit is {limit_mb} MB).",
    ErrorCode.UNSAFE_PATH: "The folder {file} links to files outside itself; refused.",
    ErrorCode.IMPORT_TOO_BIG: "{file} holds more than {limit} {what}, the most one import"
    " takes; split it. Nothing was imported.",
    ErrorCode.IMPORT_SOURCE_NEEDED: "{file} does not say which source it comes from"
    " (its name is a template's): give one with --source.",
    ErrorCode.BACKUP_INVALID: "The backup cannot be used: {reason}.",
    ErrorCode.BACKUP_VERIFY_FAILED: "The backup could not be verified after writing.",
    ErrorCode.CANCELLED: "Cancelled.",
    ErrorCode.FOLDER_MISSING: "The chosen folder does not exist or cannot be reached.",
    ErrorCode.LETTER_LEAK_WARNING: (
        "{count} word(s) in the letter text may reveal a person's status: edit them or "
        "confirm before printing."
    ),
    ErrorCode.LETTER_NAME_NEEDED: (
        "{count} service name(s) may reveal a person's status: choose the name to print on "
        "the letter first."
    ),
    ErrorCode.SERVICE_INACTIVE: "A chosen service is no longer active; nothing was referred.",
    ErrorCode.CARD_INVALID: "{file} is not an organization card, or it was altered.",
    ErrorCode.ORG_KEY_MISSING: (
        "this vault has no organization key yet: a coordinator's unlock (with room on the "
        "disk) makes it; unlock once, then try again."
    ),
    ErrorCode.PACKAGE_UNSIGNED: (
        "{file} is not signed by any organization (a plain 211 or city export is not), and "
        "this vault refuses unsigned directories: ask the publisher for a signed package, "
        "or a coordinator can allow unsigned imports in the window (Settings > Other "
        "agencies); nothing was imported."
    ),
    ErrorCode.PACKAGE_TAMPERED: (
        "{file} was altered after it was signed, or is damaged ({detail}); nothing was imported."
    ),
    ErrorCode.SENDER_UNTRUSTED: (
        "{file} is signed by an organization this vault does not trust (key {key}): import "
        "its card and confirm its fingerprint first; nothing was imported."
    ),
    ErrorCode.PACKAGE_NOT_NEWER: (
        "{file} is version {version}, but version {have} from the same publisher is already "
        "imported; an older directory never replaces a newer one. Nothing was changed."
    ),
    ErrorCode.TRANSFER_NOT_FOR_US: (
        "{file} is not addressed to this organization, or it was altered; nothing was imported."
    ),
    ErrorCode.TRANSFER_EXPIRED: (
        "{file} expired on {date}; ask the sending agency for a new transfer. Nothing was imported."
    ),
    ErrorCode.TRANSFER_REPLAYED: (
        "{file} was already received on {date}; nothing was imported again."
    ),
    ErrorCode.UNEXPECTED: "An unexpected error (a bug) stopped this; it was logged.",
}


class KnownError(Exception):
    """An expected failure with a code and safe parameters (ids, counts, field names)."""

    def __init__(self, code: ErrorCode, **params: Any) -> None:
        super().__init__(code.value)
        self.code = code
        self.params = params

    def cli_text(self) -> str:
        template = _CLI_TEXT.get(self.code, self.code.value)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template

    def __repr__(self) -> str:
        return f"KnownError({self.code.value}, {self.params!r})"
