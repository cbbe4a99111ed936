"""An attacker with write access to the data folder, with and without the master key.

Each case: `intake-app check` exits 1 with a line naming what is wrong, unlocking is
refused, no re-key seals to an unknown key, and the vault's files are byte-identical
afterwards (nothing was written to the suspect vault)."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from intake_app.accounts.manage import add_user, change_own_passphrase, remove_user
from intake_app.cli import main
from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.domain.users import Role
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import audit
from intake_app.vault.database import Connection, connect, transaction
from intake_app.vault.keyslots import KeySlotFile, SlotKind
from intake_app.vault.lifecycle import create_vault, lock, unlock
from intake_app.vault.paths import VaultPaths
from intake_app.vault.signing import Signer
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE, FAST_KDF, ORG_NAME

CW_NAME = "Camille Tremblay"
CW_FIRST = "orange kettle maple harbour"
CW_OWN = "violet canoe winter lantern"


@dataclass
class Vault:
    paths: VaultPaths
    recovery_key: str
    cw_id: int
    clock: FixedClock

    def master(self) -> bytearray:
        """What any member of staff holds: the caseworker unwraps it with their passphrase."""
        slots = KeySlotFile.load(self.paths.keyslots)
        slot = slots.user_slot(CW_NAME)
        assert slot is not None
        return slots.unwrap(slot, CW_OWN)

    def cw_signer(self) -> Signer:
        slots = KeySlotFile.load(self.paths.keyslots)
        slot = slots.user_slot(CW_NAME)
        assert slot is not None
        return Signer(slots.vault_id, slot.id, slots.open_slot(slot, CW_OWN).signing)

    def db(self) -> Connection:
        return connect(self.paths.db, self.master())

    def slots_doc(self) -> dict:
        return json.loads(self.paths.keyslots.read_bytes())

    def write_slots_doc(self, doc: dict, *, remac: bool) -> None:
        """Write the file as an outsider (MAC left stale) or an insider (MAC recomputed)."""
        data = json.dumps(doc).encode()
        if remac:
            data = KeySlotFile.from_bytes(data).authenticated(self.master()).to_bytes()
        self.paths.keyslots.write_bytes(data)


def _make(tmp: Path, clock: FixedClock, name: str = "vault") -> Vault:
    paths = VaultPaths(tmp / name)
    created = create_vault(
        paths,
        org_name=ORG_NAME,
        org_address="",
        admin_name=ADMIN_NAME,
        passphrase=ADMIN_PASSPHRASE,
        policy=FAST_KDF,
        clock=clock,
    )
    s = created.session
    cw = add_user(s, CW_NAME, Role.CASEWORKER, CW_FIRST, FAST_KDF)
    lock(s)
    s = unlock(paths, CW_NAME, CW_FIRST, clock)
    change_own_passphrase(s, CW_FIRST, CW_OWN, FAST_KDF)
    with s.write() as conn:
        for i in range(3):
            s.audit(conn, Action.CLIENT_VIEWED, "client", i)
    lock(s)
    return Vault(paths, created.recovery_key, cw.id, clock)


@pytest.fixture
def vault(tmp_path: Path, clock: FixedClock) -> Vault:
    return _make(tmp_path, clock)


def _hashes(paths: VaultPaths) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(paths.data_dir.iterdir())
        if p.is_file() and p.name in ("vault.db", "keyslots.json", "vault.db-wal", "vault.db-shm")
    }


def _check(
    paths: VaultPaths,
    secret: str = ADMIN_PASSPHRASE,
    user: str | None = ADMIN_NAME,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str]:
    args = ["check", "--data-dir", str(paths.data_dir), "--passphrase-stdin"]
    if user:
        args += ["--user", user]
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(secret + "\n"), out, err
    try:
        code = main(args)
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue() + err.getvalue()


def _assert_refused(
    vault: Vault, expect: str, *, unlock_as: tuple[str, str] = (ADMIN_NAME, ADMIN_PASSPHRASE)
) -> str:
    """check exits 1 naming `expect`; unlocking is refused; the files do not change."""
    before = _hashes(vault.paths)
    code, text = _check(vault.paths)
    assert code == 1, text
    assert expect in text, text
    last = text.strip().splitlines()[-1]
    assert last.startswith("intake-app: ") and "\n" not in last
    with pytest.raises(KnownError) as err:
        unlock(vault.paths, *unlock_as, vault.clock).close()
    assert err.value.code in (
        ErrorCode.VAULT_TAMPERED,
        ErrorCode.NOT_A_VAULT,
        ErrorCode.KEYSLOTS_DAMAGED,
        ErrorCode.WRONG_PASSPHRASE,
    )
    assert _hashes(vault.paths) == before
    return text


def test_an_untouched_vault_passes_and_check_writes_nothing(vault: Vault) -> None:
    before = _hashes(vault.paths)
    code, text = _check(vault.paths)
    assert code == 0, text
    assert "intact" in text
    code, text = _check(vault.paths, CW_OWN, user=None)
    assert code == 0, text
    code, text = _check(vault.paths, vault.recovery_key, user=None)
    assert code == 0, text
    assert _hashes(vault.paths) == before


# -- planted, duplicated, swapped, altered slots ----------------------------------------------


def _planted(vault: Vault, kind: SlotKind) -> dict:
    """A slot of `kind` with the attacker's own keys; its sealed key is of a key they chose
    (an outsider cannot seal the real master key, an insider can)."""
    slots = KeySlotFile.load(vault.paths.keyslots)
    slot, _ = slots.make_slot(
        kind, "attacker's own words", vault.master(), FAST_KDF, user_name="Mallory"
    )
    one = KeySlotFile(slots.vault_id, slots.tag_salt, (slot,)).authenticated(b"\0" * 32)
    return json.loads(one.to_bytes())["slots"][0]


@pytest.mark.parametrize("kind", [SlotKind.USER, SlotKind.RECOVERY])
@pytest.mark.parametrize("remac", [False, True], ids=["outsider", "insider"])
def test_a_planted_slot_is_reported_by_kind_and_never_sealed_to(
    vault: Vault, kind: SlotKind, remac: bool
) -> None:
    doc = vault.slots_doc()
    doc["slots"].append(_planted(vault, kind))
    vault.write_slots_doc(doc, remac=remac)
    text = _assert_refused(vault, f"unknown {kind.value} slot")
    if not remac:
        assert "MAC does not fit" in text


def test_a_rekey_during_a_session_drops_a_slot_planted_meanwhile(vault: Vault) -> None:
    """Even planted after the vault was verified (with a valid MAC), a slot the roster does
    not know is not sealed to by the re-key that follows a removal."""
    session = unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, vault.clock)
    other = add_user(session, "Dominique Roy", Role.CASEWORKER, CW_FIRST, FAST_KDF)
    doc = vault.slots_doc()
    doc["slots"].append(_planted(vault, SlotKind.RECOVERY))
    vault.write_slots_doc(doc, remac=True)
    planted_id = doc["slots"][-1]["id"]
    remove_user(session, other.id)
    after = KeySlotFile.load(vault.paths.keyslots)
    assert after.slot(planted_id) is None
    assert {s.kind for s in after.slots} == {SlotKind.USER, SlotKind.RECOVERY}
    lock(session)
    code, text = _check(vault.paths)
    assert code == 0, text


def test_a_duplicated_slot_is_reported(vault: Vault) -> None:
    doc = vault.slots_doc()
    doc["slots"].append(dict(doc["slots"][-1]))
    vault.write_slots_doc(doc, remac=True)
    _assert_refused(vault, "duplicated user slot")


@pytest.mark.parametrize("remac", [False, True], ids=["outsider", "insider"])
def test_swapped_name_tags_never_sign_one_user_in_as_another(vault: Vault, remac: bool) -> None:
    doc = vault.slots_doc()
    users = [s for s in doc["slots"] if s["kind"] == "user"]
    users[0]["tag"], users[1]["tag"] = users[1]["tag"], users[0]["tag"]
    vault.write_slots_doc(doc, remac=remac)
    _assert_refused(vault, "name tag", unlock_as=(ADMIN_NAME, CW_OWN))


def _flip(text: str, bit: int = 0) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[bit // 8 % len(raw)] ^= 1 << (bit % 8)
    return base64.b64encode(bytes(raw)).decode()


FIELDS: dict[str, Callable[[dict], None]] = {
    "public": lambda s: s.__setitem__("public", _flip(s["public"], 77)),
    "sign_public": lambda s: s.__setitem__("sign_public", _flip(s["sign_public"], 3)),
    "kdf.salt": lambda s: s["kdf"].__setitem__("salt", _flip(s["kdf"]["salt"], 9)),
    "kdf.time_cost": lambda s: s["kdf"].__setitem__("time_cost", s["kdf"]["time_cost"] ^ 2),
    "kdf.memory_kib": lambda s: s["kdf"].__setitem__("memory_kib", s["kdf"]["memory_kib"] ^ 1024),
    "kdf.parallelism": lambda s: s["kdf"].__setitem__("parallelism", s["kdf"]["parallelism"] ^ 2),
    "nonce": lambda s: s.__setitem__("nonce", _flip(s["nonce"], 5)),
    "wrapped_private": lambda s: s.__setitem__("wrapped_private", _flip(s["wrapped_private"], 100)),
    "sealed": lambda s: s["sealed"].__setitem__(0, _flip(s["sealed"][0], 400)),
    "tag": lambda s: s.__setitem__("tag", ("1" if s["tag"][0] == "0" else "0") + s["tag"][1:]),
}


@pytest.mark.parametrize("field", sorted(FIELDS))
@pytest.mark.parametrize("target", ["user", "recovery"])
def test_one_flipped_bit_anywhere_in_a_slot_is_reported(
    vault: Vault, field: str, target: str
) -> None:
    if field == "tag" and target == "recovery":
        pytest.skip("the recovery slot has no name tag")
    doc = vault.slots_doc()
    slot = [s for s in doc["slots"] if s["kind"] == target][-1]  # the caseworker's or recovery
    FIELDS[field](slot)
    vault.write_slots_doc(doc, remac=False)
    before = _hashes(vault.paths)
    code, text = _check(vault.paths)
    assert code == 1, text
    assert "key file" in text
    assert _hashes(vault.paths) == before


@pytest.mark.parametrize("field", ["public", "sign_public"])
@pytest.mark.parametrize("owner", ["recovery", "checker"])
def test_an_insider_replacing_a_public_key_is_caught_by_the_roster(
    vault: Vault, field: str, owner: str
) -> None:
    """Of the recovery slot, or of the very slot whose passphrase runs the check."""
    doc = vault.slots_doc()
    kind = "recovery" if owner == "recovery" else "user"
    target = next(s for s in doc["slots"] if s["kind"] == kind)  # the coordinator's first
    FIELDS[field](target)
    vault.write_slots_doc(doc, remac=True)
    _assert_refused(vault, "public key was altered")


def test_a_high_water_mark_lowered_in_the_key_file_breaks_its_mac(vault: Vault) -> None:
    doc = vault.slots_doc()
    doc["high_water"]["events"] -= 1
    vault.write_slots_doc(doc, remac=False)
    _assert_refused(vault, "MAC does not fit")


# -- key files from elsewhere ----------------------------------------------------------------


def test_a_key_file_from_another_vault_is_refused(
    vault: Vault, tmp_path: Path, clock: FixedClock
) -> None:
    other = _make(tmp_path, clock, "other")
    shutil.copyfile(other.paths.keyslots, vault.paths.keyslots)
    _assert_refused(vault, "another vault")


def test_an_older_key_file_put_back_after_a_removal_opens_nothing(vault: Vault) -> None:
    old = vault.paths.keyslots.read_bytes()
    session = unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, vault.clock)
    remove_user(session, vault.cw_id)
    lock(session)
    vault.paths.keyslots.write_bytes(old)
    _assert_refused(vault, "from before the last re-key")
    with pytest.raises(KnownError):
        unlock(vault.paths, CW_NAME, CW_OWN, vault.clock)


# -- the audit trail ---------------------------------------------------------------------------


def _sql(vault: Vault, *statements: str) -> None:
    conn = vault.db()
    try:
        with transaction(conn):
            for s in statements:
                conn.execute(s)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def test_a_tail_deleted_with_its_head_shows_as_older_than_the_key_file(vault: Vault) -> None:
    conn = vault.db()
    events, _ = audit.head(conn)
    row = conn.execute("SELECT hash FROM audit WHERE id = ?", (events - 3,)).fetchone()
    conn.close()
    _sql(
        vault,
        f"DELETE FROM audit WHERE id > {events - 3}",
        f"UPDATE meta SET value = '{events - 3}:{row[0]}' WHERE key = 'audit_head'",
    )
    _assert_refused(vault, "older than its key file")


def test_a_tail_deleted_without_its_head_is_reported(vault: Vault) -> None:
    conn = vault.db()
    events, _ = audit.head(conn)
    conn.close()
    _sql(vault, f"DELETE FROM audit WHERE id > {events - 2}")
    _assert_refused(vault, "were deleted")


def test_reordered_events_break_the_chain(vault: Vault) -> None:
    _sql(
        vault,
        "UPDATE audit SET id = -1 WHERE id = 5",
        "UPDATE audit SET id = 5 WHERE id = 6",
        "UPDATE audit SET id = 6 WHERE id = -1",
    )
    _assert_refused(vault, "audit chain broken at event #5")


def test_an_insider_cannot_rewrite_anothers_events_with_their_own_key(vault: Vault) -> None:
    """Delete the coordinator's events from the middle and re-chain the rest, re-signed
    with the caseworker's own key: the events signed as someone else do not verify."""
    signer = vault.cw_signer()
    conn = vault.db()
    rows = [dict(r) for r in conn.execute("SELECT * FROM audit ORDER BY id")]
    with transaction(conn):
        conn.execute("DELETE FROM audit")
        conn.execute("DELETE FROM audit_checkpoints")
        prev = audit.GENESIS
        kept = [r for r in rows if r["action"] != Action.USER_ADDED]
        for new_id, r in enumerate(kept, start=1):
            r.update(id=new_id, prev_hash=prev, signer_slot=signer.slot_id)
            r["hash"] = audit._digest(
                prev,
                new_id,
                r["at"],
                r["user_id"],
                r["action"],
                r["record_type"],
                r["record_id"],
                r["detail"],
                r["signer_slot"],
            )
            r["sig"] = signer.sign("audit", r["hash"])
            conn.execute(
                "INSERT INTO audit (id, at, user_id, action, record_type, record_id, detail,"
                " prev_hash, hash, signer_slot, sig) VALUES (:id, :at, :user_id, :action,"
                " :record_type, :record_id, :detail, :prev_hash, :hash, :signer_slot, :sig)",
                r,
            )
            prev = r["hash"]
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{len(kept)}:{prev}",))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _assert_refused(vault, "audit event #1 is signed by a key the roster does not allow there")


# -- roles ---------------------------------------------------------------------------------------


def test_a_role_edited_by_sql_is_refused_and_reported(vault: Vault) -> None:
    _sql(vault, f"UPDATE users SET role = 'coordinator' WHERE id = {vault.cw_id}")
    _assert_refused(
        vault,
        f"user #{vault.cw_id}'s role was edited outside Passerelle",
        unlock_as=(CW_NAME, CW_OWN),
    )


def test_a_role_grant_signed_by_a_caseworker_is_refused(vault: Vault) -> None:
    """The caseworker appends a roster entry making themselves coordinator, signed with
    their own key, and updates the users table to match."""
    from intake_app.vault import roster
    from intake_app.vault.roster import EntryKind

    signer = vault.cw_signer()
    conn = vault.db()
    with transaction(conn):
        event = audit.record(
            conn,
            signer,
            vault.clock.now(),
            vault.cw_id,
            Action.USER_ROLE_CHANGED,
            "user",
            vault.cw_id,
        )
        roster.append(
            conn, signer, EntryKind.ROLE, event_id=event, user_id=vault.cw_id, role="coordinator"
        )
        conn.execute(f"UPDATE users SET role = 'coordinator' WHERE id = {vault.cw_id}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _assert_refused(vault, "is not signed by a coordinator", unlock_as=(CW_NAME, CW_OWN))


def test_a_user_added_by_sql_with_a_planted_slot_is_refused(vault: Vault) -> None:
    doc = vault.slots_doc()
    planted = _planted(vault, SlotKind.USER)
    doc["slots"].append(planted)
    vault.write_slots_doc(doc, remac=True)
    _sql(
        vault,
        "INSERT INTO users (name, name_key, role, slot_id, created_at) VALUES"
        f" ('Mallory', 'mallory', 'coordinator', '{planted['id']}', '2026-01-01')",
    )
    text = _assert_refused(vault, "no coordinator signed it")
    assert "unknown user slot" in text


# -- the whole data folder rolled back ------------------------------------------------------------


def test_a_data_folder_replaced_by_an_older_copy_is_reported(vault: Vault, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(vault.paths.data_dir, copy)
    session = unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, vault.clock)
    lock(session)
    shutil.rmtree(vault.paths.data_dir)
    shutil.copytree(copy, vault.paths.data_dir)
    _assert_refused(vault, "older than what this computer saw last")


def test_a_data_folder_rollback_shows_against_the_newest_backup(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On another computer (no local note), a backup kept elsewhere still tells."""
    from intake_app.vault import seen
    from intake_app.vault.backup import create_backup
    from intake_app.vault.settings_repo import put_setting

    backups = tmp_path / "usb"
    backups.mkdir()
    session = unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, vault.clock)
    with session.write() as conn:
        put_setting(conn, "backup.folder", str(backups))
    lock(session)
    copy = tmp_path / "copy"
    shutil.copytree(vault.paths.data_dir, copy)
    session = unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, vault.clock)
    vault.clock.advance(minutes=5)
    create_backup(session, backups)
    lock(session)
    shutil.rmtree(vault.paths.data_dir)
    shutil.copytree(copy, vault.paths.data_dir)
    monkeypatch.setattr(seen, "seen", lambda *_: seen.HighWater())
    _assert_refused(vault, "older than the backup passerelle-")


def test_a_field_edited_with_its_hash_left_is_found_by_check(vault: Vault) -> None:
    """Unlock checks links, checkpoints and others' signatures; the full walk of every
    hash and signature is `check`'s (see vault.trust.verify_segments)."""
    _sql(vault, "UPDATE audit SET detail = '{\"count\":99}' WHERE id = 5")
    before = _hashes(vault.paths)
    code, text = _check(vault.paths)
    assert code == 1 and "audit chain broken at event #5" in text, text
    assert _hashes(vault.paths) == before


def test_an_event_forged_in_another_users_name_is_refused_at_unlock(vault: Vault) -> None:
    """The caseworker appends an event claiming the coordinator's slot (they cannot sign
    it) and a checkpoint of their own over it."""
    signer = vault.cw_signer()
    conn = vault.db()
    admin_slot = next(str(r[0]) for r in conn.execute("SELECT slot_id FROM users WHERE id = 1"))
    with transaction(conn):
        forged = Signer(signer.vault_id, admin_slot, signer.key)  # the wrong private key
        audit.record(conn, forged, vault.clock.now(), 1, Action.CLIENT_DELETED, "client", 7)
        audit.write_checkpoint(conn, signer)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _assert_refused(vault, "has a forged signature")


# -- who signs in, and older files ----------------------------------------------------------------


def test_the_user_who_signs_in_is_the_owner_of_the_slot_that_opened(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even if the name picked another user's slot, the session is that slot's owner's."""
    real = KeySlotFile.user_slots  # unlock tries every slot with the name's tag

    def picks_the_caseworker(self: KeySlotFile, name: str):  # type: ignore[no-untyped-def]
        return real(self, CW_NAME)

    monkeypatch.setattr(KeySlotFile, "user_slots", picks_the_caseworker)
    session = unlock(vault.paths, ADMIN_NAME, CW_OWN, vault.clock)
    try:
        assert session.user.id == vault.cw_id and not session.user.is_coordinator
        last = audit.query_events(session.conn, limit=1)[0]
        assert last.action == Action.UNLOCKED and last.user_id == vault.cw_id
    finally:
        lock(session)


def test_a_passerelle_0_1_key_file_is_refused_clearly_and_left_alone(vault: Vault) -> None:
    doc = vault.slots_doc()
    doc["version"] = 2
    vault.paths.keyslots.write_bytes(json.dumps(doc).encode())
    before = _hashes(vault.paths)
    code, text = _check(vault.paths)
    assert code == 1 and "Passerelle 0.1" in text, text
    with pytest.raises(KnownError) as err:
        unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, vault.clock)
    assert err.value.code is ErrorCode.VAULT_OUTDATED
    assert _hashes(vault.paths) == before


def test_a_backup_manifest_carries_a_signed_high_water_mark(vault: Vault, tmp_path: Path) -> None:
    import zipfile

    from intake_app.vault.backup import create_backup
    from intake_app.vault.backup_format import MEMBER_MANIFEST, Manifest
    from intake_app.vault.signing import verifies

    session = unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, vault.clock)
    events, head = audit.head(session.conn)
    result = create_backup(session, tmp_path)
    slot_id = session.signer.slot_id
    lock(session)
    with zipfile.ZipFile(result.path) as archive:
        manifest = Manifest.from_bytes(archive.read(MEMBER_MANIFEST))
    assert (manifest.high_water.events, manifest.high_water.head) == (events, head)
    assert manifest.signer_slot == slot_id
    slots = KeySlotFile.load(vault.paths.keyslots)
    slot = slots.slot(slot_id)
    assert slot is not None
    args = ("backup", slots.vault_id, manifest.signed_text())
    assert verifies(slot.sign_public, manifest.signature, *args)
    forged = Manifest(**{**manifest.__dict__, "high_water": audit_mark(events + 5, head)})
    assert not verifies(
        slot.sign_public, forged.signature, "backup", slots.vault_id, forged.signed_text()
    )


def audit_mark(events: int, head: str):  # type: ignore[no-untyped-def]
    from intake_app.vault.keyslots import HighWater

    return HighWater(events, head)


def test_a_full_rollback_out_of_reach_of_every_note_is_caught_by_the_printed_receipt(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both files and this computer's note rolled back, no newer backup: nothing on the
    disk can tell any more; the receipt a coordinator printed earlier still does."""
    from intake_app.vault import seen

    copy = tmp_path / "copy"
    shutil.copytree(vault.paths.data_dir, copy)
    session = unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, vault.clock)
    lock(session)
    code, text = _check(vault.paths)
    assert code == 0, text
    receipt = text.strip().splitlines()[-1].removeprefix("audit receipt: ")
    shutil.rmtree(vault.paths.data_dir)
    shutil.copytree(copy, vault.paths.data_dir)
    monkeypatch.setattr(seen, "seen", lambda *_: seen.HighWater())  # the note rolled back too
    code, text = _check(vault.paths)
    assert code == 0, text  # the limit, said in the README
    args = ["check", "--data-dir", str(vault.paths.data_dir), "--passphrase-stdin"]
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(ADMIN_PASSPHRASE + "\n"), out, err
    try:
        code = main([*args, "--receipt", receipt])
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    assert code == 1
    assert "older than the receipt" in out.getvalue() + err.getvalue()


def test_undoing_a_demotion_by_deleting_its_roster_entry_is_reported(
    vault: Vault, clock: FixedClock
) -> None:
    """The coordinator demotes a second coordinator; that person deletes the roster entry
    and sets the role back: the roster's chain still verifies, but the trail's signed
    role-change event has lost its entry."""
    from intake_app.accounts.manage import change_role

    session = unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, vault.clock)
    change_role(session, vault.cw_id, Role.COORDINATOR)
    change_role(session, vault.cw_id, Role.CASEWORKER)
    lock(session)
    _sql(
        vault,
        "DELETE FROM roster WHERE seq = (SELECT max(seq) FROM roster)",
        f"UPDATE users SET role = 'coordinator' WHERE id = {vault.cw_id}",
    )
    _assert_refused(vault, "account change the signed roster lacks", unlock_as=(CW_NAME, CW_OWN))


def test_swapped_names_with_matching_tags_are_reported(vault: Vault) -> None:
    """An insider swaps two names in the users table and the tags to match (MAC
    recomputed): the audit view would show each one's events under the other's name."""
    _sql(
        vault,
        f"UPDATE users SET name = 'tmp', name_key = 'tmp' WHERE id = {vault.cw_id}",
        f"UPDATE users SET name = '{CW_NAME}', name_key = 'camille tremblay' WHERE id = 1",
        f"UPDATE users SET name = '{ADMIN_NAME}', name_key = 'test coordinator'"
        f" WHERE id = {vault.cw_id}",
    )
    doc = vault.slots_doc()
    users = [s for s in doc["slots"] if s["kind"] == "user"]
    users[0]["tag"], users[1]["tag"] = users[1]["tag"], users[0]["tag"]
    vault.write_slots_doc(doc, remac=True)
    _assert_refused(vault, "name was changed outside Passerelle", unlock_as=(ADMIN_NAME, CW_OWN))


def test_a_backup_whose_manifest_was_altered_is_reported(vault: Vault, tmp_path: Path) -> None:
    """Someone raises or lowers the mark in a backup's manifest: it no longer counts as a
    mark, and check says so."""
    import zipfile

    from intake_app.vault.backup import create_backup
    from intake_app.vault.backup_format import MEMBER_MANIFEST
    from intake_app.vault.settings_repo import put_setting

    backups = tmp_path / "usb"
    backups.mkdir()
    session = unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, vault.clock)
    with session.write() as conn:
        put_setting(conn, "backup.folder", str(backups))
    vault.clock.advance(minutes=1)
    result = create_backup(session, backups)
    lock(session)
    with zipfile.ZipFile(result.path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    doc = json.loads(members[MEMBER_MANIFEST])
    doc["high_water"]["events"] += 1000
    members[MEMBER_MANIFEST] = json.dumps(doc).encode()
    with zipfile.ZipFile(result.path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    before = _hashes(vault.paths)
    code, text = _check(vault.paths)
    assert code == 1 and "manifest signature does not verify" in text, text
    assert _hashes(vault.paths) == before
    unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, vault.clock).close()  # not blocking


def test_check_with_a_secret_no_slot_opens_says_what_it_may_mean(vault: Vault) -> None:
    code, text = _check(vault.paths, "not anyone's passphrase at all", user=None)
    assert code == 1 and "or the slot it belongs to was altered" in text


def test_a_rollback_shows_against_a_backup_drive_given_to_check(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake_app.vault import seen
    from intake_app.vault.backup import create_backup

    drive = tmp_path / "drive"
    drive.mkdir()
    copy = tmp_path / "copy"
    shutil.copytree(vault.paths.data_dir, copy)
    session = unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, vault.clock)
    vault.clock.advance(minutes=5)
    create_backup(session, drive)
    lock(session)
    shutil.rmtree(vault.paths.data_dir)
    shutil.copytree(copy, vault.paths.data_dir)
    monkeypatch.setattr(seen, "seen", lambda *_: seen.HighWater())
    code, text = _check(vault.paths)
    assert code == 0, text  # nothing on this disk remembers more
    args = ["check", "--data-dir", str(vault.paths.data_dir), "--passphrase-stdin"]
    out = io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(ADMIN_PASSPHRASE + "\n"), out, out
    try:
        code = main([*args, "--backups", str(drive)])
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    assert code == 1 and "older than the backup passerelle-" in out.getvalue()


def test_check_leaves_a_write_ahead_log_left_behind_untouched(vault: Vault) -> None:
    """Tampered by a process that died before its log was folded in: check reads the log
    without folding it into the file (read-only), so every file stays as it was."""
    conn = vault.db()
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    with transaction(conn):
        conn.execute(f"UPDATE users SET role = 'coordinator' WHERE id = {vault.cw_id}")
    files = (vault.paths.db, *vault.paths.sidecars())
    left = {p: p.read_bytes() for p in files}  # as a crash would leave them
    conn.close()
    for p, data in left.items():
        p.write_bytes(data)
    assert vault.paths.sidecars()[0].stat().st_size > 0
    before = _hashes(vault.paths)
    code, text = _check(vault.paths)
    assert code == 1 and "role was edited outside Passerelle" in text, text
    with pytest.raises(KnownError) as err:
        unlock(vault.paths, CW_NAME, CW_OWN, vault.clock)
    assert err.value.code is ErrorCode.VAULT_TAMPERED
    # The -shm file is SQLite's shared-memory index of the log, rebuilt by any reader;
    # it holds no data. Everything else is byte for byte as it was.
    after = _hashes(vault.paths)
    after.pop("vault.db-shm")
    before.pop("vault.db-shm")
    assert after == before


def test_an_older_key_file_put_back_after_a_passphrase_change_is_refused(vault: Vault) -> None:
    """The caseworker's old passphrase leaked and was changed; someone puts the old key
    file back (same master key, so its MAC fits) to use the old passphrase again."""
    old = vault.paths.keyslots.read_bytes()
    session = unlock(vault.paths, CW_NAME, CW_OWN, vault.clock)
    change_own_passphrase(session, CW_OWN, "crimson ferry autumn beacon", FAST_KDF)
    lock(session)
    vault.paths.keyslots.write_bytes(old)
    before = _hashes(vault.paths)
    with pytest.raises(KnownError) as err:
        unlock(vault.paths, CW_NAME, CW_OWN, vault.clock)
    assert err.value.code is ErrorCode.VAULT_TAMPERED
    assert "older than user" in str(err.value.params["detail"])
    code, text = _check(vault.paths)
    assert code == 1 and "passphrase change" in text, text
    assert _hashes(vault.paths) == before
