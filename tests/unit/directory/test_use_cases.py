"""Directory use cases below the UI: validation, audit, duplicates, deactivation,
permissions, cancelling, and no names in the logs."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.directory import use_cases
from intake_app.directory.hsds_export import export_json, export_tabular, without_provenance
from intake_app.directory.hsds_import import import_directory, read_directory_file
from intake_app.directory.sample import generate_services, sample_services
from intake_app.domain.audit import Action
from intake_app.domain.services import Location, OpeningHours
from intake_app.domain.users import Role
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import directory_repo
from intake_app.vault.audit import query_events
from intake_app.vault.session import VaultSession
from tests.conftest import sentinel


def test_validation_names_each_bad_field() -> None:
    s = sample_services()[0]
    bad = replace(
        s,
        name=" ",
        categories=frozenset({"not-a-category"}),
        locations=(replace(s.locations[0], latitude=91.0),),
        hours=(OpeningHours(1, time(17), time(9)),),
    )
    problems = use_cases.validate_service(bad)
    assert problems == {
        "name": "required",
        "categories": "unknown-code",
        "locations[0].latitude": "latitude",
        "hours": "hours-order",
    }
    assert use_cases.validate_service(s) == {}


def test_save_audits_created_then_changed(session: VaultSession) -> None:
    s = sample_services()[0]
    use_cases.save_service(session, s)
    use_cases.save_service(session, replace(s, name="Autre nom"))
    actions = [e.action for e in query_events(session.conn, record_type="service", record_id=s.id)]
    assert sorted(actions) == sorted([Action.SERVICE_CREATED, Action.SERVICE_CHANGED])


def test_invalid_service_is_refused_and_not_stored(session: VaultSession) -> None:
    with pytest.raises(KnownError) as info:
        use_cases.save_service(session, replace(sample_services()[0], categories=frozenset()))
    assert info.value.code is ErrorCode.INVALID_INPUT
    assert info.value.params["field"] == "categories"
    assert directory_repo.count_services(session.conn, include_inactive=True) == 0


def test_duplicate_gets_new_ids_and_no_import_source(session: VaultSession) -> None:
    original = sample_services()[0]
    use_cases.save_service(session, original)
    copy = use_cases.duplicate_service(session, original.id)
    assert copy.id != original.id and copy.locations[0].id != original.locations[0].id
    assert (copy.source, copy.source_id, copy.last_verified) == ("", "", None)
    assert copy.organization == original.organization
    assert directory_repo.count_services(session.conn) == 2


def test_deactivated_service_leaves_routing_and_comes_back(session: VaultSession) -> None:
    s = sample_services()[0]
    use_cases.save_service(session, s)
    use_cases.set_active(session, s.id, False)
    assert directory_repo.load_active_services(session.conn) == []
    use_cases.set_active(session, s.id, True)
    assert [x.id for x in directory_repo.load_active_services(session.conn)] == [s.id]


def test_mark_verified_today_uses_the_clock(session: VaultSession) -> None:
    s = replace(sample_services()[0], last_verified=None)
    use_cases.save_service(session, s)
    use_cases.mark_verified_today(session, s.id)
    stored = directory_repo.load_service(session.conn, s.id)
    assert stored is not None and stored.last_verified == session.clock.now().date()
    assert not stored.is_stale(session.clock.now().date())


def test_unknown_service_is_not_found(session: VaultSession) -> None:
    for action in (
        lambda: use_cases.set_active(session, "nope", False),
        lambda: use_cases.mark_verified_today(session, "nope"),
        lambda: use_cases.duplicate_service(session, "nope"),
    ):
        with pytest.raises(KnownError) as info:
            action()
        assert info.value.code is ErrorCode.NOT_FOUND


def test_caseworker_may_browse_but_not_edit(session: VaultSession) -> None:
    use_cases.add_services(session, sample_services()[:2])
    session.user = replace(session.user, role=Role.CASEWORKER)
    assert len(use_cases.list_services(session)) == 2
    for action in (
        lambda: use_cases.save_service(session, sample_services()[3]),
        lambda: use_cases.add_services(session, sample_services()[3:5]),
        lambda: use_cases.set_active(session, sample_services()[0].id, False),
    ):
        with pytest.raises(KnownError) as info:
            action()
        assert info.value.code is ErrorCode.NOT_ALLOWED


def test_cancelled_bulk_add_stores_nothing(session: VaultSession) -> None:
    calls = iter([False, True])
    with pytest.raises(KnownError) as info:
        use_cases.add_services(
            session, generate_services(1200, seed=1), cancelled=lambda: next(calls)
        )
    assert info.value.code is ErrorCode.CANCELLED
    assert directory_repo.count_services(session.conn, include_inactive=True) == 0


def test_names_and_notes_never_reach_the_log(session: VaultSession, tmp_path: Path) -> None:
    """Directory text is not personal, but the logs carry ids and counts only anyway."""
    s = sample_services()[0]
    planted = replace(
        s,
        name=sentinel("name"),
        description=sentinel("description"),
        organization=replace(s.organization, name=sentinel("org")),
    )
    use_cases.save_service(session, planted)
    use_cases.export_directory(session, tmp_path / "d.zip", "csv")
    import_directory(session, tmp_path / "d.zip")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"id": sentinel("id"), "name": 3, "status": "active"}]))
    preview = import_directory(session, bad, "bad")
    assert preview.skipped == 1 and not preview.services


def test_unknown_json_fields_are_counted(tmp_path: Path) -> None:
    export_json(sample_services()[:2], tmp_path / "d.json")
    page = json.loads((tmp_path / "d.json").read_text("utf-8"))
    page["contents"][0]["favourite_colour"] = "blue"
    page["contents"][1]["organization"]["mascot"] = "owl"
    (tmp_path / "d.json").write_text(json.dumps(page), "utf-8")
    _services, _fmt, warnings = read_directory_file(tmp_path / "d.json")
    assert warnings == {"unknown-field": 2}


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda t: t.strip() == t and t.strip()
)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=_text,
    description=st.text(max_size=60).map(str.strip),
    street=_text,
    area=_text,
    lat=st.floats(-90, 90),
    lon=st.floats(-180, 180),
)
def test_any_service_text_round_trips_through_json_and_csv(
    tmp_path_factory: pytest.TempPathFactory,
    name: str,
    description: str,
    street: str,
    area: str,
    lat: float,
    lon: float,
) -> None:
    s = sample_services()[7]
    loc = replace(
        s.locations[0],
        address=replace(s.locations[0].address, street=street),
        area=area,
        latitude=lat,
        longitude=lon,
    )
    s = replace(s, name=name, description=description, locations=(loc,))
    folder = tmp_path_factory.mktemp("rt")
    export_json([s], folder / "d.json")
    export_tabular([s], folder / "d.zip")
    for path in (folder / "d.json", folder / "d.zip"):
        (back,), _f, _w = read_directory_file(path)
        assert without_provenance(back) == without_provenance(s)


def test_location_without_address_round_trips(tmp_path: Path) -> None:
    s = replace(
        sample_services()[0],
        locations=(Location(id="a" * 8 + "-0000-4000-8000-" + "0" * 12, name="Ici"),),
    )
    export_tabular([s], tmp_path / "d.zip")
    (back,), _f, _w = read_directory_file(tmp_path / "d.zip")
    assert back.locations[0].name == "Ici" and back.locations[0].address is None
