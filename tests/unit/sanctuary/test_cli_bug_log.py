"""An unexpected error in a command prints one calm line and logs no exception message."""

from __future__ import annotations

import pytest

from intake_app import cli
from tests.conftest import SENTINEL_PREFIX, sentinel


def test_a_bug_in_a_command_keeps_its_message_out_of_the_log_and_the_terminal(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    _log_guard,  # type: ignore[no-untyped-def]
) -> None:
    value = sentinel("clibug")

    def boom(_args: object) -> int:
        raise ValueError(value)

    parser = cli.build_parser()
    args = parser.parse_args(["check", "--data-dir", "x", "--passphrase-stdin"])
    args.func = boom
    monkeypatch.setattr(cli, "build_parser", lambda: _Fixed(args))
    assert cli.main(["check"]) != 0
    out = capsys.readouterr()
    assert SENTINEL_PREFIX not in out.err + out.out
    assert "unexpected error" in out.err
    debug = [r.getMessage() for r in _log_guard.records if r.name == "intake_app.cli"]
    assert debug and "ValueError" in debug[0] and SENTINEL_PREFIX not in debug[0]


class _Fixed:
    def __init__(self, args: object) -> None:
        self.args = args

    def parse_args(self, _argv: object) -> object:
        return self.args
