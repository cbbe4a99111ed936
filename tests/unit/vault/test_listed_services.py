"""The in-memory directory's records (`ListedService`, decoded by `listed_service_from`)
say what the whole service says about everything the list, the filter and the facets
read: the same names, areas, hours and flags, and a search text that finds exactly what
the whole service's folded text found."""

from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from intake_app.directory.sample import generate_services
from intake_app.directory.search import DirectoryFilter, DirectoryIndex, facet_values
from intake_app.domain.folding import search_fold
from intake_app.domain.services import (
    AccessMode,
    ListedService,
    Location,
    OpeningHours,
    Service,
    Translation,
)
from intake_app.vault.directory_codec import (
    listed_organization_from,
    listed_service_from,
    organization_doc,
    service_doc,
)


def listed(s: Service) -> ListedService:
    """`s` stored and read back as the in-memory directory reads it."""
    o = s.organization
    org = listed_organization_from(o.id, o.name, organization_doc(o))
    verified = s.last_verified.isoformat() if s.last_verified else None
    return listed_service_from(s.id, org, s.name, s.source, s.active, verified, service_doc(s), {})


def old_text(s: Service) -> str:
    """The filter's text as the index built it from whole services before `ListedService`."""
    parts = [s.name, s.organization.name, s.description, s.program_name]
    for t in s.translations:
        parts += [t.name, t.description]
    parts += list(frozenset(loc.area for loc in s.locations if loc.area))
    return search_fold(" \n ".join(p for p in parts if p))


def varied(count: int, seed: int) -> list[Service]:
    """Generated services, with the shapes a real directory also has: no location, two
    locations (the second with hours), hours on the service only, no translation, a
    translation without a name, two translations, inactive ones."""
    rng = random.Random(seed)
    out = []
    for i, s in enumerate(generate_services(count, seed)):
        loc = s.locations[0] if s.locations else Location(id="x")
        if i % 5 == 1:
            s = replace(
                s,
                locations=(),
                hours=(OpeningHours(2, loc.hours[0].opens, loc.hours[0].closes),)
                if loc.hours
                else (),
            )
        elif i % 5 == 2:
            other = replace(loc, id="y", area="Verdun", latitude=45.46, longitude=-73.57)
            s = replace(s, locations=(replace(loc, hours=()), other))
        elif i % 5 == 3:
            s = replace(s, translations=(Translation("en", "", "Only a description."),))
        elif i % 5 == 4:
            s = replace(s, translations=(), active=rng.random() < 0.5)
        elif i % 10 == 0:  # two other languages
            es = Translation("es", f"Servicio — {i} ñ", "Descripción en español.")
            s = replace(s, translations=(*s.translations, es))
        out.append(s)
    return out


SERVICES = varied(300, seed=5)


def words_to_try(texts: list[str], rng: random.Random) -> list[str]:
    """Words of the texts, pieces of them (prefixes, middles), and pieces that cross a
    space or a line, which a typed word never holds but which tell the texts apart."""
    found: list[str] = []
    for text in texts:
        tokens = text.split()
        found += rng.sample(tokens, min(4, len(tokens)))
        for t in rng.sample(tokens, min(4, len(tokens))):
            a = rng.randrange(len(t))
            found.append(t[a : a + rng.randint(1, 6)])
    return found


def test_the_search_text_finds_exactly_what_the_whole_services_text_found() -> None:
    rng = random.Random(3)
    olds = [old_text(s) for s in SERVICES]
    news = [listed(s).search_text for s in SERVICES]
    for word in words_to_try(olds, rng):
        assert [word in t for t in olds] == [word in t for t in news], word


@given(
    st.lists(st.text(min_size=0, max_size=40), max_size=6),
    st.text(
        alphabet=st.characters(blacklist_categories=("Zs", "Zl", "Zp", "Cc")),
        min_size=1,
        max_size=6,
    ),
)
def test_any_word_is_in_the_search_text_exactly_when_in_the_old_text(
    parts: list[str], word: str
) -> None:
    from intake_app.domain.folding import search_text

    old = search_fold(" \n ".join(p for p in parts if p))
    for w in search_fold(word).split():
        assert (w in old) == (w in search_text(parts))


def test_a_listed_service_says_what_the_whole_one_says() -> None:
    for s in SERVICES:
        x = listed(s)
        assert (x.id, x.name, x.organization.id, x.organization.name) == (
            s.id,
            s.name,
            s.organization.id,
            s.organization.name,
        )
        for lang in ("fr", "en", "es"):
            assert x.name_in(lang) == s.name_in(lang)
        assert x.area == s.area
        assert [(p.area, p.latitude, p.longitude) for p in x.locations if p.area or p.latitude] == [
            (loc.area, loc.latitude, loc.longitude)
            for loc in s.locations
            if loc.area or loc.latitude
        ]
        assert x.effective_hours == s.effective_hours
        assert (x.categories, x.audiences, x.languages, x.access) == (
            s.categories,
            s.audiences,
            s.languages,
            s.access,
        )
        assert x.required_documents == s.required_documents
        e, f = x.eligibility, s.eligibility
        assert (e.free, e.no_status_required, e.no_id_required, e.no_health_card_required) == (
            f.free,
            f.no_status_required,
            f.no_id_required,
            f.no_health_card_required,
        )
        assert (x.interpretation_offered, x.active, x.last_verified, x.source) == (
            s.interpretation_offered,
            s.active,
            s.last_verified,
            s.source,
        )
        assert x.letter_name == s.letter_name and x.phone == s.phone


def test_filters_find_the_same_services_in_listed_and_whole_records() -> None:
    rng = random.Random(8)
    whole = DirectoryIndex(SERVICES)
    compact = DirectoryIndex([listed(s) for s in SERVICES])
    words = [*words_to_try([old_text(s) for s in SERVICES[:40]], rng), "nourriture", "zzz", ""]
    areas = sorted({loc.area for s in SERVICES for loc in s.locations if loc.area})
    filters = [DirectoryFilter(text=w) for w in words] + [
        DirectoryFilter(text="de", areas=frozenset({areas[0]})),
        DirectoryFilter(areas=frozenset({"Verdun"}), include_inactive=True),
        DirectoryFilter(categories=frozenset({"food"}), free=True),
        DirectoryFilter(languages=frozenset({"es"}), no_status_required=True),
        DirectoryFilter(access=frozenset({AccessMode.WALK_IN}), no_id_required=True),
        DirectoryFilter(audiences=frozenset({"youth"}), no_health_card_required=True),
    ]
    found_any = False
    for f in filters:
        assert whole.matches(f) == compact.matches(f), f
        found_any |= any(whole.matches(f))
    assert found_any
    assert facet_values(SERVICES) == facet_values([listed(s) for s in SERVICES])
