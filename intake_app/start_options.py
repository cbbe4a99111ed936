"""What the window is started with, decided once by the command line and passed down.

The GUI start-up reads nothing else (no environment variables): every choice, including
the hook the tests and the start-up benchmark use, comes in through this one value.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StartOptions:
    """Options of `intake-app` without a subcommand (the window)."""

    data_dir: Path | None = None  # None: the per-user default folder
    demo: bool = False  # a throw-away vault with fictional data, deleted on exit
    lang: str | None = None  # "fr" / "en"; None: the saved choice, else the system's
    crash_dialog: bool = True  # False: on a bug, log and exit (CI)
    # Test hook (the hidden `--exit-when-shown`): print "shown <seconds since start-up>"
    # and quit as soon as the unlock window is up. For tests and the start-up benchmark.
    exit_when_shown: bool = False

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> StartOptions:
        return cls(
            data_dir=Path(args.data_dir).expanduser() if args.data_dir else None,
            demo=bool(args.demo),
            lang=args.lang,
            crash_dialog=not args.no_crash_dialog,
            exit_when_shown=bool(args.exit_when_shown),
        )
