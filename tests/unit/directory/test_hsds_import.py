"""HSDS import: the official examples, round trips, re-import updates, and every bad input
(each refused with the file, the place and the field, and nothing half-imported)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_app.directory.hsds_export import export_json, export_tabular, without_provenance
from intake_app.directory.hsds_import import (
    commit_import,
    import_directory,
    preview_import,
    read_directory,
    read_directory_file,
)
from intake_app.directory.hsds_map import parse_time
from intake_app.directory.hsds_read import MAX_BYTES
from intake_app.directory.sample import sample_services
from intake_app.domain.audit import Action
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import directory_repo
from intake_app.vault.audit import query_events
from intake_app.vault.session import VaultSession
from tests.fixtures import HSDS_EXAMPLES

EXAMPLES = HSDS_EXAMPLES


def _same(a: list, b: list) -> bool:
    return [without_provenance(s) for s in a] == [without_provenance(s) for s in b]


def _service_csv_package(tmp_path: Path, services_csv: str, orgs_csv: str | None = None) -> Path:
    pkg = tmp_path / "pkg"
    shutil.copytree(EXAMPLES / "3.0" / "csv", pkg)
    (pkg / "services.csv").write_text(services_csv, "utf-8")
    (pkg / "service_at_location.csv").write_text("id,service_id,location_id\n", "utf-8")
    if orgs_csv is not None:
        (pkg / "organizations.csv").write_text(orgs_csv, "utf-8")
    return pkg


def _error(path: Path) -> KnownError:
    with pytest.raises(KnownError) as info:
        read_directory_file(path)
    return info.value


# -- the official examples ---------------------------------------------------------------


@pytest.mark.parametrize("version", ["3.0", "3.1-dev"])
@pytest.mark.parametrize(
    "shape",
    ["json/service_full.json", "json/service_list.json", "json/organization_full.json", "csv"],
)
def test_official_examples_import(version: str, shape: str) -> None:
    services, _fmt, _warnings = read_directory_file(EXAMPLES / version / shape)
    assert [s.name for s in services] == ["Community Counselling"]
    assert services[0].organization.name == "Example Organization Inc."


@pytest.mark.parametrize("version", ["3.0", "3.1-dev"])
@pytest.mark.parametrize("shape", ["json/service_full.json", "csv"])
def test_official_full_examples_keep_every_field_we_model(version: str, shape: str) -> None:
    (s,), _fmt, warnings = read_directory_file(EXAMPLES / version / shape)
    assert s.id == "ac148810-d857-441c-9679-408f346de14b"
    assert s.description.startswith("Counselling Services provided")
    assert s.url == "http://example.com/counselling" and s.email == "email@example.com"
    assert s.languages == {"ur"}
    assert s.interpretation_text.startswith("Interpretation services are available")
    assert s.interpretation_offered
    assert s.application_process.startswith("If you are an NHS patient")
    assert s.fees_text.startswith("Non-NHS patients")
    assert s.eligibility.text.startswith("This service is intended for all people aged 12")
    assert s.program_name == "Community Mental Health Support"
    assert s.phones[0].extension == "100"
    (loc,) = s.locations
    assert loc.name == "MyCity Civic Center"
    assert loc.transit.startswith("MyCity Civic Center is serviced by the number 1 Bus")
    assert loc.address is not None and loc.address.street == "1-30 Main Street"
    assert loc.address.street2 == "MyVillage" and loc.address.country == "US"
    assert loc.address.city == "MyCity" and loc.address.postal_code == "ABC 1234"
    assert loc.area == "MyRegion"
    assert "induction loops" in loc.accessibility
    assert {(h.weekday, h.opens.hour, h.closes.hour) for h in loc.hours} == {
        (4, 10, 18),
        (5, 10, 18),
    }
    assert warnings.get("coordinates-out-of-range") == 1  # the example's 100, 101


def test_official_example_keeps_foreign_taxonomy_terms() -> None:
    (s,), _fmt, _w = read_directory_file(EXAMPLES / "3.0" / "json" / "service_full.json")
    assert [(t.taxonomy, t.code, t.name) for t in s.external_terms] == [
        ("taxonomy", "code", "name")
    ]


@pytest.mark.parametrize("version", ["3.0", "3.1-dev"])
@pytest.mark.parametrize("shape", ["json/service_full.json", "csv"])
def test_official_examples_round_trip(version: str, shape: str, tmp_path: Path) -> None:
    original, _f, _w = read_directory_file(EXAMPLES / version / shape)
    export_json(original, tmp_path / "out.json")
    export_tabular(original, tmp_path / "out.zip")
    assert _same(read_directory_file(tmp_path / "out.json")[0], original)
    assert _same(read_directory_file(tmp_path / "out.zip")[0], original)


# -- the use cases ------------------------------------------------------------------------


def test_preview_counts_then_commit_stores_and_audits(
    session: VaultSession, tmp_path: Path
) -> None:
    export_tabular(sample_services(), tmp_path / "dir.zip")
    preview = preview_import(session, tmp_path / "dir.zip")
    assert (len(preview.services), preview.new, preview.updated) == (62, 62, 0)
    assert preview.organizations == 18 and preview.locations == 62
    assert directory_repo.count_services(session.conn) == 0  # nothing before the commit
    commit_import(session, preview)
    assert directory_repo.count_services(session.conn) == 62
    events = query_events(session.conn, action=Action.DIRECTORY_IMPORTED)
    assert events and events[-1].detail["services"] == 62


def test_importing_the_same_source_again_updates_instead_of_duplicating(
    session: VaultSession, tmp_path: Path
) -> None:
    data = json.loads((EXAMPLES / "3.0" / "json" / "service_full.json").read_text("utf-8"))
    data["id"] = "svc-42"  # not a UUID: mapped to a stable UUIDv5
    data["organization"]["id"] = "org-7"
    path = tmp_path / "agency.json"
    path.write_text(json.dumps(data), "utf-8")
    first = import_directory(session, path)
    data["name"] = "Renamed"
    path.write_text(json.dumps(data), "utf-8")
    second = import_directory(session, path)
    assert (first.new, second.new, second.updated) == (1, 0, 1)
    (stored,) = directory_repo.load_services(session.conn)
    assert stored.name == "Renamed" and stored.source_id == "svc-42"
    assert stored.id == first.services[0].id


def test_cancelled_commit_stores_nothing(session: VaultSession, tmp_path: Path) -> None:
    export_json(sample_services(), tmp_path / "d.json")
    preview = preview_import(session, tmp_path / "d.json")
    with pytest.raises(KnownError) as info:
        commit_import(session, preview, cancelled=lambda: True)
    assert info.value.code is ErrorCode.IMPORT_CANCELLED
    assert directory_repo.count_services(session.conn, include_inactive=True) == 0


def test_an_impossible_time_late_in_the_file_is_left_out_and_reported(
    session: VaultSession, tmp_path: Path
) -> None:
    export_json(sample_services(), tmp_path / "d.json")
    page = json.loads((tmp_path / "d.json").read_text("utf-8"))
    page["contents"][50]["schedules"] = [
        {"id": "x", "byday": "MO", "opens_at": "9:00am", "closes_at": "17:00"}
    ]
    (tmp_path / "d.json").write_text(json.dumps(page), "utf-8")
    preview = import_directory(session, tmp_path / "d.json", "d")
    (problem,) = preview.problems
    assert (problem.where, problem.field, problem.action) == (
        "contents[50].schedules[0]",
        "opens_at",
        "repaired",
    )
    assert directory_repo.count_services(session.conn, include_inactive=True) == 62


def test_caseworker_may_not_import(session: VaultSession, tmp_path: Path) -> None:
    from dataclasses import replace

    from intake_app.domain.users import Role

    session.user = replace(session.user, role=Role.CASEWORKER)
    with pytest.raises(KnownError) as info:
        preview_import(session, EXAMPLES / "3.0" / "csv")
    assert info.value.code is ErrorCode.NOT_ALLOWED


# -- bad input --------------------------------------------------------------------------


def test_malformed_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"id": "a", "name": ', "utf-8")
    err = _error(path)
    assert err.code is ErrorCode.IMPORT_MALFORMED
    assert err.params["file"] == "broken.json" and "line 1" in err.params["where"]


def test_empty_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.json").write_bytes(b"")
    assert _error(tmp_path / "empty.json").params["reason"] == "the file is empty"


def _problems(path: Path) -> list[tuple[str, str, str, str]]:
    read = read_directory(path)
    return [(p.where, p.field, p.reason, p.action) for p in read.notes.problems]


def test_wrong_type_skips_the_record_naming_json_path_and_field(tmp_path: Path) -> None:
    data = json.loads((EXAMPLES / "3.0" / "json" / "service_full.json").read_text("utf-8"))
    good = json.loads(json.dumps(data))
    good["id"] = "other"
    data["service_at_locations"][0]["location"]["latitude"] = "north"
    (tmp_path / "t.json").write_text(json.dumps([data, good]), "utf-8")
    assert _problems(tmp_path / "t.json") == [
        ("[0].service_at_locations[0].location", "latitude", "should be number", "skipped")
    ]
    assert [s.source_id for s in read_directory(tmp_path / "t.json").services] == ["other"]


def test_missing_required_field_is_named(tmp_path: Path) -> None:
    (tmp_path / "m.json").write_text(json.dumps({"id": "a", "name": "x"}), "utf-8")
    assert _problems(tmp_path / "m.json") == [("$", "status", "missing", "skipped")]


def test_csv_missing_required_column_is_named(tmp_path: Path) -> None:
    pkg = _service_csv_package(tmp_path, "id,name,status\ns1,Food,active\n")
    err = _error(pkg)
    assert (err.params["file"], err.params["field"], err.params["reason"]) == (
        "services.csv",
        "organization_id",
        "missing column",
    )


def test_csv_wrong_type_names_row_and_column(tmp_path: Path) -> None:
    pkg = _service_csv_package(
        tmp_path,
        "id,organization_id,name,status,minimum_age\n"
        "s1,d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,Food,active,12\n"
        "s2,d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,Help,active,twelve\n",
    )
    assert _problems(pkg) == [("row 3", "minimum_age", "not a number", "repaired")]
    assert len(read_directory(pkg).services) == 2


def test_service_pointing_to_missing_organization_keeps_one_named_after_it(
    tmp_path: Path,
) -> None:
    pkg = _service_csv_package(tmp_path, "id,organization_id,name,status\ns1,nope,Food,active\n")
    assert _problems(pkg) == [("row 2", "organization_id", "no such organization", "repaired")]
    (s,) = read_directory(pkg).services
    assert s.organization.name == "Food"


def test_duplicate_ids_skip_the_later_record(tmp_path: Path) -> None:
    org = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
    pkg = _service_csv_package(
        tmp_path, f"id,organization_id,name,status\ns1,{org},A,active\ns1,{org},B,active\n"
    )
    assert _problems(pkg) == [("row 3", "id", "duplicate id", "skipped")]
    assert [s.name for s in read_directory(pkg).services] == ["A"]
    data = json.loads((EXAMPLES / "3.0" / "json" / "service_full.json").read_text("utf-8"))
    (tmp_path / "dup.json").write_text(json.dumps([data, data]), "utf-8")
    assert _problems(tmp_path / "dup.json") == [("[1]", "id", "duplicate id", "skipped")]


@pytest.mark.parametrize("bad", ["9:00am", "25:99", "12:60", "noon", "9h"])
def test_impossible_times_are_refused(bad: str) -> None:
    with pytest.raises(KnownError) as info:
        parse_time(bad, "f.csv", "row 2", "opens_at")
    assert info.value.params["field"] == "opens_at"


@given(st.integers(0, 23), st.integers(0, 59), st.booleans())
def test_valid_times_parse(hour: int, minute: int, seconds: bool) -> None:
    text = f"{hour}:{minute:02d}" + (":00" if seconds else "")
    parsed = parse_time(text, "f", "w", "opens_at")
    assert (parsed.hour, parsed.minute) == (hour, minute)


@given(st.text(max_size=12))
def test_time_parsing_never_crashes(text: str) -> None:
    try:
        parse_time(text, "f", "w", "opens_at")
    except KnownError as exc:
        assert exc.code is ErrorCode.IMPORT_MALFORMED


def test_file_over_50_mb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    err = _error(path)
    assert err.code is ErrorCode.FILE_TOO_LARGE and err.params["file"] == "huge.json"


def test_zip_that_inflates_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("services.csv", b"0" * (MAX_BYTES + 10))
    assert _error(path).code is ErrorCode.FILE_TOO_LARGE


@pytest.mark.parametrize(
    "member",
    [
        "../evil.csv",
        "/etc/evil.csv",  # hostile path
        "a/../../evil.csv",
        "C:/evil.csv",  # hostile path
        "..\\evil.csv",
    ],
)
def test_zip_slip_paths_are_refused(tmp_path: Path, member: str) -> None:
    path = tmp_path / "slip.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("services.csv", "id,organization_id,name\n")
        z.writestr(member, "x")
    err = _error(path)
    assert err.code is ErrorCode.UNSAFE_ARCHIVE and err.params["file"] == "slip.zip"
    assert not (tmp_path.parent / "evil.csv").exists()


def test_utf8_with_bom_and_latin1_files_read_correctly(tmp_path: Path) -> None:
    org = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
    text = f"id,organization_id,name,status\ns1,{org},Santé Côte,active\n"
    pkg = _service_csv_package(tmp_path, "")
    (pkg / "services.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    services, _f, warnings = read_directory_file(pkg)
    assert services[0].name == "Santé Côte" and "read-as-latin1" not in warnings
    (pkg / "services.csv").write_bytes(text.encode("latin-1"))
    services, _f, warnings = read_directory_file(pkg)
    assert services[0].name == "Santé Côte" and warnings["read-as-latin1"] >= 1


def test_unknown_tables_and_columns_are_counted_not_fatal(tmp_path: Path) -> None:
    pkg = _service_csv_package(
        tmp_path,
        "id,organization_id,name,status,favourite_colour\n"
        "s1,d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,Food,active,blue\n",
    )
    (pkg / "extras.csv").write_text("id\n1\n", "utf-8")
    services, _f, warnings = read_directory_file(pkg)
    assert len(services) == 1
    assert warnings["unknown-column"] == 1 and warnings["unknown-table"] == 1


def test_hsds_2_tabular_package_imports(tmp_path: Path) -> None:
    pkg = tmp_path / "v2"
    pkg.mkdir()
    (pkg / "organizations.csv").write_text("id,name,description,url\no1,Org,Desc,http://o\n")
    (pkg / "services.csv").write_text(
        "id,organization_id,name,description,status\ns1,o1,Food bank,Food,active\n"
    )
    (pkg / "locations.csv").write_text(
        "id,organization_id,name,latitude,longitude\nl1,o1,Main,45.5,-73.6\n"
    )
    (pkg / "services_at_location.csv").write_text("id,service_id,location_id\nsl1,s1,l1\n")
    (pkg / "physical_addresses.csv").write_text(
        "id,location_id,address_1,city,state_province,postal_code,country\n"
        "a1,l1,1 rue Test,Montréal,QC,H2X 1Y1,CA\n"
    )
    (pkg / "taxonomy_terms.csv").write_text(
        "id,term,taxonomy\nfood,Food,passerelle\n1102,Food,Open Eligibility\n"
    )
    (pkg / "service_attributes.csv").write_text(
        "id,service_id,taxonomy_term_id\nsa1,s1,food\nsa2,s1,1102\n"
    )
    (pkg / "languages.csv").write_text("id,service_id,language\nla1,s1,es\n")
    (pkg / "schedules.csv").write_text(
        'id,service_id,freq,byday,opens_at,closes_at\nsc1,s1,WEEKLY,"MO,TU",09:00,17:00\n'
    )
    (s,), fmt, _w = read_directory_file(pkg)
    assert fmt == "tabular-2"
    assert s.organization.website == "http://o"
    assert s.categories == {"food"} and s.languages == {"es"}
    assert s.locations[0].address is not None and s.locations[0].address.city == "Montréal"
    assert len(s.hours) == 2
    assert ("Open Eligibility", "1102", "Food") in {
        (t.taxonomy, t.code, t.name) for t in s.external_terms
    }
