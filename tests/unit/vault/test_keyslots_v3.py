"""Key slots v3: X25519 + Ed25519 key pairs per slot, the master key sealed with HPKE, the
file authenticated by a MAC under the master key."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.keyslots import (
    FILE_VERSION,
    KeySlotFile,
    SlotKind,
    new_master_key,
)
from tests.conftest import FAST_KDF


def _file_with_two_slots() -> tuple[KeySlotFile, bytearray]:
    master = new_master_key()
    slots = KeySlotFile.new("vault-1")
    slots = slots.with_slot(
        slots.make_slot(SlotKind.USER, "alpha words here", master, FAST_KDF, user_name="Alpha")[0]
    )
    slots = slots.with_slot(slots.make_slot(SlotKind.RECOVERY, "RECOVERY-KEY", master, FAST_KDF)[0])
    return slots, master


def test_each_slot_opens_the_master_key_with_its_own_secret() -> None:
    slots, master = _file_with_two_slots()
    user = slots.user_slot("alpha")
    recovery = slots.recovery_slot()
    assert user is not None and recovery is not None
    assert slots.unwrap(user, "alpha words here") == master
    assert slots.unwrap(recovery, "RECOVERY-KEY") == master
    with pytest.raises(KnownError) as err:
        slots.unwrap(user, "RECOVERY-KEY")
    assert err.value.code is ErrorCode.WRONG_PASSPHRASE


def test_resealing_needs_no_secret_and_can_keep_the_old_key_for_a_moment() -> None:
    slots, old = _file_with_two_slots()
    new = new_master_key()
    pending = slots.resealed(new, keep_old=True)
    user = pending.user_slot("Alpha")
    assert user is not None
    assert pending.unwrap_all(user, "alpha words here") == [new, old]
    final = pending.resealed(new, keep_old=False)
    user = final.user_slot("Alpha")
    assert user is not None
    assert final.unwrap_all(user, "alpha words here") == [new]


def test_rewrapping_changes_the_passphrase_but_not_the_key_pair() -> None:
    slots, master = _file_with_two_slots()
    user = slots.user_slot("Alpha")
    assert user is not None
    changed = slots.rewrapped(user, "alpha words here", "beta words there", FAST_KDF)
    assert changed.public == user.public and changed.sealed == user.sealed
    assert slots.unwrap(changed, "beta words there") == master
    with pytest.raises(KnownError):
        slots.unwrap(changed, "alpha words here")


def test_a_sealed_key_moved_to_another_slot_opens_nothing() -> None:
    slots, _ = _file_with_two_slots()
    user, recovery = slots.user_slot("Alpha"), slots.recovery_slot()
    assert user is not None and recovery is not None
    swapped = replace(recovery, sealed=user.sealed)
    with pytest.raises(KnownError) as err:
        slots.unwrap_all(swapped, "RECOVERY-KEY")
    assert err.value.code is ErrorCode.KEYSLOTS_DAMAGED


def test_file_round_trip_and_version_check() -> None:
    slots, master = _file_with_two_slots()
    data = slots.authenticated(master).to_bytes()
    assert b"Alpha" not in data and bytes(master) not in data
    again = KeySlotFile.from_bytes(data)
    assert again.mac_fits(master) and not again.mac_fits(new_master_key())
    user = again.user_slot("Alpha")
    assert user is not None and again.unwrap(user, "alpha words here") == master
    doc = json.loads(data)
    assert doc["version"] == FILE_VERSION == 3
    doc["version"] = 2
    with pytest.raises(KnownError) as err:
        KeySlotFile.from_bytes(json.dumps(doc).encode())
    assert err.value.code is ErrorCode.VAULT_OUTDATED


def test_a_file_is_never_saved_without_its_mac(tmp_path) -> None:
    slots, _ = _file_with_two_slots()
    with pytest.raises(ValueError):
        slots.save(tmp_path / "keyslots.json")
    assert not (tmp_path / "keyslots.json").exists()


def test_any_change_to_the_authenticated_body_breaks_the_mac() -> None:
    slots, master = _file_with_two_slots()
    signed = slots.authenticated(master)
    user = signed.user_slot("Alpha")
    assert user is not None
    for changed in (
        replace(user, kdf=replace(user.kdf, time_cost=user.kdf.time_cost + 1)),
        replace(user, tag="0" * 32),
        replace(user, sealed=(user.sealed[0][:-1] + bytes([user.sealed[0][-1] ^ 1]),)),
        replace(
            user, wrapped_private=bytes([user.wrapped_private[0] ^ 1]) + user.wrapped_private[1:]
        ),
    ):
        tampered = replace(signed, slots=(changed, *signed.slots[1:]))
        assert not tampered.mac_fits(master)
    assert signed.mac_fits(master)


def test_kdf_parameters_out_of_bounds_are_refused_before_any_derivation() -> None:
    slots, master = _file_with_two_slots()
    doc = json.loads(slots.authenticated(master).to_bytes())
    doc["slots"][0]["kdf"]["memory_kib"] = 64 * 1024 * 1024  # 64 GiB
    with pytest.raises(KnownError) as err:
        KeySlotFile.from_bytes(json.dumps(doc).encode())
    assert err.value.code is ErrorCode.KEYSLOT_VALUE_BAD
    assert err.value.params["field"] == "memory_kib"
