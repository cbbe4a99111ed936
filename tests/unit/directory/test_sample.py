"""The sample directory and the generator: fictional, complete, deterministic."""

from __future__ import annotations

import re

from intake_app.directory.sample import AREAS, generate_services, sample_services
from intake_app.directory.use_cases import add_services
from intake_app.domain.taxonomy import AUDIENCE_TERMS, SERVICE_TERMS
from intake_app.vault import directory_repo
from intake_app.vault.session import VaultSession


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
