"""Staff accounts in the vault. The key slot of each user lives in the key-slot file."""

from __future__ import annotations

from datetime import datetime

from intake_app.domain.folding import name_key
from intake_app.domain.users import Role, User
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.database import Connection, IntegrityError, Row


def _user(row: Row) -> User:
    return User(
        id=row["id"],
        name=row["name"],
        role=Role(row["role"]),
        must_change_passphrase=bool(row["must_change_passphrase"]),
        active=bool(row["active"]),
    )


def add_user(
    conn: Connection,
    name: str,
    role: Role,
    slot_id: str,
    now: datetime,
    must_change_passphrase: bool = False,
) -> User:
    try:
        cur = conn.execute(
            "INSERT INTO users (name, name_key, role, slot_id, must_change_passphrase,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                name.strip(),
                name_key(name),
                role.value,
                slot_id,
                int(must_change_passphrase),
                now.isoformat(timespec="seconds"),
            ),
        )
    except IntegrityError:
        raise KnownError(ErrorCode.DUPLICATE_USER) from None
    user_id = cur.lastrowid
    assert user_id is not None
    return User(user_id, name.strip(), role, must_change_passphrase)


def user_by_name(conn: Connection, name: str) -> User | None:
    row = conn.execute(
        "SELECT * FROM users WHERE name_key = ? AND active = 1", (name_key(name),)
    ).fetchone()
    return _user(row) if row else None


def user_by_id(conn: Connection, user_id: int) -> User | None:
    row = conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
    return _user(row) if row else None


def slot_id_of(conn: Connection, user_id: int) -> str:
    row = conn.execute("SELECT slot_id FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise KnownError(ErrorCode.NOT_FOUND, record="user", id=user_id)
    return str(row["slot_id"])


def list_users(conn: Connection, include_inactive: bool = False) -> list[User]:
    sql = "SELECT * FROM users" + ("" if include_inactive else " WHERE active = 1")
    return [_user(r) for r in conn.execute(sql + " ORDER BY name_key")]


def set_slot(conn: Connection, user_id: int, slot_id: str, must_change: bool) -> None:
    conn.execute(
        "UPDATE users SET slot_id = ?, must_change_passphrase = ? WHERE id = ?",
        (slot_id, int(must_change), user_id),
    )
