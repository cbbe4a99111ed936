"""The window's start-up options come from the command line, not the environment."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from intake_app.cli import build_parser
from intake_app.start_options import StartOptions

PACKAGE = Path(__file__).resolve().parents[2] / "intake_app"


def _options(*argv: str) -> StartOptions:
    return StartOptions.from_args(build_parser().parse_args(list(argv)))


def test_no_options_mean_the_default_window() -> None:
    assert _options() == StartOptions()
    assert StartOptions().crash_dialog and not StartOptions().exit_when_shown


def test_each_option_reaches_the_start_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "home-of-the-test")
    in_home = str(Path("~") / "vault")
    options = _options(
        "--data-dir", in_home, "--lang", "fr", "--no-crash-dialog", "--exit-when-shown"
    )
    assert options.data_dir == Path("home-of-the-test") / "vault", "~ is the user's folder"
    assert options.lang == "fr" and not options.crash_dialog and options.exit_when_shown
    assert _options("--demo").demo


def test_the_test_hook_is_left_out_of_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    shown = capsys.readouterr().out
    assert "--no-crash-dialog" in shown and "exit-when-shown" not in shown


_ENVIRONMENT = {"environ", "environb", "getenv"}


def _reads_environment(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in _ENVIRONMENT:
            return True
        if (
            isinstance(node, ast.ImportFrom)
            and node.module == "os"
            and {a.name for a in node.names} & _ENVIRONMENT
        ):
            return True
    return False


def test_product_code_reads_the_environment_in_one_reviewed_place_only() -> None:
    """Start-up choices and test hooks come in through StartOptions; the one exception is
    the crash-safety fault injection (`vault/faults.py`), a step name for killed-process
    tests that no command line reaches."""
    readers = sorted(
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if _reads_environment(ast.parse(p.read_text("utf-8")))
    )
    assert readers == ["vault/faults.py"]
