"""The sanctuary promise on paper: random clients with a sentinel in every field that must
not print, rendered in both languages; pypdf reads the text and metadata back."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.domain.clients import (
    Barriers,
    Client,
    Consent,
    ConsentMethod,
    HouseholdMember,
    Naming,
    Need,
    ShareItem,
)
from intake_app.domain.common import Lang, Tri
from intake_app.domain.services import Eligibility, ExternalTerm, Translation
from intake_app.domain.taxonomy import AUDIENCE_TERMS
from intake_app.letters.allowlist import ReferralFacts, build_letter_data
from intake_app.letters.leak_guard import is_clean
from intake_app.letters.render import LetterRenderer, RenderOptions
from intake_app.letters.texts import need_label
from tests.conftest import SENTINEL_PREFIX, sentinel
from tests.helpers.pdf import pdf_metadata, pdf_text
from tests.unit.letters.helpers import TODAY, letterhead, service

_LETTERS = "abcdefghijklmnopqrstuvwxyzéèàçñ"
# Names start with "Xq" so that a two-letter name cannot match inside the metadata's own
# words ("Re" in "ReportLab" failed once); reasons never contain a word checked as absent.
_NEVER_PRINTED = (
    "statut",
    "status",
    "health card",
    "assurance maladie",
    "pièce d",
    "photo ID",
    "gratuit",
    "free",
)
name_part = (
    st.text(alphabet=_LETTERS, min_size=2, max_size=12)
    .map(lambda s: "Xq" + s)
    .filter(lambda n: not any(w in n for w in _NEVER_PRINTED))
)
reason_words = (
    st.lists(st.text(alphabet=_LETTERS, min_size=2, max_size=10), min_size=1, max_size=12)
    .map(" ".join)
    .filter(lambda r: not any(w in r for w in _NEVER_PRINTED))
    # A reason the leak guard stops ("rp": résident permanent) is refused before any
    # paper is made, by design (test_printed); this property is about reasons that print.
    .filter(is_clean)
)
tri = st.sampled_from(list(Tri))

_RENDERER = LetterRenderer(RenderOptions(qr_code=True))


def _private_client(
    given: str, family: str, naming: Naming, tris: list[Tri], birth_year: int
) -> Client:
    return Client(
        given_name=given,
        family_name=family,
        naming=naming,
        birth_year=birth_year,
        age_range=sentinel("agerange"),
        languages=("fr",),
        phone=sentinel("phone"),
        email=sentinel("email") + "@example.org",
        area=sentinel("area"),
        household=(HouseholdMember(sentinel("relation"), sentinel("householdage")),),
        notes=sentinel("notes"),
        sensitive_note=sentinel("sensitive"),
        barriers=Barriers(*tris),
        needs=(Need("housing", reason=sentinel("needreason")),),
        consents=(
            # Every share but the phone, which prints by design once the client agrees
            # (tests/unit/letters/test_printed.py checks it prints only then).
            Consent(
                sentinel("purpose"),
                frozenset(ShareItem) - {ShareItem.PHONE},
                with_whom="",
                given_on=TODAY,
            ),
            Consent(
                sentinel("otherpurpose"),
                frozenset(ShareItem),
                with_whom=sentinel("withwhom"),
                method=ConsentMethod.WRITTEN,
                given_on=TODAY,
            ),
        ),
        number=sentinel("number"),
    )


def _private_service():  # type: ignore[no-untyped-def]
    return service(
        description=sentinel("description"),
        audiences=frozenset(t.code for t in AUDIENCE_TERMS),
        eligibility=Eligibility(True, True, True, True, text=sentinel("eligibility")),
        application_process=sentinel("process"),
        interpretation_text=sentinel("interpretation"),
        fees_text=sentinel("fees"),
        external_terms=(ExternalTerm("211", "BH", sentinel("externalterm")),),
        source_id=sentinel("sourceid"),
        source=sentinel("source"),
        translations=(Translation("xx", sentinel("translation"), sentinel("trdesc")),),
    )


@settings(max_examples=25)
@given(
    given_name=name_part,
    family_name=name_part,
    naming=st.sampled_from(list(Naming)),
    tris=st.lists(tri, min_size=5, max_size=5),
    birth_year=st.integers(1900, 2020),
    reason=reason_words,
)
def test_letter_never_carries_private_fields_and_always_carries_the_allowed_ones(
    given_name: str,
    family_name: str,
    naming: Naming,
    tris: list[Tri],
    birth_year: int,
    reason: str,
) -> None:
    client = _private_client(given_name, family_name, naming, tris, birth_year)
    svc = _private_service()
    for lang in Lang:
        data = build_letter_data(
            client,
            svc,
            ReferralFacts("ACDE-FHJK", ("housing",)),
            letterhead(),
            "Marie Tremblay",
            reason,
            client.consents,
            TODAY,
            lang,
        )
        pdf = _RENDERER.render([data])
        text, meta = pdf_text(pdf), pdf_metadata(pdf)
        assert SENTINEL_PREFIX not in text
        assert SENTINEL_PREFIX not in meta
        assert str(birth_year) not in text
        assert given_name not in meta and family_name not in meta
        # what must print does
        assert data.client_name in text
        assert (given_name if naming is not Naming.INITIALS else f"{given_name[0]}.") in text
        assert reason in text
        assert "Clinique pour tous" in text and "ACDE-FHJK" in text
        assert need_label("housing", lang) in text
        # audience labels and eligibility wording never print
        for term in AUDIENCE_TERMS:
            assert term.label(lang) not in text
        for word in _NEVER_PRINTED:
            assert word not in text


def test_a_sentinel_in_an_unknown_language_code_does_not_crash_and_does_not_print() -> None:
    client = dataclasses.replace(
        _private_client("Ana", "Lopez", Naming.FULL_NAME, [Tri.NO] * 5, 1990), languages=("zz",)
    )
    data = build_letter_data(
        client,
        _private_service(),
        ReferralFacts("ACDE-FHJK", ()),
        letterhead(),
        "M",
        "",
        client.consents,
        TODAY,
        Lang.EN,
    )
    assert SENTINEL_PREFIX not in pdf_text(_RENDERER.render([data]))
