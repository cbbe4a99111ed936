"""Signed directory packages: published, verified first, refused when altered, unsigned
(where not allowed), signed by an untrusted key, or older than the last one."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from intake_app.directory.hsds_export import export_tabular
from intake_app.directory.hsds_import import import_directory
from intake_app.directory.sample import sample_services
from intake_app.errors import ErrorCode, KnownError
from intake_app.exchange.directory_package import (
    commit_package,
    last_import_source,
    preview_package,
    publish_directory,
)
from intake_app.exchange.identity import export_card, import_card, revoke_partner
from intake_app.settings import change_settings
from intake_app.vault import directory_repo
from intake_app.vault.session import VaultSession
from tests.unit.exchange.conftest import dump, trust_each_other


@pytest.fixture
def publisher(session: VaultSession, tmp_path: Path) -> VaultSession:
    export_tabular(sample_services(), tmp_path / "sample.zip")
    import_directory(session, tmp_path / "sample.zip")
    return session


def _rezip(src: Path, dst: Path, change: dict[str, bytes | None]) -> None:
    with zipfile.ZipFile(src) as z:
        files = {i.filename: z.read(i) for i in z.infolist()}
    for name, data in change.items():
        if data is None:
            files.pop(name, None)
        else:
            files[name] = data
    with zipfile.ZipFile(dst, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)


def _refused(session: VaultSession, path: Path) -> ErrorCode:
    before = dump(session.conn)
    with pytest.raises(KnownError) as err:
        commit_package(session, preview_package(session, path))
    assert dump(session.conn) == before
    return err.value.code


def test_a_trusted_publishers_package_imports_and_names_its_source(
    publisher: VaultSession, other: VaultSession, tmp_path: Path
) -> None:
    ka, _ = trust_each_other(publisher, other, tmp_path / "cards")
    done = publish_directory(publisher, tmp_path / "v1.zip")
    assert done.version == 1 and done.services == 62
    names = zipfile.ZipFile(tmp_path / "v1.zip").namelist()
    assert {"manifest.json", "manifest.sig", "services.csv", "datapackage.json"} <= set(names)
    preview = commit_package(other, preview_package(other, tmp_path / "v1.zip"))
    assert preview.signed and preview.publisher_key == ka and preview.version == 1
    assert len(preview.inner.services) == 62
    assert preview.inner.warnings == {}  # manifest.json is not reported as an unknown table
    assert preview.report_lines()[0].startswith("Signed by: Centre d'accueil Exemple")
    assert last_import_source(other) == {
        "signed": True,
        "publisher_key": ka,
        "version": 1,
        "imported_at": last_import_source(other)["imported_at"],  # type: ignore[index]
    }
    assert publish_directory(publisher, tmp_path / "v2.zip").version == 2


def test_an_untrusted_or_unconfirmed_or_revoked_publisher_is_refused(
    publisher: VaultSession, other: VaultSession, tmp_path: Path
) -> None:
    publish_directory(publisher, tmp_path / "v1.zip")
    assert _refused(other, tmp_path / "v1.zip") is ErrorCode.SENDER_UNTRUSTED
    export_card(publisher, tmp_path / "p.passerelle-card")
    pending = import_card(other, tmp_path / "p.passerelle-card")  # not confirmed
    assert _refused(other, tmp_path / "v1.zip") is ErrorCode.SENDER_UNTRUSTED
    from intake_app.exchange.identity import trust_partner

    trust_partner(other, pending.key_id)
    revoke_partner(other, pending.key_id)
    assert _refused(other, tmp_path / "v1.zip") is ErrorCode.SENDER_UNTRUSTED


def test_one_changed_byte_anywhere_is_refused(
    publisher: VaultSession, other: VaultSession, tmp_path: Path
) -> None:
    trust_each_other(publisher, other, tmp_path / "cards")
    publish_directory(publisher, tmp_path / "v1.zip")
    with zipfile.ZipFile(tmp_path / "v1.zip") as z:
        services = z.read("services.csv")
        manifest = z.read("manifest.json")
    flipped = bytearray(services)
    flipped[len(flipped) // 2] ^= 0x01
    cases = {
        "csv": {"services.csv": bytes(flipped)},
        "manifest": {"manifest.json": manifest.replace(b'"version":1', b'"version":9')},
        "no-signature": {"manifest.sig": None},
        "extra-file": {"extra.csv": b"id\n1\n"},
        "missing-file": {"phones.csv": None},
    }
    for label, change in cases.items():
        bad = tmp_path / f"bad-{label}.zip"
        _rezip(tmp_path / "v1.zip", bad, change)
        assert _refused(other, bad) is ErrorCode.PACKAGE_TAMPERED, label
    raw = bytearray((tmp_path / "v1.zip").read_bytes())
    raw[len(raw) // 3] ^= 0x40  # inside a compressed member: the zip or a hash breaks
    (tmp_path / "raw.zip").write_bytes(bytes(raw))
    assert _refused(other, tmp_path / "raw.zip") in (
        ErrorCode.PACKAGE_TAMPERED,
        ErrorCode.PACKAGE_UNSIGNED,
        ErrorCode.IMPORT_MALFORMED,
    )


def test_an_older_version_never_replaces_a_newer_one(
    publisher: VaultSession, other: VaultSession, tmp_path: Path
) -> None:
    trust_each_other(publisher, other, tmp_path / "cards")
    publish_directory(publisher, tmp_path / "v1.zip")
    publish_directory(publisher, tmp_path / "v2.zip")
    commit_package(other, preview_package(other, tmp_path / "v2.zip"))
    assert _refused(other, tmp_path / "v1.zip") is ErrorCode.PACKAGE_NOT_NEWER
    # The same version again is an idempotent re-import, not a step back.
    again = commit_package(other, preview_package(other, tmp_path / "v2.zip"))
    assert again.inner.new == 0 and len(again.inner.services) == 62


def test_unsigned_files_are_refused_by_default_then_marked_once_allowed(
    other: VaultSession, tmp_path: Path
) -> None:
    export_tabular(sample_services(), tmp_path / "plain.zip")
    # A new vault refuses a file no organization signed (a plain 211 or city export).
    assert _refused(other, tmp_path / "plain.zip") is ErrorCode.PACKAGE_UNSIGNED
    assert directory_repo.count_services(other.conn) == 0
    change_settings(other, {"directory.allow_unsigned": True})
    preview = preview_package(other, tmp_path / "plain.zip")
    assert not preview.signed and "UNSIGNED" in preview.report_lines()[0]
    commit_package(other, preview)
    assert last_import_source(other)["signed"] is False  # type: ignore[index]
    change_settings(other, {"directory.allow_unsigned": False})
    assert _refused(other, tmp_path / "plain.zip") is ErrorCode.PACKAGE_UNSIGNED


def test_a_missing_file_is_said_missing_not_unsigned(other: VaultSession, tmp_path: Path) -> None:
    assert _refused(other, tmp_path / "gone.zip") is ErrorCode.FILE_NOT_FOUND
    assert directory_repo.count_services(other.conn) == 0


def test_the_unsigned_refusal_says_what_to_do() -> None:
    line = KnownError(ErrorCode.PACKAGE_UNSIGNED, file="211.zip").cli_text()
    assert "\n" not in line
    assert "ask the publisher for a signed package" in line
    assert "allow unsigned imports" in line


def test_a_manifest_claiming_another_publisher_is_refused(
    publisher: VaultSession, other: VaultSession, make_vault: object, tmp_path: Path
) -> None:
    """A trusted publisher's key id on a package signed by someone else."""
    ka, _ = trust_each_other(publisher, other, tmp_path / "cards")
    intruder = make_vault("Intrus")  # type: ignore[operator]
    publish_directory(intruder, tmp_path / "evil.zip")
    with zipfile.ZipFile(tmp_path / "evil.zip") as z:
        manifest = json.loads(z.read("manifest.json"))
    manifest["publisher"] = ka
    from intake_app.exchange.keys import canonical

    _rezip(
        tmp_path / "evil.zip",
        tmp_path / "evil2.zip",
        {"manifest.json": canonical(manifest).encode()},
    )
    assert _refused(other, tmp_path / "evil2.zip") is ErrorCode.PACKAGE_TAMPERED


def test_a_published_package_holds_no_client_data_and_nothing_is_written_beside_it(
    publisher: VaultSession, tmp_path: Path
) -> None:
    """Sanctuary: the package is built in memory and written once (no plain copy, no
    temporary file left); a cancelled publication writes nothing and keeps the version."""
    from intake_app.clients.intake import create_client
    from intake_app.domain.clients import Client, Need
    from tests.conftest import SENTINEL_PREFIX, sentinel

    create_client(
        publisher,
        Client(
            given_name=sentinel("given"),
            notes=sentinel("notes"),
            needs=(Need("food", reason=sentinel("reason")),),
        ),
    )
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KnownError) as err:
        publish_directory(publisher, out / "dir.zip", cancelled=lambda: True)
    assert err.value.code is ErrorCode.CANCELLED and list(out.iterdir()) == []
    assert publish_directory(publisher, out / "dir.zip").version == 1
    assert [p.name for p in out.iterdir()] == ["dir.zip"]
    raw = (out / "dir.zip").read_bytes()
    assert SENTINEL_PREFIX.encode() not in raw
    with zipfile.ZipFile(out / "dir.zip") as z:
        for name in z.namelist():
            assert SENTINEL_PREFIX.encode() not in z.read(name), name
