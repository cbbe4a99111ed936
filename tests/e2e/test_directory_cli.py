"""`intake-app import-directory` and `export-directory`, run as a user runs them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from intake_app.directory.hsds_export import export_tabular
from intake_app.directory.sample import sample_services
from tests.e2e.conftest import RunCli
from tests.fixtures import HSDS_EXAMPLES

PASSPHRASE = "violet lantern harbour maple\n"
EXAMPLES = HSDS_EXAMPLES


def _init(tmp_path: Path, run_cli: RunCli) -> list[str]:
    data = tmp_path / "data"
    result = run_cli(
        "init",
        "--data-dir",
        str(data),
        "--org",
        "Centre Exemple",
        "--admin",
        "Ana Admin",
        "--passphrase-stdin",
        stdin=PASSPHRASE,
    )
    assert result.returncode == 0, result.stderr
    return ["--data-dir", str(data), "--passphrase-stdin"]


def test_import_reports_counts_then_reimport_updates_then_export(
    tmp_path: Path, run_cli: RunCli
) -> None:
    vault = _init(tmp_path, run_cli)
    export_tabular(sample_services(), tmp_path / "sample.zip")
    first = run_cli("import-directory", str(tmp_path / "sample.zip"), *vault, stdin=PASSPHRASE)
    assert first.returncode == 0, first.stderr
    assert "Services: 62 (62 new, 0 updated)" in first.stdout
    again = run_cli("import-directory", str(tmp_path / "sample.zip"), *vault, stdin=PASSPHRASE)
    assert "Services: 62 (0 new, 62 updated)" in again.stdout

    out = tmp_path / "out.json"
    exported = run_cli("export-directory", str(out), "--format", "json", *vault, stdin=PASSPHRASE)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text("utf-8"))["total_items"] == 62
    zipped = tmp_path / "out.zip"
    assert run_cli("export-directory", str(zipped), *vault, stdin=PASSPHRASE).returncode == 0
    assert "services.csv" in zipfile.ZipFile(zipped).namelist()


def test_bad_file_is_one_line_naming_the_place_and_nothing_is_stored(
    tmp_path: Path, run_cli: RunCli
) -> None:
    vault = _init(tmp_path, run_cli)
    bad = tmp_path / "bad.json"
    data = json.loads((EXAMPLES / "3.0" / "json" / "service_full.json").read_text("utf-8"))
    data["schedules"][0]["opens_at"] = "25:99"
    bad.write_text(json.dumps([data]), "utf-8")
    result = run_cli("import-directory", str(bad), *vault, stdin=PASSPHRASE)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert "\n" not in line
    assert "bad.json" in line and "[0].schedules[0]" in line and "opens_at" in line
    empty = tmp_path / "none.json"
    export = run_cli("export-directory", str(empty), "--format", "json", *vault, stdin=PASSPHRASE)
    assert export.returncode == 0
    assert json.loads(empty.read_text("utf-8"))["total_items"] == 0
