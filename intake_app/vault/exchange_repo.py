"""Storage for working with other agencies: our organization keys, partners' cards,
imported directory package versions, and the transfer ledger (ids and dates only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from intake_app.vault.database import Connection, Row


@dataclass(frozen=True)
class OrgKeyRow:
    key_id: str
    sign_private: bytes
    x_private: bytes
    created_at: str
    retired_at: str | None


@dataclass(frozen=True)
class PartnerRow:
    key_id: str
    name: str
    contact: str
    sign_public: bytes
    x_public: bytes
    imported_at: str
    trusted_at: str | None
    revoked_at: str | None
    replaced_by: str | None
    directory_version: int


def _key(row: Row) -> OrgKeyRow:
    return OrgKeyRow(
        row["key_id"],
        bytes(row["sign_private"]),
        bytes(row["x_private"]),
        row["created_at"],
        row["retired_at"],
    )


def _partner(row: Row) -> PartnerRow:
    return PartnerRow(
        row["key_id"],
        row["name"],
        row["contact"],
        bytes(row["sign_public"]),
        bytes(row["x_public"]),
        row["imported_at"],
        row["trusted_at"],
        row["revoked_at"],
        row["replaced_by"],
        int(row["directory_version"]),
    )


def current_key(conn: Connection) -> OrgKeyRow | None:
    row = conn.execute(
        "SELECT * FROM org_keys WHERE retired_at IS NULL ORDER BY created_at DESC, rowid DESC"
        " LIMIT 1"
    ).fetchone()
    return _key(row) if row else None


def all_keys(conn: Connection) -> list[OrgKeyRow]:
    """Current first, then retired ones (still able to open what was sent to them)."""
    return [
        _key(r)
        for r in conn.execute(
            "SELECT * FROM org_keys ORDER BY retired_at IS NOT NULL, created_at DESC, rowid DESC"
        )
    ]


def add_key(conn: Connection, key: OrgKeyRow) -> None:
    conn.execute(
        "INSERT INTO org_keys (key_id, sign_private, x_private, created_at) VALUES (?, ?, ?, ?)",
        (key.key_id, key.sign_private, key.x_private, key.created_at),
    )


def retire_key(conn: Connection, key_id: str, now: datetime) -> None:
    conn.execute(
        "UPDATE org_keys SET retired_at = ? WHERE key_id = ? AND retired_at IS NULL",
        (now.isoformat(timespec="seconds"), key_id),
    )


def partner(conn: Connection, key_id: str) -> PartnerRow | None:
    row = conn.execute("SELECT * FROM partner_orgs WHERE key_id = ?", (key_id,)).fetchone()
    return _partner(row) if row else None


def partners(conn: Connection) -> list[PartnerRow]:
    return [
        _partner(r)
        for r in conn.execute("SELECT * FROM partner_orgs ORDER BY name COLLATE NOCASE, key_id")
    ]


def add_partner(
    conn: Connection,
    key_id: str,
    name: str,
    contact: str,
    sign_public: bytes,
    x_public: bytes,
    now: datetime,
) -> None:
    """A new card waits for confirmation (trusted_at NULL); a known one keeps its state."""
    conn.execute(
        "INSERT INTO partner_orgs (key_id, name, contact, sign_public, x_public, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key_id) DO UPDATE SET name = excluded.name,"
        " contact = excluded.contact",
        (key_id, name, contact, sign_public, x_public, now.isoformat(timespec="seconds")),
    )


def set_trusted(conn: Connection, key_id: str, user_id: int, now: datetime) -> None:
    conn.execute(
        "UPDATE partner_orgs SET trusted_at = ?, trusted_by = ?, revoked_at = NULL"
        " WHERE key_id = ?",
        (now.isoformat(timespec="seconds"), user_id, key_id),
    )


def set_revoked(conn: Connection, key_id: str, now: datetime, replaced_by: str | None) -> None:
    conn.execute(
        "UPDATE partner_orgs SET revoked_at = ?, replaced_by = ? WHERE key_id = ?",
        (now.isoformat(timespec="seconds"), replaced_by, key_id),
    )


def set_directory_version(conn: Connection, key_id: str, version: int) -> None:
    conn.execute(
        "UPDATE partner_orgs SET directory_version = ? WHERE key_id = ?", (version, key_id)
    )


def record_package(
    conn: Connection,
    publisher_key: str,
    version: int,
    published_at: str,
    signed: bool,
    now: datetime,
    services: int,
) -> None:
    conn.execute(
        "INSERT INTO directory_packages (publisher_key, version, published_at, signed,"
        " imported_at, services) VALUES (?, ?, ?, ?, ?, ?)",
        (
            publisher_key,
            version,
            published_at,
            int(signed),
            now.isoformat(timespec="seconds"),
            services,
        ),
    )


def last_package(conn: Connection) -> Row | None:
    row: Row | None = conn.execute(
        "SELECT * FROM directory_packages ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return row


def transfer_seen(conn: Connection, transfer_id: str) -> str | None:
    row = conn.execute(
        "SELECT at FROM transfers WHERE transfer_id = ? AND direction = 'received'",
        (transfer_id,),
    ).fetchone()
    return str(row["at"]) if row else None


def record_transfer(
    conn: Connection,
    transfer_id: str,
    direction: str,
    partner_key: str,
    client_id: int | None,
    now: datetime,
    expires_at: str,
) -> None:
    conn.execute(
        "INSERT INTO transfers (transfer_id, direction, partner_key, client_id, at, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            transfer_id,
            direction,
            partner_key,
            client_id,
            now.isoformat(timespec="seconds"),
            expires_at,
        ),
    )
