"""Weekdays, times and dates in the client's reading language, from Babel's CLDR data.

Each language file names its CLDR locale (`babel_locale`); where CLDR has no real data
for a language the file names the fallback and says why (`babel_note`): Haitian Creole
prints French weekdays and times (`fr_HT`), because CLDR's `ht` holds only root data
("Mon", "M03"). Nothing here is a hand-written table of day or month names.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from functools import lru_cache

from babel.dates import format_date, format_time, get_day_names
from babel.lists import format_list

from intake_app.domain.services import OpeningHours
from intake_app.letters.client_texts import ClientTexts
from intake_app.letters.formatting import day_runs


@lru_cache(maxsize=32)
def day_names(locale: str) -> dict[int, str]:
    """ISO weekday (1 = Monday) → the locale's wide stand-alone name."""
    names = get_day_names("wide", context="stand-alone", locale=locale)
    return {i + 1: names[i] for i in range(7)}


@lru_cache(maxsize=256)
def clock(t: time, locale: str) -> str:
    return format_time(t, "short", locale=locale)


def long_date(day: date, texts: ClientTexts) -> str:
    return format_date(day, "long", locale=texts.babel_locale)


def _capital(line: str) -> str:
    return line[:1].upper() + line[1:] if line else line


def hours_lines(hours: Sequence[OpeningHours], texts: ClientTexts) -> list[str]:
    """Opening hours grouped by runs of days with the same periods, in `texts`' language:
    [(Mon 9–17) … (Fri 9–17)] → ["De lunes a viernes: de 9:00 a 17:00"]."""
    locale = texts.babel_locale
    names = day_names(locale)
    lines: list[str] = []
    for day, last, periods in day_runs(hours):
        if last > day:
            days = texts.phrase("{first} to {last}").format(first=names[day], last=names[last])
        else:
            days = texts.phrase("{day}").format(day=names[day])
        spans = format_list(
            [
                texts.phrase("{opens} to {closes}").format(
                    opens=clock(o, locale), closes=clock(c, locale)
                )
                for o, c in periods
            ],
            locale=locale,
        )
        lines.append(_capital(texts.phrase("{days}: {hours}").format(days=days, hours=spans)))
    return lines
