"""The child process of the fault suite: one operation on a vault, killed at a named step.

Run as `python -m tests.unit.vault.faults.driver OP DATA_DIR ARGS…` with
`PASSERELLE_FAULT_STEP` set; `intake_app.vault.faults.step` ends the process there with
`os._exit` (no cleanup, like a power cut). Key derivation is the suite's fast setting.
"""

from __future__ import annotations

import sys
from pathlib import Path

from intake_app.accounts.manage import remove_user, reset_passphrase
from intake_app.clock import SystemClock
from intake_app.vault import users_repo
from intake_app.vault.backup import create_backup
from intake_app.vault.keyslots import KdfPolicy
from intake_app.vault.lifecycle import lock, unlock, unlock_with_recovery
from intake_app.vault.paths import VaultPaths
from intake_app.vault.restore import complete_restore, prepare_restore

FAST = KdfPolicy(memory_kib=8 * 1024, parallelism=1, time_cost=1, calibrate=False)


def main(argv: list[str]) -> int:
    op, data_dir, *rest = argv
    paths = VaultPaths(Path(data_dir))
    clock = SystemClock()
    if op == "recover":
        user, recovery_key, new = rest
        lock(unlock_with_recovery(paths, user, recovery_key, new, FAST, clock))
    elif op in ("reset", "remove"):
        admin, admin_pass, target, *new = rest
        session = unlock(paths, admin, admin_pass, clock)
        found = users_repo.user_by_name(session.conn, target)
        assert found is not None
        if op == "reset":
            reset_passphrase(session, found.id, new[0], FAST)
        else:
            remove_user(session, found.id)
        lock(session)
    elif op == "restore":
        backup, secret = rest
        prepared = prepare_restore(Path(backup), paths, secret)
        complete_restore(prepared, paths, clock, replace=True)
    elif op == "backup":
        admin, admin_pass, folder = rest
        session = unlock(paths, admin, admin_pass, clock)
        create_backup(session, Path(folder))
        lock(session)
    else:
        raise SystemExit(f"unknown operation {op}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
