"""Subcommands are registered from a static table: none can silently go missing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import intake_app.cli as cli

CLI_DIR = Path(cli.__file__).parent


def _subcommands() -> set[str]:
    parser = cli.build_parser()
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    return set(sub.choices)  # type: ignore[arg-type]


def test_every_command_module_in_the_folder_is_in_the_table() -> None:
    on_disk = {p.stem for p in CLI_DIR.glob("*_commands.py")}
    in_table = {m.__name__.rsplit(".", 1)[1] for m in cli.COMMAND_MODULES}
    assert on_disk == in_table


def test_the_documented_commands_are_all_there() -> None:
    assert {"init", "check", "seed-demo", "backup", "restore"} <= _subcommands()


def test_a_missing_command_module_is_an_import_error_not_a_shorter_help() -> None:
    """Hide one command module (as a broken freeze would) and the command must not start."""
    code = (
        "import sys, importlib.abc\n"
        "class Hide(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'intake_app.cli.seed_commands':\n"
        "            raise ModuleNotFoundError(name, name=name)\n"
        "        return None\n"
        "sys.meta_path.insert(0, Hide())\n"
        "import intake_app.cli\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode != 0
    assert "ImportError" in done.stderr or "ModuleNotFoundError" in done.stderr
    assert "seed_commands" in done.stderr
