"""The accent-folding directory filter."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from intake_app.directory.sample import generate_services, sample_services
from intake_app.directory.search import DirectoryFilter, DirectoryIndex
from intake_app.domain.folding import fold
from intake_app.domain.services import AccessMode
from intake_app.domain.taxonomy import term

MTL = ZoneInfo("America/Montreal")


@given(st.text())
def test_fold_is_idempotent_and_drops_accents(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert fold("Santé CÔTE-des-Neiges") == "sante cote-des-neiges"


def test_search_ignores_accents_and_case() -> None:
    index = DirectoryIndex(sample_services())
    found = index.filter(DirectoryFilter(text="sante"))
    assert found and all(
        "sante"
        in fold(
            s.name
            + s.organization.name
            + s.description
            + s.description_in("en")
            + s.name_in("en")
            + s.area
            + " ".join(term(c).fr for c in s.categories)
        )
        for s in found
    )
    assert any(s.name.startswith("Vaccination et santé") for s in found)
    assert index.filter(DirectoryFilter(text="CLINIQUE sans")) != []


def test_search_finds_english_names_too() -> None:
    index = DirectoryIndex(sample_services())
    assert [s.name_in("en") for s in index.filter(DirectoryFilter(text="walk-in clinic"))] == [
        "Walk-in clinic"
    ]


def test_filters_combine_category_language_area_access_and_flags() -> None:
    services = sample_services()
    index = DirectoryIndex(services)
    f = DirectoryFilter(
        categories=frozenset({"food"}),
        languages=frozenset({"es"}),
        access=frozenset({AccessMode.WALK_IN}),
        no_id_required=True,
    )
    found = index.filter(f)
    assert found
    for s in found:
        assert "food" in s.categories and "es" in s.languages
        assert AccessMode.WALK_IN in s.access and s.eligibility.no_id_required
    expected = [
        s
        for s in services
        if "food" in s.categories
        and "es" in s.languages
        and AccessMode.WALK_IN in s.access
        and s.eligibility.no_id_required
    ]
    assert found == expected
    assert index.filter(DirectoryFilter(areas=frozenset({"Verdun"}))) == [
        s for s in services if s.area == "Verdun"
    ]


def test_inactive_services_are_hidden_unless_asked() -> None:
    from dataclasses import replace

    services = [replace(s, active=False) if i == 0 else s for i, s in enumerate(sample_services())]
    index = DirectoryIndex(services)
    assert services[0] not in index.filter(DirectoryFilter())
    assert services[0] in index.filter(DirectoryFilter(include_inactive=True))


def test_filter_per_keystroke_on_10000_services_matches_the_typed_text() -> None:
    """What each keystroke finds; how fast is `make bench` ("directory filter")."""
    services = generate_services(10_000, seed=2)
    index = DirectoryIndex(services)
    sizes = []
    for typed in ("s", "sa", "san", "sant", "sante", "sante cote"):
        sizes.append(sum(index.matches(DirectoryFilter(text=typed, no_id_required=True))))
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] > 0
