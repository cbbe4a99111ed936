"""Builders shared by the letter tests (the PDF readers are in `tests.helpers.pdf`)."""

from __future__ import annotations

from datetime import date, time

from intake_app.domain.clients import Client, Consent, ShareItem
from intake_app.domain.common import Lang
from intake_app.domain.services import (
    AccessMode,
    Address,
    Location,
    OpeningHours,
    Organization,
    Phone,
    Service,
)
from intake_app.letters.allowlist import LetterData, Letterhead, ReferralFacts, build_letter_data

TODAY = date(2026, 3, 11)


def consent_all(with_whom: str = "", purpose: str = "referral letters") -> Consent:
    return Consent(
        purpose=purpose, shares=frozenset(ShareItem), with_whom=with_whom, given_on=date(2026, 1, 5)
    )


def letterhead(**fields: object) -> Letterhead:
    values: dict[str, object] = dict(
        name="Centre d'accueil Exemple",
        address="1234 rue Exemple\nMontréal QC H2X 1Y4",
        phone="514 555-0100",
        email="accueil@exemple.org",
        signature_line="Intervenante",
    )
    values.update(fields)
    return Letterhead(**values)  # type: ignore[arg-type]


def service(**fields: object) -> Service:
    values: dict[str, object] = dict(
        id="svc-1",
        organization=Organization("org-1", "Centre de santé du Plateau"),
        name="Clinique pour tous",
        program_name="Accès santé",
        access=frozenset({AccessMode.WALK_IN}),
        locations=(
            Location(
                "loc-1",
                address=Address("4567, boulevard Saint-Laurent", "Montréal", "QC", "H2T 1R2"),
                hours=tuple(OpeningHours(d, time(9), time(17)) for d in range(1, 6)),
                transit="Métro Mont-Royal",
            ),
        ),
        phones=(Phone("514 555-0123"),),
    )
    values.update(fields)
    return Service(**values)  # type: ignore[arg-type]


def client(**fields: object) -> Client:
    values: dict[str, object] = dict(
        given_name="Amina",
        family_name="Diallo",
        languages=("ff", "fr"),
        consents=(consent_all(),),
    )
    values.update(fields)
    return Client(**values)  # type: ignore[arg-type]


def letter_data(
    person: Client | None = None,
    svc: Service | None = None,
    *,
    needs: tuple[str, ...] = ("housing",),
    reference: str = "ACDE-FHJK",
    caseworker: str = "Marie-Ève Tremblay",
    reason: str = "Besoin d'un logement",
    lang: Lang = Lang.FR,
) -> LetterData:
    """A letter as the use case builds it: `person` (default `client()`) referred to `svc`
    (default `service()`) under the letterhead, with every consent the person gave."""
    person = person if person is not None else client()
    return build_letter_data(
        person,
        svc if svc is not None else service(),
        ReferralFacts(reference, needs),
        letterhead(),
        caseworker,
        reason,
        person.consents,
        TODAY,
        lang,
    )
