"""High-water marks (an event count and the hash of that event) the vault must have
reached: the key file's, this computer's note, signed backup manifests, a receipt."""

from __future__ import annotations

import logging
import zipfile
from datetime import datetime
from pathlib import Path

from intake_app.vault.audit_check import hash_at
from intake_app.vault.database import Connection
from intake_app.vault.keyslots import HighWater
from intake_app.vault.problems import Area, Problem
from intake_app.vault.roster_check import RosterState
from intake_app.vault.signing import verifies

log = logging.getLogger(__name__)


def compare_mark(conn: Connection, mark: HighWater, events: int, what: str) -> list[Problem]:
    """A high-water mark the vault must have reached, on the same trail."""
    if mark.events == 0:
        return []
    if mark.events > events:
        return [
            Problem(
                area=Area.MARKS,
                text=f"this vault is older than {what} ({events} audit events here, "
                f"{mark.events} there): rolled back or truncated",
            )
        ]
    if hash_at(conn, mark.events) != mark.head:
        return [
            Problem(
                area=Area.MARKS,
                text=f"this vault's audit trail has forked from {what} at event #{mark.events}",
            )
        ]
    return []


def backup_marks(
    folder: Path | None, state: RosterState, vault_id: str, since: datetime | None
) -> tuple[list[tuple[str, HighWater]], list[Problem]]:
    """(file name, mark) of each signed backup of this vault in `folder` made after `since`,
    and a problem for each backup of this vault whose manifest signature does not verify.

    Only the manifest is read; backups of other vaults are none of our business."""
    from intake_app.vault.backup_format import MEMBER_MANIFEST, Manifest, list_backups

    found: list[tuple[str, HighWater]] = []
    problems: list[Problem] = []
    if folder is None:
        return found, problems
    for path in list_backups(folder):
        try:
            with zipfile.ZipFile(path) as archive:
                manifest = Manifest.from_bytes(archive.read(MEMBER_MANIFEST))
        except Exception:  # unreadable backups are `backup verify`'s business, not ours
            log.info("a backup manifest could not be read")
            continue
        if manifest.vault_id != vault_id:
            continue
        info = state.slots.get(manifest.signer_slot)
        if info is None or not verifies(
            info.key(), manifest.signature, "backup", vault_id, manifest.signed_text()
        ):
            problems.append(
                Problem(
                    area=Area.MARKS,
                    text=f"the backup {path.name} claims to be of this vault but its "
                    "manifest signature does not verify (altered?)",
                    blocking=False,
                )
            )
            continue
        if since is not None and manifest.created_at <= since:
            continue
        found.append((path.name, manifest.high_water))
    return found, problems


def last_restore_time(conn: Connection) -> datetime | None:
    row = conn.execute(
        "SELECT at FROM audit WHERE action = 'backup-restored' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return datetime.fromisoformat(row["at"]) if row else None


def passphrase_changes_after(
    conn: Connection, mark: HighWater, state: RosterState, me: str | None
) -> list[Problem]:
    """Passphrase changes the key file's mark does not cover: the file is older than them
    (put back so that an old passphrase opens again?). Blocking for the user who opened."""
    owner = state.owner(me) if me else None
    problems = []
    for row in conn.execute(
        "SELECT record_id, max(id) FROM audit WHERE action = 'passphrase-changed'"
        " AND record_type = 'user' GROUP BY record_id"
    ):
        uid, eid = str(row[0]), int(row[1])
        if eid > mark.events:
            problems.append(
                Problem(
                    area=Area.MARKS,
                    text=f"the key file is older than user #{uid}'s passphrase change at "
                    f"event #{eid} (an older copy put back?)",
                    blocking=owner is not None and str(owner) == uid,
                )
            )
    return problems
