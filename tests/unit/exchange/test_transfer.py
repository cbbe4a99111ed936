"""Consented client transfers: what goes in, what never does, and every refusal."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from intake_app.clients.intake import create_client, view_client
from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.domain.clients import Barriers, Client, HouseholdMember, Need
from intake_app.domain.common import Tri
from intake_app.errors import ErrorCode, KnownError
from intake_app.exchange.identity import revoke_partner, trust_partner
from intake_app.exchange.transfer import (
    DEFAULT_SHARES,
    SIZE_CLASSES,
    AfterTransfer,
    Share,
    TransferConsent,
    accept_transfer,
    mark_transferred,
    open_transfer,
    preview_transfer,
    send_transfer,
)
from intake_app.settings import change_settings
from intake_app.vault import audit
from intake_app.vault.session import VaultSession
from tests.conftest import SENTINEL_PREFIX, sentinel
from tests.unit.exchange.conftest import MakeVault, dump, trust_each_other

CONSENT = TransferConsent(DEFAULT_SHARES, "verbal")


def planted_client() -> Client:
    """A sentinel in every text field a caseworker can type."""
    return Client(
        given_name=sentinel("given"),
        family_name=sentinel("family"),
        preferred_name=sentinel("preferred"),
        latin_name=sentinel("latin"),
        birth_year=1990,
        languages=("ar", "fr"),
        phone="514 555 0199",
        email=sentinel("email") + "@example.org",
        area=sentinel("area"),
        household=(HouseholdMember("child", "5-11"),),
        notes=sentinel("notes"),
        sensitive_note=sentinel("sensitive"),
        barriers=Barriers(no_health_card=Tri.YES, needs_interpreter=Tri.YES),
        needs=(Need("food", reason=sentinel("reason")),),
    )


@pytest.fixture
def pair(session: VaultSession, other: VaultSession, tmp_path: Path) -> tuple[str, str]:
    change_settings(session, {"clients.sensitive_note_enabled": True})
    return trust_each_other(session, other, tmp_path / "cards")


def _send(session: VaultSession, to: str, folder: Path, consent: TransferConsent = CONSENT) -> Path:
    folder.mkdir(exist_ok=True)
    client = create_client(session, planted_client())
    assert client.id is not None
    return send_transfer(session, client.id, to, consent, folder).path


def test_a_transfer_arrives_with_what_was_agreed_and_nothing_else(
    session: VaultSession, other: VaultSession, pair: tuple[str, str], tmp_path: Path
) -> None:
    ka, kb = pair
    path = _send(session, kb, tmp_path / "out")
    received = open_transfer(other, path)
    assert received.sender.key_id == ka
    c = received.client
    assert (c.given_name, c.family_name) == (sentinel("given"), sentinel("family"))
    assert c.languages == ("ar", "fr") and c.household == (HouseholdMember("child", "5-11"),)
    assert [n.category for n in c.needs] == ["food"]
    # never the sensitive note or private notes; no barriers or contact unless agreed
    assert c.sensitive_note == "" and c.notes == "" and c.barriers == Barriers()
    assert c.phone == "" and c.email == "" and c.area == ""
    saved = accept_transfer(other, received)
    assert view_client(other, saved.id or 0).given_name == sentinel("given")
    sent = [e for e in audit.query_events(session.conn) if e.action == Action.TRANSFER_SENT]
    assert sent and sent[0].detail["partner"] == kb and sent[0].detail["consent"] == "verbal"
    assert Action.TRANSFER_RECEIVED in [e.action for e in audit.query_events(other.conn)]


def test_barriers_travel_only_when_the_client_explicitly_agreed(
    session: VaultSession, other: VaultSession, pair: tuple[str, str], tmp_path: Path
) -> None:
    consent = TransferConsent(DEFAULT_SHARES | {Share.BARRIERS, Share.CONTACT}, "written")
    received = open_transfer(other, _send(session, pair[1], tmp_path / "out", consent))
    assert received.client.barriers.no_health_card is Tri.YES
    assert received.client.phone == "514 555 0199"
    assert received.client.sensitive_note == "" and received.client.notes == ""


def test_no_sentinel_outside_the_encryption_names_sizes_and_beside(
    session: VaultSession, other: VaultSession, pair: tuple[str, str], tmp_path: Path
) -> None:
    consent = TransferConsent(frozenset(Share), "written")  # everything that can go
    out = tmp_path / "out"
    path = _send(session, pair[1], out, consent)
    files = list(out.iterdir())
    assert files == [path]  # nothing written beside it
    assert len(path.stem) == 16 and all(ch in "0123456789abcdef" for ch in path.stem)
    data = path.read_bytes()
    assert len(data) in SIZE_CLASSES
    for needle in (SENTINEL_PREFIX, "Centre", "Agence", "food"):
        assert needle.encode() not in data and needle.encode("utf-16-le") not in data
        assert needle not in path.name
    # a bigger record lands in the same size class
    big = create_client(session, replace(planted_client(), notes="x" * 4000, needs=()))
    other_path = send_transfer(session, big.id or 0, pair[1], CONSENT, out).path
    assert len(other_path.read_bytes()) == len(data)


def _refused(receiver: VaultSession, path: Path) -> ErrorCode:
    before = dump(receiver.conn)
    with pytest.raises(KnownError) as err:
        accept_transfer(receiver, open_transfer(receiver, path))
    assert dump(receiver.conn) == before
    refused = [e for e in audit.query_events(receiver.conn) if e.action == Action.TRANSFER_REFUSED]
    assert refused and refused[0].detail["reason"] == err.value.code.value
    return err.value.code


def test_opened_by_the_wrong_organization(
    session: VaultSession, pair: tuple[str, str], make_vault: MakeVault, tmp_path: Path
) -> None:
    path = _send(session, pair[1], tmp_path / "out")
    third = make_vault("Tierce")
    trust_each_other(session, third, tmp_path / "cards3")  # even one that trusts the sender
    assert _refused(third, path) is ErrorCode.TRANSFER_NOT_FOR_US


@pytest.mark.parametrize("where", [0, 9, 40, 100, -1, -5000])
def test_one_altered_byte_is_refused(
    session: VaultSession, other: VaultSession, pair: tuple[str, str], tmp_path: Path, where: int
) -> None:
    path = _send(session, pair[1], tmp_path / "out")
    raw = bytearray(path.read_bytes())
    raw[where] ^= 0x01
    path.write_bytes(bytes(raw))
    assert _refused(other, path) is ErrorCode.TRANSFER_NOT_FOR_US


def test_replayed_after_expiry_is_refused(
    session: VaultSession,
    other: VaultSession,
    pair: tuple[str, str],
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    path = _send(session, pair[1], tmp_path / "out")
    clock.advance(days=31)
    assert _refused(other, path) is ErrorCode.TRANSFER_EXPIRED


def test_a_second_import_of_the_same_file_is_refused(
    session: VaultSession, other: VaultSession, pair: tuple[str, str], tmp_path: Path
) -> None:
    path = _send(session, pair[1], tmp_path / "out")
    accept_transfer(other, open_transfer(other, path))
    assert _refused(other, path) is ErrorCode.TRANSFER_REPLAYED


def test_signed_by_an_untrusted_or_revoked_sender(
    session: VaultSession, other: VaultSession, pair: tuple[str, str], tmp_path: Path
) -> None:
    ka, kb = pair
    path = _send(session, kb, tmp_path / "out")
    revoke_partner(other, ka)
    assert _refused(other, path) is ErrorCode.SENDER_UNTRUSTED
    trust_partner(other, ka)
    assert open_transfer(other, path).sender.key_id == ka


def test_only_to_a_trusted_agency_and_something_must_be_shared(
    session: VaultSession, other: VaultSession, pair: tuple[str, str]
) -> None:
    client = create_client(session, planted_client())
    revoke_partner(session, pair[1])
    with pytest.raises(KnownError) as err:
        preview_transfer(session, client.id or 0, pair[1], CONSENT)
    assert err.value.code is ErrorCode.SENDER_UNTRUSTED
    trust_partner(session, pair[1])
    with pytest.raises(KnownError) as err:
        preview_transfer(session, client.id or 0, pair[1], TransferConsent(frozenset()))
    assert err.value.code is ErrorCode.INVALID_INPUT


def test_a_known_client_is_found_and_merged_not_duplicated(
    session: VaultSession, other: VaultSession, pair: tuple[str, str], tmp_path: Path
) -> None:
    known = create_client(
        other,
        Client(
            given_name=sentinel("given"),
            family_name=sentinel("family"),
            birth_year=1990,
            needs=(Need("housing"),),
            notes="ours",
        ),
    )
    received = open_transfer(other, _send(session, pair[1], tmp_path / "out"))
    assert [m.hit.id for m in received.duplicates] == [known.id]
    merged = accept_transfer(other, received, merge_into=known.id)
    assert merged.id == known.id
    assert {n.category for n in view_client(other, known.id or 0).needs} == {"housing", "food"}
    assert view_client(other, known.id or 0).notes.startswith("ours")


def test_the_sender_marks_the_client_transferred(
    session: VaultSession, pair: tuple[str, str], tmp_path: Path
) -> None:
    client = create_client(session, planted_client())
    send_transfer(session, client.id or 0, pair[1], CONSENT, tmp_path)
    mark_transferred(session, client.id or 0, AfterTransfer.ARCHIVE)
    assert view_client(session, client.id or 0).archived
    assert Action.CLIENT_TRANSFERRED in [e.action for e in audit.query_events(session.conn)]


def test_an_old_key_still_opens_what_was_sent_to_it(
    session: VaultSession, other: VaultSession, pair: tuple[str, str], tmp_path: Path
) -> None:
    from intake_app.exchange.identity import replace_org_key

    path = _send(session, pair[1], tmp_path / "out")
    replace_org_key(other)
    assert open_transfer(other, path).sender.key_id == pair[0]
