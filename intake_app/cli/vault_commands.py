"""`intake-app init` and `intake-app check`."""

from __future__ import annotations

import argparse

from intake_app.cli.common import (
    add_vault_arguments,
    locked_vault_folder,
    paths_from,
    read_passphrase,
)
from intake_app.clock import SystemClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.check import CheckReport, check_connection
from intake_app.vault.instance_lock import InstanceLock
from intake_app.vault.keyslots import KdfPolicy
from intake_app.vault.lifecycle import create_vault, finish_after_check, lock, open_for_check
from intake_app.vault.paths import VaultPaths
from intake_app.vault.trust import summary


def register(sub: argparse._SubParsersAction) -> None:
    init = sub.add_parser(
        "init",
        help="create a new vault and print its recovery key",
        description="Create a new encrypted vault with its first coordinator. The recovery "
        "key is printed once: store it safely.",
    )
    add_vault_arguments(init, user=False)
    init.add_argument("--org", required=True, help="the organization's name")
    init.add_argument("--address", default="", help="the organization's address")
    init.add_argument("--admin", required=True, help="the first coordinator's name")
    init.set_defaults(func=cmd_init)

    check = sub.add_parser(
        "check",
        help="check the vault's integrity, key file, signed roster and audit trail",
        description="Runs PRAGMA cipher_integrity_check, PRAGMA integrity_check and the "
        "tamper check (key file against the signed roster, every audit signature, "
        "high-water marks of the key file and of the backups in the backup folder). "
        "Writes nothing. Exits 0 when all pass, 1 otherwise. The passphrase may be a "
        "user's or the recovery key.",
    )
    add_vault_arguments(check)
    check.set_defaults(func=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    paths = paths_from(args)
    passphrase = read_passphrase(args)
    paths.ensure_dir()
    with InstanceLock(paths.lock):
        created = create_vault(
            paths,
            org_name=args.org,
            org_address=args.address,
            admin_name=args.admin,
            passphrase=passphrase,
            policy=KdfPolicy(),
            clock=SystemClock(),
        )
        lock(created.session)
    print("Vault created.")
    print(f"Recovery key (shown only now — store it safely): {created.recovery_key}")
    return 0


def _checked(paths: VaultPaths, passphrase: str, user: str | None) -> tuple[CheckReport, list[str]]:
    """One full check; then, only if nothing blocks (no damage, no tamper problem), finish
    what a kill interrupted (a journaled slot change, a re-key) and check again."""
    verified = open_for_check(paths, passphrase, user)
    try:
        report = check_connection(verified.conn, verified.report)
    except BaseException:
        verified.discard()
        raise
    damaged = report.cipher_errors or report.integrity_errors
    if damaged or report.trust.blocking:
        verified.discard()
        return report, []
    notes = finish_after_check(paths, verified, SystemClock())
    if not notes or report.ok:
        return report, notes
    again = open_for_check(paths, passphrase, user)
    try:
        return check_connection(again.conn, again.report), notes
    finally:
        again.discard()


def cmd_check(args: argparse.Namespace) -> int:
    """Open and verify everything before any write; print; write only to finish an
    interrupted operation on a vault that verified (never an "unlocked" event)."""
    paths = paths_from(args)
    with locked_vault_folder(paths):
        passphrase = read_passphrase(args)
        report, notes = _checked(paths, passphrase, getattr(args, "user", None))
    for line in [*report.lines(), *notes]:
        print(line)
    damage = len(report.cipher_errors) + len(report.integrity_errors)
    if damage:
        raise KnownError(ErrorCode.VAULT_DAMAGED, count=damage)
    if not report.ok:
        raise KnownError(
            ErrorCode.INTEGRITY_FAILED,
            detail=summary(report.trust.problems) or "; ".join(report.problems()),
        )
    return 0
