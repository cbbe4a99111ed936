"""The `intake-app` command: the GUI by default, and subcommands for scripted work.

Each area registers its own subcommands; `COMMAND_MODULES` lists them as imported modules,
not names, so a missing or renamed module fails at import (and in the tests) instead of
silently giving a shorter `--help`, and PyInstaller sees every command. Errors are one clear
line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from intake_app import __version__
from intake_app.cli import (
    backup_commands,
    directory_commands,
    exchange_commands,
    report_commands,
    seed_commands,
    transfer_commands,
    vault_commands,
)
from intake_app.crash_log import describe_bug
from intake_app.errors import KnownError
from intake_app.start_options import StartOptions

log = logging.getLogger(__name__)

# Modules exposing `register(subparsers)`; each subcommand sets `func(args) -> int`.
COMMAND_MODULES: tuple[ModuleType, ...] = (
    vault_commands,
    seed_commands,
    directory_commands,
    backup_commands,
    exchange_commands,
    transfer_commands,
    report_commands,
)

EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intake-app",
        description="Passerelle: intake, routing and referral letters. "
        "Without a subcommand, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="the folder holding the vault (default: per user)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throw-away vault filled with fictional data (deleted on exit)",
    )
    parser.add_argument("--lang", choices=("fr", "en"), help="interface language")
    parser.add_argument(
        "--no-crash-dialog", action="store_true", help="on a bug, log and exit (for CI)"
    )
    # Test hook, left out of --help: quit once the unlock window is shown (StartOptions).
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from intake_app.ui.app import run_gui  # Qt only when the window is wanted

        return run_gui(StartOptions.from_args(args))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args))
    except KnownError as exc:
        print(f"intake-app: {exc.cli_text()}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("intake-app: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        log.debug("unexpected error: %s", describe_bug(exc))
        print(
            "intake-app: an unexpected error stopped the command; nothing else was changed.",
            file=sys.stderr,
        )
        return EXIT_ERROR
