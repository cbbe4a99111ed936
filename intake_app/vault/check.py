"""The vault check: SQLCipher's page check, SQLite's integrity check, and the tamper
check of `vault.trust` (key file, signed roster, signed audit chain, high-water marks).

`intake-app check` runs it on a vault opened but not verified for use: it writes nothing,
so a suspect vault and its key file are left byte for byte as they were."""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.vault import trust
from intake_app.vault.database import Connection, DatabaseError
from intake_app.vault.keyslots import KeySlotFile
from intake_app.vault.session import VaultSession
from intake_app.vault.trust import Area


@dataclass(frozen=True)
class CheckReport:
    cipher_errors: tuple[str, ...]
    integrity_errors: tuple[str, ...]
    trust: trust.TrustReport
    tables: int

    @property
    def ok(self) -> bool:
        return not self.cipher_errors and not self.integrity_errors and self.trust.ok

    def problems(self) -> list[str]:
        out = []
        if self.cipher_errors:
            out.append(f"{len(self.cipher_errors)} damaged page(s)")
        if self.integrity_errors:
            out.append(f"{len(self.integrity_errors)} integrity error(s)")
        out += [p.text for p in self.trust.problems]
        return out

    def lines(self) -> list[str]:
        r = self.trust
        bad = {p.area for p in r.problems}

        def state(area: str, good: str, poor: str) -> str:
            return poor if area in bad else good

        return [
            f"cipher integrity: {'ok' if not self.cipher_errors else 'FAILED'}",
            f"database integrity: {'ok' if not self.integrity_errors else 'FAILED'}",
            f"key file: {state(Area.KEYS, 'intact', 'TAMPERED')} "
            f"({len(r.roster.active_slots())} slots known to the roster)",
            f"signed roster: {state(Area.ROSTER, 'intact', 'TAMPERED')} "
            f"({r.roster.entries} entries)",
            f"audit chain: intact ({r.events} events, every signature verified)"
            if Area.AUDIT not in bad
            else f"audit chain: BROKEN (intact up to event #{r.events})",
            f"high-water marks: {state(Area.MARKS, 'ok', 'ROLLED BACK')} "
            "(key file, this computer's note, signed backups seen)",
            f"tables: {self.tables}",
            *(f"problem: {p.text}" for p in r.problems),
        ]


def check_connection(conn: Connection, report: trust.TrustReport) -> CheckReport:
    """Page and integrity checks on `conn` (read-only), with a trust report made on it."""
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
    return CheckReport(cipher, integrity, report, int(tables))


def check_vault(session: VaultSession) -> CheckReport:
    """The full check on an unlocked session (every signature, from the first event)."""
    slots = KeySlotFile.load(session.paths.keyslots)
    master = session.master_key_copy()
    try:
        report = trust.verify(session.conn, slots, master, me=session.signer.slot_id, full=True)
    finally:
        from intake_app.vault.keyslots import wipe

        wipe(master)
    return check_connection(session.conn, report)
