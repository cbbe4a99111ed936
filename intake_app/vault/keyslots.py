"""Key slots: how each user (and the recovery key) reaches the random master key.

File format version 3. Every slot (one per user, one for the recovery key) owns two key
pairs, X25519 (to receive the master key) and Ed25519 (to sign roster changes and audit
events):

* both **private keys** are wrapped together with AES-256-GCM under a key derived from the
  slot's passphrase (or the recovery key) by Argon2id; the parameters are in the slot;
* both **public keys** are stored in clear, and — what decides — also in the signed roster
  inside the encrypted database (`vault.roster`);
* the **master key** is *sealed* to the X25519 public key with HPKE (RFC 9180, base mode,
  DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM) as implemented by `cryptography`;
  the HPKE `info` binds the vault id, slot id and kind.

The whole file except its MACs (every slot, the name-tag salt and the audit high-water
mark) is authenticated with HMAC-SHA256 under a key derived from the master key by HKDF
with its own label. During a re-key the file carries a MAC under the old and the new key
and each slot two sealed keys (newest first), so a crash at any point opens.

Why the roster as well as the MAC: every user can unwrap the master key, so anyone on
staff could recompute the MAC. The MAC stops an outsider (a planted slot, one flipped
bit); the roster's coordinator signatures stop an insider (see `vault.trust`).

Slots are found by a *name tag* — an HMAC of the normalised user name under a random
per-file salt — so the file beside the database never holds a name in plaintext. The name
only chooses which slot to try; who signs in is the user the roster gives that slot to.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import re
import secrets
import time
from dataclasses import dataclass, field, replace
from enum import StrEnum
from hashlib import sha256
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from intake_app.domain.folding import name_key
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.atomic import atomic_write_bytes

MASTER_KEY_BYTES = 32
FILE_VERSION = 3
MIN_MEMORY_KIB = 64 * 1024
TARGET_SECONDS = 0.5
SEAL_SCHEME = "hpke-base-x25519-sha256-aes256gcm"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
# Argon2id parameters outside these bounds are refused as damage, not tried: a planted
# slot must not make unlocking take hours or gigabytes.
_KDF_BOUNDS = {
    "time_cost": (1, 64),
    "memory_kib": (8 * 1024, 4 * 1024 * 1024),
    "parallelism": (1, 16),
}


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes


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
    nonce: bytes  # for the wrapped private keys
    wrapped_private: bytes  # X25519 private ‖ Ed25519 private, under the passphrase
    public: bytes  # X25519
    sign_public: bytes  # Ed25519
    sealed: tuple[bytes, ...]  # HPKE enc ‖ ciphertext of a master key, newest first


@dataclass(frozen=True)
class HighWater:
    """How far the audit trail had got when the file was last written (a lower bound)."""

    events: int = 0
    head: str = ""


@dataclass
class OpenedSlot:
    """What a slot's secret unlocks: the master keys sealed to it and its signing key."""

    slot: KeySlot
    masters: list[bytearray]
    signing: Ed25519PrivateKey


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def raw_public(private: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def raw_private(private: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def seal(public: bytes, master_key: bytes | bytearray, info: bytes) -> bytes:
    """Seal `master_key` so that only the holder of `public`'s private key can open it."""
    return _SUITE.encrypt(bytes(master_key), X25519PublicKey.from_public_bytes(public), info)


def open_sealed(private: X25519PrivateKey, sealed: bytes, info: bytes) -> bytes:
    return _SUITE.decrypt(sealed, private, info)


def file_mac_key(master_key: bytes | bytearray, vault_id: str) -> bytes:
    """The key that authenticates the slot file (its own HKDF label)."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=f"passerelle-keyslots-mac/v3/{vault_id}".encode(),
    ).derive(bytes(master_key))


@dataclass(frozen=True)
class SlotIntent:
    """A journaled slot replacement (recovery, reset): `new` joins before the database
    commits the roster entry, `old` leaves after. Unlock finishes or rolls back by asking
    the verified roster which of the two the account holds (`lifecycle.resolve_intent`)."""

    old: str
    new: str


@dataclass(frozen=True)
class KeySlotFile:
    vault_id: str
    tag_salt: bytes
    slots: tuple[KeySlot, ...]
    high_water: HighWater = field(default_factory=HighWater)
    macs: tuple[str, ...] = ()
    intent: SlotIntent | None = None

    @staticmethod
    def new(vault_id: str) -> KeySlotFile:
        return KeySlotFile(vault_id, secrets.token_bytes(16), ())

    def tag_for(self, user_name: str) -> str:
        return hmac.new(self.tag_salt, name_key(user_name).encode(), sha256).hexdigest()[:32]

    def user_slot(self, user_name: str) -> KeySlot | None:
        found = self.user_slots(user_name)
        return found[0] if found else None

    def user_slots(self, user_name: str) -> list[KeySlot]:
        """Every user slot with this name's tag: two only while a replacement is journaled
        (the new one first), so neither passphrase is mistaken for the other."""
        tag = self.tag_for(user_name)
        found = [
            s for s in self.slots if s.kind is SlotKind.USER and hmac.compare_digest(s.tag, tag)
        ]
        pending = self.intent.new if self.intent is not None else ""
        return sorted(found, key=lambda s: s.id != pending)

    def newest_only(self) -> KeySlotFile:
        """Every slot with only its newest sealed key (after a re-key that finished)."""
        newest = tuple(replace(s, sealed=s.sealed[:1]) for s in self.slots)
        return replace(self, slots=newest, macs=())

    def with_intent(self, intent: SlotIntent | None) -> KeySlotFile:
        return replace(self, intent=intent, macs=())

    def stale_sealed(self) -> bool:
        """True if a slot still holds more than one sealed master key (a re-key not tidied)."""
        return any(len(s.sealed) > 1 for s in self.slots)

    def recovery_slot(self) -> KeySlot | None:
        return next((s for s in self.slots if s.kind is SlotKind.RECOVERY), None)

    def slot(self, slot_id: str) -> KeySlot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def with_slot(self, slot: KeySlot) -> KeySlotFile:
        """This file with `slot` added, replacing any slot with the same id."""
        kept = tuple(s for s in self.slots if s.id != slot.id)
        return replace(self, slots=(*kept, slot), macs=())

    def without_slot(self, slot_id: str) -> KeySlotFile:
        return replace(self, slots=tuple(s for s in self.slots if s.id != slot_id), macs=())

    def keeping(self, known: dict[str, bytes]) -> KeySlotFile:
        """Only the slots the roster knows: id in `known` with that X25519 public key.

        `known` comes from the verified roster, never from this file, so a planted slot
        (of any kind) is dropped here and never sealed to.
        """
        kept = tuple(
            s for s in self.slots if s.id in known and hmac.compare_digest(known[s.id], s.public)
        )
        return replace(self, slots=kept, macs=())

    def with_high_water(self, mark: HighWater) -> KeySlotFile:
        return replace(self, high_water=mark, macs=())

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
        signing: Ed25519PrivateKey | None = None,
    ) -> tuple[KeySlot, Ed25519PrivateKey]:
        """A new slot with fresh key pairs (or the given signing key), under `secret`."""
        slot_id = slot_id or secrets.token_hex(8)
        params = policy.new_params()
        nonce = secrets.token_bytes(12)
        private = X25519PrivateKey.generate()
        signing = signing or Ed25519PrivateKey.generate()
        public = raw_public(private)
        wrapped = AESGCM(derive_key(secret, params)).encrypt(
            nonce, raw_private(private) + raw_private(signing), self._aad(slot_id, kind)
        )
        sealed = seal(public, master_key, self._aad(slot_id, kind, "master"))
        tag = self.tag_for(user_name) if kind is SlotKind.USER else ""
        slot = KeySlot(
            slot_id, kind, tag, params, nonce, wrapped, public, raw_public(signing), (sealed,)
        )
        return slot, signing

    def rewrapped(self, slot: KeySlot, current: str, new: str, policy: KdfPolicy) -> KeySlot:
        """`slot` with its private keys under a new secret (the current one is needed)."""
        private, signing = self._private_keys(slot, current)
        params = policy.new_params()
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(derive_key(new, params)).encrypt(
            nonce, raw_private(private) + raw_private(signing), self._aad(slot.id, slot.kind)
        )
        return replace(slot, kdf=params, nonce=nonce, wrapped_private=wrapped)

    def resealed(self, master_key: bytes | bytearray, keep_old: bool) -> KeySlotFile:
        """Every slot with `master_key` sealed to it (first); older keys kept only if asked.

        Call on a file already narrowed to the roster (`keeping`)."""
        slots = []
        for s in self.slots:
            fresh = seal(s.public, master_key, self._aad(s.id, s.kind, "master"))
            slots.append(replace(s, sealed=(fresh, *s.sealed) if keep_old else (fresh,)))
        return replace(self, slots=tuple(slots), macs=())

    def _private_keys(
        self, slot: KeySlot, secret: str
    ) -> tuple[X25519PrivateKey, Ed25519PrivateKey]:
        key = derive_key(secret, slot.kdf)
        try:
            raw = bytearray(
                AESGCM(key).decrypt(slot.nonce, slot.wrapped_private, self._aad(slot.id, slot.kind))
            )
        except InvalidTag:
            raise KnownError(ErrorCode.WRONG_PASSPHRASE) from None
        try:
            if len(raw) != 64:
                raise KnownError(ErrorCode.KEYSLOTS_DAMAGED)
            private = X25519PrivateKey.from_private_bytes(bytes(raw[:32]))
            signing = Ed25519PrivateKey.from_private_bytes(bytes(raw[32:]))
        finally:
            wipe(raw)
        # Public keys in the file that do not fit these private keys are not refused here:
        # the verification that follows compares them with the signed roster and says so.
        return private, signing

    def open_slot(self, slot: KeySlot, secret: str) -> OpenedSlot:
        """Every master key sealed to this slot (newest first) and its signing key.

        KnownError(WRONG_PASSPHRASE) if the secret does not fit."""
        private, signing = self._private_keys(slot, secret)
        found = []
        for sealed in slot.sealed:
            try:
                found.append(
                    bytearray(open_sealed(private, sealed, self._aad(slot.id, slot.kind, "master")))
                )
            except (InvalidTag, ValueError):
                continue
        if not found:
            raise KnownError(ErrorCode.KEYSLOTS_DAMAGED)
        return OpenedSlot(slot, found, signing)

    def unwrap_all(self, slot: KeySlot, secret: str) -> list[bytearray]:
        """Every master key sealed to this slot, newest first; KnownError(WRONG_PASSPHRASE)."""
        return self.open_slot(slot, secret).masters

    def unwrap(self, slot: KeySlot, secret: str) -> bytearray:
        """The newest master key, or KnownError(WRONG_PASSPHRASE)."""
        keys = self.unwrap_all(slot, secret)
        for extra in keys[1:]:
            wipe(extra)
        return keys[0]

    # -- authentication -------------------------------------------------------------------

    def _body(self) -> dict[str, object]:
        body = self._slots_body()
        if self.intent is not None:
            # Only present while journaled, so files without one keep their MAC.
            body["intent"] = {"op": "replace-slot", "old": self.intent.old, "new": self.intent.new}
        return body

    def _slots_body(self) -> dict[str, object]:
        return {
            "format": "passerelle-keyslots",
            "version": FILE_VERSION,
            "vault_id": self.vault_id,
            "tag_salt": _b64(self.tag_salt),
            "high_water": {"events": self.high_water.events, "head": self.high_water.head},
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
                    "sign_public": _b64(s.sign_public),
                    "seal_scheme": SEAL_SCHEME,
                    "sealed": [_b64(k) for k in s.sealed],
                }
                for s in self.slots
            ],
        }

    def _canonical(self) -> bytes:
        return json.dumps(self._body(), sort_keys=True, separators=(",", ":")).encode("ascii")

    def _mac(self, master_key: bytes | bytearray) -> str:
        return hmac.new(
            file_mac_key(master_key, self.vault_id), self._canonical(), sha256
        ).hexdigest()

    def authenticated(self, *master_keys: bytes | bytearray) -> KeySlotFile:
        """This file with a MAC under each of `master_keys` (two only during a re-key)."""
        return replace(self, macs=tuple(self._mac(k) for k in master_keys))

    def mac_fits(self, master_key: bytes | bytearray) -> bool:
        """True if one of the file's MACs was made with `master_key`."""
        expected = self._mac(master_key)
        return any(hmac.compare_digest(expected, m) for m in self.macs)

    # -- file -----------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        return json.dumps({**self._body(), "macs": list(self.macs)}, indent=1).encode("utf-8")

    @staticmethod
    def from_bytes(data: bytes) -> KeySlotFile:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") != "passerelle-keyslots":
                raise ValueError("format")
            if doc.get("version") != FILE_VERSION:
                raise KnownError(ErrorCode.VAULT_OUTDATED, version=int(doc.get("version", 0)))
            entries = doc["slots"]
            if not isinstance(entries, list):
                raise ValueError("slots")
            found = []
            for index, entry in enumerate(entries):
                try:
                    found.append(_slot_from_doc(entry))
                except _BadValue as bad:
                    raise KnownError(
                        ErrorCode.KEYSLOT_VALUE_BAD, slot=slot_label(entry, index), field=bad.field
                    ) from None
            slots = tuple(found)
            mark = doc["high_water"]
            intent = doc.get("intent")
            return KeySlotFile(
                str(doc["vault_id"]),
                _unb64(doc["tag_salt"]),
                slots,
                HighWater(int(mark["events"]), str(mark["head"])),
                tuple(str(m) for m in doc["macs"]),
                SlotIntent(str(intent["old"]), str(intent["new"])) if intent is not None else None,
            )
        except KnownError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise KnownError(ErrorCode.KEYSLOTS_DAMAGED) from None

    @staticmethod
    def load(path: Path) -> KeySlotFile:
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise KnownError(ErrorCode.KEYSLOTS_MISSING) from None
        except PermissionError:
            raise KnownError(ErrorCode.KEYSLOTS_UNREADABLE) from None
        except OSError:
            raise KnownError(ErrorCode.KEYSLOTS_DAMAGED) from None
        return KeySlotFile.from_bytes(data)

    def save(self, path: Path) -> None:
        """Write the file (owner-only). It must carry its MAC(s): see `authenticated`."""
        if not self.macs:
            raise ValueError("a key-slot file is saved only with its MAC")
        atomic_write_bytes(Path(path), self.to_bytes())


class _BadValue(ValueError):
    """One slot-file value out of its bounds (the field's name is safe to show)."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


# Exact sizes of what a v3 slot holds: AES-GCM nonce, X25519 ‖ Ed25519 private keys plus
# the GCM tag, raw public keys, HPKE enc (32) plus a sealed 32-byte key and its tag.
_SIZES = {"nonce": 12, "wrapped_private": 64 + 16, "public": 32, "sign_public": 32}
_SEALED_BYTES = 32 + MASTER_KEY_BYTES + 16
_MAX_SEALED = 4  # two during a re-key; more is damage, not history
_SLOT_ID = re.compile(r"^[0-9a-f]{4,64}$")
_TAG = re.compile(r"^[0-9a-f]{32}$")


def slot_label(s: object, index: int) -> str:
    """How a message names a slot: its id when it looks like one of ours, else its place."""
    sid = s.get("id") if isinstance(s, dict) else None
    return str(sid) if isinstance(sid, str) and _SLOT_ID.match(sid) else f"#{index + 1}"


def _bytes_field(s: dict[str, object], name: str, size: int | None = None) -> bytes:
    value = s.get(name)
    try:
        raw = _unb64(str(value)) if isinstance(value, str) else None
    except ValueError:
        raw = None
    if raw is None or (size is not None and len(raw) != size):
        raise _BadValue(name)
    return raw


def _int_field(kdf: dict[str, object], name: str) -> int:
    value = kdf.get(name)
    low, high = _KDF_BOUNDS[name]
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _BadValue(name)
    return value


def _slot_from_doc(s: object) -> KeySlot:
    """One slot, every value checked against its bounds before anything uses it: a wrong
    nonce length, an absurd memory or time cost, a short key are damage, never tried."""
    if not isinstance(s, dict):
        raise _BadValue("slot")
    kdf = s.get("kdf")
    if not isinstance(kdf, dict):
        raise _BadValue("kdf")
    if kdf.get("algorithm") != "argon2id":
        raise _BadValue("kdf algorithm")
    if s.get("seal_scheme") != SEAL_SCHEME:
        raise _BadValue("seal_scheme")
    salt = _bytes_field(kdf, "salt")
    if not 8 <= len(salt) <= 64:
        raise _BadValue("salt")
    params = KdfParams(
        _int_field(kdf, "time_cost"),
        _int_field(kdf, "memory_kib"),
        _int_field(kdf, "parallelism"),
        salt,
    )
    sid = s.get("id")
    if not isinstance(sid, str) or not _SLOT_ID.match(sid):
        raise _BadValue("id")
    try:
        kind = SlotKind(str(s.get("kind")))
    except ValueError:
        raise _BadValue("kind") from None
    tag = s.get("tag")
    if not isinstance(tag, str) or (kind is SlotKind.USER and not _TAG.match(tag)):
        raise _BadValue("tag")
    sealed = s.get("sealed")
    if not isinstance(sealed, list) or not 1 <= len(sealed) <= _MAX_SEALED:
        raise _BadValue("sealed")
    sealed_keys = tuple(_bytes_field({"sealed": k}, "sealed", _SEALED_BYTES) for k in sealed)
    return KeySlot(
        id=sid,
        kind=kind,
        tag=tag,
        kdf=params,
        nonce=_bytes_field(s, "nonce", _SIZES["nonce"]),
        wrapped_private=_bytes_field(s, "wrapped_private", _SIZES["wrapped_private"]),
        public=_bytes_field(s, "public", _SIZES["public"]),
        sign_public=_bytes_field(s, "sign_public", _SIZES["sign_public"]),
        sealed=sealed_keys,
    )


def new_master_key() -> bytearray:
    return bytearray(os.urandom(MASTER_KEY_BYTES))


def wipe(buffer: bytearray) -> None:
    """Overwrite a key in place. (Python copies bytes elsewhere; this is best effort.)"""
    for i in range(len(buffer)):
        buffer[i] = 0
