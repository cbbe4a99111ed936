from datetime import time

from intake_app.domain.clients import Barriers, Need
from intake_app.domain.common import Lang, Tri, Urgency
from intake_app.domain.languages import language_name
from intake_app.domain.services import AccessMode, Document, Eligibility, OpeningHours
from intake_app.routing.explain import explain
from intake_app.routing.rank import RoutingQuery, rank_services
from tests.unit.routing.helpers import NOW, WEEKDAYS_9_TO_5, service

QUERY = RoutingQuery(
    needs=(Need("housing", Urgency.TODAY),),
    languages=("es",),
    barriers=Barriers(no_health_card=Tri.YES),
    area="Villeray",
)
GOOD = service(
    "Good",
    languages=("fr", "es"),
    access=(AccessMode.WALK_IN,),
    hours=WEEKDAYS_9_TO_5,
    eligibility=Eligibility(no_health_card_required=True),
    area="Villeray",
)


def test_explanation_in_english_reads_as_one_line_of_reasons() -> None:
    [s] = rank_services(QUERY, [GOOD], NOW)
    assert explain(s, Lang.EN) == (
        "Housing · speaks Spanish · walk-in, open now · no health card needed · same area"
    )


def test_explanation_in_french() -> None:
    [s] = rank_services(QUERY, [GOOD], NOW)
    assert explain(s, Lang.FR) == (
        "Logement · parle espagnol · sans rendez-vous, ouvert maintenant · "
        "carte d'assurance maladie non exigée · même quartier"
    )


def test_opening_time_and_distance_are_written_the_local_way() -> None:
    later = tuple(OpeningHours(3, time(11, 30), time(16)) for _ in range(1))
    s = service("Soon", hours=later, lat=45.55, lon=-73.62)
    query = RoutingQuery(needs=(Need("housing", Urgency.TODAY),), origin=(45.53, -73.62))
    [sug] = rank_services(query, [s], NOW)
    assert "opens at 11:30" in explain(sug, Lang.EN)
    assert "2.2 km away" in explain(sug, Lang.EN)
    assert "ouvre à 11 h 30" in explain(sug, Lang.FR)
    assert "à 2,2 km" in explain(sug, Lang.FR)


def test_excluded_service_explains_why_it_is_left_out_in_both_languages() -> None:
    s = service("Card", documents=(Document.HEALTH_CARD,))
    [sug] = rank_services(QUERY, [s], NOW, include_excluded=True)
    assert explain(sug, Lang.EN) == "Left out: asks for a health card"
    assert explain(sug, Lang.FR) == "Écarté : exige la carte d'assurance maladie"


def test_several_reasons_to_leave_out_are_joined_as_a_list() -> None:
    s = service("Closed", documents=(Document.HEALTH_CARD,), active=False)
    [sug] = rank_services(QUERY, [s], NOW, include_excluded=True)
    assert len(sug.exclusions) == 2
    english, french = explain(sug, Lang.EN), explain(sug, Lang.FR)
    assert " and " in english and ", " not in english
    assert {"no longer active", "asks for a health card"} <= set(english[10:].split(" and "))
    assert " et " in french


def test_language_names_come_from_babel_in_the_ui_language() -> None:
    assert language_name("ar", Lang.EN) == "Arabic"
    assert language_name("ar", Lang.FR) == "arabe"
    assert language_name("zz-unknown", Lang.EN) == "zz-unknown"


def test_explanation_can_leave_out_the_category_under_a_heading() -> None:
    [s] = rank_services(QUERY, [GOOD], NOW)
    assert explain(s, Lang.EN, with_category=False).startswith("speaks Spanish · walk-in")
