"""Dates and times shown in the accounts, backup and audit views, in the UI's locale.

One style everywhere: the medium date the tables use ("19 mars 2026", "Mar 19, 2026"),
the same in date editors, and the short time ("10 h 30", "10:30 AM").
"""

from __future__ import annotations

from datetime import datetime

from babel.dates import format_date, format_time

from intake_app.domain.common import Lang
from intake_app.domain.languages import babel_locale

from intake_app.ui.i18n import interface_lang


def _babel_locale() -> str:
    return babel_locale(interface_lang())


def short_datetime(moment: datetime) -> str:
    """`moment` as the medium date and short time (wall-clock time as recorded)."""
    locale = _babel_locale()
    day = format_date(moment, "medium", locale=locale)
    return f"{day} {format_time(moment, 'short', locale=locale)}"


def date_edit_format() -> str:
    """The display format for QDateEdit that matches the tables' dates."""
    return "d MMM yyyy" if interface_lang() is Lang.FR else "MMM d, yyyy"
