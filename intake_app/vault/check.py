"""The vault check: SQLCipher's page check, SQLite's integrity check, the audit chain."""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.domain.audit import ChainReport
from intake_app.vault import audit
from intake_app.vault.database import DatabaseError
from intake_app.vault.session import VaultSession


@dataclass(frozen=True)
class CheckReport:
    cipher_errors: tuple[str, ...]
    integrity_errors: tuple[str, ...]
    chain: ChainReport
    tables: int

    @property
    def ok(self) -> bool:
        return not self.cipher_errors and not self.integrity_errors and self.chain.intact

    def problems(self) -> list[str]:
        out = []
        if self.cipher_errors:
            out.append(f"{len(self.cipher_errors)} damaged page(s)")
        if self.integrity_errors:
            out.append(f"{len(self.integrity_errors)} integrity error(s)")
        if not self.chain.intact:
            out.append(f"audit chain broken at event {self.chain.broken_at}")
        return out

    def lines(self) -> list[str]:
        return [
            f"cipher integrity: {'ok' if not self.cipher_errors else 'FAILED'}",
            f"database integrity: {'ok' if not self.integrity_errors else 'FAILED'}",
            f"audit chain: {'intact' if self.chain.intact else 'BROKEN'} "
            f"({self.chain.events} events)",
            f"tables: {self.tables}",
        ]


def check_vault(session: VaultSession) -> CheckReport:
    conn = session.conn
    try:
        cipher = tuple(str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check"))
    except DatabaseError as exc:
        cipher = (type(exc).__name__,)
    try:
        integrity = tuple(
            str(r[0]) for r in conn.execute("PRAGMA integrity_check") if str(r[0]) != "ok"
        )
    except DatabaseError as exc:
        integrity = (type(exc).__name__,)
    tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    return CheckReport(cipher, integrity, audit.verify_chain(conn), int(tables))
