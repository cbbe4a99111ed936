"""Reading languages are named in the interface's language, beside their own name."""

from __future__ import annotations

from intake_app.domain.common import Lang
from intake_app.letters.client_texts import shipped

from intake_app.ui.letters.language_names import reading_language_item, reading_language_name


def test_french_names_come_from_babel_and_name_the_written_variety() -> None:
    assert reading_language_name("ar", Lang.FR) == "arabe"
    assert reading_language_name("prs", Lang.FR) == "dari"  # through its locale, fa_AF
    assert reading_language_name("zh", Lang.FR) == "chinois simplifié"
    # Haitian Creole borrows French formats (fr_HT) but is not French.
    assert reading_language_name("ht", Lang.FR) == "créole haïtien"
    assert reading_language_name("de", Lang.FR) == "allemand"  # no texts: still named


def test_english_keeps_our_fuller_names() -> None:
    assert reading_language_name("fa", Lang.EN) == "Persian (Farsi)"
    assert reading_language_name("de", Lang.EN) == "German"


def test_a_list_item_shows_the_own_name_then_ours_and_no_english_in_french() -> None:
    items = {code: reading_language_item(t, Lang.FR) for code, t in shipped().items()}
    assert items["ar"] == "العربية — Arabe"
    english = {t.english_name for t in shipped().values()} - {"Dari"}
    assert [i for i in items.values() if i.split(" — ")[1] in english] == []
