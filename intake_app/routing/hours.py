"""Open now, open soon, closed: read from a service's regular hours at a given moment.

Hours in the directory are local wall-clock times; `now` is the caseworker's local time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

from intake_app.domain.services import OpeningHours


class OpenState(StrEnum):
    OPEN_NOW = "open-now"
    OPENS_SOON = "opens-soon"
    CLOSED = "closed"
    UNKNOWN = "unknown"  # the directory has no hours for it


@dataclass(frozen=True)
class Opening:
    state: OpenState
    at: time | None = None  # when it opens (OPENS_SOON) or closes (OPEN_NOW)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def by_weekday(hours: Iterable[OpeningHours]) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Index 0..7 (0 unused): the (opens, closes) minute spans of each ISO weekday, sorted.

    A period that closes at or before it opens runs overnight (a shelter open 20:00-08:00):
    it is split into the evening of its day and the morning of the next.
    """
    days: list[list[tuple[int, int]]] = [[] for _ in range(8)]
    for h in hours:
        if not 1 <= h.weekday <= 7:
            continue
        opens = _minutes(h.opens)
        closes = 24 * 60 if h.closes == time(23, 59) else _minutes(h.closes)
        if closes > opens:
            days[h.weekday].append((opens, closes))
        else:
            days[h.weekday].append((opens, 24 * 60))
            if closes > 0:
                days[h.weekday % 7 + 1].append((0, closes))
    return tuple(tuple(sorted(d)) for d in days)


def opening_at(
    spans: tuple[tuple[tuple[int, int], ...], ...], now: datetime, soon: timedelta
) -> Opening:
    """Whether a place with these spans is open at `now`, opens within `soon`, or neither."""
    if not any(spans):
        return Opening(OpenState.UNKNOWN)
    minute = now.hour * 60 + now.minute
    soon_min = int(soon.total_seconds() // 60)
    for opens, closes in spans[now.isoweekday()]:
        if opens <= minute < closes:
            return Opening(OpenState.OPEN_NOW, _time(closes))
        if minute < opens <= minute + soon_min:
            return Opening(OpenState.OPENS_SOON, _time(opens))
    return Opening(OpenState.CLOSED)


def _time(minutes: int) -> time:
    if minutes >= 24 * 60:
        return time(23, 59)
    return time(minutes // 60, minutes % 60)
