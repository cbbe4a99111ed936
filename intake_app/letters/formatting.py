"""Dates, hours and addresses as a letter in French or English writes them.

Babel does the locale work (month and day names, list patterns; hours through
`domain.hours`, language names through `domain.languages`); this module only arranges the
pieces the way a Québec letter does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list

from intake_app.domain.common import Lang
from intake_app.domain.hours import HoursWords, clock_time, format_hours
from intake_app.domain.languages import babel_locale
from intake_app.domain.services import Address, OpeningHours
from intake_app.letters.texts import text

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
        return format_date(day, pattern, locale=babel_locale(lang))
    return format_date(day, "long", locale=babel_locale(lang))


def place_and_date(city: str, day: date, lang: Lang) -> str:
    when = letter_date(day, lang)
    if not city:
        return f"Le {when}" if lang is Lang.FR else when
    return f"{city}, le {when}" if lang is Lang.FR else f"{city}, {when}"


def join_list(items: Sequence[str], lang: Lang) -> str:
    """ "a, b et c" / "a, b and c" (Babel's list pattern); empty items left out."""
    kept = [i for i in items if i]
    return format_list(kept, locale=babel_locale(lang)) if kept else ""


def hours_lines(hours: Sequence[OpeningHours], lang: Lang) -> list[str]:
    """Opening hours grouped by runs of days with the same periods.

    [(Mon 9-17), … (Fri 9-17), (Sat 10-14)] → ["Du lundi au vendredi, de 9 h à 17 h",
    "Le samedi, de 10 h à 14 h"]; a day from 0:00 to 23:59 is "ouvert 24 h sur 24".
    """
    words = HoursWords(
        locale=babel_locale(lang),
        clock=lambda t: clock_time(t, lang, twelve_hour=True),
        range_days=text(lang, "{first} to {last}"),
        one_day=text(lang, "{day}"),
        period=text(lang, "{opens} to {closes}"),
        line="{days}, {hours}" if lang is Lang.FR else "{days}: {hours}",
        every_day=text(lang, "every day"),
        all_day=text(lang, "open 24 hours"),
    )
    return format_hours(hours, words)


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
            Locale.parse(babel_locale(lang)).territories.get(
                address.country.upper(), address.country
            )
        )
    return lines


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
