"""The sample directory and the generator: fictional, complete, deterministic; the sample
is the shipped HSDS file, read through the import."""

from __future__ import annotations

import re
from pathlib import Path

from intake_app.directory.hsds_export import export_json
from intake_app.directory.hsds_import import commit_import, preview_import, read_directory_file
from intake_app.directory.sample import (
    AREAS,
    SAMPLE_SOURCE,
    generate_services,
    sample_services,
)
from intake_app.directory.use_cases import add_services
from intake_app.domain.taxonomy import AUDIENCE_TERMS, SERVICE_TERMS
from intake_app.resources import resource_path
from intake_app.vault import directory_repo
from intake_app.vault.session import VaultSession

SAMPLE_FILE = resource_path("directory", "sample_directory.json")


def test_sample_covers_every_service_category_and_audience() -> None:
    services = sample_services()
    assert 55 <= len(services) <= 70
    assert set().union(*(s.categories for s in services)) == {t.code for t in SERVICE_TERMS}
    assert set().union(*(s.audiences for s in services)) == {t.code for t in AUDIENCE_TERMS}


def test_sample_is_clearly_fictional_and_bilingual() -> None:
    for s in sample_services():
        assert s.organization.name.endswith("(démo)")
        assert all(re.search(r"-555-", p.number) for p in s.phones + s.organization.phones)
        assert s.name_in("en") != s.name and s.description_in("en")
        assert s.area in AREAS
        loc = s.locations[0]
        assert loc.latitude is not None and 45 < loc.latitude < 46
        assert s.effective_hours


def test_generator_is_deterministic_and_varied() -> None:
    a = generate_services(200, seed=7)
    assert a == generate_services(200, seed=7)
    assert a != generate_services(200, seed=8)
    assert len({s.id for s in a}) == 200
    assert len(set().union(*(s.categories for s in a))) >= 15
    assert len({s.area for s in a}) >= 10


def test_add_services_stores_them_in_one_go_with_progress(session: VaultSession) -> None:
    seen: list[float] = []
    services = sample_services() + generate_services(700, seed=1)
    assert add_services(session, services, seen.append, lambda: False) == len(services)
    assert directory_repo.count_services(session.conn) == len(services)
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_the_shipped_sample_file_imports_without_a_warning() -> None:
    services, fmt, warnings = read_directory_file(SAMPLE_FILE, source=SAMPLE_SOURCE)
    assert fmt == "json" and warnings == {}
    assert services == sample_services()  # the file is the sample, nothing else
    assert {s.source for s in services} == {SAMPLE_SOURCE}


def test_sample_keeps_its_letter_names_and_fixed_ids() -> None:
    services = sample_services()
    assert len({s.id for s in services}) == len(services)
    assert services[0].id == "05ee2ef9-4c99-5d68-adc2-a2b5a090cae8"  # stable across releases
    assert {s.letter_name for s in services if s.letter_name} >= {"Le Phare — Côte-des-Neiges"}


def test_sample_is_read_once_and_each_caller_gets_its_own_list() -> None:
    first, second = sample_services(), sample_services()
    assert first == second and first is not second
    first.clear()
    assert sample_services() == second


def test_the_sample_exported_again_is_the_same_file(tmp_path: Path) -> None:
    """Edited in a vault and exported over the shipped file, the sample round-trips."""
    export_json(sample_services(), tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == SAMPLE_FILE.read_bytes()


def test_importing_the_sample_file_after_seeding_it_updates_instead_of_duplicating(
    session: VaultSession,
) -> None:
    add_services(session, sample_services())
    preview = preview_import(session, SAMPLE_FILE)
    assert preview.new == 0 and preview.source.key == SAMPLE_SOURCE
    commit_import(session, preview)
    assert directory_repo.count_services(session.conn) == len(sample_services())
