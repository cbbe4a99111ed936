"""The last audit head this computer account saw of each vault, kept *outside* the data
folder (in the per-user state folder).

Why: replacing the whole data folder with an older copy leaves the key file and the
database agreeing with each other; this note, elsewhere on the disk, still remembers
more. It holds the vault id, an event count and a hash — no name, no client data. It is
as easy to roll back as the data folder for someone who thinks of it, so it is a tripwire,
not a proof (the printed audit receipt and backups kept elsewhere are the anchors).
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import platformdirs

from intake_app.vault.atomic import atomic_write_bytes
from intake_app.vault.keyslots import HighWater

log = logging.getLogger(__name__)

MAX_ENTRIES = 64


def _path() -> Path:
    return Path(platformdirs.user_state_dir("Passerelle", appauthor=False)) / "seen-vaults.json"


def _load() -> dict[str, dict[str, object]]:
    try:
        doc = json.loads(_path().read_bytes())
        return doc if isinstance(doc, dict) else {}
    except (OSError, ValueError):
        return {}


def _key(data_dir: Path, vault_id: str) -> str:
    """Per vault *and* data folder: a backup restored into a second folder is its own line."""
    where = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"{vault_id}/{where}"


def seen(data_dir: Path, vault_id: str) -> HighWater:
    entry = _load().get(_key(data_dir, vault_id))
    if not isinstance(entry, dict):
        return HighWater()
    try:
        return HighWater(int(str(entry["events"])), str(entry["head"]))
    except (KeyError, ValueError):
        return HighWater()


def remember(data_dir: Path, vault_id: str, mark: HighWater, *, lower: bool = False) -> None:
    """Raise the note to `mark` (or set it lower: a new vault, a deliberate restore)."""
    doc = _load()
    if not lower and seen(data_dir, vault_id).events > mark.events:
        return
    key = _key(data_dir, vault_id)
    doc.pop(key, None)
    doc[key] = {"events": mark.events, "head": mark.head}  # newest last
    for old in list(doc)[:-MAX_ENTRIES]:  # throw-away demo vaults must not pile up
        del doc[old]
    path = _path()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps(doc).encode("ascii"))
    except Exception:  # a missing tripwire must not stop the work
        log.info("the seen-vaults note could not be written")
