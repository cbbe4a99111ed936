"""The allowlist: every record field is classified, names follow the client's choice,
and consent decides what may print."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from intake_app.domain.clients import Barriers, Client, Consent, Naming, ShareItem
from intake_app.domain.common import Lang, Tri
from intake_app.domain.services import Organization, Phone, Service
from intake_app.letters.allowlist import (
    CLIENT_FIELDS,
    NOT_PRINTED,
    PRINTED,
    SERVICE_FIELDS,
    LetterData,
    ReferralFacts,
    _organization_name,
    _service_phone,
    build_letter_data,
    default_file_name,
    name_as_chosen,
    with_reason,
)
from tests.unit.letters.helpers import TODAY, client, consent_all, letterhead, service


def test_every_client_field_is_classified_printed_or_not() -> None:
    """A new field on Client fails here until someone decides whether it may print."""
    names = {f.name for f in dataclasses.fields(Client)}
    assert names == set(CLIENT_FIELDS), names ^ set(CLIENT_FIELDS)
    assert set(CLIENT_FIELDS.values()) <= {PRINTED, NOT_PRINTED}


def test_every_service_field_is_classified_printed_or_not() -> None:
    names = {f.name for f in dataclasses.fields(Service)}
    assert names == set(SERVICE_FIELDS), names ^ set(SERVICE_FIELDS)


@pytest.mark.parametrize(
    "field",
    [
        "barriers",
        "notes",
        "sensitive_note",
        "household",
        "email",
        "birth_year",
        "age_range",
        "consents",
        "area",
        "number",
    ],
)
def test_private_client_fields_are_never_printed(field: str) -> None:
    assert CLIENT_FIELDS[field] == NOT_PRINTED


@pytest.mark.parametrize(
    "field", ["eligibility", "audiences", "required_documents", "description", "categories"]
)
def test_service_eligibility_and_audience_are_never_printed(field: str) -> None:
    assert SERVICE_FIELDS[field] == NOT_PRINTED


def test_letter_data_has_no_field_for_private_data() -> None:
    fields = {f.name for f in dataclasses.fields(LetterData)}
    for private in (
        "notes",
        "sensitive_note",
        "barriers",
        "household",
        "birth_year",
        "eligibility",
        "audiences",
        "client_phone",
        "client_email",
        "consents",
    ):
        assert private not in fields


@pytest.mark.parametrize(
    ("naming", "expected"),
    [
        (Naming.FULL_NAME, "Hélène Côté-Lefebvre"),
        (Naming.FIRST_NAME, "Hélène"),
        (Naming.INITIALS, "H. C. L."),
    ],
)
def test_name_is_printed_as_the_client_chose(naming: Naming, expected: str) -> None:
    c = Client(given_name="Hélène", family_name="Côté-Lefebvre")
    assert name_as_chosen(c, naming) == expected


def test_preferred_name_replaces_the_given_name() -> None:
    c = Client(given_name="Mohammed", family_name="Haddad", preferred_name="Mo")
    assert name_as_chosen(c, Naming.FULL_NAME) == "Mo Haddad"


def test_initials_keep_accented_first_letters() -> None:
    c = Client(given_name="Élodie", family_name="Ñúñez")
    assert name_as_chosen(c, Naming.INITIALS) == "É. Ñ."


def _build(
    c: Client,
    *,
    consents: tuple[Consent, ...] | None = None,
    reason: str = "x",
    svc: Service | None = None,
) -> LetterData:
    return build_letter_data(
        c,
        svc or service(),
        ReferralFacts("ACDE-FHJK", ("health",)),
        letterhead(),
        "Marie Tremblay",
        reason,
        c.consents if consents is None else consents,
        TODAY,
        Lang.FR,
    )


def test_without_consent_to_share_the_name_only_initials_print() -> None:
    c = client(naming=Naming.FULL_NAME)
    data = _build(c, consents=())
    assert data.client_name == "A. D."


def test_without_consent_reason_languages_and_interpreter_stay_off() -> None:
    c = client(barriers=Barriers(needs_interpreter=Tri.YES))
    data = _build(c, consents=(), reason="Logement urgent")
    assert data.reason == "" and data.languages == () and not data.interpreter_needed
    assert with_reason(data, "autre chose").reason == ""


def test_with_consent_interpreter_prints_only_when_needed() -> None:
    needed = _build(client(barriers=Barriers(needs_interpreter=Tri.YES)))
    unknown = _build(client(barriers=Barriers(needs_interpreter=Tri.UNKNOWN)))
    assert needed.interpreter_needed and not unknown.interpreter_needed
    assert needed.languages == ("ff", "fr")


def test_consent_for_another_service_does_not_count() -> None:
    c = client(consents=(consent_all(with_whom="some-other-service"),))
    assert _build(c).client_name == "A. D."


def test_expired_or_revoked_consent_does_not_count() -> None:
    expired = dataclasses.replace(consent_all(), expires_on=date(2026, 2, 1))
    revoked = dataclasses.replace(consent_all(), revoked_on=date(2026, 3, 1))
    for consent in (expired, revoked):
        assert _build(client(consents=(consent,))).reason == ""


def test_consent_for_this_service_counts() -> None:
    c = client(
        consents=(
            Consent("x", frozenset({ShareItem.NAME}), with_whom="svc-1", given_on=date(2026, 1, 1)),
        )
    )
    assert _build(c).client_name == "Amina Diallo"


def test_directory_free_text_with_status_words_is_left_off() -> None:
    svc = service(hours_note="Ouvert aux personnes sans statut")
    assert _build(client(), svc=svc).hours_note == ""
    svc = service(hours_note="Fermé les jours fériés")
    assert _build(client(), svc=svc).hours_note == "Fermé les jours fériés"


def test_default_file_name_is_the_reference_only() -> None:
    assert default_file_name("ACDE-FHJK") == "referral-ACDE-FHJK.pdf"
    assert default_file_name("../x y") == "referral-xy.pdf"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [(Lang.FR, "514 555-0123, poste 12"), (Lang.EN, "514 555-0123 ext. 12")],
)
def test_service_phone_writes_the_extension_the_letter_language_way(
    lang: Lang, expected: str
) -> None:
    svc = service(phones=(Phone("514 555-0123", extension="12"), Phone("514 555-9999")))
    assert _service_phone(svc, lang) == expected
    assert _service_phone(service(), lang) == "514 555-0123"


def test_service_phone_falls_back_on_the_organization_and_else_is_empty() -> None:
    org = Organization("org-2", "Maison (démo)", phones=(Phone("514 555-0200"),))
    assert _service_phone(service(phones=(), organization=org), Lang.FR) == "514 555-0200"
    assert _service_phone(service(phones=()), Lang.EN) == ""


def test_organization_name_is_left_off_when_the_service_name_already_says_it() -> None:
    svc = service(organization=Organization("org-2", "Le Phare (démo)", letter_name="Le Phare"))
    assert _organization_name(svc, "Le Phare — Côte-des-Neiges") == ""
    assert _organization_name(svc, "Clinique pour tous") == "Le Phare"
