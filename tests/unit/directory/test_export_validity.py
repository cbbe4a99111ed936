"""Our exports checked by tools nobody here wrote: the tabular package under frictionless
(zero errors) and every JSON record against the official compiled HSDS 3.0 schema, on the
sample directory and on a generated 1,000-service directory; and the round trip
CSV → vault → CSV keeps every field we model, empty streets included."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import jsonschema
import pytest

from intake_app.directory import use_cases
from intake_app.directory.hsds_export import export_json, export_tabular, without_provenance
from intake_app.directory.hsds_import import commit_import, preview_import, read_directory_file
from intake_app.directory.sample import sample_services
from intake_app.domain.services import Service
from intake_app.resources import resources_dir
from intake_app.vault.session import VaultSession
from tests.benchmarks.hsds_generator import write_hsds11_package

frictionless = pytest.importorskip("frictionless")
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "directory"


def _frictionless_errors(archive: Path, tmp_path: Path) -> list[str]:
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(archive) as z:
        z.extractall(folder)
    report = frictionless.validate(str(folder / "datapackage.json"))
    return [f"{e.type}: {e.message}" for task in report.tasks for e in task.errors] + [
        f"{e.type}: {e.message}" for e in report.errors
    ]


def _schema_errors(path: Path) -> list[str]:
    schema_path = resources_dir() / "hsds" / "3.0" / "schema" / "compiled"
    schema = json.loads((schema_path / "service_with_definitions.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    page = json.loads(path.read_text("utf-8"))
    return [
        f"[{i}] {'/'.join(map(str, e.absolute_path))}: {e.message}"
        for i, record in enumerate(page["contents"])
        for e in validator.iter_errors(record)
    ]


def _imported(session: VaultSession, path: Path, source: str) -> list[Service]:
    commit_import(session, preview_import(session, path, source))
    return use_cases.list_services(session)


@pytest.mark.parametrize("which", ["sample", "generated-1000", "messy-211"])
def test_exports_pass_frictionless_and_the_official_schema(
    which: str, session: VaultSession, tmp_path: Path
) -> None:
    if which == "sample":
        services = sample_services()
    elif which == "generated-1000":
        package = write_hsds11_package(tmp_path / "gen", 1000)
        services = _imported(session, package, "generated")
        assert len(services) == 1000
    else:
        services = _imported(session, FIXTURES / "messy_211", "sunshine-211")
    export_tabular(services, tmp_path / "out.zip")
    export_json(services, tmp_path / "out.json")
    assert _frictionless_errors(tmp_path / "out.zip", tmp_path) == []
    assert _schema_errors(tmp_path / "out.json") == []


def test_round_trip_csv_vault_csv_keeps_every_field_even_empty_streets(
    session: VaultSession, tmp_path: Path
) -> None:
    stored = _imported(session, FIXTURES / "messy_211", "sunshine-211")
    shelter = next(s for s in stored if s.source_id == "105")
    assert shelter.locations[0].address is not None
    assert shelter.locations[0].address.street == ""
    use_cases.export_directory(session, tmp_path / "d.zip", "csv")
    back, _fmt, _w = read_directory_file(tmp_path / "d.zip")

    def key(s: Service) -> str:
        return s.id

    assert sorted(map(without_provenance, back), key=key) == sorted(
        map(without_provenance, stored), key=key
    )
    export_tabular(back, tmp_path / "again.zip")
    with zipfile.ZipFile(tmp_path / "d.zip") as a, zipfile.ZipFile(tmp_path / "again.zip") as b:
        for name in a.namelist():
            assert a.read(name) == b.read(name), name
