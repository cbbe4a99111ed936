"""The right-of-access PDF: all of the client's own fields, audited, nothing in metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.domain.audit import Action
from intake_app.domain.clients import Barriers, Client
from intake_app.domain.common import Lang, Tri
from intake_app.domain.referrals import Referral
from intake_app.domain.services import Service
from intake_app.errors import ErrorCode, KnownError
from intake_app.retention.record_export import default_file_name, export_client_record
from intake_app.vault import audit, clients_repo
from intake_app.vault.session import VaultSession
from tests.conftest import sentinel
from tests.helpers.pdf import page_count, pdf_metadata, pdf_text


def _client(session: VaultSession) -> Client:
    with session.write() as conn:
        return clients_repo.insert_client(
            conn,
            Client(
                given_name="Amira",
                family_name=sentinel("family"),
                notes=sentinel("note"),
                sensitive_note=sentinel("sensitive"),
                barriers=Barriers(no_health_card=Tri.YES),
                letter_language=Lang.FR,
            ),
            session.clock.now(),
            session.user.id,
        )


def test_record_pdf_shows_private_fields_but_metadata_and_file_name_do_not(
    session: VaultSession, tmp_path: Path
) -> None:
    client = _client(session)
    dest = tmp_path / default_file_name(client.number)
    assert client.number in dest.name and "Amira" not in dest.name
    assert client.id is not None
    result = export_client_record(session, client.id, dest, confirmed=True)
    text = pdf_text(dest)
    for planted in ("FAMILY", "NOTE"):
        assert sentinel(planted) in text
    assert sentinel("sensitive") not in text, "the sensitive note is never exported"
    assert "confidential note exists" in text or "note confidentielle existe" in text
    assert "Pas de carte d'assurance maladie" in text
    meta = pdf_metadata(dest)
    assert "SENTINEL" not in meta and "Amira" not in meta
    assert result.pages == page_count(dest)
    [event] = audit.query_events(session.conn, action=Action.CLIENT_RECORD_EXPORTED)
    assert event.record_id == client.number


def test_record_export_needs_explicit_confirmation(session: VaultSession, tmp_path: Path) -> None:
    client = _client(session)
    assert client.id is not None
    with pytest.raises(KnownError) as err:
        export_client_record(session, client.id, tmp_path / "x.pdf", confirmed=False)
    assert err.value.code is ErrorCode.INVALID_INPUT
    assert not (tmp_path / "x.pdf").exists()


def _referred_client(session: VaultSession, lang: Lang) -> tuple[Client, Service, Referral]:
    from dataclasses import replace

    from intake_app.clients.consent import record_referral_consent
    from intake_app.clients.intake import update_client
    from intake_app.domain.clients import ConsentMethod, ShareItem
    from intake_app.domain.referrals import ReferralState
    from intake_app.letters import use_cases as letters
    from intake_app.referrals.create import ReferralPick, create_referrals
    from intake_app.referrals.state import change_state
    from tests.unit.referrals.helpers import seed

    world = seed(session)
    client = update_client(
        session, replace(world.client, letter_language=lang, sensitive_note=sentinel("hidden"))
    )
    assert client.id is not None
    housing = world.service_for("housing")
    need = next(n for n in client.needs if n.category == "housing")
    assert need.id is not None
    (made,) = create_referrals(session, client.id, [ReferralPick(housing.id, (need.id,))])
    record_referral_consent(
        session,
        client.id,
        [housing.id],
        frozenset({ShareItem.NAME}),
        ConsentMethod.WRITTEN,
        session.clock.now().date(),
    )
    assert made.id is not None
    prepared = letters.prepare_letters(session, [made.id])
    letters.record_printed(session, [made.id], pages=1)
    assert prepared
    change_state(session, made.id, ReferralState.ATTENDED)
    return client, housing, made


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            Lang.EN,
            (
                "Referrals",
                "Letters printed",
                "letter printed",
                "attended",
                "What this copy does not include",
                "written",
                "name",
            ),
        ),
        (
            Lang.FR,
            (
                "Orientations",
                "Lettres imprimées",
                "lettre imprimée",
                "rendez-vous honoré",
                "Ce que cette copie ne contient pas",
                "écrit",
                "nom",
            ),
        ),
    ],
)
def test_record_lists_referrals_letters_consents_and_what_is_withheld(
    session: VaultSession, tmp_path: Path, lang: Lang, words: tuple[str, ...]
) -> None:
    client, housing, made = _referred_client(session, lang)
    assert client.id is not None
    dest = tmp_path / "record.pdf"
    export_client_record(session, client.id, dest, confirmed=True)
    text = pdf_text(dest)
    for word in words:
        assert word in text, word
    assert made.code in text
    assert housing.name_in(lang.value) in text  # the service, in the consents and referrals
    assert sentinel("hidden") not in text, "the sensitive note is never exported"
    meta = pdf_metadata(dest)
    assert "SENTINEL" not in meta


def test_the_reading_language_is_part_of_the_record(session: VaultSession, tmp_path: Path) -> None:
    with session.write() as conn:
        client = clients_repo.insert_client(
            conn,
            Client(given_name="Olena", reading_language="uk", letter_language=Lang.EN),
            session.clock.now(),
            session.user.id,
        )
    assert client.id is not None
    dest = tmp_path / "record.pdf"
    export_client_record(session, client.id, dest, confirmed=True)
    text = pdf_text(dest)
    assert "Also printed for the person in" in text and "Ukrainian (uk)" in text


def test_a_record_asked_in_a_language_without_its_catalog_is_in_english(
    session: VaultSession, tmp_path: Path
) -> None:
    client = _client(session)
    assert client.id is not None
    dest = tmp_path / default_file_name(client.number)
    export_client_record(session, client.id, dest, confirmed=True, lang="es")
    text = pdf_text(dest)
    assert "Identity and contact" in text and "Identité" not in text
