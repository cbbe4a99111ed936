"""Weekdays, times and dates in the client's reading language, from Babel's CLDR data.

Each language file names its CLDR locale (`babel_locale`); where CLDR has no real data
for a language the file names the fallback and says why (`babel_note`): Haitian Creole
prints French weekdays and times (`fr_HT`), because CLDR's `ht` holds only root data
("Mon", "M03"). Nothing here is a hand-written table of day or month names.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake_app.domain.hours import HoursWords, format_hours, locale_time
from intake_app.domain.services import OpeningHours
from intake_app.letters.client_texts import ClientTexts


def hours_lines(hours: Sequence[OpeningHours], texts: ClientTexts) -> list[str]:
    """Opening hours grouped by runs of days with the same periods, in `texts`' language:
    [(Mon 9–17) … (Fri 9–17)] → ["De lunes a viernes: de 9:00 a 17:00"]."""
    locale = texts.babel_locale
    words = HoursWords(
        locale=locale,
        clock=lambda t: locale_time(t, locale),
        range_days=texts.phrase("{first} to {last}"),
        one_day=texts.phrase("{day}"),
        period=texts.phrase("{opens} to {closes}"),
        line=texts.phrase("{days}: {hours}"),
    )
    return format_hours(hours, words)
