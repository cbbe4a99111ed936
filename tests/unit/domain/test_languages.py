"""Languages: codes read from what directories write, names from Babel in both languages."""

from __future__ import annotations

from intake_app.domain.common import Lang
from intake_app.domain.languages import (
    babel_locale,
    capitalised,
    known_language_codes,
    language_choices,
    language_code,
    language_codes,
    language_list,
    language_name,
    variety_name,
)


def test_babel_locale_is_canadian_for_both_interface_languages() -> None:
    assert babel_locale(Lang.FR) == "fr_CA"
    assert babel_locale("fr") == "fr_CA"
    assert babel_locale(Lang.EN) == "en_CA"
    assert babel_locale("es") == "en_CA"  # anything else formats as English Canada


def test_language_name_in_both_languages_or_the_code() -> None:
    assert language_name("es", Lang.FR) == "espagnol"
    assert language_name("es", "en") == "Spanish"
    assert language_name("zz-unknown", Lang.EN) == "zz-unknown"


def test_language_list_joins_with_the_locale_pattern_in_the_given_order() -> None:
    assert language_list(["es", "ar", "fr"], Lang.FR) == "espagnol, arabe et français"
    assert language_list(["es", "ar"], Lang.EN) == "Spanish and Arabic"
    assert language_list([], Lang.EN) == ""


def test_language_choices_are_two_letter_codes_sorted_by_capitalised_name() -> None:
    choices = language_choices(Lang.FR)
    assert ("es", "Espagnol") in choices
    assert all(len(code) == 2 for code, _ in choices)
    names = [name.casefold() for _, name in choices]
    assert names == sorted(names)


def test_known_codes_leave_regional_variants_out() -> None:
    known = known_language_codes()
    assert {"es", "ar", "ti"} <= known
    assert "zh_Hans" not in known


def test_variety_name_names_the_written_variety_unless_formats_are_borrowed() -> None:
    assert variety_name("zh", "zh_Hans", Lang.FR) == "chinois simplifié"
    assert variety_name("ht", "fr_HT", Lang.FR) == "créole haïtien"
    assert variety_name("de", None, Lang.EN) == "German"
    assert variety_name("zz", None, Lang.EN) == ""


def test_capitalised_only_touches_the_first_letter() -> None:
    assert capitalised("créole haïtien") == "Créole haïtien"
    assert capitalised("") == ""


def test_language_code_reads_codes_and_names_in_any_case_or_accent() -> None:
    assert language_code("es-MX") == "es"
    assert language_code("spa") == "es"
    assert language_code("ESPAÑOL") == "es"
    assert language_code("espagnol") == "es"
    assert language_code("Klingonish") is None


def test_language_codes_splits_lists_and_reports_what_it_cannot_read() -> None:
    assert language_codes("Spanish, French") == ({"es", "fr"}, [])
    assert language_codes("arabe et anglais") == ({"ar", "en"}, [])
    assert language_codes("Spanish / Elvish") == ({"es"}, ["Elvish"])
