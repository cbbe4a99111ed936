"""Helpers shared by the subcommands: the data folder, the passphrase from stdin, unlocking."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from intake_app.clock import SystemClock
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.instance_lock import InstanceLock
from intake_app.vault.lifecycle import lock, unlock, unlock_any_user
from intake_app.vault.paths import VaultPaths, default_data_dir
from intake_app.vault.restore import recover_interrupted_restore
from intake_app.vault.session import VaultSession


def add_vault_arguments(parser: argparse.ArgumentParser, *, user: bool = True) -> None:
    """--data-dir, --passphrase-stdin and (optionally) --user, the same for every command."""
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="the folder holding the vault (default: per user)",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input",
    )
    if user:
        parser.add_argument(
            "--user",
            help="the user to sign in as (default: whichever user the passphrase belongs to)",
        )


def paths_from(args: argparse.Namespace) -> VaultPaths:
    return VaultPaths(Path(args.data_dir).expanduser() if args.data_dir else default_data_dir())


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    if getattr(args, "passphrase_stdin", False):
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    import getpass

    if not sys.stdin.isatty():
        raise KnownError(ErrorCode.INVALID_INPUT, field="--passphrase-stdin", reason="required")
    return getpass.getpass(prompt)


@contextmanager
def locked_vault_folder(paths: VaultPaths) -> Iterator[None]:
    """Hold the instance lock; first finish (roll back) a restore a kill interrupted, so
    a scheduled `backup` or `check` finds the vault instead of "no vault here"."""
    if not paths.data_dir.is_dir():
        raise KnownError(ErrorCode.VAULT_MISSING)
    with InstanceLock(paths.lock):
        if recover_interrupted_restore(paths):
            print(
                "An interrupted restore was rolled back: the previous vault is in place.",
                file=sys.stderr,
            )
        if not paths.db.exists():
            raise KnownError(ErrorCode.VAULT_MISSING)
        yield


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[VaultSession]:
    """Lock the data folder against other instances, unlock, yield, lock again."""
    paths = paths_from(args)
    user_name = getattr(args, "user", None)
    with locked_vault_folder(paths):
        passphrase = read_passphrase(args)
        if user_name:
            session = unlock(paths, user_name, passphrase, SystemClock())
        else:
            session = unlock_any_user(paths, passphrase, SystemClock())
        try:
            yield session
        finally:
            lock(session)
