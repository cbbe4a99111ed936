"""Numbered schema migrations, applied in order, each in its own transaction.

Files are `migrations/NNNN_name.sql`. A vault whose newest applied migration is beyond
the newest this program knows was written by a newer Passerelle and is refused rather
than half-understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from importlib import resources

from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.database import Connection, DatabaseError, translate_db_error

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    found = []
    for entry in resources.files("intake_app.vault.migrations").iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text("utf-8")))
    found.sort(key=lambda mig: mig.version)
    versions = [mig.version for mig in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError("two migrations share a number")
    return found


def current_version(conn: Connection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(conn: Connection, now: datetime) -> int:
    """Bring the schema up to date; return the number of migrations applied."""
    migrations = available_migrations()
    have = current_version(conn)
    newest = migrations[-1].version if migrations else 0
    if have > newest:
        raise KnownError(ErrorCode.VAULT_TOO_NEW, version=have)
    applied = 0
    for mig in migrations:
        if mig.version <= have:
            continue
        script = (
            "BEGIN IMMEDIATE;\n"
            f"{mig.sql}\n;"
            "INSERT INTO schema_migrations (version, name, applied_at) "
            f"VALUES ({mig.version}, '{mig.name}', '{now.isoformat()}');\n"
            "COMMIT;"
        )
        try:
            conn.executescript(script)
        except DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if "syntax" in str(exc):
                raise  # a broken migration file is a bug, not something the world did
            raise translate_db_error(exc) from exc
        applied += 1
    # Not a schema change: the search terms of names changed (see client_names).
    from intake_app.vault.clients_repo import refresh_index_if_stale

    refresh_index_if_stale(conn)
    return applied
