"""Finding 4: a vault with one damaged page is refused before anything is written — by
unlock (a cheap page check every time), by `check` (the full one) — with "damaged: restore
the newest backup", and its bytes stay as they were."""

from __future__ import annotations

import os

import pytest

from intake_app.clock import FixedClock
from intake_app.demo import seed_vault
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.lifecycle import CreatedVault, lock, unlock
from intake_app.vault.paths import VaultPaths
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE
from tests.helpers.cli import run_intake_app
from tests.helpers.vault import vault_digest

PAGE = 4096


@pytest.fixture
def filled(created_vault: CreatedVault) -> VaultPaths:
    session = created_vault.session
    seed_vault(session, clients=200, services=30)
    paths = session.paths
    lock(session)
    assert paths.db.stat().st_size >= 41 * PAGE
    return paths


def _damage(paths: VaultPaths, page: int) -> dict[str, str]:
    with open(paths.db, "r+b") as fh:
        fh.seek((page - 1) * PAGE + 200)
        fh.write(os.urandom(16))
    return vault_digest(paths)


@pytest.mark.parametrize("page", [1, 5, 40])
def test_unlock_refuses_a_damaged_page_and_writes_nothing(
    filled: VaultPaths, clock: FixedClock, page: int
) -> None:
    before = _damage(filled, page)
    with pytest.raises(KnownError) as err:
        unlock(filled, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert err.value.code in (ErrorCode.VAULT_DAMAGED, ErrorCode.NOT_A_VAULT)
    assert "restore" in err.value.cli_text().lower()
    assert vault_digest(filled) == before


@pytest.mark.parametrize("page", [5, 40])
def test_cli_check_reports_damage_and_writes_nothing(filled: VaultPaths, page: int) -> None:
    before = _damage(filled, page)
    done = run_intake_app(
        "check", "--data-dir", str(filled.data_dir), "--passphrase-stdin",
        stdin=ADMIN_PASSPHRASE + "\n",
    )  # fmt: skip
    assert done.returncode == 1
    assert "damaged" in done.stderr and "restore the newest backup" in done.stderr.lower()
    assert "Traceback" not in done.stderr
    assert vault_digest(filled) == before
