"""Ranking: each hard rule, each soft preference, determinism and the edge cases."""

from __future__ import annotations

from datetime import date, time

import pytest

from intake_app.domain.clients import Barriers, Need
from intake_app.domain.common import Tri, Urgency
from intake_app.domain.services import AccessMode, Document, Eligibility, OpeningHours
from intake_app.domain.taxonomy import SERVICE_TERMS
from intake_app.routing.rank import (
    PartKind,
    RoutingQuery,
    group_by_need,
    prepare,
    rank_services,
    unmet_needs,
)
from intake_app.routing.rules import ExclusionKind
from tests.unit.routing.helpers import NOW, WEEKDAYS_9_TO_5, service

HOUSING_TODAY = Need("housing", Urgency.TODAY, id=1)
HOUSING_LATER = Need("housing", Urgency.LATER, id=2)


def names(query: RoutingQuery, services: list, **kw: object) -> list[str]:
    return [s.service.name for s in rank_services(query, services, NOW, **kw)]  # type: ignore[arg-type]


# -- hard rules ---------------------------------------------------------------------------


def test_only_services_offering_the_needed_category_are_suggested() -> None:
    services = [
        service("Housing"),
        service("Food", ("food",)),
        service("Both", ("food", "housing")),
    ]
    assert sorted(names(RoutingQuery(needs=(HOUSING_LATER,)), services)) == ["Both", "Housing"]


def test_inactive_services_are_left_out() -> None:
    services = [service("Open"), service("Closed for good", active=False)]
    assert names(RoutingQuery(needs=(HOUSING_LATER,)), services) == ["Open"]


def test_service_requiring_a_health_card_is_left_out_when_the_client_has_none() -> None:
    services = [service("Card", documents=(Document.HEALTH_CARD,)), service("No card")]
    query = RoutingQuery(needs=(HOUSING_LATER,), barriers=Barriers(no_health_card=Tri.YES))
    assert names(query, services) == ["No card"]


@pytest.mark.parametrize("answer", [Tri.UNKNOWN, Tri.NO])
def test_unknown_or_no_barrier_never_excludes(answer: Tri) -> None:
    services = [service("Card", documents=(Document.HEALTH_CARD, Document.PHOTO_ID))]
    query = RoutingQuery(
        needs=(HOUSING_LATER,), barriers=Barriers(no_health_card=answer, no_photo_id=answer)
    )
    assert names(query, services) == ["Card"]


@pytest.mark.parametrize(
    ("barrier", "document"),
    [
        ("no_photo_id", Document.PHOTO_ID),
        ("no_proof_of_address", Document.PROOF_OF_ADDRESS),
        ("no_income", Document.PROOF_OF_INCOME),
    ],
)
def test_each_document_barrier_excludes_services_that_require_it(
    barrier: str, document: Document
) -> None:
    services = [service("Needs it", documents=(document,)), service("Does not")]
    query = RoutingQuery(needs=(HOUSING_LATER,), barriers=Barriers(**{barrier: Tri.YES}))
    assert names(query, services) == ["Does not"]


def test_excluded_services_are_shown_last_with_their_reason_when_asked() -> None:
    services = [service("Card", documents=(Document.HEALTH_CARD,)), service("Zed")]
    query = RoutingQuery(needs=(HOUSING_LATER,), barriers=Barriers(no_health_card=Tri.YES))
    out = rank_services(query, services, NOW, include_excluded=True)
    assert [s.service.name for s in out] == ["Zed", "Card"]
    assert not out[0].excluded
    assert out[1].excluded
    assert out[1].exclusions[0].kind is ExclusionKind.MISSING_DOCUMENT
    assert out[1].exclusions[0].document is Document.HEALTH_CARD


# -- soft preferences ---------------------------------------------------------------------


def test_service_speaking_the_clients_language_ranks_first() -> None:
    services = [service("A French only"), service("B Spanish", languages=("fr", "es"))]
    query = RoutingQuery(needs=(HOUSING_LATER,), languages=("es",))
    assert names(query, services) == ["B Spanish", "A French only"]


def test_clients_first_language_beats_a_second_one() -> None:
    services = [service("A", languages=("fr",)), service("B", languages=("es",))]
    query = RoutingQuery(needs=(HOUSING_LATER,), languages=("es", "fr"))
    assert names(query, services) == ["B", "A"]


def test_interpretation_offered_beats_no_shared_language_but_not_a_shared_one() -> None:
    services = [
        service("A none", languages=("fr",)),
        service("B interpreter", languages=("fr",), interpretation=True),
        service("C speaks", languages=("ar",)),
    ]
    query = RoutingQuery(needs=(HOUSING_LATER,), languages=("ar",))
    assert names(query, services) == ["C speaks", "B interpreter", "A none"]


def test_open_now_comes_first_for_a_need_of_today() -> None:
    weekend = tuple(OpeningHours(d, time(9), time(17)) for d in (6, 7))
    services = [service("A weekend", hours=weekend), service("B weekdays", hours=WEEKDAYS_9_TO_5)]
    out = rank_services(RoutingQuery(needs=(HOUSING_TODAY,)), services, NOW)
    assert [s.service.name for s in out] == ["B weekdays", "A weekend"]
    assert any(p.kind is PartKind.OPEN_NOW for p in out[0].parts)


def test_opening_soon_beats_closed_for_a_need_of_today() -> None:
    afternoon = tuple(OpeningHours(d, time(11, 30), time(17)) for d in range(1, 6))
    evening = tuple(OpeningHours(d, time(18), time(21)) for d in range(1, 6))
    services = [service("A evening", hours=evening), service("B at 11:30", hours=afternoon)]
    out = rank_services(RoutingQuery(needs=(HOUSING_TODAY,)), services, NOW)
    assert [s.service.name for s in out] == ["B at 11:30", "A evening"]
    soon = [p for p in out[0].parts if p.kind is PartKind.OPENS_SOON]
    assert soon and soon[0].value == "11:30"


def test_walk_in_comes_before_appointment_for_a_need_of_today() -> None:
    services = [
        service("A appointment", access=(AccessMode.APPOINTMENT,)),
        service("B walk-in", access=(AccessMode.WALK_IN,)),
    ]
    assert names(RoutingQuery(needs=(HOUSING_TODAY,)), services) == ["B walk-in", "A appointment"]


def test_urgency_weighs_opening_hours_more_than_language_only_for_today() -> None:
    """For today an open walk-in beats a closed service in the client's language; later, not."""
    services = [
        service(
            "A speaks",
            languages=("es",),
            hours=tuple(OpeningHours(d, time(18), time(20)) for d in range(1, 6)),
        ),
        service("B open walk-in", access=(AccessMode.WALK_IN,), hours=WEEKDAYS_9_TO_5),
    ]
    today = RoutingQuery(needs=(HOUSING_TODAY,), languages=("es",))
    later = RoutingQuery(needs=(HOUSING_LATER,), languages=("es",))
    assert names(today, services)[0] == "B open walk-in"
    assert names(later, services)[0] == "A speaks"


def test_same_area_ranks_before_another_area() -> None:
    services = [service("A elsewhere", area="Verdun"), service("B here", area="Villeray")]
    assert names(RoutingQuery(needs=(HOUSING_LATER,), area="villeray"), services) == [
        "B here",
        "A elsewhere",
    ]


def test_closer_service_ranks_first_when_coordinates_are_known() -> None:
    services = [
        service("A far", lat=45.60, lon=-73.50),
        service("B near", lat=45.531, lon=-73.629),
    ]
    query = RoutingQuery(needs=(HOUSING_LATER,), origin=(45.530, -73.629))
    out = rank_services(query, services, NOW)
    assert [s.service.name for s in out] == ["B near", "A far"]
    assert out[0].distance_km is not None and out[0].distance_km < 0.5


def test_client_area_is_placed_at_the_centre_of_the_services_in_that_area() -> None:
    services = [
        service("Z in the area", area="Villeray", lat=45.545, lon=-73.624),
        service("A near the area", area="Rosemont", lat=45.546, lon=-73.620),
        service("B far", area="Verdun", lat=45.458, lon=-73.570),
    ]
    out = rank_services(RoutingQuery(needs=(HOUSING_LATER,), area="Villeray"), services, NOW)
    assert [s.service.name for s in out] == ["Z in the area", "A near the area", "B far"]


def test_recently_verified_ranks_before_stale() -> None:
    services = [
        service("A stale", verified=date(2024, 1, 1)),
        service("B fresh", verified=date(2026, 3, 1)),
        service("C never", verified=None),
    ]
    out = rank_services(RoutingQuery(needs=(HOUSING_LATER,)), services, NOW)
    assert [s.service.name for s in out] == ["B fresh", "A stale", "C never"]
    assert any(p.kind is PartKind.STALE for p in out[1].parts)


def test_stating_no_health_card_needed_helps_a_client_without_one() -> None:
    services = [
        service("A silent"),
        service("B says so", eligibility=Eligibility(no_health_card_required=True)),
    ]
    query = RoutingQuery(needs=(HOUSING_LATER,), barriers=Barriers(no_health_card=Tri.YES))
    out = rank_services(query, services, NOW)
    assert [s.service.name for s in out] == ["B says so", "A silent"]
    assert any(p.kind is PartKind.NO_DOCUMENT_NEEDED for p in out[0].parts)


def test_interpreter_offered_helps_a_client_who_needs_one() -> None:
    services = [service("A"), service("B", interpretation=True)]
    query = RoutingQuery(needs=(HOUSING_LATER,), barriers=Barriers(needs_interpreter=Tri.YES))
    assert names(query, services) == ["B", "A"]


# -- order, determinism, edge cases ------------------------------------------------------


def test_ties_are_broken_by_name() -> None:
    services = [service("Charlie"), service("alpha"), service("Bravo")]
    assert names(RoutingQuery(needs=(HOUSING_LATER,)), services) == ["alpha", "Bravo", "Charlie"]


def test_ranking_is_deterministic_whatever_the_input_order() -> None:
    from intake_app.directory.sample import generate_services

    services = generate_services(300, seed=3)
    query = RoutingQuery(
        needs=(HOUSING_TODAY, Need("food"), Need("health", Urgency.LATER)),
        languages=("es", "fr"),
        barriers=Barriers(no_photo_id=Tri.YES),
        area="Verdun",
    )
    first = [(s.need_index, s.service.id, s.score) for s in rank_services(query, services, NOW)]
    again = [
        (s.need_index, s.service.id, s.score)
        for s in rank_services(query, list(reversed(services)), NOW)
    ]
    assert first == again
    assert first


def test_empty_directory_gives_no_suggestions_and_every_need_unmet() -> None:
    query = RoutingQuery(needs=(HOUSING_TODAY, Need("food")))
    assert rank_services(query, [], NOW) == []
    assert unmet_needs(query, []) == list(query.needs)


def test_client_without_needs_gets_no_suggestions() -> None:
    assert rank_services(RoutingQuery(languages=("es",)), [service("A")], NOW) == []


def test_fifty_needs_are_each_answered_in_their_own_group() -> None:
    services = [service(t.code, (t.code,)) for t in SERVICE_TERMS]
    codes = [t.code for t in SERVICE_TERMS]
    needs = tuple(Need(codes[i % len(codes)], id=i) for i in range(50))
    out = rank_services(RoutingQuery(needs=needs), prepare(services), NOW)
    groups = group_by_need(out)
    assert sorted(groups) == list(range(50))
    assert all(g[0].service.name == needs[i].category for i, g in groups.items())


def test_needs_with_only_excluded_services_are_unmet() -> None:
    services = [service("Card", documents=(Document.HEALTH_CARD,)), service("Food", ("food",))]
    query = RoutingQuery(
        needs=(HOUSING_LATER, Need("food")), barriers=Barriers(no_health_card=Tri.YES)
    )
    out = rank_services(query, services, NOW, include_excluded=True)
    assert unmet_needs(query, out) == [HOUSING_LATER]


def test_limit_per_need_keeps_the_best() -> None:
    services = [service(n) for n in ("C", "A", "B")]
    assert names(RoutingQuery(needs=(HOUSING_LATER,)), services, limit_per_need=2) == ["A", "B"]


def test_met_needs_of_a_client_are_not_routed() -> None:
    from intake_app.domain.clients import Client

    client = Client(given_name="x", needs=(Need("housing", met=True), Need("food")))
    assert [n.category for n in RoutingQuery.from_client(client).needs] == ["food"]


def test_a_service_without_hours_is_not_taken_for_one_closed_today() -> None:
    """Opening states are shared between services with the same hours, never with none."""
    weekend = tuple(OpeningHours(d, time(9), time(17)) for d in (6, 7))
    services = [service("A weekend", hours=weekend), service("B no hours")]
    out = rank_services(RoutingQuery(needs=(HOUSING_TODAY,)), services, NOW)
    states = {s.service.name: s.opening.state.value for s in out}
    assert states == {"A weekend": "closed", "B no hours": "unknown"}


def test_prepared_services_share_equal_sets_and_hours() -> None:
    from intake_app.routing.rank import prepare

    a, b = service("svc-a"), service("svc-b")
    prepared = prepare([a, b])
    first, second = (p for p in next(iter(prepared.by_category.values())))
    assert first.service is not second.service
    assert first.profile is second.profile and first.profile.spans is second.profile.spans
