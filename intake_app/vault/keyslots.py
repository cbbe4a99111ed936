"""Key slots: how each user (and the recovery key) reaches the random master key.

File format version 2. Every slot (one per user, one for the recovery key) owns an X25519
key pair:

* the **private key** is wrapped with AES-256-GCM under a key derived from the slot's
  passphrase (or the recovery key) by Argon2id; the Argon2id parameters are in the slot;
* the **public key** is stored in clear;
* the **master key** is *sealed* to that public key: an ephemeral X25519 key pair, the
  shared secret through HKDF-SHA256 (salt = ephemeral public ‖ slot public, info = the slot's
  associated data) to an AES-256-GCM key that encrypts the master key.

Why: re-keying the database (after removing a user) needs the new master key sealed to
every remaining slot *without* their passphrases. With this scheme a coordinator only
needs the public keys. A removed user's old slot copy opens only the old master key, which
no longer opens the re-keyed database.

A slot may hold more than one sealed master key (newest first) for the short moment of a
re-key: the new key is sealed to every slot and saved *before* `PRAGMA rekey`, the old one
is dropped after it. A crash in between leaves a file that opens whichever key the
database has. Unlocking tries the sealed keys in order.

Slots are found by a *name tag* — an HMAC of the normalised user name under a random
per-file salt — so the file beside the database never holds a name in plaintext. Every
AES-GCM operation binds the vault id, slot id and slot kind as associated data.
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
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.atomic import atomic_write_bytes

MASTER_KEY_BYTES = 32
FILE_VERSION = 2
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
class SealedKey:
    """A master key sealed to a slot's public key."""

    ephemeral_public: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class KeySlot:
    id: str
    kind: SlotKind
    tag: str  # HMAC of the normalised user name; "" for the recovery slot
    kdf: KdfParams
    nonce: bytes  # for the wrapped private key
    wrapped_private: bytes
    public: bytes
    sealed: tuple[SealedKey, ...]  # newest first


def normalise_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _raw_public(private: X25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(private: X25519PrivateKey) -> bytes:
    return private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _seal_key(shared: bytes, ephemeral_public: bytes, public: bytes, aad: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + public, info=aad
    ).derive(shared)


def seal(public: bytes, master_key: bytes | bytearray, aad: bytes) -> SealedKey:
    """Seal `master_key` so that only the holder of `public`'s private key can open it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    nonce = secrets.token_bytes(12)
    box = AESGCM(_seal_key(shared, ephemeral_public, public, aad))
    return SealedKey(ephemeral_public, nonce, box.encrypt(nonce, bytes(master_key), aad))


def open_sealed(private: X25519PrivateKey, public: bytes, sealed: SealedKey, aad: bytes) -> bytes:
    shared = private.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral_public))
    box = AESGCM(_seal_key(shared, sealed.ephemeral_public, public, aad))
    return box.decrypt(sealed.nonce, sealed.ciphertext, aad)


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

    def keeping(self, slot_ids: set[str]) -> KeySlotFile:
        """Only the slots whose ids are in `slot_ids` (the recovery slot is always kept)."""
        return replace(
            self,
            slots=tuple(s for s in self.slots if s.id in slot_ids or s.kind is SlotKind.RECOVERY),
        )

    # -- wrapping -------------------------------------------------------------------------

    def _aad(self, slot_id: str, kind: SlotKind, purpose: str = "private") -> bytes:
        return f"passerelle-slot/{self.vault_id}/{slot_id}/{kind.value}/{purpose}".encode()

    def make_slot(
        self,
        kind: SlotKind,
        secret: str,
        master_key: bytes | bytearray,
        policy: KdfPolicy,
        user_name: str = "",
        slot_id: str | None = None,
    ) -> KeySlot:
        """A new slot with a fresh key pair, its private key under `secret`."""
        slot_id = slot_id or secrets.token_hex(8)
        params = policy.new_params()
        nonce = secrets.token_bytes(12)
        private = X25519PrivateKey.generate()
        public = _raw_public(private)
        wrapped = AESGCM(derive_key(secret, params)).encrypt(
            nonce, _raw_private(private), self._aad(slot_id, kind)
        )
        sealed = seal(public, master_key, self._aad(slot_id, kind, "master"))
        tag = self.tag_for(user_name) if kind is SlotKind.USER else ""
        return KeySlot(slot_id, kind, tag, params, nonce, wrapped, public, (sealed,))

    def rewrapped(self, slot: KeySlot, current: str, new: str, policy: KdfPolicy) -> KeySlot:
        """`slot` with its private key under a new secret (the current one is needed)."""
        private = self._private_key(slot, current)
        params = policy.new_params()
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(derive_key(new, params)).encrypt(
            nonce, _raw_private(private), self._aad(slot.id, slot.kind)
        )
        return replace(slot, kdf=params, nonce=nonce, wrapped_private=wrapped)

    def resealed(self, master_key: bytes | bytearray, keep_old: bool) -> KeySlotFile:
        """Every slot with `master_key` sealed to it (first); older keys kept only if asked."""
        slots = []
        for s in self.slots:
            fresh = seal(s.public, master_key, self._aad(s.id, s.kind, "master"))
            slots.append(replace(s, sealed=(fresh, *s.sealed) if keep_old else (fresh,)))
        return replace(self, slots=tuple(slots))

    def only_newest_sealed(self) -> KeySlotFile:
        return replace(self, slots=tuple(replace(s, sealed=s.sealed[:1]) for s in self.slots))

    def _private_key(self, slot: KeySlot, secret: str) -> X25519PrivateKey:
        key = derive_key(secret, slot.kdf)
        try:
            raw = AESGCM(key).decrypt(
                slot.nonce, slot.wrapped_private, self._aad(slot.id, slot.kind)
            )
        except InvalidTag:
            raise KnownError(ErrorCode.WRONG_PASSPHRASE) from None
        return X25519PrivateKey.from_private_bytes(raw)

    def unwrap_all(self, slot: KeySlot, secret: str) -> list[bytearray]:
        """Every master key sealed to this slot, newest first; KnownError(WRONG_PASSPHRASE)."""
        private = self._private_key(slot, secret)
        found = []
        for sealed in slot.sealed:
            try:
                found.append(
                    bytearray(
                        open_sealed(
                            private, slot.public, sealed, self._aad(slot.id, slot.kind, "master")
                        )
                    )
                )
            except InvalidTag:
                continue
        if not found:
            raise KnownError(ErrorCode.KEYSLOTS_DAMAGED)
        return found

    def unwrap(self, slot: KeySlot, secret: str) -> bytearray:
        """The newest master key, or KnownError(WRONG_PASSPHRASE)."""
        keys = self.unwrap_all(slot, secret)
        for extra in keys[1:]:
            wipe(extra)
        return keys[0]

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
                    "wrapped_private": _b64(s.wrapped_private),
                    "public": _b64(s.public),
                    "sealed": [
                        {
                            "scheme": "x25519-hkdf-sha256-aes-256-gcm",
                            "ephemeral_public": _b64(k.ephemeral_public),
                            "nonce": _b64(k.nonce),
                            "ciphertext": _b64(k.ciphertext),
                        }
                        for k in s.sealed
                    ],
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
                    wrapped_private=_unb64(s["wrapped_private"]),
                    public=_unb64(s["public"]),
                    sealed=tuple(
                        SealedKey(
                            _unb64(k["ephemeral_public"]),
                            _unb64(k["nonce"]),
                            _unb64(k["ciphertext"]),
                        )
                        for k in s["sealed"]
                    ),
                )
                for s in doc["slots"]
            )
            for slot in slots:
                if len(slot.public) != 32 or not slot.sealed:
                    raise ValueError("slot")
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
