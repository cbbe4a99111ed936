"""Dates, hours, addresses and language names as a letter in French or English writes them.

Babel does the locale work (month and day names, 24-hour "9 h 30" against "9:30 a.m.",
language names); this module only arranges the pieces the way a Québec letter does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, time
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_time, get_day_names

from intake_app.domain.common import Lang
from intake_app.domain.services import Address, OpeningHours
from intake_app.letters.texts import text

LOCALES = {Lang.FR: "fr_CA", Lang.EN: "en_CA"}

_PROVINCES: dict[str, tuple[str, str]] = {
    "QC": ("Québec", "Quebec"),
    "ON": ("Ontario", "Ontario"),
    "NB": ("Nouveau-Brunswick", "New Brunswick"),
    "NS": ("Nouvelle-Écosse", "Nova Scotia"),
    "PE": ("Île-du-Prince-Édouard", "Prince Edward Island"),
    "MB": ("Manitoba", "Manitoba"),
    "NL": ("Terre-Neuve-et-Labrador", "Newfoundland and Labrador"),
    "SK": ("Saskatchewan", "Saskatchewan"),
    "AB": ("Alberta", "Alberta"),
    "BC": ("Colombie-Britannique", "British Columbia"),
    "YT": ("Yukon", "Yukon"),
    "NT": ("Territoires du Nord-Ouest", "Northwest Territories"),
    "NU": ("Nunavut", "Nunavut"),
}
_PROVINCE_BY_NAME = {name.casefold(): code for code, names in _PROVINCES.items() for name in names}


def letter_date(day: date, lang: Lang) -> str:
    """ "Le 1er mars 2026" style in French (with the ordinal on the first), "March 1, 2026"."""
    if lang is Lang.FR:
        pattern = "d'er' MMMM y" if day.day == 1 else "d MMMM y"
        return format_date(day, pattern, locale=LOCALES[lang])
    return format_date(day, "long", locale=LOCALES[lang])


def place_and_date(city: str, day: date, lang: Lang) -> str:
    when = letter_date(day, lang)
    if not city:
        return f"Le {when}" if lang is Lang.FR else when
    return f"{city}, le {when}" if lang is Lang.FR else f"{city}, {when}"


def clock_time(t: time, lang: Lang) -> str:
    if lang is Lang.FR:
        return format_time(t, "H 'h'" if t.minute == 0 else "H 'h' mm", locale="fr_CA")
    return format_time(t, "h a" if t.minute == 0 else "h:mm a", locale="en_CA")


@lru_cache(maxsize=4)
def _day_names(lang: Lang) -> dict[int, str]:
    names = get_day_names("wide", locale=LOCALES[lang])
    return {i + 1: names[i] for i in range(7)}


def join_list(items: Sequence[str], lang: Lang) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return text(lang, ", ").join(items[:-1]) + text(lang, " and ") + items[-1]


def _period(opens: time, closes: time, lang: Lang) -> str:
    """ "de 9 h à 17 h"; a day from 0:00 to 23:59 is "ouvert 24 h sur 24", not
    "de 0 h à 23 h 59"."""
    if opens == time(0, 0) and closes >= time(23, 59):
        return text(lang, "open 24 hours")
    return text(lang, "{opens} to {closes}").format(
        opens=clock_time(opens, lang), closes=clock_time(closes, lang)
    )


def day_runs(hours: Sequence[OpeningHours]) -> list[tuple[int, int, list[tuple[time, time]]]]:
    """Runs of consecutive weekdays (1 = Monday … 7) with the same periods, in week order:
    [(Mon 9-17) … (Fri 9-17), (Sat 10-14)] → [(1, 5, [(9:00, 17:00)]), (6, 6, [(10:00, 14:00)])].
    Shared by the letter's hours and the client's part in other languages."""
    by_day: dict[int, list[tuple[time, time]]] = {}
    for h in hours:
        if 1 <= h.weekday <= 7:
            by_day.setdefault(h.weekday, []).append((h.opens, h.closes))
    for periods in by_day.values():
        periods.sort()
    runs: list[tuple[int, int, list[tuple[time, time]]]] = []
    day = 1
    while day <= 7:
        found = by_day.get(day)
        if not found:
            day += 1
            continue
        periods = found
        last = day
        while last + 1 <= 7 and by_day.get(last + 1) == periods:
            last += 1
        runs.append((day, last, periods))
        day = last + 1
    return runs


def hours_lines(hours: Sequence[OpeningHours], lang: Lang) -> list[str]:
    """Opening hours grouped by runs of days with the same periods.

    [(Mon 9-17), … (Fri 9-17), (Sat 10-14)] → ["du lundi au vendredi, de 9 h à 17 h",
    "le samedi, de 10 h à 14 h"].
    """
    names = _day_names(lang)
    lines: list[str] = []
    for day, last, periods in day_runs(hours):
        if day == 1 and last == 7:
            days = text(lang, "every day")
        elif last > day:
            days = text(lang, "{first} to {last}").format(first=names[day], last=names[last])
        else:
            days = text(lang, "{day}").format(day=names[day])
        spans = text(lang, " and ").join(_period(o, c, lang) for o, c in periods)
        line = f"{days}, {spans}" if lang is Lang.FR else f"{days}: {spans}"
        lines.append(line[0].upper() + line[1:])
    return lines


def province(region: str, lang: Lang) -> str:
    code = region.strip().upper()
    if code not in _PROVINCES:
        code = _PROVINCE_BY_NAME.get(region.strip().casefold(), "")
    if not code:
        return region.strip()
    return _PROVINCES[code][0] if lang is Lang.FR else code


def address_lines(address: Address | None, lang: Lang) -> list[str]:
    """Canada Post style lines: "Montréal (Québec)  H2X 1Y4" in French, "Montréal, QC  H2X 1Y4"
    in English; the street line is printed as the directory wrote it."""
    if address is None:
        return []
    lines = [line.strip() for line in address.street.splitlines() if line.strip()]
    if address.street2.strip():  # suite, floor, building: the client needs it to find the door
        lines.append(address.street2.strip())
    city = address.city.strip()
    region = province(address.region, lang)
    postal = "".join(address.postal_code.upper().split())
    if len(postal) == 6 and postal[:3].isalnum():
        postal = f"{postal[:3]} {postal[3:]}"
    if lang is Lang.FR:
        locality = f"{city} ({region})" if city and region else city or region
    else:
        locality = ", ".join(p for p in (city, region) if p)
    last = "  ".join(p for p in (locality, postal) if p)
    if last:
        lines.append(last)
    if address.country and address.country.upper() not in ("CA", "CANADA"):
        lines.append(
            Locale.parse(LOCALES[lang]).territories.get(address.country.upper(), address.country)
        )
    return lines


def language_names(codes: Sequence[str], lang: Lang) -> str:
    names = Locale.parse(LOCALES[lang]).languages
    return join_list([names.get(c, c) for c in codes], lang)


_POSTAL_CODE = re.compile(r"\b[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d\b")


def city_of(address_text: str) -> str:
    """The city in the organization's address as typed in Settings, best effort:
    "1234 rue Exemple, Montréal QC H2X 1Y4" → "Montréal"; the part that holds the postal
    code is the one with the city, else the second part."""
    lines = [p.strip() for p in address_text.replace("\n", ",").split(",") if p.strip()]
    if len(lines) < 2:
        return ""
    with_code = [i for i, line in enumerate(lines) if _POSTAL_CODE.search(line)]
    # The city sits with the postal code, or just before it ("Laval, QC H7N 1A1").
    candidates = [with_code[-1], with_code[-1] - 1] if with_code else [1]
    for index in candidates:
        if 0 <= index < len(lines):
            city = _city_words(lines[index])
            if city:
                return city
    return ""


def _city_words(part: str) -> str:
    kept = [
        w
        for w in part.split()
        if w.upper() not in _PROVINCES
        and not any(ch.isdigit() for ch in w)
        and not w.startswith("(")
    ]
    return " ".join(kept)
