"""Two vaults on one machine exchange cards, a signed directory update and a client
transfer through `intake-app`, as two offices would script it; every refusal is one line
and a non-zero exit, and nothing from a client reaches the terminal or a file name."""

from __future__ import annotations

import re
from pathlib import Path

from intake_app.directory.hsds_export import export_tabular
from intake_app.directory.sample import sample_services
from tests.conftest import SENTINEL_PREFIX
from tests.helpers.cli import PASSPHRASE as PASS
from tests.helpers.cli import RunCli, allow_unsigned_imports, init_vault, vault_args


def _init(tmp_path: Path, run_cli: RunCli, name: str, org: str) -> list[str]:
    init_vault(run_cli, tmp_path / name, org=org, admin="Ana " + name)
    return vault_args(tmp_path / name)


def _fingerprint(out: str) -> str:
    found = re.search(r"Fingerprint: ([\d ]+)", out)
    assert found
    return found.group(1).strip()


def _key(out: str) -> str:
    found = re.search(r"Key: ([0-9a-f]{32})", out)
    assert found
    return found.group(1)


def _add_planted_client(data_dir: str) -> None:
    """A client with sentinels, written with the use case (the CLI has no intake form)."""
    import subprocess
    import sys

    code = (
        "from intake_app.clock import SystemClock\n"
        "from intake_app.vault.lifecycle import unlock_any_user, lock\n"
        "from intake_app.vault.paths import VaultPaths\n"
        "from intake_app.clients.intake import create_client\n"
        "from intake_app.domain.clients import Client, Need\n"
        "from pathlib import Path\n"
        f"s = unlock_any_user(VaultPaths(Path({data_dir!r})), {PASS.strip()!r}, SystemClock())\n"
        f"create_client(s, Client(given_name='{SENTINEL_PREFIX}GIVEN', "
        f"family_name='{SENTINEL_PREFIX}FAMILY', notes='{SENTINEL_PREFIX}NOTE', "
        f"needs=(Need('food', reason='{SENTINEL_PREFIX}REASON'),)))\n"
        "lock(s)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_cards_directory_and_transfer_end_to_end(tmp_path: Path, run_cli: RunCli) -> None:
    a = _init(tmp_path, run_cli, "a", "Refuge Alpha")
    b = _init(tmp_path, run_cli, "b", "Agence Beta")
    cards = tmp_path / "cards"
    cards.mkdir()

    out_a = run_cli("org-card", "export", str(cards / "a.passerelle-card"), *a, stdin=PASS)
    out_b = run_cli("org-card", "export", str(cards / "b.passerelle-card"), *b, stdin=PASS)
    assert out_a.returncode == out_b.returncode == 0, out_a.stderr + out_b.stderr
    assert (cards / "a.svg").exists()
    key_a, key_b = _key(out_a.stdout), _key(out_b.stdout)

    imp = run_cli("org-card", "import", str(cards / "a.passerelle-card"), *b, stdin=PASS)
    assert imp.returncode == 0 and _fingerprint(imp.stdout) == _fingerprint(out_a.stdout)
    wrong = run_cli("org-card", "trust", key_a[:12], "--fingerprint", "1" * 30, *b, stdin=PASS)
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1
    fp_a = _fingerprint(out_a.stdout)
    assert (
        run_cli("org-card", "trust", key_a[:12], "--fingerprint", fp_a, *b, stdin=PASS).returncode
        == 0
    )
    run_cli("org-card", "import", str(cards / "b.passerelle-card"), *a, stdin=PASS)
    fp_b = _fingerprint(out_b.stdout)
    assert (
        run_cli("org-card", "trust", key_b, "--fingerprint", fp_b, *a, stdin=PASS).returncode == 0
    )

    # a signed directory update, and its refusals; Alpha starts from a plain export,
    # which Beta (a new vault: unsigned files refused) would not take
    export_tabular(sample_services(), tmp_path / "sample.zip")
    plain = run_cli("import-directory", str(tmp_path / "sample.zip"), *b, stdin=PASS)
    assert plain.returncode == 1 and "ask the publisher for a signed package" in plain.stderr
    allow_unsigned_imports(Path(a[1]), PASS)
    assert run_cli("import-directory", str(tmp_path / "sample.zip"), *a, stdin=PASS).returncode == 0
    v1 = run_cli("publish-directory", "--to", str(tmp_path / "v1.zip"), *a, stdin=PASS)
    v2 = run_cli("publish-directory", "--to", str(tmp_path / "v2.zip"), *a, stdin=PASS)
    assert "version 1" in v1.stdout and "version 2" in v2.stdout
    got = run_cli("import-directory", str(tmp_path / "v2.zip"), *b, stdin=PASS)
    assert got.returncode == 0, got.stderr
    assert "Signed by: Refuge Alpha" in got.stdout and "New: 62" in got.stdout
    old = run_cli("import-directory", str(tmp_path / "v1.zip"), *b, stdin=PASS)
    assert old.returncode == 1 and "older directory never replaces" in old.stderr
    raw = bytearray((tmp_path / "v2.zip").read_bytes())
    raw[200] ^= 1
    (tmp_path / "bad.zip").write_bytes(bytes(raw))
    bad = run_cli("import-directory", str(tmp_path / "bad.zip"), *b, stdin=PASS)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr

    # a client transfer
    _add_planted_client(a[1])
    out = tmp_path / "outbox"
    out.mkdir()
    sent = run_cli(
        "transfer",
        "export",
        "--client",
        "C-000001",
        "--to-agency",
        "Agence Beta",
        "--out",
        str(out),
        "--consent",
        "verbal",
        *a,
        stdin=PASS,
    )
    assert sent.returncode == 0, sent.stderr
    [file] = list(out.iterdir())
    assert SENTINEL_PREFIX.encode() not in file.read_bytes()
    assert SENTINEL_PREFIX not in sent.stdout + sent.stderr + file.name
    mine = run_cli("transfer", "import", str(file), *a, stdin=PASS)
    assert mine.returncode == 1 and "not addressed to this organization" in mine.stderr
    got = run_cli("transfer", "import", str(file), *b, stdin=PASS)
    assert got.returncode == 0 and "Imported as C-000001" in got.stdout, got.stderr
    assert SENTINEL_PREFIX not in got.stdout + got.stderr
    again = run_cli("transfer", "import", str(file), *b, stdin=PASS)
    assert again.returncode == 1 and "already received" in again.stderr
    done = run_cli("transfer", "done", "--client", "C-000001", "--then", "archive", *a, stdin=PASS)
    assert done.returncode == 0, done.stderr
    listed = run_cli("org-card", "list", *b, stdin=PASS)
    assert "trusted  Refuge Alpha" in listed.stdout and "directory v2" in listed.stdout


def test_init_makes_the_organization_key_with_the_vault(tmp_path: Path, run_cli: RunCli) -> None:
    """`intake-app init` (like the setup wizard, through `create_vault`) makes the key
    pair at once, audited as made with the vault; exporting the card adds no key."""
    from intake_app.clock import SystemClock
    from intake_app.domain.audit import Action
    from intake_app.vault import exchange_repo
    from intake_app.vault.audit import query_events
    from intake_app.vault.lifecycle import lock, unlock_any_user
    from intake_app.vault.paths import VaultPaths

    a = _init(tmp_path, run_cli, "a", "Refuge Alpha")
    card = run_cli("org-card", "export", str(tmp_path / "a.passerelle-card"), *a, stdin=PASS)
    assert card.returncode == 0, card.stderr
    session = unlock_any_user(VaultPaths(Path(a[1])), PASS.strip(), SystemClock())
    try:
        made = query_events(session.conn, action=Action.ORG_KEY_CREATED.value)
        assert [e.detail for e in made] == [{"reason": "vault-created"}]
        current = exchange_repo.current_key(session.conn)
        assert current is not None and current.key_id == _key(card.stdout)
    finally:
        lock(session)
