"""Words people type for a category, and a suggestion when a search finds nothing."""

from __future__ import annotations

from intake_app.directory.sample import sample_services
from intake_app.directory.search import DirectoryFilter, DirectoryIndex


def test_nourriture_finds_food_services_and_a_typo_is_corrected() -> None:
    index = DirectoryIndex(sample_services())
    food = index.filter(DirectoryFilter(text="nourriture"))
    assert food and all("food" in s.categories for s in food)
    assert index.suggest("nouriture") == "nourriture"
    assert index.suggest("logment") == "logement"


def test_no_suggestion_for_gibberish_or_a_search_that_already_finds() -> None:
    index = DirectoryIndex(sample_services())
    assert index.suggest("xqzwv") == ""
    assert index.suggest("logement") == ""
