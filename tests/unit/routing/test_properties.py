"""Properties of ranking over generated directories and clients (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from intake_app.domain.clients import Barriers, Need
from intake_app.domain.common import Tri, Urgency
from intake_app.domain.services import (
    AccessMode,
    Document,
    Eligibility,
    Location,
    OpeningHours,
    Service,
)
from intake_app.routing.rank import RoutingQuery, rank_services
from intake_app.routing.rules import lacking_documents, required_documents
from tests.unit.routing.helpers import NOW, ORG

CATEGORIES = ("housing", "food", "health")
LANGS = ("fr", "en", "es", "ar", "fa")
AREAS = ("Villeray", "Verdun", "")

hours = st.builds(
    OpeningHours,
    weekday=st.integers(1, 7),
    opens=st.sampled_from([time(8), time(9), time(11), time(13)]),
    closes=st.sampled_from([time(12), time(17), time(21)]),
)


@st.composite
def services(draw: st.DrawFn, index: int = 0) -> Service:
    lat = draw(st.none() | st.floats(45.40, 45.70))
    lon = None if lat is None else draw(st.floats(-73.80, -73.45))
    return Service(
        id=f"s{draw(st.integers(0, 10**6))}",
        organization=ORG,
        name=draw(st.sampled_from(["Alpha", "Beta", "Gamma", "Delta", "alpha"])),
        categories=frozenset(draw(st.sets(st.sampled_from(CATEGORIES), min_size=1))),
        languages=frozenset(draw(st.sets(st.sampled_from(LANGS)))),
        interpretation_offered=draw(st.booleans()),
        eligibility=Eligibility(
            no_health_card_required=draw(st.booleans()), no_id_required=draw(st.booleans())
        ),
        required_documents=frozenset(draw(st.sets(st.sampled_from(list(Document))))),
        access=frozenset(draw(st.sets(st.sampled_from(list(AccessMode))))),
        locations=(
            Location(
                id="l",
                area=draw(st.sampled_from(AREAS)),
                latitude=lat,
                longitude=lon,
                hours=tuple(draw(st.lists(hours, max_size=4))),
            ),
        ),
        active=draw(st.booleans()),
        last_verified=draw(st.none() | st.dates(date(2023, 1, 1), date(2026, 3, 11))),
    )


def unique_ids(items: list[Service]) -> list[Service]:
    return [replace(s, id=f"{s.id}-{i}") for i, s in enumerate(items)]


tri = st.sampled_from(list(Tri))
queries = st.builds(
    RoutingQuery,
    needs=st.lists(
        st.builds(
            Need, category=st.sampled_from(CATEGORIES), urgency=st.sampled_from(list(Urgency))
        ),
        max_size=4,
    ).map(tuple),
    languages=st.lists(st.sampled_from(LANGS), max_size=3, unique=True).map(tuple),
    barriers=st.builds(
        Barriers,
        no_health_card=tri,
        no_photo_id=tri,
        no_proof_of_address=tri,
        no_income=tri,
        needs_interpreter=tri,
    ),
    area=st.sampled_from(AREAS),
)
directories = st.lists(services(), max_size=12).map(unique_ids)


@given(queries, directories)
def test_no_excluded_service_ever_appears(query: RoutingQuery, directory: list[Service]) -> None:
    lacking = lacking_documents(query.barriers)
    for s in rank_services(query, directory, NOW):
        assert s.service.active
        assert s.need.category in s.service.categories
        assert not (required_documents(s.service) & lacking)
        assert not s.excluded


@given(queries, directories, st.data())
def test_adding_a_language_the_service_speaks_never_lowers_its_rank(
    query: RoutingQuery, directory: list[Service], data: st.DataObject
) -> None:
    if not directory:
        return
    target = data.draw(st.integers(0, len(directory) - 1))
    extra = data.draw(st.sampled_from(LANGS))
    changed = list(directory)
    changed[target] = replace(directory[target], languages=directory[target].languages | {extra})
    target_id = directory[target].id

    def positions(d: list[Service]) -> dict[int, int]:
        out: dict[int, int] = {}
        ranked: dict[int, int] = {}
        for s in rank_services(query, d, NOW, include_excluded=True):
            ranked[s.need_index] = ranked.get(s.need_index, -1) + 1
            if s.service.id == target_id:
                out[s.need_index] = ranked[s.need_index]
        return out

    before, after = positions(directory), positions(changed)
    assert before.keys() == after.keys()
    for need_index, rank in before.items():
        assert after[need_index] <= rank


@given(queries, directories)
def test_each_group_is_sorted_by_score_then_name(
    query: RoutingQuery, directory: list[Service]
) -> None:
    out = rank_services(query, directory, NOW, include_excluded=True)
    assert [s.need_index for s in out] == sorted(s.need_index for s in out)
    for a, b in pairwise(out):
        if a.need_index == b.need_index and a.excluded == b.excluded:
            assert (-a.score, a.service.name.casefold()) <= (-b.score, b.service.name.casefold())
