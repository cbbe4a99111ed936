"""The named steps of a score and of its explanation, each on its own: what each step
counts, and that the explanation says the same facts the score counted."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from intake_app.domain.hours import Opening, OpenState
from intake_app.domain.services import AccessMode, Document, Eligibility
from intake_app.routing import weights as w
from intake_app.routing.rank import (
    PartKind,
    _Client,
    _prepare_one,
    _Scorer,
    access_parts,
    access_score,
    opening_parts,
    opening_score,
)
from tests.unit.routing.helpers import NOW, service


def _scorer(
    languages: tuple[str, ...] = ("es", "fr"),
    *,
    interpreter: bool = False,
    lacking: frozenset[Document] = frozenset(),
    area: str = "",
) -> _Scorer:
    client = _Client(
        first_language=languages[0] if languages else "",
        languages=frozenset(languages),
        needs_interpreter=interpreter,
        lacking=lacking,
        area=area,
        origin=None,
    )
    return _Scorer(client, NOW)


@pytest.mark.parametrize(
    ("languages", "interpretation", "expected"),
    [
        (("es",), False, w.SPEAKS_FIRST_LANGUAGE),
        (("fr",), False, w.SPEAKS_OTHER_LANGUAGE),
        (("ar",), True, w.INTERPRETATION_ONLY),
        (("ar",), False, 0.0),
        (("es", "fr"), True, w.SPEAKS_FIRST_LANGUAGE),
    ],
)
def test_language_score_counts_the_best_single_match(
    languages: tuple[str, ...], interpretation: bool, expected: float
) -> None:
    p = _prepare_one(service("S", languages=languages, interpretation=interpretation))
    assert _scorer().language_score(p) == expected


def test_an_interpreter_counts_once_more_for_who_needs_one_and_is_said_once() -> None:
    p = _prepare_one(service("S", languages=("ar",), interpretation=True))
    scorer = _scorer(interpreter=True)
    assert scorer.language_score(p) == w.INTERPRETATION_ONLY + w.INTERPRETER_FOR_WHO_NEEDS_ONE
    assert [x.kind for x in scorer.language_parts(p)] == [PartKind.INTERPRETATION]
    speaks = _prepare_one(service("T", languages=("fr",), interpretation=True))
    assert [(x.kind, x.value) for x in scorer.language_parts(speaks)] == [
        (PartKind.SPEAKS, "fr"),
        (PartKind.INTERPRETATION, ""),
    ]


def test_walk_in_weighs_more_for_a_need_of_today_and_is_said_first() -> None:
    both = _prepare_one(service("S", access=(AccessMode.WALK_IN, AccessMode.APPOINTMENT)))
    assert access_score(both.profile.walk_in, urgent=True) == w.WALK_IN_URGENT
    assert access_score(both.profile.walk_in, urgent=False) == w.WALK_IN
    assert [x.kind for x in access_parts(both)] == [PartKind.WALK_IN]
    referral = _prepare_one(service("R", access=(AccessMode.REFERRAL,)))
    assert access_score(referral.profile.walk_in, urgent=True) == 0.0
    assert [x.kind for x in access_parts(referral)] == [PartKind.REFERRAL_ONLY]


def test_opening_counts_now_and_soon_and_closed_is_said_only_when_urgent() -> None:
    open_now = Opening(OpenState.OPEN_NOW, time(17))
    assert opening_score(open_now, urgent=True) == w.OPEN_NOW_URGENT
    assert opening_score(Opening(OpenState.OPENS_SOON, time(11)), False) == w.OPENS_SOON
    assert [(x.kind, x.value) for x in opening_parts(open_now, False)] == [
        (PartKind.OPEN_NOW, "17:00")
    ]
    closed = Opening(OpenState.CLOSED)
    assert opening_score(closed, urgent=True) == 0.0
    assert opening_parts(closed, urgent=False) == ()
    assert [x.kind for x in opening_parts(closed, urgent=True)] == [PartKind.CLOSED_NOW]


def test_documents_score_counts_each_lacking_document_the_service_waives() -> None:
    waives = Eligibility(no_id_required=True, no_health_card_required=True)
    p = _prepare_one(service("S", eligibility=waives))
    lacking = frozenset({Document.PHOTO_ID, Document.HEALTH_CARD, Document.PROOF_OF_ADDRESS})
    assert _scorer(lacking=lacking).documents_score(p) == 2 * w.STATES_NO_DOCUMENT_NEEDED
    assert _scorer().documents_score(p) == 0.0


def test_place_score_prefers_the_same_area_then_nearby_and_says_which() -> None:
    p = _prepare_one(service("S", area="Villeray"))
    here = _scorer(area="villeray")
    assert here.place_score(p, 9.0) == w.SAME_AREA
    assert [x.kind for x in here.place_parts(p, 9.0)] == [PartKind.SAME_AREA]
    away = _scorer(area="verdun")
    assert away.place_score(p, w.NEARBY_KM / 2) == pytest.approx(w.NEARBY / 2)
    assert away.place_score(p, w.NEARBY_KM + 1) == 0.0
    assert [(x.kind, x.number) for x in away.place_parts(p, 2.04)] == [(PartKind.DISTANCE, 2.0)]
    assert away.place_parts(p, None) == ()


@pytest.mark.parametrize(
    ("verified", "expected"),
    [
        (NOW.date() - timedelta(days=10), w.RECENTLY_VERIFIED),
        (NOW.date() - timedelta(days=w.RECENTLY_VERIFIED_DAYS + 30), 0.0),
        (date(2020, 1, 1), w.STALE),
        (None, w.STALE),
    ],
)
def test_freshness_score_rewards_recent_checks_and_marks_down_stale_entries(
    verified: date | None, expected: float
) -> None:
    scorer = _scorer()
    assert scorer.freshness_score(verified) == expected
    assert scorer.freshness_score(verified) == expected  # the cached answer is the same


def test_the_score_is_the_sum_of_its_steps() -> None:
    p = _prepare_one(service("S", languages=("es",), access=(AccessMode.WALK_IN,), area="Villeray"))
    scorer = _scorer(area="villeray")
    score, distance, opening = scorer.score(p, urgent=True)
    assert distance is None and opening.state is OpenState.UNKNOWN
    assert score == (w.SPEAKS_FIRST_LANGUAGE + w.WALK_IN_URGENT + w.SAME_AREA + w.RECENTLY_VERIFIED)


@pytest.mark.parametrize("urgent", [True, False])
def test_every_score_of_a_generated_directory_is_the_sum_of_its_named_steps(urgent: bool) -> None:
    """The score looks some steps up in tables for speed: they must say what the steps say."""
    from intake_app.directory.sample import generate_services

    scorer = _scorer(("es", "fr"), interpreter=True, lacking=frozenset(Document), area="villeray")
    for s in generate_services(300, seed=11):
        p = _prepare_one(s)
        score, distance, opening = scorer.score(p, urgent)
        assert score == (
            scorer.language_score(p)
            + access_score(p.profile.walk_in, urgent)
            + opening_score(opening, urgent)
            + scorer.documents_score(p)
            + scorer.place_score(p, distance)
            + scorer.freshness_score(p.last_verified)
        )
