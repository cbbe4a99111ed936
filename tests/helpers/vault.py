"""Checks on a vault's files that more than one folder of tests makes."""

from __future__ import annotations

import hashlib

from intake_app.vault.paths import VaultPaths


def vault_digest(paths: VaultPaths) -> dict[str, str]:
    """A SHA-256 of each file that holds the vault (database, key slots, and the database's
    write-ahead log and shared memory when present), by name: equal before and after means
    nothing was written, and a difference names the file."""
    files = [paths.db, paths.keyslots, *paths.sidecars()]
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files if p.exists()}
