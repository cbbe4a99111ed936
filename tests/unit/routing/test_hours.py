from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from intake_app.domain.services import OpeningHours
from intake_app.routing.hours import OpenState, by_weekday, opening_at

TZ = ZoneInfo("America/Montreal")
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
