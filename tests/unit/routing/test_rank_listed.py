"""Ranking the in-memory directory's records (`ListedService`) gives exactly the
suggestions that ranking the whole services gives: same services, order, scores,
exclusions, distances, openings and explanation parts."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings

from intake_app.domain.clients import Barriers, Need
from intake_app.domain.common import Tri, Urgency
from intake_app.domain.services import Service
from intake_app.routing.rank import RoutingQuery, Suggestion, prepare, rank_services
from tests.unit.routing.helpers import NOW
from tests.unit.routing.test_properties import directories, queries
from tests.unit.vault.test_listed_services import SERVICES, listed


def _seen(suggestions: list[Suggestion]) -> list[tuple[object, ...]]:
    return [
        (s.service.id, s.need_index, s.score, s.exclusions, s.distance_km, s.opening, s.parts)
        for s in suggestions
    ]


def _same(query: RoutingQuery, services: list[Service], **kw: object) -> int:
    whole = rank_services(query, prepare(services), NOW, **kw)  # type: ignore[arg-type]
    compact = rank_services(query, prepare([listed(s) for s in services]), NOW, **kw)  # type: ignore[arg-type]
    assert _seen(whole) == _seen(compact)
    return len(whole)


def test_generated_directory_ranks_the_same_from_listed_records() -> None:
    needs = tuple(
        Need(category=c, urgency=u)
        for c, u in (
            ("food", Urgency.TODAY),
            ("housing", Urgency.THIS_WEEK),
            ("health", Urgency.TODAY),
        )
    )
    seen = 0
    for langs, area, barriers in (
        (("es", "fr"), "Villeray", Barriers(needs_interpreter=Tri.YES)),
        (("ar",), "", Barriers(no_health_card=Tri.YES, no_photo_id=Tri.YES)),
        (("fr",), "Verdun", Barriers(no_proof_of_address=Tri.YES)),
    ):
        query = RoutingQuery(needs=needs, languages=langs, barriers=barriers, area=area)
        seen += _same(query, SERVICES, include_excluded=True)
        seen += _same(query, SERVICES, limit_per_need=5)
        at = replace_origin(query)
        seen += _same(at, SERVICES)
    assert seen > 0


def replace_origin(query: RoutingQuery) -> RoutingQuery:
    """The same query from a known place (distances counted)."""
    return RoutingQuery(query.needs, query.languages, query.barriers, query.area, (45.53, -73.6))


@settings(max_examples=60, deadline=timedelta(seconds=5))
@given(queries, directories)
def test_any_directory_ranks_the_same_from_listed_records(
    query: RoutingQuery, directory: list[Service]
) -> None:
    _same(query, directory, include_excluded=True)
