"""This vault's organization key pair, made with the vault and, for a vault from before
organization keys, once at the first coordinator unlock after the upgrade.

The private halves live inside the encrypted database, so they are sealed by the master
key exactly as every client record is: whoever can open a slot can sign for the
organization, nobody else can. Each creation is one audited event in the same
transaction as the key, so a vault gets its first key exactly once.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from intake_app.domain.audit import Action
from intake_app.vault import audit, exchange_repo
from intake_app.vault.database import Connection
from intake_app.vault.exchange_repo import OrgKeyRow
from intake_app.vault.keyslots import raw_private, raw_public
from intake_app.vault.settings_repo import put_setting, setting_stored
from intake_app.vault.signing import Signer

log = logging.getLogger(__name__)

KEY_ID_BYTES = 16
UNSIGNED_KEY = "directory.allow_unsigned"


def key_id(sign_public: bytes, x_public: bytes) -> str:
    digest = hashlib.sha256(b"passerelle-org-key/v1/" + sign_public + x_public).digest()
    return digest[:KEY_ID_BYTES].hex()


def short_key(key: str) -> str:
    """A key id as people read it in the audit trail: `5AA8-ECAE-D44C-EB24`."""
    return "-".join(key[i : i + 4] for i in range(0, 16, 4)).upper()


def new_key_row(now: datetime) -> OrgKeyRow:
    sign, receive = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    return OrgKeyRow(
        key_id(raw_public(sign), raw_public(receive)),
        raw_private(sign),
        raw_private(receive),
        now.isoformat(timespec="seconds"),
        None,
    )


def ensure_first_key(
    conn: Connection, signer: Signer, now: datetime, user_id: int, *, reason: str, **detail: Any
) -> bool:
    """Make the vault's first key pair unless it has one; True if made. Call inside the
    caller's write transaction (the key and its audit event commit together).

    `reason` goes in the audit detail: "vault-created" or "upgrade"."""
    if has_key(conn):
        return False
    row = new_key_row(now)
    exchange_repo.add_key(conn, row)
    audit.record(
        conn,
        signer,
        now,
        user_id,
        Action.ORG_KEY_CREATED,
        "org_key",
        short_key(row.key_id),
        reason=reason,
        **detail,
    )
    log.info("organization key created (%s)", reason)
    return True


def has_key(conn: Connection) -> bool:
    return exchange_repo.current_key(conn) is not None


def upgrade_vault(conn: Connection, signer: Signer, now: datetime, user_id: int) -> bool:
    """The one-time step for a vault made before organization keys (a coordinator's
    unlock, inside a write transaction): its key pair, and — since such a vault imported
    unsigned directory files by default — that choice kept explicitly, so only new vaults
    start refusing them. True if it ran."""
    if has_key(conn):
        return False
    kept = not setting_stored(conn, UNSIGNED_KEY)
    if kept:
        put_setting(conn, UNSIGNED_KEY, True)
    return ensure_first_key(
        conn, signer, now, user_id, reason="upgrade", kept_unsigned_imports=kept
    )
