"""Every vault connection is tuned the same way: a larger page cache, temporary data in
memory, secure delete kept on, no memory-mapped I/O on an encrypted file."""

from __future__ import annotations

import secrets
from pathlib import Path

from intake_app.vault.database import CACHE_KIB, connect


def test_vault_connections_get_the_tuned_pragmas(tmp_path: Path) -> None:
    conn = connect(tmp_path / "v.db", bytearray(secrets.token_bytes(32)), create=True)
    try:
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
        assert CACHE_KIB >= 16 * 1024
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert conn.execute("PRAGMA mmap_size").fetchone()[0] == 0
        assert conn.execute("PRAGMA cipher_page_size").fetchone()[0] == "4096"
    finally:
        conn.close()
