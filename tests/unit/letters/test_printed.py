"""One guard over everything printed: every field of LetterData is classified, a word
planted in any text field is found there, and paper is refused until finds are confirmed."""

from __future__ import annotations

import dataclasses
from enum import Enum

import pytest

from intake_app.domain.clients import Client, Naming
from intake_app.domain.common import Lang
from intake_app.domain.services import Organization
from intake_app.errors import ErrorCode, KnownError
from intake_app.letters.allowlist import (
    LetterData,
    ReferralFacts,
    build_letter_data,
    name_as_chosen,
    plain_name_flagged,
    service_naming,
)
from intake_app.letters.printed import (
    GUARDED,
    LETTER_FIELDS,
    NOT_TEXT,
    fingerprint,
    letter_leaks,
    printed_texts,
)
from intake_app.letters.render import LetterRenderer
from tests.helpers.pdf import pdf_text
from tests.unit.letters.helpers import TODAY, client, letter_data, letterhead, service


def _letter(**service_fields: object) -> LetterData:
    return letter_data(
        svc=service(**service_fields),
        needs=("health",),
        reference="K7QX-4M9",
        caseworker="Marie Tremblay",
        reason="Needs a family doctor.",
    )


def test_every_letter_field_is_classified() -> None:
    """A new field on LetterData fails here until someone decides how the guard sees it."""
    names = {f.name for f in dataclasses.fields(LetterData)}
    assert names == set(LETTER_FIELDS), names ^ set(LETTER_FIELDS)
    assert set(LETTER_FIELDS.values()) <= {GUARDED, NOT_TEXT}


def test_every_text_field_is_guarded() -> None:
    """No field holding text may be classified as not text."""
    data = _letter()
    for f in dataclasses.fields(data):
        value = getattr(data, f.name)
        if (isinstance(value, str) and not isinstance(value, Enum)) or dataclasses.is_dataclass(
            value
        ):
            assert LETTER_FIELDS[f.name] == GUARDED, f.name


def test_a_word_planted_in_each_printed_field_is_found_there() -> None:
    data = _letter(url="https://exemple.org/sante")
    fields = [name for name, _t in printed_texts(data)]
    for must in (
        "service_name",
        "organization_name",
        "program_name",
        "address.street",
        "service_url",
        "transit",
        "reason",
        "client_name",
        "caseworker_name",
        "letterhead.name",
        "letterhead.address",
    ):
        assert must in fields, must
    for name in fields:
        head = name.split(".")[0].split("[")[0]
        value = getattr(data, head)
        if "." in name:
            sub = name.split(".", 1)[1]
            planted = dataclasses.replace(
                data, **{head: dataclasses.replace(value, **{sub: "sans papiers"})}
            )
        elif "[" in name:
            planted = dataclasses.replace(data, **{head: ("sans papiers",)})
        else:
            planted = dataclasses.replace(data, **{head: "sans papiers"})
        assert name.split("[")[0] in {k.split("[")[0] for k in letter_leaks(planted)}, name


def test_paper_is_refused_until_the_finds_are_confirmed() -> None:
    data = dataclasses.replace(_letter(), reason="Elle n'a pas de papiers.")
    renderer = LetterRenderer()
    with pytest.raises(KnownError) as err:
        renderer.render([data])
    assert err.value.code is ErrorCode.LETTER_LEAK_WARNING
    assert renderer.render([data], preview=True)  # the screen may show it
    cleared = dataclasses.replace(data, cleared=fingerprint(letter_leaks(data), data))
    assert "papiers" in pdf_text(renderer.render([cleared]))
    changed = dataclasses.replace(cleared, reason="Il est sans statut.")
    with pytest.raises(KnownError):
        renderer.render([changed])


def test_a_flagged_service_name_is_held_without_a_letter_name() -> None:
    svc = service(name="Soutien aux demandeurs d'asile")
    assert plain_name_flagged(svc)
    naming = service_naming(svc, Lang.FR)
    assert naming.held and naming.name == ""
    assert naming.options == ("Centre de santé du Plateau",)
    assert _letter(name="Soutien aux demandeurs d'asile").service_name == ""


def test_a_letter_name_replaces_the_flagged_name() -> None:
    data = _letter(
        name="Counselling for refugees",
        letter_name="Écoute Tournesol",
        letter_address_line="2e étage",
    )
    assert data.service_name == "Écoute Tournesol"
    assert data.letter_address_line == "2e étage"
    assert not letter_leaks(data)
    text = pdf_text(LetterRenderer().render([data]))
    assert "refugees" not in text.lower() and "Écoute Tournesol" in text


def test_flagged_organization_program_location_and_url_are_left_off() -> None:
    data = _letter(
        organization=Organization("o", "Centre pour réfugiés", website="https://asile.example"),
        program_name="Programme PRAIDA",
        url="",
    )
    assert data.organization_name == "" and data.program_name == "" and data.service_url == ""
    org = Organization("o", "Centre pour réfugiés", letter_name="Centre Horizon")
    assert _letter(organization=org).organization_name == "Centre Horizon"


def test_initials_of_a_name_in_another_script_use_the_latin_name() -> None:
    arabic = Client(given_name="إيمان", family_name="العلي", latin_name="Iman Al-Ali")
    assert name_as_chosen(arabic, Naming.INITIALS) == "I. A. A."
    assert name_as_chosen(arabic, Naming.FULL_NAME) == "Iman Al-Ali"
    assert name_as_chosen(arabic, Naming.FIRST_NAME) == "Iman"
    unconfirmed = Client(given_name="إيمان", family_name="العلي")
    initials = name_as_chosen(unconfirmed, Naming.INITIALS)
    assert initials and all(ch.isascii() for ch in initials), initials
    latin = Client(given_name="Élodie", family_name="Roy", latin_name="Elodie Roy")
    assert name_as_chosen(latin, Naming.FULL_NAME) == "Élodie Roy"


def test_the_persons_phone_prints_only_with_consent_to_share_it() -> None:
    from intake_app.domain.clients import Consent, ShareItem

    without = Consent("x", frozenset(ShareItem) - {ShareItem.PHONE}, given_on=TODAY)
    with_phone = Consent("x", frozenset({ShareItem.PHONE}), given_on=TODAY)
    person = client(phone="514 555-0177")
    for consents, expected in (((without,), ""), ((with_phone,), "514 555-0177")):
        data = build_letter_data(
            person,
            service(),
            ReferralFacts("K7QX-4M9"),
            letterhead(),
            "Marie",
            "",
            consents,
            TODAY,
            Lang.FR,
        )
        assert data.person_phone == expected
        text = pdf_text(LetterRenderer().render([data]))
        assert ("514 555-0177" in text.replace("\u00a0", " ")) is bool(expected)


def test_a_consent_for_this_service_outranks_a_general_one() -> None:
    """The answer given inside Refer decides for that service, refusal included."""
    from datetime import timedelta

    from intake_app.domain.clients import Consent, ShareItem
    from intake_app.letters.allowlist import shares_for

    general = Consent("any", frozenset(ShareItem), given_on=TODAY - timedelta(days=30))
    refusal = Consent("Referral", frozenset(), with_whom="svc-1", given_on=TODAY)
    assert shares_for((general,), "svc-1", TODAY) == frozenset(ShareItem)
    assert shares_for((general, refusal), "svc-1", TODAY) == frozenset()
    assert shares_for((general, refusal), "svc-2", TODAY) == frozenset(ShareItem)
    later = Consent(
        "Referral",
        frozenset({ShareItem.NAME}),
        with_whom="svc-1",
        given_on=TODAY + timedelta(days=1),
    )
    assert shares_for((general, refusal, later), "svc-1", TODAY + timedelta(days=1)) == {
        ShareItem.NAME
    }
