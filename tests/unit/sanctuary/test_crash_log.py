"""A bug's log line names the exception type and the frames, never its message."""

from __future__ import annotations

from intake_app.crash_log import describe_bug
from tests.conftest import SENTINEL_PREFIX, sentinel


def _raise_with_data(value: str) -> None:
    try:
        {}[value]
    except KeyError as exc:
        raise ValueError(f"refused {value}") from exc


def test_a_bug_description_keeps_types_and_frames_but_not_the_message() -> None:
    value = sentinel("bugmessage")
    try:
        _raise_with_data(value)
    except ValueError as exc:
        text = describe_bug(exc)
    assert SENTINEL_PREFIX not in text
    assert text.startswith("ValueError")
    assert "caused by KeyError" in text
    assert "_raise_with_data" in text  # the frame that raised is named
