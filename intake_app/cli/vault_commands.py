"""`intake-app init` and `intake-app check`."""

from __future__ import annotations

import argparse

from intake_app.cli.common import add_vault_arguments, paths_from, read_passphrase, unlocked
from intake_app.clock import SystemClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.instance_lock import InstanceLock


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
        help="unlock and check the vault's integrity and its audit chain",
        description="Runs PRAGMA cipher_integrity_check, PRAGMA integrity_check and the "
        "audit-chain check. Exits 0 when all pass, 1 otherwise.",
    )
    add_vault_arguments(check)
    check.set_defaults(func=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    # Imported here: the app's start parses its options through this package and must
    # not load the vault's crypto before the unlock window shows.
    from intake_app.vault.keyslots import KdfPolicy
    from intake_app.vault.lifecycle import create_vault, lock

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


def cmd_check(args: argparse.Namespace) -> int:
    from intake_app.vault.check import check_vault  # as in cmd_init

    with unlocked(args) as session:
        report = check_vault(session)
    for line in report.lines():
        print(line)
    if not report.ok:
        raise KnownError(ErrorCode.INTEGRITY_FAILED, detail="; ".join(report.problems()))
    return 0
