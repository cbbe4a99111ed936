"""How long a backup and a restore take for the 100,000-client vault.

Run: `.venv/bin/python -m tests.benchmarks.backup_restore [--clients N]`. Uses the real,
calibrated Argon2id for the vault (a restore derives one key per account it tries), and
prints wall-clock times and sizes. Not part of `make test`.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from intake_app.clients.demo import add_generated_clients
from intake_app.clock import FixedClock
from intake_app.vault.backup import create_backup
from intake_app.vault.keyslots import KdfPolicy
from intake_app.vault.lifecycle import create_vault
from intake_app.vault.paths import VaultPaths
from intake_app.vault.restore import complete_restore, prepare_restore

PASS = "quiet copper lantern orchard"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    args = parser.parse_args()
    clock = FixedClock(datetime(2026, 3, 11, 10, 30, tzinfo=ZoneInfo("America/Montreal")))
    with tempfile.TemporaryDirectory(dir=Path.home()) as root_text:
        root = Path(root_text)
        paths = VaultPaths(root / "data")
        session = create_vault(
            paths,
            org_name="Banc d'essai",
            org_address="",
            admin_name="Bench Coordinator",
            passphrase=PASS,
            policy=KdfPolicy(),
            clock=clock,
        ).session
        start = time.perf_counter()
        add_generated_clients(session, args.clients, 7, ["Centre-Sud", "Parc-Extension"])
        session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(
            f"filled {args.clients} clients in {time.perf_counter() - start:.1f} s; "
            f"vault {paths.db.stat().st_size / 1e6:.1f} MB"
        )
        usb = root / "usb"
        usb.mkdir()
        start = time.perf_counter()
        result = create_backup(session, usb)
        print(
            f"backup (export + archive + verify): {time.perf_counter() - start:.2f} s, "
            f"{result.size / 1e6:.1f} MB"
        )
        from intake_app.accounts.manage import add_user, remove_user
        from intake_app.domain.users import Role

        user = add_user(
            session, "Bench Caseworker", Role.CASEWORKER, "amber violin pebble tundra", KdfPolicy()
        )
        start = time.perf_counter()
        remove_user(session, user.id)
        print(f"remove an account (PRAGMA rekey + reseal): {time.perf_counter() - start:.2f} s")
        from intake_app.retention.policy import delete_inactive, due_for_deletion

        clock.advance(days=800)
        start = time.perf_counter()
        due = due_for_deletion(session)
        listed = time.perf_counter() - start
        start = time.perf_counter()
        done = delete_inactive(session, [c.id for c in due[:1000]], confirmed=True)
        print(
            f"retention: list {len(due)} due in {listed:.2f} s; delete {done.deleted} "
            f"+ VACUUM in {time.perf_counter() - start:.2f} s"
        )
        session.close()
        other = VaultPaths(root / "other")
        start = time.perf_counter()
        prepared = prepare_restore(result.path, other, PASS)
        middle = time.perf_counter()
        complete_restore(prepared, other, clock, replace=False)
        end = time.perf_counter()
        print(
            f"restore: open+check+preview {middle - start:.2f} s "
            f"(includes one Argon2id), put in place {end - middle:.2f} s, "
            f"total {end - start:.2f} s; counts {prepared.preview.counts}"
        )


if __name__ == "__main__":
    main()
