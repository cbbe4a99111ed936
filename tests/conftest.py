"""Shared fixtures: headless Qt, isolated folders, a fast vault, a fixed clock, and a guard
that fails any test whose log records carry a planted sentinel or an unexpected warning."""

from __future__ import annotations

import functools
import logging
import os
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, settings

from intake_app import catalogs
from intake_app.clock import FixedClock
from intake_app.letters import client_texts
from intake_app.vault.keyslots import KdfPolicy
from intake_app.vault.lifecycle import CreatedVault, create_vault
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession

# Every planted sentinel starts with this, so one substring finds them all.
SENTINEL_PREFIX = "ZQXSENTINEL"
FAST_KDF = KdfPolicy(memory_kib=8 * 1024, parallelism=1, time_cost=1, calibrate=False)
ADMIN_NAME = "Test Coordinator"
ADMIN_PASSPHRASE = "correct horse battery staple"
ORG_NAME = "Centre d'accueil Exemple"

settings.register_profile("default", max_examples=40, deadline=None)
settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "default")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show GUI tests on the screen")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--onscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("LANG", "en_CA.UTF-8")
    config.addinivalue_line("markers", "allow_log_warnings: the test expects WARNING records")


def sentinel(label: str) -> str:
    """A unique, greppable value to plant in a sensitive field."""
    return f"{SENTINEL_PREFIX}{label.upper()}"


@pytest.fixture(autouse=True, scope="session")
def _strict_catalogs() -> Iterator[None]:
    """In tests a msgid missing from a shipped domain catalog is an error where it is
    printed (`MissingMessage`), not the English text the app falls back to."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(catalogs, "load", functools.partial(catalogs.load, strict=True))
        catalogs.translations.cache_clear()
        client_texts.shipped.cache_clear()
        yield
    catalogs.translations.cache_clear()
    client_texts.shipped.cache_clear()


@pytest.fixture(autouse=True)
def _isolated_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point every data, config, cache and temp folder at a per-test place."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture(scope="session")
def qapp_cls() -> type[Any]:
    """pytest-qt's application is ours (its names decide where QSettings writes). Imported
    here, not at the top, so tests that never ask for `qapp` never load Qt."""
    from intake_app.ui.app import PasserelleApplication

    return PasserelleApplication


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The process temp folder (every variable a platform reads, and Python's cached
    choice), isolated so that the sanctuary tests can search it afterwards."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


class _RecordCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _log_guard(request: pytest.FixtureRequest) -> Iterator[_RecordCollector]:
    """No sentinel may reach a log record; no WARNING unless the test says it expects one."""
    collector = _RecordCollector()
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(collector)
    try:
        yield collector
    finally:
        root.removeHandler(collector)
        root.setLevel(old_level)
    leaked = [r for r in collector.records if SENTINEL_PREFIX in _full_text(r)]
    assert not leaked, f"a sentinel reached the log: {[r.name for r in leaked]}"
    if request.node.get_closest_marker("allow_log_warnings") is None:
        loud = [r for r in collector.records if r.levelno >= logging.WARNING]
        assert not loud, f"unexpected warnings: {[r.getMessage() for r in loud]}"


def _full_text(record: logging.LogRecord) -> str:
    text = record.getMessage()
    if record.exc_info and record.exc_info[1] is not None:
        text += repr(record.exc_info[1])
    return text


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 11, 10, 30, tzinfo=ZoneInfo("America/Montreal")))


@pytest.fixture
def fast_kdf() -> KdfPolicy:
    return FAST_KDF


@pytest.fixture
def vault_paths(tmp_path: Path) -> VaultPaths:
    return VaultPaths(tmp_path / "vault")


@pytest.fixture
def created_vault(vault_paths: VaultPaths, clock: FixedClock) -> Iterator[CreatedVault]:
    created = create_vault(
        vault_paths,
        org_name=ORG_NAME,
        org_address="1234 rue Exemple, Montréal QC H2X 1Y4",
        admin_name=ADMIN_NAME,
        passphrase=ADMIN_PASSPHRASE,
        policy=FAST_KDF,
        clock=clock,
    )
    yield created
    created.session.close()


@pytest.fixture
def session(created_vault: CreatedVault) -> VaultSession:
    """An unlocked vault with one coordinator, on fast key derivation."""
    return created_vault.session
