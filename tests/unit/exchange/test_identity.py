"""Organization keys, cards, fingerprints, trust, revocation and replacement."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from intake_app.accounts.manage import add_user
from intake_app.domain.audit import Action
from intake_app.domain.users import Role
from intake_app.errors import ErrorCode, KnownError
from intake_app.exchange.directory_package import publish_directory
from intake_app.exchange.identity import (
    PartnerState,
    export_card,
    import_card,
    list_partners,
    org_keys,
    own_card,
    replace_org_key,
    revoke_partner,
    trust_partner,
    trusted_partner,
)
from intake_app.exchange.transfer import (
    DEFAULT_SHARES,
    TransferConsent,
    open_transfer,
    preview_transfer,
)
from intake_app.vault import audit
from intake_app.vault.lifecycle import lock, unlock
from intake_app.vault.session import VaultSession
from tests.conftest import FAST_KDF
from tests.unit.exchange.conftest import trust_each_other


def _actions(session: VaultSession) -> list[str]:
    return [e.action for e in audit.query_events(session.conn)]


def test_the_org_key_is_made_once_kept_in_the_vault_and_audited(session: VaultSession) -> None:
    first = org_keys(session)
    again = org_keys(session)
    assert first.key_id == again.key_id and first.sign_public == again.sign_public
    assert _actions(session).count(Action.ORG_KEY_CREATED) == 1
    # Nothing beside the database holds the private key: the data folder's other files
    # do not contain its raw bytes.
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    raw = first.receive.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    for f in session.paths.data_dir.rglob("*"):
        if f.is_file():
            assert raw not in f.read_bytes(), f.name


def test_a_card_round_trips_with_a_thirty_digit_fingerprint_and_a_qr_code(
    session: VaultSession, other: VaultSession, tmp_path: Path
) -> None:
    path = tmp_path / "ours.passerelle-card"
    card = export_card(session, path)
    assert (tmp_path / "ours.svg").read_bytes().lstrip().startswith(b"<?xml")
    groups = card.fingerprint.split(" ")
    assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)
    theirs = import_card(other, path)
    assert theirs.state is PartnerState.PENDING
    assert theirs.card.fingerprint == card.fingerprint and theirs.card.name == card.name
    assert trusted_partner(other, card.key_id) is None  # not before the coordinator confirms
    trust_partner(other, card.key_id)
    assert trusted_partner(other, card.key_id) is not None


@pytest.mark.parametrize("field", ["name", "x_public", "sign_public", "signature"])
def test_an_altered_card_is_refused(
    session: VaultSession, other: VaultSession, tmp_path: Path, field: str
) -> None:
    path = tmp_path / "c.passerelle-card"
    export_card(session, path, qr_svg=False)
    doc = json.loads(path.read_text("utf-8"))
    if field == "name":
        doc["name"] = "Someone Else"
    else:  # another 32-byte key (or signature bytes) in the same place
        raw = bytearray(base64.b64decode(doc[field]))
        raw[0] ^= 1
        doc[field] = base64.b64encode(bytes(raw)).decode()
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(KnownError) as err:
        import_card(other, path)
    assert err.value.code is ErrorCode.CARD_INVALID
    assert list_partners(other) == []


def test_own_card_is_not_imported_as_a_partner(session: VaultSession, tmp_path: Path) -> None:
    export_card(session, tmp_path / "c.passerelle-card")
    with pytest.raises(KnownError) as err:
        import_card(session, tmp_path / "c.passerelle-card")
    assert err.value.code is ErrorCode.INVALID_INPUT


def test_revoke_and_replace(session: VaultSession, other: VaultSession, tmp_path: Path) -> None:
    ka, _kb = trust_each_other(session, other, tmp_path / "cards")
    new_keys = replace_org_key(session)
    assert new_keys.key_id != ka and own_card(session).key_id == new_keys.key_id
    export_card(session, tmp_path / "new.passerelle-card")
    fresh = import_card(other, tmp_path / "new.passerelle-card")
    trust_partner(other, fresh.key_id, replaces=ka)
    states = {p.key_id: p.state for p in list_partners(other)}
    assert states == {ka: PartnerState.REVOKED, new_keys.key_id: PartnerState.TRUSTED}
    revoke_partner(other, new_keys.key_id)
    assert trusted_partner(other, new_keys.key_id) is None
    assert Action.PARTNER_REVOKED in _actions(other)


def test_only_coordinators_manage_cards(
    session: VaultSession, clock: object, tmp_path: Path
) -> None:
    add_user(session, "Camille Tremblay", Role.CASEWORKER, "orange kettle maple harbour", FAST_KDF)
    paths = session.paths
    lock(session)
    cw = unlock(paths, "Camille Tremblay", "orange kettle maple harbour", clock)  # type: ignore[arg-type]
    try:
        for call in (
            lambda: org_keys(cw),
            lambda: export_card(cw, tmp_path / "x.passerelle-card"),
            lambda: list_partners(cw),
            lambda: publish_directory(cw, tmp_path / "d.zip"),
            lambda: open_transfer(cw, tmp_path / "t.passerelle"),
            lambda: preview_transfer(cw, 1, "0" * 32, TransferConsent(DEFAULT_SHARES)),
        ):
            with pytest.raises(KnownError) as err:
                call()
            assert err.value.code is ErrorCode.NOT_ALLOWED
        assert not (tmp_path / "x.passerelle-card").exists()
        assert not (tmp_path / "d.zip").exists()
    finally:
        lock(cw)
