"""Opening hours: read, stored, open now, and written for the screen and letters."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from intake_app.domain.common import Lang
from intake_app.domain.hours import (
    DayRun,
    HoursWords,
    OpenState,
    by_weekday,
    clock_time,
    day_names,
    day_runs,
    format_hours,
    hours_from_store,
    is_open,
    locale_time,
    opening_at,
    parse_hours,
    screen_lines,
    stored_hours,
)
from intake_app.domain.services import OpeningHours

TZ = ZoneInfo("America/Montreal")
MTL = TZ
SOON = timedelta(hours=2)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment on ISO weekday `day` of the week of 2026-03-09 (a Monday)."""
    return datetime(2026, 3, 8 + day, hour, minute, tzinfo=TZ)


def test_open_during_its_hours_and_closed_after() -> None:
    spans = by_weekday([OpeningHours(1, time(9), time(17))])
    assert opening_at(spans, at(1, 10), SOON).state is OpenState.OPEN_NOW
    assert opening_at(spans, at(1, 10), SOON).at == time(17)
    assert opening_at(spans, at(1, 17), SOON).state is OpenState.CLOSED
    assert opening_at(spans, at(2, 10), SOON).state is OpenState.CLOSED


def test_opens_soon_within_two_hours() -> None:
    spans = by_weekday([OpeningHours(1, time(13), time(17))])
    assert opening_at(spans, at(1, 11, 30), SOON).state is OpenState.OPENS_SOON
    assert opening_at(spans, at(1, 10, 30), SOON).state is OpenState.CLOSED


def test_an_overnight_shelter_is_open_late_and_early_the_next_day() -> None:
    spans = by_weekday([OpeningHours(7, time(20), time(8))])
    assert opening_at(spans, at(7, 23), SOON).state is OpenState.OPEN_NOW
    assert opening_at(spans, at(1, 7), SOON).state is OpenState.OPEN_NOW  # Monday morning
    assert opening_at(spans, at(1, 9), SOON).state is OpenState.CLOSED


def test_no_hours_at_all_is_unknown_not_closed() -> None:
    assert opening_at(by_weekday([]), at(1, 10), SOON).state is OpenState.UNKNOWN


def test_open_until_midnight_written_as_23_59() -> None:
    spans = by_weekday([OpeningHours(d, time(0), time(23, 59)) for d in range(1, 8)])
    assert opening_at(spans, at(3, 23, 59), SOON).state is OpenState.OPEN_NOW


def test_weekday_hours_read_as_one_line_in_both_languages() -> None:
    hours = parse_hours("1-5 9:00-17:00; 6 10:00-14:30")
    assert screen_lines(hours, "en") == ["Mon–Fri 9:00–17:00", "Sat 10:00–14:30"]
    assert screen_lines(hours, "fr") == ["lun.–ven. : 9 h à 17 h", "sam. : 10 h à 14 h 30"]


def test_round_the_clock_service_reads_as_every_day() -> None:
    assert screen_lines(parse_hours("1-7 0:00-23:59"), "en") == ["Every day 24 hours"]
    assert screen_lines(parse_hours("1-7 0:00-23:59"), "fr") == ["Tous les jours : 24 h sur 24"]


def test_open_now_follows_weekday_and_time() -> None:
    hours = parse_hours("1-5 9:00-17:00")
    wednesday = datetime(2026, 3, 11, 10, 30, tzinfo=MTL)
    assert is_open(hours, wednesday)
    assert not is_open(hours, wednesday.replace(hour=17, minute=0))
    assert not is_open(hours, datetime(2026, 3, 14, 10, 30, tzinfo=MTL))  # Saturday
    assert is_open(parse_hours("7 18:00-23:59"), datetime(2026, 3, 15, 23, 59, 30, tzinfo=MTL))


def test_parse_hours_reads_day_ranges_and_single_days() -> None:
    hours = parse_hours("1-2 9:00-17:00; 6 10:00-14:30")
    assert hours == (
        OpeningHours(1, time(9), time(17)),
        OpeningHours(2, time(9), time(17)),
        OpeningHours(6, time(10), time(14, 30)),
    )


def test_stored_form_round_trips() -> None:
    hours = parse_hours("1-2 9:00-17:00; 7 20:00-08:00")
    raw = stored_hours(hours)
    assert raw == "1 09:00 17:00;2 09:00 17:00;7 20:00 08:00"
    assert hours_from_store(raw) == hours
    assert hours_from_store("") == ()


def test_is_open_reads_an_overnight_period_into_the_next_morning() -> None:
    shelter = parse_hours("7 20:00-08:00")
    assert is_open(shelter, at(7, 23))
    assert is_open(shelter, at(1, 7, 30))  # Monday morning
    assert not is_open(shelter, at(1, 8))


def test_day_runs_group_consecutive_days_with_the_same_periods() -> None:
    hours = parse_hours("1-5 9:00-17:00; 6 10:00-14:00; 7 10:00-14:00")
    assert day_runs(hours) == [
        DayRun(1, 5, [(time(9), time(17))]),
        DayRun(6, 7, [(time(10), time(14))]),
    ]
    assert day_runs([]) == []


def test_clock_time_in_quebec_french_and_english() -> None:
    assert clock_time(time(9), Lang.FR) == "9 h"
    assert clock_time(time(9, 30), "fr") == "9 h 30"
    assert clock_time(time(9, 30), Lang.EN) == "9:30"
    assert clock_time(time(9), Lang.EN, twelve_hour=True) == "9 a.m."
    assert clock_time(time(16, 30), Lang.EN, twelve_hour=True) == "4:30 p.m."


def test_day_names_and_locale_time_come_from_cldr() -> None:
    assert day_names("es_ES")[1] == "lunes"
    assert day_names("fr_CA", "abbreviated")[6] == "sam."
    assert locale_time(time(9), "es_ES") == "9:00"


def test_screen_lines_join_several_periods_as_a_list() -> None:
    hours = parse_hours("1 9:00-12:00; 1 13:00-17:00")
    assert screen_lines(hours, Lang.FR) == ["lun. : 9 h à 12 h et 13 h à 17 h"]
    assert screen_lines(hours, "en") == ["Mon 9:00–12:00 and 13:00–17:00"]


def test_screen_lines_write_a_period_to_midnight_as_zero_hour() -> None:
    assert screen_lines(parse_hours("5 18:00-23:59"), "en") == ["Fri 18:00–0:00"]


def test_format_hours_follows_the_language_words() -> None:
    words = HoursWords(
        locale="es_ES",
        clock=lambda t: locale_time(t, "es_ES"),
        range_days="de {first} a {last}",
        one_day="el {day}",
        period="de {opens} a {closes}",
        line="{days}: {hours}",
    )
    hours = parse_hours("1-5 9:00-17:00; 6 0:00-23:59")
    assert format_hours(hours, words) == [
        "De lunes a viernes: de 9:00 a 17:00",
        "El sábado: de 0:00 a 23:59",  # no all-day words: the period as it is
    ]
