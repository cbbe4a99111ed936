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


def install_quiet_hooks() -> None:
    """Route the interpreter's last-resort reports through `describe_bug`.

    Python prints an exception raised in a plain thread (`threading.excepthook`) or in a
    finalizer (`sys.unraisablehook`) to stderr with its message — and a desktop session
    keeps a GUI program's stderr in its journal on disk. These hooks log the type and
    frames instead, like the GUI's crash hook.
    """
    import logging
    import sys
    import threading

    log = logging.getLogger("intake_app.crash")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.error("unexpected error in a thread: %s", describe_bug(args.exc_value))

    def unraisable_hook(unraisable: sys.UnraisableHookArgs) -> None:
        if unraisable.exc_value is not None:
            log.error("unexpected error in a finalizer: %s", describe_bug(unraisable.exc_value))

    threading.excepthook = thread_hook
    sys.unraisablehook = unraisable_hook
