"""What identifies an organization: its key id, its fingerprint, and canonical bytes.

The key id and fingerprint hash both public keys together, so a card whose receiving key
was swapped no longer matches the fingerprint read out over the phone. Signatures use
`vault.signing` (a label and the signer's key id in every signed message) so a card
signature never verifies as a directory or transfer signature.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from intake_app.vault.org_keys import key_id, short_key

__all__ = ["canonical", "fingerprint", "key_id", "short_key"]

FINGERPRINT_GROUPS = 6


def fingerprint(sign_public: bytes, x_public: bytes) -> str:
    """Thirty digits in groups of five, like Signal's safety numbers, to compare aloud.

    Each group is five bytes of a SHA-512 taken as a number modulo 100000 (as Signal
    does), so reading the groups checks 6 × 16.6 bits of the hash."""
    digest = hashlib.sha512(b"passerelle-org-fingerprint/v1/" + sign_public + x_public).digest()
    groups = [
        f"{int.from_bytes(digest[i * 5 : i * 5 + 5], 'big') % 100000:05d}"
        for i in range(FINGERPRINT_GROUPS)
    ]
    return " ".join(groups)


def canonical(doc: Any) -> str:
    """The one text a signature covers: sorted keys, no spaces, ASCII only."""
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
