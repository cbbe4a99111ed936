"""`intake-app init`, `check`, `seed-demo` and their errors, as a user runs them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from intake_app.vault.instance_lock import InstanceLock
from intake_app.vault.paths import VaultPaths
from tests.helpers.cli import PASSPHRASE, RunCli, init_vault


@pytest.fixture
def vault_dir(tmp_path: Path, run_cli: RunCli) -> Path:
    data = tmp_path / "data"
    result = init_vault(run_cli, data)
    assert re.search(r"Recovery key .*: ([0-9A-Z]{4}-){7}[0-9A-Z]{4}", result.stdout)
    return data


def test_init_then_check_passes(vault_dir: Path, run_cli: RunCli) -> None:
    result = run_cli("check", "--data-dir", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "audit chain: intact" in result.stdout
    assert "cipher integrity: ok" in result.stdout


def test_check_with_wrong_passphrase_is_one_line_and_non_zero(
    vault_dir: Path, run_cli: RunCli
) -> None:
    result = run_cli(
        "check", "--data-dir", str(vault_dir), "--passphrase-stdin", stdin="nope nope nope\n"
    )
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "passphrase is not right" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_on_a_damaged_vault_fails_without_traceback(vault_dir: Path, run_cli: RunCli) -> None:
    db = VaultPaths(vault_dir).db
    data = bytearray(db.read_bytes())
    data[5000:5100] = b"\0" * 100
    db.write_bytes(bytes(data))
    result = run_cli("check", "--data-dir", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("intake-app: ")


def test_init_refuses_to_overwrite_an_existing_vault(vault_dir: Path, run_cli: RunCli) -> None:
    before = VaultPaths(vault_dir).db.read_bytes()
    result = run_cli(
        "init",
        "--data-dir",
        str(vault_dir),
        "--org",
        "Other",
        "--admin",
        "Someone",
        "--passphrase-stdin",
        stdin=PASSPHRASE,
    )
    assert result.returncode == 1
    assert "already holds Passerelle files" in result.stderr
    assert VaultPaths(vault_dir).db.read_bytes() == before


def test_init_refuses_a_weak_passphrase(tmp_path: Path, run_cli: RunCli) -> None:
    result = run_cli(
        "init",
        "--data-dir",
        str(tmp_path / "d"),
        "--org",
        "Org",
        "--admin",
        "Ana",
        "--passphrase-stdin",
        stdin="password\n",
    )
    assert result.returncode == 1
    assert "too weak" in result.stderr


def test_a_second_program_on_the_same_vault_is_told_so(vault_dir: Path, run_cli: RunCli) -> None:
    with InstanceLock(VaultPaths(vault_dir).lock):
        result = run_cli(
            "check", "--data-dir", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE
        )
    assert result.returncode == 1
    assert "open in another window" in result.stderr


@pytest.mark.parametrize("command", ["init", "check", "seed-demo"])
def test_every_command_has_help(run_cli: RunCli, command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0
    assert "--data-dir" in result.stdout
    assert "--passphrase-stdin" in result.stdout


def test_check_on_a_folder_without_a_vault_says_so(tmp_path: Path, run_cli: RunCli) -> None:
    result = run_cli(
        "check", "--data-dir", str(tmp_path / "empty"), "--passphrase-stdin", stdin=PASSPHRASE
    )
    assert result.returncode == 1
    assert "no vault" in result.stderr
    assert not (tmp_path / "empty" / "vault.db").exists()
