"""The sanctuary promise for the client's part in the reading language: a sentinel in
every private field of the client and the service never prints in any language's box,
and the PDF's metadata stays the program's."""

from __future__ import annotations

import dataclasses

import pytest

from intake_app.domain.clients import Naming
from intake_app.domain.common import Lang, Tri
from intake_app.letters.allowlist import ReferralFacts, build_letter_data
from intake_app.letters.client_texts import shipped
from intake_app.letters.render import LetterRenderer
from tests.conftest import SENTINEL_PREFIX
from tests.helpers.pdf import pdf_metadata, pdf_text
from tests.unit.letters.helpers import TODAY, letterhead
from tests.unit.letters.test_sanctuary import _private_client, _private_service


@pytest.mark.parametrize("code", sorted(shipped()))
def test_no_private_field_prints_in_any_reading_language(code: str) -> None:
    client = dataclasses.replace(
        _private_client("Xqana", "Xqlopez", Naming.FULL_NAME, [Tri.YES] * 5, 1987),
        reading_language=code,
        languages=(code, "fr"),
    )
    data = build_letter_data(
        client,
        _private_service(),
        ReferralFacts("ACDE-FHJK", ("housing",)),
        letterhead(),
        "Marie Tremblay",
        "",
        client.consents,
        TODAY,
        Lang.FR,
    )
    data = dataclasses.replace(data, reading_language=code)
    pdf = LetterRenderer().render([data])
    text, meta = pdf_text(pdf), pdf_metadata(pdf)
    assert SENTINEL_PREFIX not in text and SENTINEL_PREFIX not in meta
    assert "1987" not in text
    assert "Xqana" not in meta and code not in meta.split()
    assert text.count("ACDE-FHJK") >= 3  # the reference prints in the client's part too
