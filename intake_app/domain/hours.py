"""Opening hours: read, stored, "open now", and written for the screen and for letters.

Hours are local wall-clock periods on ISO weekdays (1 = Monday … 7 = Sunday). A period
closing at 23:59 runs to midnight; one that closes at or before it opens runs overnight (a
shelter open 20:00–08:00). Day names, times and list joining come from Babel's CLDR data
for the language's locale; only the arrangement of a line ("du lundi au vendredi, de 9 h
à 17 h") comes from the caller's texts, so every letter language writes hours the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Literal, NamedTuple

from babel.dates import format_time, get_day_names
from babel.lists import format_list

from intake_app.domain.common import Lang
from intake_app.domain.languages import babel_locale, capitalised
from intake_app.domain.services import OpeningHours

_MIDNIGHT = time(0, 0)
_END_OF_DAY = time(23, 59)
_DAY = 24 * 60
DayWidth = Literal["abbreviated", "narrow", "short", "wide"]

# -- reading and storing ---------------------------------------------------------------


def parse_hours(spec: str) -> tuple[OpeningHours, ...]:
    """ "1-5 9:00-17:00; 6 10:00-14:00" → opening periods (the sample directory's form)."""
    out: list[OpeningHours] = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        days, span = part.split()
        first, _, last = days.partition("-")
        opens, closes = (time.fromisoformat(t.zfill(5)) for t in span.split("-"))
        for day in range(int(first), int(last or first) + 1):
            out.append(OpeningHours(day, opens, closes))
    return tuple(out)


def stored_hours(hours: Iterable[OpeningHours]) -> str:
    """The stored form: "1 09:00 17:00;2 09:00 17:00" (what `hours_from_store` reads)."""
    return ";".join(
        f"{h.weekday} {h.opens.strftime('%H:%M')} {h.closes.strftime('%H:%M')}" for h in hours
    )


@lru_cache(maxsize=4096)
def _opening(day: str, opens: str, closes: str) -> OpeningHours:
    # Immutable values, shared: a directory of 10,000 services has a few hundred distinct
    # periods, and building each once keeps loading the whole directory fast.
    return OpeningHours(int(day), time.fromisoformat(opens), time.fromisoformat(closes))


@lru_cache(maxsize=8192)
def hours_from_store(raw: str) -> tuple[OpeningHours, ...]:
    """The periods of a stored form ("" → none); a directory has few distinct ones."""
    if not raw:
        return ()
    return tuple(_opening(*part.split(" ")) for part in raw.split(";"))


# -- open now ---------------------------------------------------------------------------


class OpenState(StrEnum):
    OPEN_NOW = "open-now"
    OPENS_SOON = "opens-soon"
    CLOSED = "closed"
    UNKNOWN = "unknown"  # the directory has no hours for it


@dataclass(frozen=True)
class Opening:
    state: OpenState
    at: time | None = None  # when it opens (OPENS_SOON) or closes (OPEN_NOW)


Spans = tuple[tuple[tuple[int, int], ...], ...]


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def by_weekday(hours: Iterable[OpeningHours]) -> Spans:
    """Index 0..7 (0 unused): the (opens, closes) minute spans of each ISO weekday, sorted;
    an overnight period is split into the evening of its day and the morning of the next."""
    days: list[list[tuple[int, int]]] = [[] for _ in range(8)]
    for h in hours:
        if not 1 <= h.weekday <= 7:
            continue
        opens = _minutes(h.opens)
        closes = _DAY if h.closes == _END_OF_DAY else _minutes(h.closes)
        if closes > opens:
            days[h.weekday].append((opens, closes))
        else:
            days[h.weekday].append((opens, _DAY))
            if closes > 0:
                days[h.weekday % 7 + 1].append((0, closes))
    return tuple(tuple(sorted(d)) for d in days)


def _time(minutes: int) -> time:
    if minutes >= _DAY:
        return _END_OF_DAY
    return time(minutes // 60, minutes % 60)


def opening_at(spans: Spans, now: datetime, soon: timedelta) -> Opening:
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


def is_open(hours: Iterable[OpeningHours], now: datetime) -> bool:
    """Open at `now` (local time)?"""
    return opening_at(by_weekday(hours), now, timedelta(0)).state is OpenState.OPEN_NOW


# -- grouping and writing ---------------------------------------------------------------


class DayRun(NamedTuple):
    """Consecutive weekdays `first`..`last` that share the same sorted periods."""

    first: int
    last: int
    periods: list[tuple[time, time]]


def day_runs(hours: Iterable[OpeningHours]) -> list[DayRun]:
    """Runs of consecutive weekdays with the same periods, in week order:
    [(Mon 9-17) … (Fri 9-17), (Sat 10-14)] → [(1, 5, [(9:00, 17:00)]), (6, 6, [(10:00, 14:00)])]."""
    by_day: dict[int, list[tuple[time, time]]] = {}
    for h in hours:
        if 1 <= h.weekday <= 7:
            by_day.setdefault(h.weekday, []).append((h.opens, h.closes))
    for sorting in by_day.values():
        sorting.sort()
    runs: list[DayRun] = []
    day = 1
    while day <= 7:
        periods = by_day.get(day)
        if not periods:
            day += 1
            continue
        last = day
        while last < 7 and by_day.get(last + 1) == periods:
            last += 1
        runs.append(DayRun(day, last, periods))
        day = last + 1
    return runs


def is_all_day(opens: time, closes: time) -> bool:
    """0:00 to 23:59 (or later): written "24 hours", not "0:00 to 23:59"."""
    return opens == _MIDNIGHT and closes >= _END_OF_DAY


@lru_cache(maxsize=64)
def day_names(locale: str, width: DayWidth = "wide") -> dict[int, str]:
    """ISO weekday → the locale's stand-alone name ("lundi", "lun.")."""
    names = get_day_names(width, context="stand-alone", locale=locale)
    return {i + 1: str(names[i]) for i in range(7)}


@lru_cache(maxsize=512)
def locale_time(t: time, locale: str) -> str:
    """A time in the locale's short form ("9:00", "09 h 00", "上午9:00")."""
    return str(format_time(t, "short", locale=locale))


@lru_cache(maxsize=512)
def clock_time(t: time, lang: Lang | str, *, twelve_hour: bool = False) -> str:
    """A time as Québec writes it in French ("9 h", "9 h 30"); in English "9:30" on
    screen, "9:30 a.m." in a letter (`twelve_hour`)."""
    locale = babel_locale(lang)
    if lang == Lang.FR:
        return str(format_time(t, "H 'h'" if t.minute == 0 else "H 'h' mm", locale=locale))
    if twelve_hour:
        return str(format_time(t, "h a" if t.minute == 0 else "h:mm a", locale=locale))
    return str(format_time(t, "H:mm", locale=locale))


@dataclass(frozen=True)
class HoursWords:
    """How one language arranges a line of hours; the pieces come from Babel.

    Templates: `range_days` "{first}", "{last}"; `one_day` "{day}"; `period` "{opens}",
    "{closes}"; `line` "{days}", "{hours}". `every_day` and `all_day` are optional: without
    them a whole week is a range and a whole day a period."""

    locale: str
    clock: Callable[[time], str]
    range_days: str
    one_day: str
    period: str
    line: str
    every_day: str = ""
    all_day: str = ""
    day_width: DayWidth = "wide"
    capitalise: bool = True


def _days(run: DayRun, words: HoursWords) -> str:
    names = day_names(words.locale, words.day_width)
    if run.first == 1 and run.last == 7 and words.every_day:
        return words.every_day
    if run.last > run.first:
        return words.range_days.format(first=names[run.first], last=names[run.last])
    return words.one_day.format(day=names[run.first])


def _period(opens: time, closes: time, words: HoursWords) -> str:
    if words.all_day and is_all_day(opens, closes):
        return words.all_day
    return words.period.format(opens=words.clock(opens), closes=words.clock(closes))


def format_hours(hours: Iterable[OpeningHours], words: HoursWords) -> list[str]:
    """One line per run of days: "Du lundi au vendredi, de 9 h à 17 h"; several periods
    of a day joined as the locale joins a list ("de 9 h à 12 h et de 13 h à 17 h")."""
    lines: list[str] = []
    for run in day_runs(hours):
        spans = format_list([_period(o, c, words) for o, c in run.periods], locale=words.locale)
        line = words.line.format(days=_days(run, words), hours=spans)
        lines.append(capitalised(line) if words.capitalise else line)
    return lines


_SCREEN: dict[str, dict[str, str]] = {
    Lang.FR: {
        "every_day": "Tous les jours",
        "all_day": "24 h sur 24",
        "period": "{opens} à {closes}",
        "line": "{days} : {hours}",
    },
    Lang.EN: {
        "every_day": "Every day",
        "all_day": "24 hours",
        "period": "{opens}–{closes}",
        "line": "{days} {hours}",
    },
}


def _screen_clock(lang: str) -> Callable[[time], str]:
    def clock(t: time) -> str:
        # A period closing at 23:59 closes at midnight: "18:00–0:00".
        return clock_time(_MIDNIGHT if t >= _END_OF_DAY else t, lang)

    return clock


def screen_lines(hours: Sequence[OpeningHours], lang: Lang | str) -> list[str]:
    """The directory card's compact hours: "Mon–Fri 9:00–17:00", "lun.–ven. : 9 h à 17 h"."""
    key = Lang.FR if lang == Lang.FR else Lang.EN
    words = _SCREEN[key]
    return format_hours(
        hours,
        HoursWords(
            locale=babel_locale(key),
            clock=_screen_clock(key),
            range_days="{first}–{last}",
            one_day="{day}",
            period=words["period"],
            line=words["line"],
            every_day=words["every_day"],
            all_day=words["all_day"],
            day_width="abbreviated",
            capitalise=False,
        ),
    )
