"""The backup file: one uncompressed zip holding `manifest.json`, `keyslots.json`, `vault.db`.

`vault.db` is an SQLCipher copy made with `sqlcipher_export` under the vault's master key,
and `keyslots.json` the key slots, so any user's passphrase or the recovery key opens the
backup on any machine. Nothing in the file is readable without a key except the manifest,
which holds only the format version, the date it was made and the hashes of the other two
members. The manifest is authenticated with an HMAC under a key derived from the master
key, so a changed date or a swapped member shows once the backup is unlocked; a truncated
or damaged file shows before (zip CRCs, SHA-256 of each member).

The file name holds only the date and time: `passerelle-2026-03-11-103000.pbk`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import zipfile
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.keyslots import HighWater
from intake_app.vault.signing import Signer

FORMAT = "passerelle-backup"
FORMAT_VERSION = 2
SUFFIX = ".pbk"
MEMBER_MANIFEST = "manifest.json"
MEMBER_KEYSLOTS = "keyslots.json"
MEMBER_DB = "vault.db"
_NAME = re.compile(r"^passerelle-(\d{4}-\d{2}-\d{2}-\d{6})(?:-(\d+))?\.pbk$")


class Reason:
    """Why a backup is refused (the `reason` parameter of BACKUP_INVALID)."""

    NOT_A_BACKUP = "not-a-backup"
    TRUNCATED = "truncated"
    DAMAGED = "damaged"
    TAMPERED = "tampered"
    TOO_NEW = "too-new"
    OUTDATED = "outdated"  # made by Passerelle 0.1, which did not sign its backups


def invalid(reason: str) -> KnownError:
    return KnownError(ErrorCode.BACKUP_INVALID, reason=reason)


@dataclass(frozen=True)
class Manifest:
    """What a backup says about itself. Besides the HMAC (master key), it is signed with
    the Ed25519 key of the slot that made it, and carries the audit high-water mark, so a
    vault older than its newest backup shows (see `vault.trust.backup_marks`)."""

    created_at: datetime
    vault_id: str
    db_sha256: str
    keyslots_sha256: str
    high_water: HighWater = field(default_factory=HighWater)
    signer_slot: str = ""
    signature: str = ""
    mac: str = ""

    def body(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "vault_id": self.vault_id,
            "db_sha256": self.db_sha256,
            "keyslots_sha256": self.keyslots_sha256,
            "high_water": {"events": self.high_water.events, "head": self.high_water.head},
            "signer_slot": self.signer_slot,
        }

    def canonical(self) -> bytes:
        return json.dumps(self.body(), sort_keys=True, separators=(",", ":")).encode("ascii")

    def signed_text(self) -> str:
        return self.canonical().decode("ascii")

    def to_bytes(self) -> bytes:
        return json.dumps(
            {**self.body(), "signature": self.signature, "mac": self.mac}, indent=1
        ).encode("ascii")

    @staticmethod
    def from_bytes(data: bytes) -> Manifest:
        try:
            doc = json.loads(data.decode("ascii"))
            if doc.get("format") != FORMAT:
                raise invalid(Reason.NOT_A_BACKUP)
            if int(doc.get("version", 0)) > FORMAT_VERSION:
                raise invalid(Reason.TOO_NEW)
            if int(doc.get("version", 0)) < FORMAT_VERSION:
                raise invalid(Reason.OUTDATED)
            mark = doc["high_water"]
            return Manifest(
                datetime.fromisoformat(str(doc["created_at"])),
                str(doc["vault_id"]),
                str(doc["db_sha256"]),
                str(doc["keyslots_sha256"]),
                HighWater(int(mark["events"]), str(mark["head"])),
                str(doc["signer_slot"]),
                str(doc["signature"]),
                str(doc["mac"]),
            )
        except KnownError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise invalid(Reason.DAMAGED) from None


def mac_key(master_key: bytes | bytearray, vault_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=f"passerelle-backup-manifest/{vault_id}".encode(),
    ).derive(bytes(master_key))


def sign(
    manifest: Manifest, master_key: bytes | bytearray, signer: Signer | None = None
) -> Manifest:
    """The manifest with its HMAC and (when `signer` is given) its signature."""
    if signer is not None:
        manifest = replace(manifest, signer_slot=signer.slot_id, signature="", mac="")
        manifest = replace(manifest, signature=signer.sign("backup", manifest.signed_text()))
    digest = hmac.new(mac_key(master_key, manifest.vault_id), manifest.canonical(), "sha256")
    return replace(manifest, mac=digest.hexdigest())


def check_signature(manifest: Manifest, master_key: bytes | bytearray) -> None:
    expected = sign(manifest, master_key).mac
    if not hmac.compare_digest(expected, manifest.mac):
        raise invalid(Reason.TAMPERED)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_name(at: datetime, n: int = 0) -> str:
    stamp = at.strftime("%Y-%m-%d-%H%M%S")
    return f"passerelle-{stamp}{f'-{n}' if n else ''}{SUFFIX}"


def is_backup_name(name: str) -> bool:
    return _NAME.match(name) is not None


def list_backups(folder: Path) -> list[Path]:
    """Backups in `folder` (by their name), newest first."""
    try:
        entries = [p for p in Path(folder).iterdir() if p.is_file() and is_backup_name(p.name)]
    except OSError:
        return []

    def key(p: Path) -> tuple[str, int]:
        m = _NAME.match(p.name)
        assert m is not None
        return (m.group(1), int(m.group(2) or 0))

    return sorted(entries, key=key, reverse=True)


def read_members(path: Path, into: Path) -> Manifest:
    """Check the archive's shape and hashes and extract its members into `into`.

    Raises BACKUP_INVALID with a reason; never extracts anything but the three members.
    """
    try:
        size = Path(path).stat().st_size
    except FileNotFoundError:
        raise KnownError(ErrorCode.NOT_FOUND, record="backup") from None
    except OSError:
        raise KnownError(ErrorCode.IO_ERROR) from None
    if size == 0:
        raise invalid(Reason.TRUNCATED)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if names != {MEMBER_MANIFEST, MEMBER_KEYSLOTS, MEMBER_DB}:
                raise invalid(Reason.NOT_A_BACKUP)
            manifest = Manifest.from_bytes(archive.read(MEMBER_MANIFEST))
            for member in (MEMBER_KEYSLOTS, MEMBER_DB):
                fd = os.open(into / member, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with archive.open(member) as src, os.fdopen(fd, "wb") as dst:
                    for block in iter(lambda: src.read(1 << 20), b""):
                        dst.write(block)
    except zipfile.BadZipFile as exc:
        with open(path, "rb") as fh:
            starts_like_zip = fh.read(4) == b"PK\x03\x04"
        if not starts_like_zip:
            raise invalid(Reason.NOT_A_BACKUP) from None
        reason = Reason.DAMAGED if "crc" in str(exc).lower() else Reason.TRUNCATED
        raise invalid(reason) from None
    except (EOFError, zipfile.LargeZipFile, NotImplementedError):
        raise invalid(Reason.TRUNCATED) from None
    if sha256_file(into / MEMBER_DB) != manifest.db_sha256:
        raise invalid(Reason.TAMPERED)
    if sha256_file(into / MEMBER_KEYSLOTS) != manifest.keyslots_sha256:
        raise invalid(Reason.TAMPERED)
    return manifest
