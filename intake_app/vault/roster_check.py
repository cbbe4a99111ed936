"""The signed roster folded and held against the users table, the key-slot file and the
account changes in the audit trail. Read-only."""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from intake_app.domain.users import Role
from intake_app.vault import roster as roster_repo
from intake_app.vault.database import Connection
from intake_app.vault.keyslots import KeySlotFile, SlotKind
from intake_app.vault.problems import Area, Problem, Repair
from intake_app.vault.roster import EntryKind, RosterEntry, entry_hash
from intake_app.vault.signing import founder_vault_id, verifies


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
