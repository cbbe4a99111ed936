"""`intake-app report` as the scheduled monthly task runs it: files named by the caller,
one-line errors, exit codes."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

from tests.helpers.cli import RunCli, init_vault

PASS = "correct horse battery staple"


def _vault(run_cli: RunCli, data: Path) -> None:
    init_vault(run_cli, data, org="Centre", admin="Alex Admin", stdin=PASS + "\n")
    done = run_cli(
        "seed-demo",
        "--data-dir",
        str(data),
        "--passphrase-stdin",
        "--clients",
        "300",
        "--services",
        "60",
        "--history",
        "12",
        stdin=PASS + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert "referrals over 12 months" in done.stdout


def _last_month() -> str:
    today = date.today()
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{year:04d}-{month:02d}"


def test_report_writes_each_format_and_refuses_bad_periods(run_cli: RunCli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _vault(run_cli, data)
    period = _last_month()
    for fmt in ("json", "csv", "pdf"):
        out = tmp_path / f"out.{fmt}"
        done = run_cli(
            "report",
            "--data-dir",
            str(data),
            "--passphrase-stdin",
            "--period",
            period,
            "--format",
            fmt,
            "--out",
            str(out),
            stdin=PASS + "\n",
        )
        assert done.returncode == 0, done.stderr
        assert f"Report {period} written" in done.stdout and "figures" in done.stdout
        assert out.stat().st_size > 0
    doc = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert doc["period"]["label"] == period and doc["clients_served"] > 0
    assert zipfile.ZipFile(tmp_path / "out.csv").read("README.txt")
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")

    for args, message in (
        (("--period", "2999-01"), "in the future"),
        (("--period", "last month"), "use YYYY-MM"),
        (("--period", "2026-05", "--to", "2026-03"), "ends before it starts"),
    ):
        done = run_cli(
            "report",
            "--data-dir",
            str(data),
            "--passphrase-stdin",
            *args,
            "--format",
            "json",
            "--out",
            str(tmp_path / "bad.json"),
            stdin=PASS + "\n",
        )
        assert done.returncode == 1
        assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
        assert "Traceback" not in done.stderr
    assert not (tmp_path / "bad.json").exists()
