"""Key slots: the random master key, wrapped once per user and once for the recovery key.

Each slot holds the master key encrypted with AES-256-GCM under a key derived from a
passphrase (or the recovery key) by Argon2id, with the Argon2id parameters stored in the
slot. Slots are found by a *name tag* — an HMAC of the normalised user name under a
random per-file salt — so the file beside the database never holds a name in plaintext.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass, replace
from enum import StrEnum
from hashlib import sha256
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.atomic import atomic_write_bytes

MASTER_KEY_BYTES = 32
FILE_VERSION = 1
MIN_MEMORY_KIB = 64 * 1024
TARGET_SECONDS = 0.5


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    def with_new_salt(self) -> KdfParams:
        return replace(self, salt=secrets.token_bytes(16))


@dataclass(frozen=True)
class KdfPolicy:
    """How to choose Argon2id parameters for a new slot.

    `calibrate=True` measures this machine and picks the time cost that takes about
    `TARGET_SECONDS` at `memory_kib`. Tests pass a fixed, fast policy.
    """

    memory_kib: int = MIN_MEMORY_KIB
    parallelism: int = 2
    time_cost: int = 3
    calibrate: bool = True
    target_seconds: float = TARGET_SECONDS

    def new_params(self) -> KdfParams:
        time_cost = self.time_cost
        if self.calibrate:
            time_cost = calibrated_time_cost(self.memory_kib, self.parallelism, self.target_seconds)
        return KdfParams(time_cost, self.memory_kib, self.parallelism, secrets.token_bytes(16))


_calibration_cache: dict[tuple[int, int, float], int] = {}


def calibrated_time_cost(memory_kib: int, parallelism: int, target_seconds: float) -> int:
    """The Argon2id time cost that takes about `target_seconds` here (at least 2)."""
    key = (memory_kib, parallelism, target_seconds)
    if key not in _calibration_cache:
        # The first run pays for faulting in the memory; time passes after a warm-up.
        derive_key("warm-up", KdfParams(1, memory_kib, parallelism, b"\0" * 16))
        probe_passes = 3
        start = time.perf_counter()
        derive_key("calibration", KdfParams(probe_passes, memory_kib, parallelism, b"\0" * 16))
        per_pass = max((time.perf_counter() - start) / probe_passes, 1e-4)
        _calibration_cache[key] = max(2, min(64, round(target_seconds / per_pass)))
    return _calibration_cache[key]


def derive_key(secret: str, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


class SlotKind(StrEnum):
    USER = "user"
    RECOVERY = "recovery"


@dataclass(frozen=True)
class KeySlot:
    id: str
    kind: SlotKind
    tag: str  # HMAC of the normalised user name; "" for the recovery slot
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes


def normalise_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeySlotFile:
    vault_id: str
    tag_salt: bytes
    slots: tuple[KeySlot, ...]

    @staticmethod
    def new(vault_id: str) -> KeySlotFile:
        return KeySlotFile(vault_id, secrets.token_bytes(16), ())

    def tag_for(self, user_name: str) -> str:
        return hmac.new(self.tag_salt, normalise_name(user_name).encode(), sha256).hexdigest()[:32]

    def user_slot(self, user_name: str) -> KeySlot | None:
        tag = self.tag_for(user_name)
        return next(
            (s for s in self.slots if s.kind is SlotKind.USER and hmac.compare_digest(s.tag, tag)),
            None,
        )

    def recovery_slot(self) -> KeySlot | None:
        return next((s for s in self.slots if s.kind is SlotKind.RECOVERY), None)

    def slot(self, slot_id: str) -> KeySlot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def with_slot(self, slot: KeySlot) -> KeySlotFile:
        """This file with `slot` added, replacing any slot with the same id."""
        kept = tuple(s for s in self.slots if s.id != slot.id)
        return replace(self, slots=(*kept, slot))

    def without_slot(self, slot_id: str) -> KeySlotFile:
        return replace(self, slots=tuple(s for s in self.slots if s.id != slot_id))

    # -- wrapping -------------------------------------------------------------------------

    def _aad(self, slot_id: str, kind: SlotKind) -> bytes:
        return f"passerelle-slot/{self.vault_id}/{slot_id}/{kind.value}".encode()

    def make_slot(
        self,
        kind: SlotKind,
        secret: str,
        master_key: bytes,
        policy: KdfPolicy,
        user_name: str = "",
        slot_id: str | None = None,
    ) -> KeySlot:
        slot_id = slot_id or secrets.token_hex(8)
        params = policy.new_params()
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(derive_key(secret, params)).encrypt(
            nonce, bytes(master_key), self._aad(slot_id, kind)
        )
        tag = self.tag_for(user_name) if kind is SlotKind.USER else ""
        return KeySlot(slot_id, kind, tag, params, nonce, wrapped)

    def unwrap(self, slot: KeySlot, secret: str) -> bytearray:
        """The master key, or KnownError(WRONG_PASSPHRASE)."""
        key = derive_key(secret, slot.kdf)
        try:
            master = AESGCM(key).decrypt(slot.nonce, slot.wrapped, self._aad(slot.id, slot.kind))
        except InvalidTag:
            raise KnownError(ErrorCode.WRONG_PASSPHRASE) from None
        return bytearray(master)

    # -- file -----------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        doc = {
            "format": "passerelle-keyslots",
            "version": FILE_VERSION,
            "vault_id": self.vault_id,
            "tag_salt": _b64(self.tag_salt),
            "slots": [
                {
                    "id": s.id,
                    "kind": s.kind.value,
                    "tag": s.tag,
                    "kdf": {
                        "algorithm": "argon2id",
                        "time_cost": s.kdf.time_cost,
                        "memory_kib": s.kdf.memory_kib,
                        "parallelism": s.kdf.parallelism,
                        "salt": _b64(s.kdf.salt),
                    },
                    "cipher": "aes-256-gcm",
                    "nonce": _b64(s.nonce),
                    "wrapped": _b64(s.wrapped),
                }
                for s in self.slots
            ],
        }
        return json.dumps(doc, indent=1).encode("utf-8")

    @staticmethod
    def from_bytes(data: bytes) -> KeySlotFile:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") != "passerelle-keyslots" or doc.get("version") != FILE_VERSION:
                raise ValueError("format")
            slots = tuple(
                KeySlot(
                    id=str(s["id"]),
                    kind=SlotKind(s["kind"]),
                    tag=str(s["tag"]),
                    kdf=KdfParams(
                        int(s["kdf"]["time_cost"]),
                        int(s["kdf"]["memory_kib"]),
                        int(s["kdf"]["parallelism"]),
                        _unb64(s["kdf"]["salt"]),
                    ),
                    nonce=_unb64(s["nonce"]),
                    wrapped=_unb64(s["wrapped"]),
                )
                for s in doc["slots"]
            )
            return KeySlotFile(str(doc["vault_id"]), _unb64(doc["tag_salt"]), slots)
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise KnownError(ErrorCode.KEYSLOTS_DAMAGED) from None

    @staticmethod
    def load(path: Path) -> KeySlotFile:
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise KnownError(ErrorCode.KEYSLOTS_MISSING) from None
        except OSError:
            raise KnownError(ErrorCode.KEYSLOTS_DAMAGED) from None
        return KeySlotFile.from_bytes(data)

    def save(self, path: Path) -> None:
        atomic_write_bytes(Path(path), self.to_bytes())


def new_master_key() -> bytearray:
    return bytearray(os.urandom(MASTER_KEY_BYTES))


def wipe(buffer: bytearray) -> None:
    """Overwrite a key in place. (Python copies bytes elsewhere; this is best effort.)"""
    for i in range(len(buffer)):
        buffer[i] = 0
