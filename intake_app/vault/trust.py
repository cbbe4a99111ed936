"""Does this vault hold together? The roster, the key-slot file and the audit trail.

Read-only: nothing here writes. Unlocking runs `verify` before it appends a single event
and refuses a vault with a blocking problem; `intake-app check` runs it in full and
prints every problem, one line each.

What is checked, and against whom it holds:

* the **key-slot file's MAC** (HKDF of the master key) — stops anyone *without* the
  master key: a planted slot, a flipped bit, swapped name tags, another vault's file;
* the **roster** (signed entries in the database) — stops anyone *with* the master key
  but without a coordinator's signing key: a role edited by SQL, a slot added to the
  file and to the database, a public key replaced. The file must hold exactly the
  roster's active slots, with the same public keys, and name tags that fit the names;
* the **audit chain** — each event hashed onto the previous one and signed by the slot
  that was signed in; an event signed by a key the roster does not give that place in
  time, reordered, edited or removed from the middle breaks it;
* the **high-water marks** — the key file's and every signed backup manifest's (event
  count and head hash): a database older than either, or whose trail has forked from
  them, is reported as rolled back.
"""

from __future__ import annotations

import hmac
import logging
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from intake_app.domain.users import Role
from intake_app.vault import roster as roster_repo
from intake_app.vault.audit import GENESIS, row_digest
from intake_app.vault.database import Connection, DatabaseError, Row
from intake_app.vault.keyslots import HighWater, KeySlotFile, SlotKind
from intake_app.vault.roster import EntryKind, RosterEntry, entry_hash
from intake_app.vault.signing import founder_vault_id, verifies

log = logging.getLogger(__name__)

RECOVERY_HOLDER = "recovery"


@dataclass
class SlotInfo:
    """A slot as the roster knows it, with the span of events it may sign."""

    slot_id: str
    kind: SlotKind
    user_id: int | None
    x_public: bytes
    sign_public: bytes
    from_event: int  # the event that granted it (it may sign events from this one on)
    to_event: int | None = None  # the event that retired it (the last it may sign)
    _key: Ed25519PublicKey | None = None

    @property
    def active(self) -> bool:
        return self.to_event is None

    def key(self) -> Ed25519PublicKey:
        if self._key is None:
            self._key = Ed25519PublicKey.from_public_bytes(self.sign_public)
        return self._key


@dataclass
class RosterState:
    """The roster folded: each user's role and slot, each slot's keys."""

    users: dict[int, tuple[Role, bool, str]] = field(default_factory=dict)  # role, active, slot
    slots: dict[str, SlotInfo] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)  # as signed at the grant
    recovery_slot: str = ""
    entries: int = 0
    event_ids: set[int] = field(default_factory=set)  # the audit event of each entry

    def active_slots(self) -> dict[str, SlotInfo]:
        return {k: v for k, v in self.slots.items() if v.active}

    def owner(self, slot_id: str) -> int | None:
        info = self.slots.get(slot_id)
        return info.user_id if info is not None and info.active else None

    def is_coordinator_slot(self, slot_id: str) -> bool:
        info = self.slots.get(slot_id)
        if info is None or not info.active or info.user_id is None:
            return False
        role, active, _ = self.users.get(info.user_id, (Role.CASEWORKER, False, ""))
        return active and role is Role.COORDINATOR


class Area:
    KEYS = "key file"
    ROSTER = "signed roster"
    AUDIT = "audit chain"
    MARKS = "high-water marks"


class Repair:
    REKEY = "rekey"  # a removed key still holds the current master key: re-key


@dataclass(frozen=True)
class Problem:
    text: str
    blocking: bool = True  # refuse to unlock; otherwise `check` reports it, unlock goes on
    area: str = Area.KEYS
    repair: str = ""


@dataclass
class TrustReport:
    problems: list[Problem]
    roster: RosterState
    events: int
    head: str
    verified_from: int = 0  # signatures verified for events after this id

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def blocking(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]


def _signer_kind_ok(state: RosterState, e: RosterEntry) -> bool:
    if e.kind == EntryKind.KEYS and e.signer_slot == state.recovery_slot:
        return True
    return state.is_coordinator_slot(e.signer_slot)


def fold_roster(entries: list[RosterEntry], vault_id: str) -> tuple[RosterState, list[Problem]]:
    """Replay the signed roster; stop at the first entry that does not verify."""
    state = RosterState()
    prev = roster_repo.GENESIS
    for e in entries:
        where = f"roster entry {e.seq}"
        if e.seq != state.entries + 1 or e.prev_hash != prev or e.hash != entry_hash(vault_id, e):
            return state, [
                Problem(
                    area=Area.ROSTER,
                    text=f"{where} was edited, removed or reordered (chain broken)",
                )
            ]
        if e.kind == EntryKind.FOUNDER:
            if (
                e.seq != 1
                or e.signer_slot != e.slot_id
                or founder_vault_id(e.sign_public) != vault_id
            ):
                return state, [
                    Problem(
                        area=Area.ROSTER,
                        text=f"{where}: a founding coordinator that is not this vault's",
                    )
                ]
            signer_key = e.sign_public
        else:
            signer = state.slots.get(e.signer_slot)
            if signer is None or not signer.active or not _signer_kind_ok(state, e):
                return state, [
                    Problem(
                        area=Area.ROSTER,
                        text=f"{where} ({e.kind}) is not signed by a coordinator: refused",
                    )
                ]
            signer_key = signer.sign_public
        if not verifies(signer_key, e.sig, "roster", vault_id, e.hash):
            return state, [
                Problem(
                    area=Area.ROSTER,
                    text=f"{where} ({e.kind}) has a signature that does not verify",
                )
            ]
        problem = _apply(state, e)
        if problem:
            return state, [Problem(area=Area.ROSTER, text=f"{where}: {problem}")]
        state.entries += 1
        state.event_ids.add(e.event_id)
        prev = e.hash
    if state.entries == 0:
        return state, [
            Problem(area=Area.ROSTER, text="the roster is empty: no founding coordinator")
        ]
    return state, []


def _retire(state: RosterState, slot_id: str, event_id: int) -> None:
    info = state.slots.get(slot_id)
    if info is not None and info.active:
        info.to_event = event_id


def _apply(state: RosterState, e: RosterEntry) -> str:
    new_slot = e.kind in (EntryKind.FOUNDER, EntryKind.GRANT, EntryKind.KEYS, EntryKind.RECOVERY)
    if new_slot and (not e.slot_id or e.slot_id in state.slots):
        return "reuses a slot id"
    if new_slot and (len(e.x_public) != 32 or len(e.sign_public) != 32):
        return "malformed public key"
    kind = SlotKind.RECOVERY if e.kind == EntryKind.RECOVERY else SlotKind.USER
    if e.kind == EntryKind.RECOVERY:
        if state.recovery_slot:
            _retire(state, state.recovery_slot, e.event_id)
        state.recovery_slot = e.slot_id
        state.slots[e.slot_id] = SlotInfo(
            e.slot_id, kind, None, e.x_public, e.sign_public, e.event_id
        )
        return ""
    if e.user_id is None:
        return "names no user"
    current = state.users.get(e.user_id)
    if e.kind in (EntryKind.FOUNDER, EntryKind.GRANT):
        if current is not None:
            return "grants an account that already exists"
        try:
            role = Role(e.role)
        except ValueError:
            return "unknown role"
        state.users[e.user_id] = (role, True, e.slot_id)
        state.names[e.user_id] = e.name
        state.slots[e.slot_id] = SlotInfo(
            e.slot_id, kind, e.user_id, e.x_public, e.sign_public, e.event_id
        )
        return ""
    if current is None or not current[1]:
        return "changes an account that does not exist or was removed"
    role, _, slot_id = current
    if e.kind == EntryKind.ROLE:
        try:
            state.users[e.user_id] = (Role(e.role), True, slot_id)
        except ValueError:
            return "unknown role"
    elif e.kind == EntryKind.KEYS:
        _retire(state, slot_id, e.event_id)
        state.users[e.user_id] = (role, True, e.slot_id)
        state.slots[e.slot_id] = SlotInfo(
            e.slot_id, kind, e.user_id, e.x_public, e.sign_public, e.event_id
        )
    elif e.kind == EntryKind.REMOVE:
        _retire(state, slot_id, e.event_id)
        state.users[e.user_id] = (role, False, "")
    return ""


# -- the users table and the key-slot file against the roster -------------------------------


def compare_users(conn: Connection, state: RosterState) -> list[Problem]:
    problems = []
    seen = set()
    for row in conn.execute("SELECT id, name, role, active, slot_id FROM users ORDER BY id"):
        uid = int(row["id"])
        seen.add(uid)
        signed = state.users.get(uid)
        if signed is None:
            problems.append(
                Problem(
                    area=Area.ROSTER,
                    text=f"user #{uid} is in the database but no coordinator signed it",
                )
            )
            continue
        role, active, slot_id = signed
        if str(row["name"]) != state.names.get(uid, ""):
            problems.append(
                Problem(
                    area=Area.ROSTER,
                    text=f"user #{uid}'s name was changed outside Passerelle (the audit view "
                    "would show their events under another name)",
                )
            )
        if str(row["role"]) != role.value:
            problems.append(
                Problem(
                    area=Area.ROSTER,
                    text=f"user #{uid}'s role was edited outside Passerelle (database says "
                    f"{row['role']}, the signed roster {role.value})",
                )
            )
        if bool(row["active"]) != active:
            problems.append(
                Problem(
                    area=Area.ROSTER,
                    text=f"user #{uid}'s removal was undone or faked outside Passerelle",
                )
            )
        elif active and str(row["slot_id"]) != slot_id:
            problems.append(
                Problem(
                    area=Area.ROSTER, text=f"user #{uid}'s key slot was changed outside Passerelle"
                )
            )
    for uid in state.users.keys() - seen:
        problems.append(
            Problem(
                area=Area.ROSTER,
                text=f"user #{uid} of the signed roster is missing from the database",
            )
        )
    return problems


def compare_file(slots: KeySlotFile, state: RosterState, names: dict[int, str]) -> list[Problem]:
    """Every slot unknown, missing, altered or duplicated, by kind."""
    problems = []
    expected = state.active_slots()
    seen_ids: set[str] = set()
    seen_publics: set[bytes] = set()
    for s in slots.slots:
        label = f"{s.kind.value} slot {s.id}"
        if s.id in seen_ids or s.public in seen_publics:
            problems.append(Problem(f"duplicated {label} in the key file"))
            continue
        seen_ids.add(s.id)
        seen_publics.add(s.public)
        info = expected.get(s.id)
        if info is None:
            retired = state.slots.get(s.id)
            if retired is not None and hmac.compare_digest(retired.x_public, s.public):
                problems.append(
                    Problem(
                        f"{label} belongs to a removed or replaced key and is still in the key "
                        "file (an interrupted removal?): it is never sealed to; the next "
                        "coordinator to unlock re-keys",
                        blocking=False,
                        repair=Repair.REKEY,
                    )
                )
            else:
                problems.append(Problem(f"unknown {label} in the key file (planted?)"))
            continue
        if info.kind is not s.kind:
            problems.append(
                Problem(f"{label}: its kind was changed (the roster says {info.kind.value})")
            )
        if not hmac.compare_digest(info.x_public, s.public):
            problems.append(Problem(f"{label}: its public key was altered"))
        if not hmac.compare_digest(info.sign_public, s.sign_public):
            problems.append(Problem(f"{label}: its signing public key was altered"))
        if s.kind is SlotKind.USER and info.user_id is not None:
            name = names.get(info.user_id, "")
            if not hmac.compare_digest(slots.tag_for(name), s.tag):
                problems.append(
                    Problem(f"{label}: its name tag is not user #{info.user_id}'s (swapped?)")
                )
    for slot_id, info in expected.items():
        if slot_id not in seen_ids:
            who = f"user #{info.user_id}" if info.user_id is not None else "the recovery key"
            problems.append(
                Problem(
                    f"{info.kind.value} slot {slot_id} of {who} is missing from the key file",
                    blocking=info.kind is SlotKind.RECOVERY,
                )
            )
    return problems


# Audit actions that each come with exactly one roster entry (same transaction).
ACCOUNT_ACTIONS = (
    "vault-created",
    "recovery-key-set",
    "user-added",
    "user-role-changed",
    "user-removed",
    "passphrase-reset",
    "recovery-key-used",
)


def compare_account_events(conn: Connection, state: RosterState) -> list[Problem]:
    """Every account change in the trail has its signed roster entry, and back: removing a
    roster entry (to undo a demotion, say) shows although its chain still verifies."""
    marks = ",".join("?" * len(ACCOUNT_ACTIONS))
    events = {
        int(r[0])
        for r in conn.execute(f"SELECT id FROM audit WHERE action IN ({marks})", ACCOUNT_ACTIONS)
    }
    problems = [
        Problem(
            area=Area.ROSTER,
            text=f"audit event #{eid} records an account change the signed roster lacks "
            "(roster entries removed?)",
        )
        for eid in sorted(events - state.event_ids)
    ]
    problems += [
        Problem(
            area=Area.ROSTER,
            text=f"the signed roster's change at event #{eid} is missing from the audit trail",
        )
        for eid in sorted(state.event_ids - events)
    ]
    return problems


def rekeyed_after_removal(conn: Connection, entries: list[RosterEntry]) -> list[Problem]:
    """A removal must be followed by a re-key, or the removed person's old key file still
    opens the database (a crash between the two)."""
    removals = [e for e in entries if e.kind == EntryKind.REMOVE]
    if not removals:
        return []
    row = conn.execute("SELECT max(id) FROM audit WHERE action = 'vault-rekeyed'").fetchone()
    last_rekey = int(row[0] or 0)
    late = [e for e in removals if e.event_id > last_rekey]
    return [
        Problem(
            f"user #{e.user_id} was removed but the vault was not re-keyed after it "
            "(interrupted): their old key file still opens it; the next coordinator to "
            "unlock re-keys",
            blocking=False,
            repair=Repair.REKEY,
        )
        for e in late
    ]


# -- the audit chain ------------------------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    signer_slot: str
    event_id: int
    hash: str
    sig: str


def checkpoints(conn: Connection) -> list[Checkpoint]:
    return [
        Checkpoint(str(r["signer_slot"]), int(r["event_id"]), str(r["hash"]), str(r["sig"]))
        for r in conn.execute("SELECT * FROM audit_checkpoints")
    ]


from intake_app.vault.audit import checkpoint_text as _checkpoint_text  # noqa: E402


def _audit_problem(text: str) -> list[Problem]:
    return [Problem(area=Area.AUDIT, text=text)]


def _signed_right(row: Row, state: RosterState, vault_id: str) -> str:
    """Why this event's signature does not hold ("" if it does)."""
    eid = int(row["id"])
    info = state.slots.get(str(row["signer_slot"]))
    if info is None or eid < info.from_event or (info.to_event is not None and eid > info.to_event):
        return f"audit event #{eid} is signed by a key the roster does not allow there"
    if not verifies(info.key(), str(row["sig"]), "audit", vault_id, str(row["hash"])):
        return f"audit event #{eid} has a forged signature"
    if row["user_id"] is not None and info.user_id is not None and row["user_id"] != info.user_id:
        return f"audit event #{eid} names user #{row['user_id']} but another user signed it"
    return ""


def valid_checkpoints(
    conn: Connection, state: RosterState, vault_id: str
) -> tuple[list[Checkpoint], list[Problem]]:
    """Every checkpoint signed by a roster slot, oldest first, each checked against the
    chain: the event it names must still be there with the same hash."""
    found = []
    for cp in checkpoints(conn):
        info = state.slots.get(cp.signer_slot)
        text = _checkpoint_text(cp.event_id, cp.hash)
        if info is None or not verifies(info.key(), cp.sig, "checkpoint", vault_id, text):
            continue  # anyone with the key can add a row; only signed ones count
        have = hash_at(conn, cp.event_id)
        if have is None:
            return [], _audit_problem(
                f"audit events up to #{cp.event_id}, verified before, are missing (truncated)"
            )
        if have != cp.hash:
            return [], _audit_problem(
                f"audit events up to #{cp.event_id}, verified before, were rewritten"
            )
        found.append(cp)
    return sorted(found, key=lambda c: c.event_id), []


def verify_segments(
    conn: Connection, state: RosterState, vault_id: str, cps: list[Checkpoint]
) -> tuple[Checkpoint | None, list[Problem]]:
    """Verify up to the newest checkpoint without walking every event.

    Sessions run one at a time (the instance lock) and each ends with a checkpoint signed
    by its user, vouching "verified when I opened, then I appended my own events". So in
    the stretch that ends at a checkpoint by slot X, X's own events need no second look;
    every event there *not* signed by X, or naming another user, is verified — hash, link
    to the event before it, and signature — and the links of all events are checked in
    one SQL pass. A forged event always falls in that set (its signer is not X), and an
    event inserted, removed or reordered breaks a link or a checkpoint. What this does not
    see is a field edited in X's own stretch with its stored hash left as it was: `check`
    walks every hash and every signature and finds it. What no check of a chain can see —
    others' events deleted by someone who re-chains after them — is what the high-water
    marks are for."""
    if not cps:
        return None, []
    # One pass in SQL (no hashing in Python): every event's link must name the hash
    # stored in the event before it, from #1 on. Catches reordered, removed or inserted
    # events, and edits re-hashed without re-hashing everything after them.
    broken = conn.execute(
        "SELECT min(a.id) FROM audit a LEFT JOIN audit b ON b.id = a.id - 1"
        " WHERE a.id <= ? AND a.prev_hash IS NOT (CASE WHEN a.id = 1 THEN ? ELSE b.hash END)",
        (cps[-1].event_id, GENESIS),
    ).fetchone()[0]
    first = conn.execute("SELECT min(id) FROM audit").fetchone()[0]
    if broken is not None or first != 1:
        where = broken if broken is not None else 1
        return None, _audit_problem(
            f"audit chain broken at event #{where}: edited, removed or reordered"
        )
    last: Checkpoint | None = None
    for cp in cps:
        low = last.event_id if last else 0
        if cp.event_id <= low:
            continue
        owner = state.slots[cp.signer_slot].user_id
        for row in _foreign_events(conn, state, cp.signer_slot, owner, low, cp.event_id):
            eid = int(row["id"])
            if row["hash"] != row_digest(row, str(row["prev_hash"])):
                return last, _audit_problem(
                    f"audit chain broken at event #{eid}: edited, removed or reordered"
                )
            why = _signed_right(row, state, vault_id)
            if why:
                return last, _audit_problem(why)
        last = cp
    return last, []


def _signers(conn: Connection) -> Iterator[str]:
    """Every distinct signer slot, one index seek each (a skip scan by hand)."""
    current = conn.execute("SELECT min(signer_slot) FROM audit").fetchone()[0]
    while current is not None:
        yield str(current)
        current = conn.execute(
            "SELECT min(signer_slot) FROM audit WHERE signer_slot > ?", (current,)
        ).fetchone()[0]


def _foreign_events(
    conn: Connection, state: RosterState, slot: str, owner: int | None, low: int, high: int
) -> Iterator[Row]:
    """Events in (low, high] not signed by `slot`, or signed by it but naming another
    user, found through the indexes (a handful of range lookups, no table scan)."""
    for other in _signers(conn):
        if other == slot:
            continue
        yield from conn.execute(
            "SELECT * FROM audit WHERE signer_slot = ? AND id > ? AND id <= ?", (other, low, high)
        )
    if owner is None:
        yield from conn.execute(
            "SELECT * FROM audit WHERE signer_slot = ? AND user_id IS NOT NULL"
            " AND id > ? AND id <= ?",
            (slot, low, high),
        )
        return
    for cmp in ("<", ">"):  # two index ranges either side of the owner's own events
        yield from conn.execute(
            f"SELECT * FROM audit WHERE signer_slot = ? AND user_id {cmp} ? AND id > ? AND id <= ?",
            (slot, owner, low, high),
        )


def verify_audit(
    conn: Connection, state: RosterState, vault_id: str, start: Checkpoint | None
) -> tuple[int, str, list[Problem]]:
    """Walk the chain from `start` (or from the first event); return count, head, problems."""
    prev, expected = GENESIS, 1
    if start is not None:
        have = hash_at(conn, start.event_id)
        if have is None:
            return (
                0,
                GENESIS,
                _audit_problem(
                    f"audit events up to #{start.event_id}, verified before, are missing "
                    "(truncated)"
                ),
            )
        if have != start.hash:
            return (
                0,
                GENESIS,
                _audit_problem(
                    f"audit events up to #{start.event_id}, verified before, were rewritten"
                ),
            )
        prev, expected = start.hash, start.event_id + 1
    count = expected - 1
    for row in conn.execute("SELECT * FROM audit WHERE id >= ? ORDER BY id", (expected,)):
        eid = int(row["id"])
        if eid != expected or row["prev_hash"] != prev or row["hash"] != row_digest(row, prev):
            return (
                count,
                prev,
                _audit_problem(
                    f"audit chain broken at event #{expected}: edited, removed or reordered"
                ),
            )
        why = _signed_right(row, state, vault_id)
        if why:
            return count, prev, _audit_problem(why)
        prev, expected, count = str(row["hash"]), eid + 1, eid
    meta = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if meta is not None and meta["value"] != f"{count}:{prev}":
        return (
            count,
            prev,
            _audit_problem(f"the audit trail's last events (after #{count}) were deleted"),
        )
    return count, prev, []


def hash_at(conn: Connection, event_id: int) -> str | None:
    if event_id == 0:
        return GENESIS
    row = conn.execute("SELECT hash FROM audit WHERE id = ?", (event_id,)).fetchone()
    return str(row["hash"]) if row else None


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


# -- backups seen ---------------------------------------------------------------------------


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


# -- all together -----------------------------------------------------------------------------


def verify(
    conn: Connection,
    slots: KeySlotFile,
    master_key: bytes | bytearray,
    *,
    me: str | None = None,
    full: bool = False,
    backups: Path | None = None,
    last_seen: HighWater | None = None,
    more_backups: tuple[Path, ...] = (),
) -> TrustReport:
    """Everything above, read-only. `full` verifies every signature from event 1.

    `last_seen` (this computer's note) and `backups` (a folder of signed manifests) are
    the anchors outside the data folder; a backup about to be restored, older by nature,
    is verified without them."""
    problems: list[Problem] = []
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        vault_id = str(row["value"]) if row else ""
        if vault_id != slots.vault_id:
            problems.append(Problem("the key file belongs to another vault"))
        if not slots.mac_fits(master_key):
            problems.append(
                Problem(
                    "the key file was changed outside Passerelle (its MAC does not fit): "
                    "a slot, public key, KDF parameter, wrapped key, tag or high-water mark"
                )
            )
        state, roster_problems = fold_roster(roster_repo.entries(conn), vault_id)
        problems += roster_problems
        if not roster_problems:
            problems += compare_users(conn, state)
            problems += compare_file(slots, state, state.names)
            problems += compare_account_events(conn, state)
            problems += rekeyed_after_removal(conn, roster_repo.entries(conn))
        cps, chain_problems = valid_checkpoints(conn, state, vault_id)
        start = None
        events, head = 0, GENESIS
        if full:
            events, head, walk_problems = verify_audit(conn, state, vault_id, None)
            chain_problems = walk_problems + chain_problems
        elif not chain_problems:
            start, chain_problems = verify_segments(conn, state, vault_id, cps)
            if not chain_problems:
                events, head, chain_problems = verify_audit(conn, state, vault_id, start)
        problems += chain_problems
        # The marks are compared with what the database holds, broken chain or not.
        held = (
            events
            if not chain_problems
            else int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])
        )
        problems += compare_mark(conn, slots.high_water, held, "its key file")
        if last_seen is not None:
            problems += compare_mark(conn, last_seen, held, "what this computer saw last")
        folders = [f for f in (backups, *more_backups) if f is not None]
        since = last_restore_time(conn) if folders else None
        for folder in dict.fromkeys(folders):
            marks, backup_problems = backup_marks(folder, state, vault_id, since)
            problems += backup_problems
            for name, mark in marks:
                problems += compare_mark(conn, mark, held, f"the backup {name}")
    except DatabaseError as exc:
        log.info("trust check could not read the vault: %s", type(exc).__name__)
        return TrustReport(
            [Problem("the vault's tables could not be read")], RosterState(), 0, GENESIS
        )
    return TrustReport(problems, state, events, head, start.event_id if start else 0)


def summary(problems: list[Problem], *, listed: bool = False) -> str:
    """One line: the most telling problem (a rollback first), and how many more."""
    if not problems:
        return ""
    ordered = sorted(problems, key=lambda p: p.area != Area.MARKS)
    rest = len(problems) - 1
    where = "listed above" if listed else "run intake-app check"
    return ordered[0].text + (f" (and {rest} more problem(s): {where})" if rest else "")
