"""Account changes a coordinator makes: role, removal, counting coordinators.

Reading and adding users lives in `users_repo`; this module holds what accounts
management adds. A removed account stays as an inactive row so the audit trail can still
name who did what, but its name key is freed so the name can be given to a new account.
"""

from __future__ import annotations

from intake_app.domain.users import Role
from intake_app.vault.database import Connection


def count_active_coordinators(conn: Connection) -> int:
    row = conn.execute(
        "SELECT count(*) FROM users WHERE active = 1 AND role = ?", (Role.COORDINATOR.value,)
    ).fetchone()
    return int(row[0])


def set_role(conn: Connection, user_id: int, role: Role) -> None:
    conn.execute("UPDATE users SET role = ? WHERE id = ?", (role.value, user_id))


def deactivate(conn: Connection, user_id: int) -> None:
    conn.execute(
        "UPDATE users SET active = 0, slot_id = '', name_key = ? WHERE id = ?",
        (f"#removed-{user_id}", user_id),
    )


def active_slot_ids(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT slot_id FROM users WHERE active = 1")}


def user_names(conn: Connection) -> dict[int, str]:
    """Every account's name by id, removed ones included (for the audit view)."""
    return {int(r[0]): str(r[1]) for r in conn.execute("SELECT id, name FROM users")}


def checkpoint(conn: Connection) -> None:
    """Fold the write-ahead log into the database and empty it (after a re-key, so no page
    under the old key is left in the log)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
