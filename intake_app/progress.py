"""The one contract for slow work (STYLE.md): a use case takes plain `progress(fraction)`
and `cancelled()` callables. The UI worker turns them into signals; scripts and tests pass
the defaults below."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


def no_progress(_fraction: float) -> None:
    """Progress nobody watches."""


def never_cancelled() -> bool:
    return False
