"""What a log may say about a bug: the exception's type and where it happened, nothing more.

An exception's message and arguments are built from whatever the code was holding — a
`KeyError` carries the missing key, a `ValueError` the value it refused — and that can be a
client's name or note. Neither the message nor `repr()` nor local variables go to the log;
the type and the stack frames (file, line, function, source line) are enough to find a bug.
"""

from __future__ import annotations

import traceback


def describe_bug(exc: BaseException) -> str:
    """`TypeName` and the traceback frames of `exc` and of its causes, without messages."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        header = (
            type(current).__qualname__ if not parts else (f"caused by {type(current).__qualname__}")
        )
        parts.append(header + "\n" + "".join(traceback.format_tb(current.__traceback__)))
        current = current.__cause__ or current.__context__
    return "\n".join(parts).rstrip()
