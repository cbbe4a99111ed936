"""The signed roster: who holds which slot (public keys) and which role, in the database.

An append-only, hash-chained list (table `roster`). Nothing here decides trust: reading,
folding and judging the entries is `vault.trust`; this module writes them.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, replace
from hashlib import sha256

from intake_app.vault.database import Connection, Row
from intake_app.vault.signing import Signer

GENESIS = "0" * 64


class EntryKind:
    FOUNDER = "founder"
    RECOVERY = "recovery"
    GRANT = "grant"
    ROLE = "role"
    KEYS = "keys"
    REMOVE = "remove"


@dataclass(frozen=True)
class RosterEntry:
    seq: int
    kind: str
    user_id: int | None
    role: str
    slot_id: str
    x_public: bytes
    sign_public: bytes
    event_id: int
    signer_slot: str
    prev_hash: str
    hash: str
    sig: str
    name: str = ""  # the account's name (founder, grant): the audit view shows it


def entry_hash(vault_id: str, e: RosterEntry) -> str:
    payload = json.dumps(
        [
            vault_id,
            e.seq,
            e.prev_hash,
            e.kind,
            e.user_id,
            e.role,
            e.slot_id,
            base64.b64encode(e.x_public).decode(),
            base64.b64encode(e.sign_public).decode(),
            e.event_id,
            e.signer_slot,
            e.name,
        ],
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return sha256(payload.encode("ascii")).hexdigest()


def _entry(row: Row) -> RosterEntry:
    return RosterEntry(
        seq=int(row["seq"]),
        kind=str(row["kind"]),
        user_id=row["user_id"],
        role=str(row["role"]),
        slot_id=str(row["slot_id"]),
        x_public=base64.b64decode(row["x_public"]),
        sign_public=base64.b64decode(row["sign_public"]),
        event_id=int(row["event_id"]),
        signer_slot=str(row["signer_slot"]),
        prev_hash=str(row["prev_hash"]),
        hash=str(row["hash"]),
        sig=str(row["sig"]),
        name=str(row["name"]),
    )


def entries(conn: Connection) -> list[RosterEntry]:
    return [_entry(r) for r in conn.execute("SELECT * FROM roster ORDER BY seq")]


def append(
    conn: Connection,
    signer: Signer,
    kind: str,
    *,
    event_id: int,
    user_id: int | None = None,
    role: str = "",
    slot_id: str = "",
    x_public: bytes = b"",
    sign_public: bytes = b"",
    name: str = "",
) -> RosterEntry:
    """Add one signed entry. Call inside the caller's write transaction."""
    last = conn.execute("SELECT seq, hash FROM roster ORDER BY seq DESC LIMIT 1").fetchone()
    seq = int(last["seq"]) + 1 if last else 1
    draft = RosterEntry(
        seq,
        kind,
        user_id,
        role,
        slot_id,
        x_public,
        sign_public,
        event_id,
        signer.slot_id,
        str(last["hash"]) if last else GENESIS,
        "",
        "",
        name,
    )
    digest = entry_hash(signer.vault_id, draft)
    sig = signer.sign("roster", digest)
    conn.execute(
        "INSERT INTO roster (seq, kind, user_id, role, slot_id, x_public, sign_public,"
        " event_id, signer_slot, prev_hash, hash, sig, name)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            seq,
            kind,
            user_id,
            role,
            slot_id,
            base64.b64encode(x_public).decode(),
            base64.b64encode(sign_public).decode(),
            event_id,
            signer.slot_id,
            draft.prev_hash,
            digest,
            sig,
            name,
        ),
    )
    return replace(draft, hash=digest, sig=sig)
