"""Issue 22: the organization key pair comes with the vault; a vault from before
organization keys gets it once, at the first coordinator unlock after the upgrade,
audited — and keeps importing unsigned directory files as it did."""

from __future__ import annotations

import pytest

from intake_app.clock import FixedClock
from intake_app.domain.audit import Action
from intake_app.errors import ErrorCode, KnownError
from intake_app.exchange.identity import card_bytes, org_keys, own_card
from intake_app.vault import exchange_repo
from intake_app.vault import org_keys as org_keys_module
from intake_app.vault.audit import query_events
from intake_app.vault.lifecycle import create_vault, lock, unlock
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting, put_setting, setting_stored
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE, FAST_KDF, ORG_NAME


def _created_events(session: VaultSession) -> list[dict[str, object]]:
    return [e.detail for e in query_events(session.conn, action=Action.ORG_KEY_CREATED.value)]


def _old_vault(paths: VaultPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault made the way Passerelle did before organization keys: none at creation."""
    with monkeypatch.context() as m:
        m.setattr(org_keys_module, "ensure_first_key", lambda *a, **k: False)
        created = create_vault(
            paths,
            org_name=ORG_NAME,
            org_address="",
            admin_name=ADMIN_NAME,
            passphrase=ADMIN_PASSPHRASE,
            policy=FAST_KDF,
            clock=clock,
        )
    assert exchange_repo.current_key(created.session.conn) is None
    lock(created.session)


def test_a_new_vault_has_its_organization_card_at_once(session: VaultSession) -> None:
    assert exchange_repo.current_key(session.conn) is not None
    assert _created_events(session) == [{"reason": "vault-created"}]
    card = own_card(session)
    assert card.name == ORG_NAME and card.key_id == org_keys(session).key_id
    assert b'"signature"' in card_bytes(session)
    # New vaults refuse unsigned directory files until a coordinator allows them.
    assert get_setting(session.conn, "directory.allow_unsigned") is False


def test_an_old_vault_gets_its_keys_once_at_the_first_coordinator_unlock(
    vault_paths: VaultPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _old_vault(vault_paths, clock, monkeypatch)
    first = unlock(vault_paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    made = exchange_repo.current_key(first.conn)
    assert made is not None
    assert _created_events(first) == [{"reason": "upgrade", "kept_unsigned_imports": True}]
    # It imported unsigned files before: that stays its choice, stored explicitly.
    assert get_setting(first.conn, "directory.allow_unsigned") is True
    lock(first)
    again = unlock(vault_paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert len(_created_events(again)) == 1  # exactly once
    current = exchange_repo.current_key(again.conn)
    assert current is not None and current.key_id == made.key_id
    lock(again)


def test_an_old_vault_that_chose_to_refuse_unsigned_files_keeps_refusing(
    vault_paths: VaultPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        m.setattr(org_keys_module, "ensure_first_key", lambda *a, **k: False)
        created = create_vault(
            vault_paths,
            org_name=ORG_NAME,
            org_address="",
            admin_name=ADMIN_NAME,
            passphrase=ADMIN_PASSPHRASE,
            policy=FAST_KDF,
            clock=clock,
        )
        # Stored as the old settings page stored a change from the old default (True).
        with created.session.write() as conn:
            put_setting(conn, "directory.allow_unsigned", False)
        lock(created.session)
    session = unlock(vault_paths, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert setting_stored(session.conn, "directory.allow_unsigned")
    assert get_setting(session.conn, "directory.allow_unsigned") is False
    assert _created_events(session) == [{"reason": "upgrade", "kept_unsigned_imports": False}]
    lock(session)


def test_without_a_key_the_exchange_says_so_instead_of_making_one(
    vault_paths: VaultPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys are made in two places only (creation, the upgrade step), never on first need."""
    with monkeypatch.context() as m:
        m.setattr(org_keys_module, "ensure_first_key", lambda *a, **k: False)
        created = create_vault(
            vault_paths,
            org_name=ORG_NAME,
            org_address="",
            admin_name=ADMIN_NAME,
            passphrase=ADMIN_PASSPHRASE,
            policy=FAST_KDF,
            clock=clock,
        )
    with pytest.raises(KnownError) as err:
        own_card(created.session)
    assert err.value.code is ErrorCode.ORG_KEY_MISSING
    assert exchange_repo.current_key(created.session.conn) is None
    lock(created.session)
