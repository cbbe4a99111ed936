"""`intake-app backup` and `intake-app restore`, for scheduled tasks and rescue."""

from __future__ import annotations

import argparse
from pathlib import Path

from intake_app.cli.common import add_vault_arguments, paths_from, read_passphrase, unlocked
from intake_app.clock import SystemClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.instance_lock import InstanceLock


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser(
        "backup",
        help="write an encrypted, verified backup of the vault into a folder",
        description="Writes an encrypted copy of the vault and its key slots into FOLDER, "
        "named only by date and time, and checks it by reopening it. Any user's "
        "passphrase or the recovery key opens it.",
    )
    add_vault_arguments(backup)
    backup.add_argument("--to", required=True, metavar="FOLDER", help="where to write it")
    backup.add_argument(
        "--keep",
        type=int,
        metavar="N",
        help="afterwards, delete all but the newest N backups in FOLDER",
    )
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser(
        "restore",
        help="restore a backup into the data folder",
        description="Opens BACKUP with a user's passphrase or the recovery key, shows its "
        "date and counts, and puts it in place. An existing vault is refused unless "
        "--replace is given; it is kept aside until the restored vault opens.",
    )
    add_vault_arguments(restore)
    restore.add_argument("backup", metavar="BACKUP", help="the .pbk backup file")
    restore.add_argument(
        "--replace", action="store_true", help="replace the vault already in the data folder"
    )
    restore.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    # Imported here: the app's start parses its options through this package and must
    # not load the vault's crypto before the unlock window shows.
    from intake_app.vault.backup import create_backup

    if args.keep is not None and args.keep < 1:
        raise KnownError(ErrorCode.INVALID_INPUT, field="--keep", reason="at least 1")
    folder = Path(args.to).expanduser()
    with unlocked(args) as session:
        result = create_backup(session, folder, keep=args.keep)
    print(f"Backup written and verified: {result.path.name} ({result.size} bytes)")
    if result.pruned:
        print(f"Older backups removed: {result.pruned}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from intake_app.vault.restore import complete_restore, prepare_restore  # as above

    paths = paths_from(args)
    backup = Path(args.backup).expanduser()
    if paths.db.exists() and not args.replace:
        raise KnownError(ErrorCode.VAULT_EXISTS)
    secret = read_passphrase(args, "Passphrase or recovery key: ")
    paths.ensure_dir()
    with InstanceLock(paths.lock):
        prepared = prepare_restore(backup, paths, secret, user_name=getattr(args, "user", None))
        preview = prepared.preview
        print(f"Backup of {preview.created_at.isoformat(sep=' ', timespec='minutes')}")
        for name, count in sorted(preview.counts.items()):
            print(f"  {name}: {count}")
        complete_restore(prepared, paths, SystemClock(), replace=args.replace)
    print("Restored. Unlock with the passphrase you use for that backup.")
    return 0
