"""HSDS export: formula injection neutralised, our taxonomy in both languages, audited."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_app.directory.hsds_export import export_tabular, neutralise, without_provenance
from intake_app.directory.hsds_import import read_directory_file
from intake_app.directory.hsds_read import unquote_cell
from intake_app.directory.sample import sample_services
from intake_app.directory.use_cases import add_services, export_directory
from intake_app.domain.audit import Action
from intake_app.domain.users import Role
from intake_app.vault.audit import query_events
from intake_app.vault.session import VaultSession


def _rows(zip_path: Path, name: str) -> list[dict[str, str]]:
    with zipfile.ZipFile(zip_path) as z:
        return list(csv.DictReader(io.StringIO(z.read(name).decode("utf-8"))))


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_cells_that_a_spreadsheet_would_run_are_neutralised(start: str, tmp_path: Path) -> None:
    evil = start + "cmd|' /C calc'!A0"
    s = sample_services()[0]
    s = replace(s, name=evil, organization=replace(s.organization, name=evil))
    export_tabular([s], tmp_path / "x.zip")
    (row,) = _rows(tmp_path / "x.zip", "services.csv")
    assert row["name"] == "'" + evil
    (org,) = _rows(tmp_path / "x.zip", "organizations.csv")
    assert org["name"].startswith("'")
    (back,), _f, _w = read_directory_file(tmp_path / "x.zip")
    assert back.name == evil.strip()  # the importer removes our guard (and edge spaces)


def test_negative_coordinates_stay_numbers() -> None:
    assert neutralise(-73.56) == "-73.56"
    assert neutralise("-73.56") == "-73.56"
    assert neutralise("-1+1") == "'-1+1"


@given(st.text(max_size=20))
def test_neutralise_then_unquote_gives_the_text_back(text: str) -> None:
    cell = neutralise(text)
    assert not cell.startswith(("=", "+", "@", "\t", "\r")) or cell == text
    assert unquote_cell(cell) == text or (text.startswith("'") and cell == text)


def test_our_taxonomy_is_exported_once_per_code(tmp_path: Path) -> None:
    """HSDS 3.0 declares taxonomy_term.code unique: one row per code, in English."""
    export_tabular(sample_services(), tmp_path / "x.zip")
    terms = _rows(tmp_path / "x.zip", "taxonomy_terms.csv")
    housing = {t["language"]: t["name"] for t in terms if t["code"] == "housing"}
    assert housing == {"en": "Housing"}
    codes = [t["code"] for t in terms if t["code"]]
    assert len(codes) == len(set(codes))
    (taxonomy,) = _rows(tmp_path / "x.zip", "taxonomies.csv")
    assert taxonomy["name"] == "passerelle"
    with zipfile.ZipFile(tmp_path / "x.zip") as z:
        package = json.loads(z.read("datapackage.json"))
        assert {r["path"] for r in package["resources"]} <= set(z.namelist())


def test_export_use_case_round_trips_and_is_audited(session: VaultSession, tmp_path: Path) -> None:
    add_services(session, sample_services())
    for fmt, name in (("csv", "d.zip"), ("json", "d.json")):
        assert export_directory(session, tmp_path / name, fmt) == 62
        back, _f, _w = read_directory_file(tmp_path / name)
        assert sorted(map(without_provenance, back), key=lambda s: s.id) == sorted(
            map(without_provenance, sample_services()), key=lambda s: s.id
        )
    events = query_events(session.conn, action=Action.DIRECTORY_EXPORTED)
    assert sorted(e.detail["format"] for e in events) == ["csv", "json"]


def test_caseworkers_may_export(session: VaultSession, tmp_path: Path) -> None:
    add_services(session, sample_services()[:3])
    session.user = replace(session.user, role=Role.CASEWORKER)
    assert export_directory(session, tmp_path / "d.json", "json") == 3
