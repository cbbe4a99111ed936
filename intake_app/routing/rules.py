"""The hard rules: what keeps a service out of the suggestions for a need.

1. The service must offer the need's category (otherwise it is simply not a candidate).
2. It must be active.
3. It must not require a document the client lacks: a barrier answered YES. A barrier
   answered UNKNOWN never excludes anyone; NO means the client has the document.

Rules 2 and 3 produce an `Exclusion` so the routing view can show the service greyed
with its reason when the caseworker asks to see excluded services.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from intake_app.domain.clients import Barriers
from intake_app.domain.common import Tri
from intake_app.domain.services import AnyService, Document

# Which document each barrier is about ("no_health_card = YES" → lacks a health card).
BARRIER_DOCUMENTS: dict[str, Document] = {
    "no_health_card": Document.HEALTH_CARD,
    "no_photo_id": Document.PHOTO_ID,
    "no_proof_of_address": Document.PROOF_OF_ADDRESS,
    "no_income": Document.PROOF_OF_INCOME,
}


class ExclusionKind(StrEnum):
    INACTIVE = "inactive"
    MISSING_DOCUMENT = "missing-document"


@dataclass(frozen=True)
class Exclusion:
    kind: ExclusionKind
    document: Document | None = None


def lacking_documents(barriers: Barriers) -> frozenset[Document]:
    """Documents the client is known to lack (barrier YES only)."""
    return frozenset(
        doc for attr, doc in BARRIER_DOCUMENTS.items() if getattr(barriers, attr) is Tri.YES
    )


def waived_documents(service: AnyService) -> frozenset[Document]:
    """Documents the service says in writing it does not ask for."""
    waived: set[Document] = set()
    if service.eligibility.no_health_card_required:
        waived.add(Document.HEALTH_CARD)
    if service.eligibility.no_id_required:
        waived.add(Document.PHOTO_ID)
    return frozenset(waived)


def required_documents(service: AnyService) -> frozenset[Document]:
    """What the service asks for; an explicit "not required" flag wins over a stale list."""
    return service.required_documents - waived_documents(service)


def offers(service: AnyService, category: str) -> bool:
    return category in service.categories


def exclusions(
    service: AnyService, lacking: frozenset[Document], required: frozenset[Document] | None = None
) -> tuple[Exclusion, ...]:
    """Why this service cannot take this client, in a stable order (empty: it can)."""
    out: list[Exclusion] = []
    if not service.active:
        out.append(Exclusion(ExclusionKind.INACTIVE))
    needed = required_documents(service) if required is None else required
    for doc in sorted(needed & lacking):
        out.append(Exclusion(ExclusionKind.MISSING_DOCUMENT, doc))
    return tuple(out)
