"""`intake-app backup` and `restore` as a separate process, as a scheduled task runs them."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.cli import RunCli, init_vault

PASS = "correct horse battery staple"


def _init(run_cli: RunCli, data: Path) -> None:
    init_vault(run_cli, data, org="Centre", admin="Alex Admin", stdin=PASS + "\n")


def test_backup_then_restore_on_another_data_folder(run_cli: RunCli, tmp_path: Path) -> None:
    data, usb, other = tmp_path / "data", tmp_path / "usb", tmp_path / "other"
    usb.mkdir()
    _init(run_cli, data)
    done = run_cli(
        "backup",
        "--data-dir",
        str(data),
        "--to",
        str(usb),
        "--keep",
        "3",
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert done.returncode == 0, done.stderr
    [archive] = list(usb.iterdir())
    assert archive.name.startswith("passerelle-") and archive.suffix == ".pbk"
    done = run_cli(
        "restore", str(archive), "--data-dir", str(other), "--passphrase-stdin", stdin=PASS + "\n"
    )
    assert done.returncode == 0, done.stderr
    assert "users: 1" in done.stdout
    done = run_cli("check", "--data-dir", str(other), "--passphrase-stdin", stdin=PASS + "\n")
    assert done.returncode == 0, done.stderr


def test_restore_refuses_an_existing_vault_without_replace(run_cli: RunCli, tmp_path: Path) -> None:
    data, usb = tmp_path / "data", tmp_path / "usb"
    usb.mkdir()
    _init(run_cli, data)
    run_cli(
        "backup", "--data-dir", str(data), "--to", str(usb), "--passphrase-stdin", stdin=PASS + "\n"
    )
    [archive] = list(usb.iterdir())
    done = run_cli(
        "restore", str(archive), "--data-dir", str(data), "--passphrase-stdin", stdin=PASS + "\n"
    )
    assert done.returncode == 1
    assert "already exists" in done.stderr and "Traceback" not in done.stderr
    done = run_cli(
        "restore",
        str(archive),
        "--data-dir",
        str(data),
        "--replace",
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert done.returncode == 0, done.stderr


def test_truncated_backup_is_refused_with_a_reason(run_cli: RunCli, tmp_path: Path) -> None:
    data, usb = tmp_path / "data", tmp_path / "usb"
    usb.mkdir()
    _init(run_cli, data)
    run_cli(
        "backup", "--data-dir", str(data), "--to", str(usb), "--passphrase-stdin", stdin=PASS + "\n"
    )
    [archive] = list(usb.iterdir())
    archive.write_bytes(archive.read_bytes()[:1000])
    done = run_cli(
        "restore",
        str(archive),
        "--data-dir",
        str(tmp_path / "x"),
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert done.returncode == 1
    assert "truncated" in done.stderr


def test_backup_to_a_missing_folder_is_a_clear_error(run_cli: RunCli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _init(run_cli, data)
    done = run_cli(
        "backup",
        "--data-dir",
        str(data),
        "--to",
        str(tmp_path / "nowhere"),
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert done.returncode == 1
    assert done.stderr.startswith("intake-app: ") and "Traceback" not in done.stderr
