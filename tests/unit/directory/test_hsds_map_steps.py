"""Named steps of mapping an HSDS record: the address and area of a location, the dated
schedules that are holidays, the organization's letter texts."""

from __future__ import annotations

from intake_app.directory.hsds_map import _address_and_area, _holiday_rows, _with_letter_texts
from intake_app.domain.services import Organization


def test_the_physical_address_is_preferred_and_its_region_is_the_area() -> None:
    loc = {
        "addresses": [
            {"address_type": "postal", "address_1": "CP 123", "region": "Ailleurs"},
            {
                "address_type": "physical",
                "address_1": "10, rue Exemple",
                "address_2": "bureau 2",
                "city": "Montréal",
                "country": "ca",
                "region": "Villeray",
            },
        ]
    }
    address, area = _address_and_area(loc)
    assert address is not None and address.street == "10, rue Exemple"
    assert address.street2 == "bureau 2" and address.country == "CA"
    assert area == "Villeray"


def test_a_postal_address_serves_when_there_is_no_other_and_an_empty_one_is_none() -> None:
    postal, _area = _address_and_area({"addresses": [{"address_type": "postal", "city": "Laval"}]})
    assert postal is not None and postal.city == "Laval"
    assert _address_and_area({"addresses": [{"region": "Verdun"}]}) == (None, "Verdun")
    assert _address_and_area({}) == (None, "")


def test_dated_schedules_without_weekdays_are_holidays_closed_unless_they_have_hours() -> None:
    rec = {
        "holiday_schedules": [{"start_date": "2026-12-25", "closed": "1"}],
        "schedules": [
            {"valid_from": "2026-12-24", "opens_at": "09:00", "closes_at": "12:00"},
            {"valid_from": "2026-12-31"},
            {"valid_from": "2026-01-01", "byday": "MO"},  # a weekly schedule: not a holiday
        ],
    }
    rows = _holiday_rows(rec)
    assert [(r["start_date"], r["closed"]) for r in rows] == [
        ("2026-12-25", "1"),
        ("2026-12-24", "0"),
        ("2026-12-31", "1"),
    ]


def test_letter_texts_name_the_organization_on_letters_only_when_given() -> None:
    org = Organization("org-1", "Centre Le Phare (démo)")
    assert _with_letter_texts(org, {}) is org
    named = _with_letter_texts(org, {"letter-name": " Le Phare ", "letter-address": "Accueil"})
    assert (named.letter_name, named.letter_address_line) == ("Le Phare", "Accueil")
