"""The right-of-access PDF: all of the client's own fields, audited, nothing in metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from intake_app.domain.audit import Action
from intake_app.domain.clients import Barriers, Client
from intake_app.domain.common import Lang, Tri
from intake_app.errors import ErrorCode, KnownError
from intake_app.retention.record_export import default_file_name, export_client_record
from intake_app.vault import audit, clients_repo
from intake_app.vault.session import VaultSession
from tests.conftest import sentinel


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
    reader = PdfReader(str(dest))
    text = " ".join(page.extract_text() for page in reader.pages)
    for planted in ("FAMILY", "NOTE"):
        assert sentinel(planted) in text
    assert sentinel("sensitive") not in text, "the sensitive note is never exported"
    assert "confidential note exists" in text or "note confidentielle existe" in text
    assert "Pas de carte d'assurance maladie" in text
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "SENTINEL" not in meta and "Amira" not in meta
    assert result.pages == len(reader.pages)
    [event] = audit.query_events(session.conn, action=Action.CLIENT_RECORD_EXPORTED)
    assert event.record_id == client.number


def test_record_export_needs_explicit_confirmation(session: VaultSession, tmp_path: Path) -> None:
    client = _client(session)
    assert client.id is not None
    with pytest.raises(KnownError) as err:
        export_client_record(session, client.id, tmp_path / "x.pdf", confirmed=False)
    assert err.value.code is ErrorCode.INVALID_INPUT
    assert not (tmp_path / "x.pdf").exists()
