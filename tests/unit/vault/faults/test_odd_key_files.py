"""Finding 7: every slot-file value is bounded before use, and each odd file is worded as
what it is — a damaged slot (named), no slots at all, or a permission problem."""

from __future__ import annotations

import json
import os
from collections.abc import Callable

import pytest

from intake_app.clock import FixedClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.lifecycle import unlock
from intake_app.vault.throttle import AttemptStore
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE
from tests.unit.vault.faults.conftest import Vault

Edit = Callable[[dict], None]


def _kdf(field: str, value: object) -> Edit:
    return lambda slot: slot["kdf"].__setitem__(field, value)


def _set(field: str, value: object) -> Edit:
    return lambda slot: slot.__setitem__(field, value)


CASES = {
    "nonce": _set("nonce", "AAAAAAAA"),  # 6 bytes where AES-GCM takes 12
    "memory_kib": _kdf("memory_kib", 1 << 40),
    "time_cost": _kdf("time_cost", 2**31 - 1),
    "parallelism": _kdf("parallelism", 0),
    "salt": _kdf("salt", "AAAA"),
    "public": _set("public", "AAAA"),
    "wrapped_private": _set("wrapped_private", "AAAA"),
    "sealed": _set("sealed", []),
    "tag": _set("tag", "not a tag"),
}


@pytest.mark.parametrize("field", sorted(CASES))
def test_an_impossible_slot_value_is_named_and_never_tried(
    vault: Vault, clock: FixedClock, field: str
) -> None:
    doc = json.loads(vault.paths.keyslots.read_bytes())
    slot_id = doc["slots"][0]["id"]
    CASES[field](doc["slots"][0])
    vault.paths.keyslots.write_text(json.dumps(doc))
    with pytest.raises(KnownError) as err:
        unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert err.value.code is ErrorCode.KEYSLOT_VALUE_BAD
    assert err.value.params == {"slot": slot_id, "field": field}
    assert slot_id in err.value.cli_text() and "damaged" in err.value.cli_text()


def test_no_slots_is_not_a_wrong_passphrase_and_starts_no_back_off(
    vault: Vault, clock: FixedClock
) -> None:
    doc = json.loads(vault.paths.keyslots.read_bytes())
    doc["slots"] = []
    vault.paths.keyslots.write_text(json.dumps(doc))
    with pytest.raises(KnownError) as err:
        unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert err.value.code is ErrorCode.KEYSLOTS_EMPTY
    assert AttemptStore(vault.paths.attempts).load().seconds_left(clock.now()) == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a mode-000 file anyway")
def test_an_unreadable_key_file_is_a_permission_problem(vault: Vault, clock: FixedClock) -> None:
    os.chmod(vault.paths.keyslots, 0)
    try:
        with pytest.raises(KnownError) as err:
            unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
        assert err.value.code is ErrorCode.KEYSLOTS_UNREADABLE
    finally:
        os.chmod(vault.paths.keyslots, 0o600)


def test_permission_error_on_the_key_file_is_worded_as_such(
    vault: Vault, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root a mode-000 file is still readable, so the OS refusal is simulated."""
    from pathlib import Path

    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "keyslots.json":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(KnownError) as err:
        unlock(vault.paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert err.value.code is ErrorCode.KEYSLOTS_UNREADABLE
    assert "permissions" in err.value.cli_text()
