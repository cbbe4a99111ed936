"""`intake-app init` and `intake-app check`."""

from __future__ import annotations

import argparse
from pathlib import Path

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
from intake_app.vault.keyslots import HighWater, KdfPolicy
from intake_app.vault.lifecycle import (
    VerifiedOpen,
    create_vault,
    finish_after_check,
    lock,
    open_for_check,
)
from intake_app.vault.paths import VaultPaths
from intake_app.vault.trust import compare_mark, summary


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
        "high-water marks of the key file, of this computer's note and of the signed backups "
        "in the backup folder and in --backups folders, and --receipt). "
        "Writes nothing, except to finish an operation a crash interrupted once everything "
        "verified (and to roll back an interrupted restore first). Exits 0 when all pass, 1 "
        "otherwise. The passphrase may be a "
        "user's or the recovery key.",
    )
    add_vault_arguments(check)
    check.add_argument(
        "--receipt",
        action="append",
        default=[],
        metavar="EVENTS:HASH",
        help="an audit receipt printed by an earlier check (kept away from the computer): "
        "the trail must still hold that event with that hash",
    )
    check.add_argument(
        "--backups",
        action="append",
        default=[],
        metavar="FOLDER",
        help="a folder of backups kept elsewhere (a drive): the vault must not be older "
        "than the newest signed backup in it (the configured backup folder is always read)",
    )
    check.set_defaults(func=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    # Imported here: the app's start parses its options through this package and must
    # not load the vault's crypto before the unlock window shows.

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


def _receipt(text: str) -> HighWater:
    events, _, head = text.strip().partition(":")
    if not events.isdigit() or len(head) != 64:
        raise KnownError(ErrorCode.INVALID_INPUT, field="--receipt", reason="EVENTS:HASH")
    return HighWater(int(events), head.lower())


def _check_once(
    paths: VaultPaths,
    passphrase: str,
    user: str | None,
    folders: tuple[Path, ...],
    receipts: list[HighWater],
) -> tuple[CheckReport, object]:
    verified = open_for_check(paths, passphrase, user, folders)
    try:
        for mark in receipts:
            verified.report.problems.extend(
                compare_mark(verified.conn, mark, verified.report.events, "the receipt")
            )
        return check_connection(verified.conn, verified.report), verified
    except BaseException:
        verified.discard()
        raise


def _checked(
    paths: VaultPaths,
    passphrase: str,
    user: str | None,
    folders: tuple[Path, ...],
    receipts: list[HighWater],
) -> tuple[CheckReport, list[str]]:
    """One full check, writing nothing; then, only if nothing blocks (no damage, no tamper
    problem), finish what a kill interrupted (a journaled slot change, a re-key) and
    check again, so the report printed is of the vault as it is now."""
    report, verified = _check_once(paths, passphrase, user, folders, receipts)
    assert isinstance(verified, VerifiedOpen)
    damaged = report.cipher_errors or report.integrity_errors
    if damaged or report.trust.blocking:
        verified.discard()
        return report, []
    notes = finish_after_check(paths, verified, SystemClock())
    if not notes:
        return report, notes
    again, reopened = _check_once(paths, passphrase, user, folders, receipts)
    assert isinstance(reopened, VerifiedOpen)
    reopened.discard()
    return again, notes


def cmd_check(args: argparse.Namespace) -> int:
    """Open and verify everything before any write; print; write only to finish an
    interrupted operation on a vault that verified (never an "unlocked" event)."""
    paths = paths_from(args)
    receipts = [_receipt(text) for text in args.receipt]
    folders = tuple(Path(f).expanduser() for f in args.backups)
    if any(not f.is_dir() for f in folders):
        raise KnownError(ErrorCode.FOLDER_MISSING)
    # An interrupted restore is rolled back first (the previous vault's own files put back
    # in place), so a scheduled check does not say "no vault here" (issue 20, finding 5).
    with locked_vault_folder(paths):
        passphrase = read_passphrase(args)
        report, notes = _checked(paths, passphrase, getattr(args, "user", None), folders, receipts)
    for line in [*report.lines(), *notes]:
        print(line)
    damage = len(report.cipher_errors) + len(report.integrity_errors)
    if damage:
        raise KnownError(ErrorCode.VAULT_DAMAGED, count=damage)
    if report.ok:
        # The offline anchor: write it down or print it, keep it away from the computer.
        print(f"audit receipt: {report.trust.events}:{report.trust.head}")
    if not report.ok:
        raise KnownError(
            ErrorCode.INTEGRITY_FAILED,
            detail=summary(report.trust.problems, listed=True) or "; ".join(report.problems()),
        )
    return 0
