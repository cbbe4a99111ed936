"""A service open day and night says so, in words, on the letter."""

from __future__ import annotations

from datetime import time

from intake_app.domain.common import Lang
from intake_app.domain.services import OpeningHours
from intake_app.letters.formatting import hours_lines


def test_a_24_hour_service_reads_open_24_hours_every_day() -> None:
    always = [OpeningHours(d, time(0, 0), time(23, 59)) for d in range(1, 8)]
    assert hours_lines(always, Lang.FR) == ["Tous les jours, ouvert 24 h sur 24"]
    assert hours_lines(always, Lang.EN) == ["Every day: open 24 hours"]


def test_weekdays_keep_their_range() -> None:
    week = [OpeningHours(d, time(9, 0), time(17, 0)) for d in range(1, 6)]
    assert hours_lines(week, Lang.FR) == ["Du lundi au vendredi, de 9 h à 17 h"]
