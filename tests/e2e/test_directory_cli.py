"""`intake-app import-directory` and `export-directory`, run as a user runs them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from intake_app.directory.hsds_export import export_tabular
from intake_app.directory.sample import sample_services
from tests.fixtures import HSDS_EXAMPLES
from tests.helpers.cli import PASSPHRASE, RunCli, allow_unsigned_imports, init_vault, vault_args

EXAMPLES = HSDS_EXAMPLES


def _init(tmp_path: Path, run_cli: RunCli, *, allow_unsigned: bool = True) -> list[str]:
    init_vault(run_cli, tmp_path / "data")
    if allow_unsigned:
        allow_unsigned_imports(tmp_path / "data", PASSPHRASE)
    return vault_args(tmp_path / "data")


def test_import_reports_counts_then_reimport_updates_then_export(
    tmp_path: Path, run_cli: RunCli
) -> None:
    vault = _init(tmp_path, run_cli)
    export_tabular(sample_services(), tmp_path / "sample.zip")
    first = run_cli("import-directory", str(tmp_path / "sample.zip"), *vault, stdin=PASSPHRASE)
    assert first.returncode == 0, first.stderr
    assert "62 services will be imported, 0 skipped" in first.stdout
    assert "New: 62, updated: 0, unchanged: 0, conflicting: 0, gone upstream: 0" in first.stdout
    again = run_cli("import-directory", str(tmp_path / "sample.zip"), *vault, stdin=PASSPHRASE)
    assert "New: 0, updated: 0, unchanged: 62, conflicting: 0, gone upstream: 0" in again.stdout

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
    bad.write_text('[{"id": "a", "name": "x", "status": "active"}, {"id": ', "utf-8")
    result = run_cli("import-directory", str(bad), *vault, stdin=PASSPHRASE)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert "\n" not in line
    assert "bad.json" in line and "line 1" in line and "not valid JSON" in line
    empty = tmp_path / "none.json"
    export = run_cli("export-directory", str(empty), "--format", "json", *vault, stdin=PASSPHRASE)
    assert export.returncode == 0
    assert json.loads(empty.read_text("utf-8"))["total_items"] == 0


def test_messy_211_export_needs_a_named_source_then_imports_with_a_report(
    tmp_path: Path, run_cli: RunCli
) -> None:
    vault = _init(tmp_path, run_cli)
    messy = Path(__file__).resolve().parents[1] / "fixtures" / "directory" / "messy_211"
    unnamed = run_cli("import-directory", str(messy), *vault, stdin=PASSPHRASE)
    assert unnamed.returncode == 1 and "--source" in unnamed.stderr
    report = tmp_path / "report.csv"
    named = run_cli(
        "import-directory",
        str(messy),
        "--source",
        "sunshine-211",
        "--publisher",
        "Sunshine 211",
        "--report",
        str(report),
        *vault,
        stdin=PASSPHRASE,
    )
    assert named.returncode == 0, named.stderr
    assert "8 services will be imported, 2 skipped" in named.stdout
    rows = report.read_text("utf-8-sig").splitlines()
    assert rows[0] == "file,place,field,problem,what was done,record"
    assert "services.csv,row 9,id,duplicate id,skipped,service" in rows


def test_a_new_vault_refuses_an_unsigned_file_in_one_line_saying_what_to_do(
    tmp_path: Path, run_cli: RunCli
) -> None:
    vault = _init(tmp_path, run_cli, allow_unsigned=False)
    export_tabular(sample_services(), tmp_path / "211.zip")
    result = run_cli("import-directory", str(tmp_path / "211.zip"), *vault, stdin=PASSPHRASE)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert "\n" not in line and "211.zip" in line
    assert "ask the publisher for a signed package" in line
    assert "Settings > Other agencies" in line and "nothing was imported" in line
    listed = run_cli(
        "export-directory", str(tmp_path / "out.json"), "--format", "json", *vault, stdin=PASSPHRASE
    )
    assert listed.returncode == 0
    assert json.loads((tmp_path / "out.json").read_text("utf-8"))["total_items"] == 0
