"""Who signs: a slot's Ed25519 key, and the labelled messages every signature covers.

Each kind of signed thing has its own label and the vault id, so a signature made for one
purpose or one vault never verifies for another.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


@dataclass(frozen=True)
class Signer:
    """The key a session signs with (the slot that opened the vault)."""

    vault_id: str
    slot_id: str
    key: Ed25519PrivateKey

    def sign(self, label: str, text: str) -> str:
        return base64.b64encode(self.key.sign(message(label, self.vault_id, text))).decode()


def message(label: str, vault_id: str, text: str) -> bytes:
    return f"passerelle-{label}/v1/{vault_id}/{text}".encode()


def verifies(
    public: bytes | Ed25519PublicKey, signature: str, label: str, vault_id: str, text: str
) -> bool:
    try:
        key = (
            public
            if isinstance(public, Ed25519PublicKey)
            else Ed25519PublicKey.from_public_bytes(public)
        )
        key.verify(
            base64.b64decode(signature.encode("ascii"), validate=True),
            message(label, vault_id, text),
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def founder_vault_id(founder_sign_public: bytes) -> str:
    """The vault id is the hash of the founding coordinator's signing key.

    Every slot's wrapped private key binds the vault id, so replacing the founder (to
    sign a roster of one's own) changes the id and breaks every other user's slot.
    """
    digest = hashlib.sha256(b"passerelle-vault-id/" + founder_sign_public).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))
