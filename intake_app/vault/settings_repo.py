"""Reading and writing the vault-wide settings declared in `intake_app.domain.settings`."""

from __future__ import annotations

import json
from typing import Any

from intake_app.domain.settings import SETTINGS
from intake_app.vault.database import Connection


def get_setting(conn: Connection, key: str) -> Any:
    spec = SETTINGS[key]
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    if row is None:
        return spec.default
    try:
        return spec.validate(json.loads(row["value"]))
    except (ValueError, TypeError):
        return spec.default


def setting_stored(conn: Connection, key: str) -> bool:
    """True once someone chose a value (otherwise the declared default applies)."""
    return conn.execute("SELECT 1 FROM settings WHERE key = ?", (key,)).fetchone() is not None


def all_settings(conn: Connection) -> dict[str, Any]:
    return {key: get_setting(conn, key) for key in SETTINGS}


def put_setting(conn: Connection, key: str, value: Any) -> None:
    """Store one setting (validated). Call inside a write transaction."""
    value = SETTINGS[key].validate(value)
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value)),
    )
