"""The use cases the window now calls instead of storage modules refuse what the role (or
a removed account) may not do — below the UI, where it counts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from intake_app.accounts.manage import add_user
from intake_app.clients.history import record_history
from intake_app.clock import FixedClock
from intake_app.directory.browse import directory_version, list_organizations
from intake_app.domain.users import Role
from intake_app.errors import ErrorCode, KnownError
from intake_app.referrals.follow_up import filter_choices
from intake_app.retention.policy import client_id_for_number
from intake_app.settings import read_setting
from intake_app.vault.lifecycle import lock, unlock
from intake_app.vault.session import VaultSession
from tests.conftest import FAST_KDF, ORG_NAME

CW = ("Camille Tremblay", "orange kettle maple harbour")


def _caseworker(session: VaultSession, clock: FixedClock) -> VaultSession:
    add_user(session, CW[0], Role.CASEWORKER, CW[1], FAST_KDF)
    paths = session.paths
    lock(session)
    return unlock(paths, *CW, clock)


def test_everyone_signed_in_may_browse_and_read_settings(
    session: VaultSession, clock: FixedClock
) -> None:
    cw = _caseworker(session, clock)
    try:
        assert read_setting(cw, "org.name") == ORG_NAME
        assert isinstance(directory_version(cw), int)
        assert list_organizations(cw) == []
        users, services = filter_choices(cw)
        assert {name for _, name in users} >= {CW[0]} and services == []
        assert record_history(cw, 12345).events == []
    finally:
        lock(cw)


def test_a_caseworker_cannot_look_records_up_for_retention(
    session: VaultSession, clock: FixedClock
) -> None:
    cw = _caseworker(session, clock)
    try:
        with pytest.raises(KnownError) as err:
            client_id_for_number(cw, "C-000001")
        assert err.value.code is ErrorCode.NOT_ALLOWED
    finally:
        lock(cw)


def test_a_removed_account_is_refused_everything(session: VaultSession) -> None:
    session.user = replace(session.user, active=False)
    for call in (
        lambda: read_setting(session, "org.name"),
        lambda: directory_version(session),
        lambda: filter_choices(session),
        lambda: record_history(session, 1),
        lambda: client_id_for_number(session, "C-000001"),
    ):
        with pytest.raises(KnownError) as err:
            call()
        assert err.value.code is ErrorCode.NOT_ALLOWED
