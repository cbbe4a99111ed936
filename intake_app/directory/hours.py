"""Opening hours a person can read ("Mon–Fri 9:00–17:00", "lun.–ven. 9 h à 17 h"), and
whether a service is open at a given moment. Day and language names come from Babel."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from babel import Locale
from babel.core import UnknownLocaleError
from babel.dates import format_time, get_day_names

from intake_app.domain.services import OpeningHours

_LOCALES = {"fr": "fr_CA", "en": "en_CA"}
_END_OF_DAY = time(23, 59)


def _locale(lang: str) -> str:
    return _LOCALES.get(lang, "en_CA")


def _time(t: time, lang: str) -> str:
    if lang == "fr":
        return format_time(t, "H 'h'" if t.minute == 0 else "H 'h' mm", locale="fr_CA")
    return format_time(t, "H:mm", locale="en_CA")


def _is_all_day(p: OpeningHours) -> bool:
    return p.opens == time(0, 0) and p.closes >= _END_OF_DAY


def _period(p: OpeningHours, lang: str) -> str:
    if _is_all_day(p):
        return "24 h sur 24" if lang == "fr" else "24 hours"
    closes = time(0, 0) if p.closes >= _END_OF_DAY else p.closes
    if lang == "fr":
        return f"{_time(p.opens, lang)} à {_time(closes, lang)}"
    return f"{_time(p.opens, lang)}–{_time(closes, lang)}"


def format_hours(hours: Sequence[OpeningHours], lang: str) -> list[str]:
    """One line per run of consecutive days with the same periods, Monday first."""
    names = get_day_names("abbreviated", locale=_locale(lang))
    by_day: dict[int, tuple[tuple[time, time], ...]] = {}
    for day in range(1, 8):
        by_day[day] = tuple(sorted((h.opens, h.closes) for h in hours if h.weekday == day))
    lines: list[str] = []
    day = 1
    while day <= 7:
        periods = by_day[day]
        last = day
        while last < 7 and by_day[last + 1] == periods:
            last += 1
        if periods:
            days = names[day - 1] if last == day else f"{names[day - 1]}–{names[last - 1]}"
            if last == 7 and day == 1:
                days = "Tous les jours" if lang == "fr" else "Every day"
            text = ", ".join(_period(OpeningHours(day, o, c), lang) for o, c in periods)
            sep = " : " if lang == "fr" else " "
            lines.append(f"{days}{sep}{text}")
        day = last + 1
    return lines


def is_open(hours: Sequence[OpeningHours], now: datetime) -> bool:
    """Open at `now` (local time)? A period closing at 23:59 or 0:00 runs to midnight."""
    day, t = now.isoweekday(), now.time().replace(tzinfo=None)
    for h in hours:
        if h.weekday != day or t < h.opens:
            continue
        if h.closes >= _END_OF_DAY or h.closes == time(0, 0) or t < h.closes:
            return True
    return False


def language_name(code: str, lang: str) -> str:
    """ "es" → "espagnol" / "Spanish"; unknown codes are shown as they are."""
    try:
        name = Locale.parse(_locale(lang)).languages.get(code)
    except (ValueError, UnknownLocaleError):
        name = None
    return name or code
