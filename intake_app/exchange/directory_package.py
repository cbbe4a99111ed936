"""Signed directory packages: an HSDS 3.0 tabular data package with a signed manifest.

The envelope (documented in the README, "Working with other agencies"): a flat .zip that
holds the data package's files exactly as `export-directory --format csv` writes them
(`datapackage.json` and the CSV tables, so any HSDS tool still reads it) plus

* `manifest.json` — `{"format": "passerelle-directory-package/1", "publisher": KEY_ID,
  "publisher_name": ..., "version": N, "published_at": ISO-8601, "files": {NAME: SHA-256
  hex, ...}}`;
* `manifest.sig` — the Ed25519 signature (base64) of the publisher's organization key
  over `passerelle-directory/v1/KEY_ID/` followed by the canonical manifest (JSON, sorted
  keys, no spaces, ASCII).

Verification comes before anything is read as HSDS: the signature, every hash, no file
beyond the manifest, a trusted and unrevoked publisher, and a version not lower than the
last one imported from that publisher. Only then are the verified bytes handed to the
ordinary directory import (`directory.hsds_import`), which this module wraps.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake_app.directory.hsds_export import tabular_files
from intake_app.directory.hsds_import import ImportPreview, commit_import, preview_import
from intake_app.domain.audit import Action
from intake_app.domain.permissions import Permission, require
from intake_app.errors import ErrorCode, KnownError
from intake_app.exchange.identity import org_keys, trusted_partner
from intake_app.exchange.keys import canonical
from intake_app.progress import Cancelled, Progress, never_cancelled, no_progress
from intake_app.vault import directory_repo, exchange_repo
from intake_app.vault.atomic import atomic_write_bytes
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting, put_setting
from intake_app.vault.signing import verifies

log = logging.getLogger(__name__)

PACKAGE_FORMAT = "passerelle-directory-package/1"
LABEL = "directory"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 64


@dataclass(frozen=True)
class Published:
    version: int
    services: int
    key_id: str


@dataclass
class PackagePreview:
    """What importing a directory file would do, with where it comes from."""

    inner: ImportPreview
    signed: bool
    publisher_key: str = ""
    publisher_name: str = ""
    version: int = 0
    published_at: str = ""

    def report_lines(self) -> list[str]:
        if self.signed:
            head = [
                f"Signed by: {self.publisher_name} (key {self.publisher_key[:16]}), "
                f"version {self.version}, published {self.published_at}"
            ]
        else:
            head = ["Origin: UNSIGNED (no organization signature; origin not verified)"]
        return head + self.inner.report_lines()


def publish_directory(
    session: VaultSession,
    path: Path,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    *,
    include_inactive: bool = False,
) -> Published:
    """Write the directory as a signed package with the next version number.

    The package is built in memory and written once, atomically: cancelled (before that
    write) or killed, nothing is left at `path` — never an unsigned package under the
    signed one's name — and the version number is not used up."""
    require(session.user, Permission.PUBLISH_DIRECTORY)
    keys = org_keys(session)
    services = directory_repo.load_services(session.conn, include_inactive=include_inactive)
    if cancelled():
        raise KnownError(ErrorCode.CANCELLED)
    files = tabular_files(services, lambda f: progress(0.8 * f))
    count = len(services)
    if cancelled():
        raise KnownError(ErrorCode.CANCELLED)
    version = int(get_setting(session.conn, "directory.published_version")) + 1
    manifest = {
        "format": PACKAGE_FORMAT,
        "publisher": keys.key_id,
        "publisher_name": str(get_setting(session.conn, "org.name")),
        "version": version,
        "published_at": session.clock.now().isoformat(timespec="seconds"),
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())},
    }
    text = canonical(manifest)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in sorted(files.items()):
            z.writestr(name, data)
        z.writestr(MANIFEST, text)
        z.writestr(SIGNATURE, keys.signature(LABEL, text))
    progress(0.9)
    if cancelled():
        raise KnownError(ErrorCode.CANCELLED)
    with session.write() as c:
        atomic_write_bytes(Path(path), buf.getvalue(), mode=0o644)
        put_setting(c, "directory.published_version", version)
        session.audit(
            c, Action.DIRECTORY_PUBLISHED, "directory", "", services=count, version=version
        )
    progress(1.0)
    log.info("published directory version %d (%d services)", version, count)
    return Published(version, count, keys.key_id)


def _zip_members(path: Path, data: bytes | None = None) -> dict[str, bytes] | None:
    """The members of a signed package, or None if `path` is not one (no manifest)."""
    if not path.is_file() or path.suffix.lower() != ".zip":
        return None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data) if data is not None else path)
    except (zipfile.BadZipFile, OSError):
        return None  # the HSDS reader says what is wrong with it
    with archive:
        infos = archive.infolist()
        if MANIFEST not in {i.filename for i in infos}:
            return None
        if len(infos) > MAX_MEMBERS:
            raise _tampered(path, "too many files")
        files: dict[str, bytes] = {}
        for info in infos:
            name = info.filename
            if "/" in name or "\\" in name or name in files or info.file_size > MAX_MEMBER_BYTES:
                raise _tampered(path, "unexpected file in the package")
            try:
                files[name] = archive.read(info)
            except (zipfile.BadZipFile, OSError, ValueError):
                raise _tampered(path, "damaged archive") from None
    return files


def _tampered(path: Path, detail: str) -> KnownError:
    return KnownError(ErrorCode.PACKAGE_TAMPERED, file=path.name, detail=detail)


def _manifest(path: Path, files: dict[str, bytes]) -> dict[str, Any]:
    try:
        manifest = json.loads(files[MANIFEST].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise _tampered(path, "manifest unreadable") from None
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != PACKAGE_FORMAT
        or not isinstance(manifest.get("publisher"), str)
        or not isinstance(manifest.get("version"), int)
        or not isinstance(manifest.get("files"), dict)
    ):
        raise _tampered(path, "manifest incomplete")
    return manifest


def verify_package(
    session: VaultSession, path: Path, data: bytes | None = None
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Check a signed package completely; return its manifest and its verified files."""
    path = Path(path)
    files = _zip_members(path, data)
    if files is None:
        raise KnownError(ErrorCode.PACKAGE_UNSIGNED, file=path.name)
    if SIGNATURE not in files:
        raise _tampered(path, "signature missing")
    manifest = _manifest(path, files)
    key = manifest["publisher"]
    publisher = trusted_partner(session, key)
    if publisher is None:
        raise KnownError(ErrorCode.SENDER_UNTRUSTED, file=path.name, key=key[:16])
    text = files[MANIFEST].decode("ascii")
    if text != canonical(manifest):
        raise _tampered(path, "manifest not canonical")
    try:
        signature = files[SIGNATURE].decode("ascii").strip()
    except UnicodeDecodeError:
        raise _tampered(path, "signature unreadable") from None
    if not verifies(publisher.card.sign_public, signature, LABEL, key, text):
        raise _tampered(path, "signature does not match")
    listed: dict[str, Any] = manifest["files"]
    inner = {n: d for n, d in files.items() if n not in (MANIFEST, SIGNATURE)}
    if set(inner) != set(listed):
        raise _tampered(path, "files differ from the manifest")
    for name, data in inner.items():
        if hashlib.sha256(data).hexdigest() != listed[name]:
            raise _tampered(path, f"{name} changed")
    if manifest["version"] < publisher.directory_version:
        raise KnownError(
            ErrorCode.PACKAGE_NOT_NEWER,
            file=path.name,
            version=manifest["version"],
            have=publisher.directory_version,
        )
    return manifest, inner


def preview_package(
    session: VaultSession,
    path: Path,
    source: str = "",
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    publisher: str = "",
) -> PackagePreview:
    """Verify first, then preview the inner HSDS files with the ordinary import.

    A file without a manifest is an unsigned directory: refused unless the coordinator
    allows unsigned imports, and then marked as such in the report and the audit."""
    require(session.user, Permission.IMPORT_DIRECTORY)
    path = Path(path)
    if not path.exists():  # said as what it is, not as "unsigned"
        raise KnownError(ErrorCode.FILE_NOT_FOUND, file=path.name)
    try:
        files = _zip_members(path)
    except KnownError:
        _refused(session)
        raise
    if files is None:
        if not get_setting(session.conn, "directory.allow_unsigned"):
            _refused(session)
            raise KnownError(ErrorCode.PACKAGE_UNSIGNED, file=path.name)
        return PackagePreview(
            preview_import(session, path, source, progress, cancelled, publisher), False
        )
    try:
        data = _read(path)
        manifest, _inner = verify_package(session, path, data)
        signer = trusted_partner(session, manifest["publisher"])
        # Each publisher is its own directory source (issue 15's sources), named by its
        # key, so its services keep stable ids and no source question is needed.
        source = source or f"org-{manifest['publisher'][:16]}"
        publisher = publisher or (signer.card.name if signer else "")
        # The HSDS reader reads the same file again (the manifest files are not among its
        # resources); the whole file must still be the bytes just verified afterwards.
        preview = preview_import(session, path, source, progress, cancelled, publisher)
        if hashlib.sha256(_read(path)).digest() != hashlib.sha256(data).digest():
            raise _tampered(path, "changed while it was read")
        # The HSDS reader counts manifest.json as a table it does not know; it is ours.
        unknown = preview.warnings.get("unknown-table", 0) - 1
        if unknown > 0:
            preview.warnings["unknown-table"] = unknown
        else:
            preview.warnings.pop("unknown-table", None)
    except KnownError as exc:
        if exc.code is not ErrorCode.IMPORT_CANCELLED:
            _refused(session)
        raise
    return PackagePreview(
        preview,
        True,
        manifest["publisher"],
        signer.card.name if signer else str(manifest.get("publisher_name", "")),
        int(manifest["version"]),
        str(manifest.get("published_at", "")),
    )


def unsigned_sources(session: VaultSession) -> frozenset[str]:
    """The source keys whose services came from a file no organization signed (shown
    with an "unsigned source" mark)."""
    return directory_repo.unsigned_sources(session.conn)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        raise KnownError(ErrorCode.IO_ERROR) from None


def _refused(session: VaultSession) -> None:
    with session.write() as c:
        session.audit(c, Action.DIRECTORY_PACKAGE_REFUSED, "directory", "")
    log.info("directory package refused")


def commit_package(
    session: VaultSession,
    preview: PackagePreview,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> PackagePreview:
    """Store the previewed services, mark their source signed or unsigned, and remember
    the publisher's version."""
    require(session.user, Permission.IMPORT_DIRECTORY)
    if preview.signed:
        current = trusted_partner(session, preview.publisher_key)
        if current is None:
            raise KnownError(
                ErrorCode.SENDER_UNTRUSTED, file=preview.inner.file, key=preview.publisher_key
            )
        if preview.version < current.directory_version:
            raise KnownError(
                ErrorCode.PACKAGE_NOT_NEWER,
                file=preview.inner.file,
                version=preview.version,
                have=current.directory_version,
            )
    # One transaction: the services, the source's signed/unsigned mark and the ledger.
    with session.write() as c:
        commit_import(session, preview.inner, progress, cancelled)
        directory_repo.set_source_unsigned(c, preview.inner.source.key, not preview.signed)
        if preview.signed:
            exchange_repo.set_directory_version(c, preview.publisher_key, preview.version)
        exchange_repo.record_package(
            c,
            preview.publisher_key,
            preview.version,
            preview.published_at,
            preview.signed,
            session.clock.now(),
            len(preview.inner.services),
        )
    return preview


def last_import_source(session: VaultSession) -> dict[str, Any] | None:
    """Where the last directory import came from (signed by whom, or unsigned)."""
    require(session.user, Permission.USE_VAULT)
    row = exchange_repo.last_package(session.conn)
    if row is None:
        return None
    return {
        "signed": bool(row["signed"]),
        "publisher_key": row["publisher_key"],
        "version": row["version"],
        "imported_at": row["imported_at"],
    }
