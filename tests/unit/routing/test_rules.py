from intake_app.domain.clients import Barriers
from intake_app.domain.common import Tri
from intake_app.domain.services import Document, Eligibility
from intake_app.routing.rules import (
    Exclusion,
    ExclusionKind,
    exclusions,
    lacking_documents,
    required_documents,
)
from tests.unit.routing.helpers import service


def test_only_a_yes_barrier_means_a_document_is_lacking() -> None:
    barriers = Barriers(
        no_health_card=Tri.YES,
        no_photo_id=Tri.UNKNOWN,
        no_proof_of_address=Tri.NO,
        no_income=Tri.YES,
    )
    assert lacking_documents(barriers) == {Document.HEALTH_CARD, Document.PROOF_OF_INCOME}


def test_service_requiring_a_lacking_document_is_excluded_with_that_document() -> None:
    s = service("A", documents=(Document.HEALTH_CARD, Document.PHOTO_ID))
    assert exclusions(s, frozenset({Document.HEALTH_CARD})) == (
        Exclusion(ExclusionKind.MISSING_DOCUMENT, Document.HEALTH_CARD),
    )


def test_inactive_service_is_excluded() -> None:
    assert exclusions(service("A", active=False), frozenset()) == (
        Exclusion(ExclusionKind.INACTIVE),
    )


def test_an_explicit_no_health_card_flag_overrides_a_listed_health_card() -> None:
    s = service(
        "A",
        documents=(Document.HEALTH_CARD,),
        eligibility=Eligibility(no_health_card_required=True),
    )
    assert required_documents(s) == frozenset()
    assert exclusions(s, frozenset({Document.HEALTH_CARD})) == ()
