"""Real directories are messy: an HSDS 1.1 export from a 211 line, Excel files saved with
French settings, UTF-16, two sources named after the template, local work over imports.
Each problem of issue 15 has a fixture here (tests/fixtures/directory/README.md)."""

from __future__ import annotations

import os
import shutil
import zipfile
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from intake_app.directory import use_cases
from intake_app.directory.hsds_import import (
    change_source,
    commit_import,
    preview_import,
    read_directory,
)
from intake_app.directory.sources import SuggestedBy
from intake_app.domain.services import Phone
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import directory_repo
from intake_app.vault.session import VaultSession

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "directory"


def _by_source_id(services: list) -> dict:
    return {s.source_id: s for s in services}


# -- the messy 211 export ---------------------------------------------------------------


def test_messy_211_preview_imports_the_good_records_and_says_why_others_were_skipped(
    session: VaultSession,
) -> None:
    preview = preview_import(session, FIXTURES / "messy_211")
    assert preview.format == "tabular-1.1"
    assert (len(preview.services), preview.skipped) == (8, 2)
    skipped = {(p.file, p.where, p.reason) for p in preview.problems if p.action == "skipped"}
    assert ("services.csv", "row 9", "duplicate id") in skipped
    assert any(p.reason == "missing" and p.field == "name" for p in preview.problems)
    repaired = {(p.field, p.reason) for p in preview.problems if p.action == "repaired"}
    assert ("organization_id", "no such organization") in repaired
    assert ("id", "duplicate id") in repaired  # languages.csv: kept, both languages
    assert (preview.new, preview.updated, preview.gone) == (8, 0, 0)
    assert preview.uncategorised == 2  # the inactive toy drive and YZ-9999


def test_messy_211_source_is_never_silently_the_template_name(session: VaultSession) -> None:
    preview = preview_import(session, FIXTURES / "messy_211")
    assert preview.source.key != "human-services-data"
    assert preview.source.suggested_by is SuggestedBy.GUESS
    assert preview.source.publisher == "Sunshine 211 — community resource export"


def test_messy_211_keeps_hours_languages_terms_and_addresses() -> None:
    services = _by_source_id(read_directory(FIXTURES / "messy_211").services)
    rent = services["101"]
    assert [(h.weekday, h.opens, h.closes) for h in rent.hours] == [
        (d, time(9), time(17)) for d in (1, 2, 3)
    ]
    assert rent.holidays[0].start == date(2026, 12, 24) and rent.holidays[0].closed
    assert rent.languages == {"en", "es"}
    assert rent.alternate_name == "Rent Help"
    assert rent.contacts[0].title == "Intake Coordinator"
    assert rent.categories == {"housing"}
    assert [t.code for t in rent.external_terms] == ["BH-3800.7000"]
    (loc,) = rent.locations
    assert loc.address is not None
    assert (loc.address.street, loc.address.street2, loc.address.country) == (
        "1100 NW 5th Ave",
        "Suite 200",
        "",
    )
    assert "Wheelchair accessible" in loc.accessibility
    pantry = services["102"]
    assert pantry.languages == {"es", "en"}  # "Español"
    assert [d for d, *_ in [(h.weekday,) for h in pantry.hours]] == [2, 4]  # day names
    assert pantry.categories == {"food"} and pantry.eligibility.text == "Anyone in need"
    assert pantry.phones == ()  # the phone without a number
    assert services["103"].languages == {"fr"}
    clinic = services["104"]
    assert clinic.languages == {"fr", "ht"}
    assert clinic.categories == {"health"}  # 211 LA code
    assert {d.value for d in clinic.required_documents} == {"photo-id", "proof-of-income"}
    assert [h.weekday for h in clinic.hours] == [5]  # "8:00am" left out
    shelter = services["105"]
    assert shelter.categories == {"shelter", "safety"}
    assert shelter.locations[0].address is not None
    assert shelter.locations[0].address.street == ""
    orphan = services["106"]
    assert orphan.organization.name == "Tax Preparation Help"
    assert orphan.categories == {"income"}  # AIRS code given only in taxonomy_detail
    assert not services["108"].active


def test_messy_211_zipped_with_its_data_folder_reads_the_same(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in sorted((FIXTURES / "messy_211").rglob("*")):
            if path.is_file():
                z.write(path, "export/" + str(path.relative_to(FIXTURES / "messy_211")))
    zipped = read_directory(archive)
    folder = read_directory(FIXTURES / "messy_211")
    assert [s.name for s in zipped.services] == [s.name for s in folder.services]


def test_messy_211_report_lines_count_everything(session: VaultSession) -> None:
    lines = preview_import(session, FIXTURES / "messy_211").report_lines()
    assert "8 services will be imported, 2 skipped" in lines
    assert "  services.csv: UTF-8, comma, 10 rows" in lines


# -- spreadsheets --------------------------------------------------------------------------


def test_excel_french_settings_semicolons_cp1252_decimal_commas() -> None:
    read = read_directory(FIXTURES / "excel_fr")
    services = _by_source_id(read.services)
    assert services["s1"].organization.name == "Centre d'entraide Côte-des-Neiges"
    assert services["s1"].description == "Épicerie solidaire, fruits & légumes"
    loc = services["s1"].locations[0]
    assert (loc.latitude, loc.longitude) == (45.4966, -73.6232)
    formats = {f.file: f for f in read.formats}
    assert formats["services.csv"].encoding == "Windows-1252"
    assert formats["services.csv"].delimiter == ";"


def test_excel_csv_utf8_with_bom_and_semicolons() -> None:
    read = read_directory(FIXTURES / "excel_fr_utf8")
    assert {f.encoding for f in read.formats} == {"UTF-8 (BOM)"}
    assert _by_source_id(read.services)["s2"].name == "Francisation pour adultes"


def test_utf16_tab_separated_tables() -> None:
    read = read_directory(FIXTURES / "utf16_tabs")
    assert {(f.encoding, f.delimiter) for f in read.formats} == {("UTF-16", "\t")}
    assert len(read.services) == 2
    assert read.services[0].locations[0].address is not None


# -- sources -----------------------------------------------------------------------------


def test_two_sources_with_the_template_name_never_overwrite_each_other(
    session: VaultSession,
) -> None:
    a = preview_import(session, FIXTURES / "agency_a")
    commit_import(session, a)
    b = preview_import(session, FIXTURES / "agency_b")
    assert b.source.key != a.source.key
    commit_import(session, b)
    names = sorted(s.name for s in use_cases.list_services(session))
    assert names == ["Food bank A", "Legal clinic B"]


def test_a_renamed_folder_of_the_same_source_updates(session: VaultSession, tmp_path: Path) -> None:
    commit_import(session, preview_import(session, FIXTURES / "messy_211"))
    renamed = tmp_path / "export-2026-12-01"
    shutil.copytree(FIXTURES / "messy_211", renamed)
    again = preview_import(session, renamed)
    assert again.source.suggested_by is SuggestedBy.EXISTING
    assert (again.new, again.unchanged) == (0, 8)
    commit_import(session, again)
    assert directory_repo.count_services(session.conn, include_inactive=True) == 8
    assert [s.key for s in use_cases.list_sources(session)] == [again.source.key]


def test_the_coordinator_can_name_the_source_in_the_preview(session: VaultSession) -> None:
    preview = preview_import(session, FIXTURES / "agency_a")
    before = {s.id for s in preview.services}
    change_source(session, preview, "Agency A 211", "Agency A")
    assert preview.source.key == "agency-a-211" and preview.source.publisher == "Agency A"
    assert {s.id for s in preview.services}.isdisjoint(before)
    commit_import(session, preview)
    assert use_cases.list_sources(session)[0].publisher == "Agency A"


# -- local work survives a re-import -----------------------------------------------------------


def _v2(tmp_path: Path) -> Path:
    """The same source a month later: the pantry renamed upstream, the toy drive gone."""
    v2 = tmp_path / "messy_211_v2"
    shutil.copytree(FIXTURES / "messy_211", v2, dirs_exist_ok=True)
    services = v2 / "data" / "services.csv"
    lines = services.read_text("utf-8").splitlines(keepends=True)
    lines = [line for line in lines if not line.startswith("108,")]
    text = "".join(lines).replace("Downtown Food Pantry", "Downtown Community Pantry")
    text = text.replace("Lunch served daily.", "Lunch served on weekdays.")
    services.write_text(text, "utf-8")
    return v2


def test_local_edits_survive_a_reimport_and_conflicts_are_shown(
    session: VaultSession, tmp_path: Path
) -> None:
    first = preview_import(session, FIXTURES / "messy_211")
    key = first.source.key
    commit_import(session, first)
    local = _by_source_id(use_cases.list_services(session))
    pantry, meals, rent, clinic = local["102"], local["103"], local["101"], local["104"]
    use_cases.save_service(session, replace(pantry, name="Pantry (Downtown)"))
    use_cases.save_service(session, replace(meals, phones=(replace_phone(),)))
    use_cases.set_active(session, rent.id, False)
    use_cases.mark_verified_today(session, clinic.id)
    use_cases.assign_category(session, [local["109"].id], "community")

    again = preview_import(session, _v2(tmp_path), key)
    assert (again.conflicting, again.gone) == (1, 1)
    assert again.updated == 1  # the meals' description changed upstream, nothing local on it
    commit_import(session, again)

    after = _by_source_id(use_cases.list_services(session))
    assert after["102"].name == "Pantry (Downtown)"  # local value kept
    assert after["103"].phones[0].number == "514 555-0199"
    assert after["103"].description == "Lunch served on weekdays."  # upstream update
    assert not after["101"].active  # local deactivation kept
    assert after["104"].last_verified is not None  # local verification kept
    assert after["109"].categories == {"community"}
    assert not after["108"].active  # gone upstream: deactivated, not deleted
    review = {r.service.source_id: r for r in use_cases.services_to_review(session)}
    assert review["108"].gone_upstream
    assert review["102"].conflicts == {"name"}
    assert review["102"].upstream is not None
    assert review["102"].upstream.name == "Downtown Community Pantry"

    use_cases.take_upstream(session, after["102"].id, "name")
    taken = _by_source_id(use_cases.list_services(session))["102"]
    assert taken.name == "Downtown Community Pantry"
    assert "102" not in {r.service.source_id for r in use_cases.services_to_review(session)}
    third = preview_import(session, _v2(tmp_path), key)
    assert (third.conflicting, third.gone, third.new) == (0, 0, 0)


def replace_phone() -> Phone:
    return Phone("514 555-0199", "Local line")


def test_a_conflict_can_be_dismissed_keeping_the_local_value(
    session: VaultSession, tmp_path: Path
) -> None:
    first = preview_import(session, FIXTURES / "messy_211")
    commit_import(session, first)
    pantry = _by_source_id(use_cases.list_services(session))["102"]
    use_cases.save_service(session, replace(pantry, name="Pantry (Downtown)"))
    commit_import(session, preview_import(session, _v2(tmp_path), first.source.key))
    use_cases.keep_local(session, pantry.id, "name")
    assert not [r for r in use_cases.services_to_review(session) if r.service.id == pantry.id]
    assert _by_source_id(use_cases.list_services(session))["102"].name == "Pantry (Downtown)"


def test_uncategorised_services_are_listed_and_assigned_in_bulk(session: VaultSession) -> None:
    commit_import(session, preview_import(session, FIXTURES / "messy_211"))
    waiting = use_cases.uncategorised_services(session)
    assert [s.source_id for s in waiting] == ["109"]  # the toy drive is inactive
    assert use_cases.assign_category(session, [s.id for s in waiting], "health") == 1
    assert use_cases.uncategorised_services(session) == []
    with pytest.raises(KnownError):
        use_cases.assign_category(session, [waiting[0].id], "not-a-category")


# -- broken structure is refused whole, with its own message -----------------------------------


def test_not_json_is_refused_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_bytes(b"\x00\x01garbage")
    with pytest.raises(KnownError) as info:
        read_directory(tmp_path / "x.json")
    assert info.value.code is ErrorCode.IMPORT_MALFORMED


def test_zip_with_forged_sizes_is_a_clear_damaged_archive(tmp_path: Path) -> None:
    archive = tmp_path / "forged.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("services.csv", "id,organization_id,name\n" + "1,1,A\n" * 5000)
    data = bytearray(archive.read_bytes())
    # Forge the uncompressed size in the central directory (as a zip bomb does).
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24 : cd + 28] = (10).to_bytes(4, "little")
    archive.write_bytes(bytes(data))
    with pytest.raises(KnownError) as info:
        read_directory(archive)
    assert info.value.code is ErrorCode.IMPORT_MALFORMED
    assert info.value.params["reason"] == "damaged zip archive"


def test_zip_holding_a_link_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "link.zip"
    with zipfile.ZipFile(archive, "w") as z:
        info = zipfile.ZipInfo("services.csv")
        info.external_attr = 0o120777 << 16
        z.writestr(info, "/etc/passwd")  # hostile path
    with pytest.raises(KnownError) as info_:
        read_directory(archive)
    assert info_.value.code is ErrorCode.UNSAFE_ARCHIVE


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_folder_never_follows_a_link_out_of_itself(tmp_path: Path) -> None:
    outside = tmp_path / "outside.csv"
    outside.write_text("id,name\n1,secret\n", "utf-8")
    pkg = tmp_path / "pkg"
    shutil.copytree(FIXTURES / "agency_a", pkg)
    (pkg / "organizations.csv").unlink()
    (pkg / "organizations.csv").symlink_to(outside)
    with pytest.raises(KnownError) as info:
        read_directory(pkg)
    assert info.value.code is ErrorCode.UNSAFE_PATH


def test_too_many_services_is_refused_naming_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake_app.directory import hsds_import

    monkeypatch.setattr(hsds_import, "MAX_SERVICES", 5)
    with pytest.raises(KnownError) as info:
        read_directory(FIXTURES / "messy_211")
    assert info.value.code is ErrorCode.IMPORT_TOO_BIG
    assert info.value.params["limit"] == 5


def test_routing_counts_the_services_it_cannot_consider() -> None:
    from intake_app.routing.rank import prepare

    services = [s for s in read_directory(FIXTURES / "messy_211").services if s.active]
    prepared = prepare(services)
    assert prepared.uncategorised == 1  # "Mystery Program" (YZ-9999)
    assert sum(len(v) for v in prepared.by_category.values()) >= len(services) - 1
