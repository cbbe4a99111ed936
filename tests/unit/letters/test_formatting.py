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
