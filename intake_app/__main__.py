"""`python -m intake_app` and the `intake-app` command."""

from __future__ import annotations

import sys


def main() -> int:
    from intake_app.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
