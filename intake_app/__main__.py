"""`python -m intake_app` and the `intake-app` command."""

from __future__ import annotations

import sys


def main() -> int:
    from intake_app.cli import main as cli_main
    from intake_app.crash_log import install_quiet_hooks
    from intake_app.hardening import forbid_core_dumps

    forbid_core_dumps()  # a crash must not write decrypted client data to disk
    install_quiet_hooks()  # nor an exception message reach stderr (a journal on disk)

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
