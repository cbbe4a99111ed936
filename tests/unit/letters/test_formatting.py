"""How addresses and places are read for the letter's date line."""

from __future__ import annotations

import pytest

from intake_app.letters.formatting import city_of


@pytest.mark.parametrize(
    ("address", "city"),
    [
        ("1000, rue Fictive, bureau 200\nMontréal (Québec)  H2X 0A0", "Montréal"),
        ("1234 rue Exemple, Montréal QC H2X 1Y4", "Montréal"),
        ("12 Main St\nLaval, QC H7N 1A1", "Laval"),
        ("a single line", ""),
    ],
)
def test_the_letter_date_line_takes_the_city_beside_the_postal_code(
    address: str, city: str
) -> None:
    assert city_of(address) == city


def test_address_keeps_the_suite_line_and_invents_no_country() -> None:
    """Imported addresses keep HSDS address_2 apart and may have no country at all."""
    from intake_app.domain.common import Lang
    from intake_app.domain.services import Address
    from intake_app.letters.formatting import address_lines

    a = Address("1100 NW 5th Ave", "Gainesville", "FL", "32601", "", street2="Suite 200")
    assert address_lines(a, Lang.EN) == ["1100 NW 5th Ave", "Suite 200", "Gainesville, FL  32601"]
