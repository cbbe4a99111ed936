"""Reading directory files safely: size limits, encodings, zip archives, JSON and CSV.

Nothing here trusts the file. A file over the limit, an empty file, an archive whose paths
leave its folder (zip slip) or that inflates beyond the limit is refused before anything
is parsed. Text is UTF-8 (with or without a BOM); a file that is not valid UTF-8 is read
as Windows-1252/Latin-1 and the report says so.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from intake_app.errors import ErrorCode, KnownError

MAX_BYTES = 50 * 1024 * 1024
_FORMULA_QUOTE = "'"


def malformed(file: str, where: str, field_name: str, reason: str) -> KnownError:
    """The one error for a bad import: names the file, the row or JSON path, the field."""
    return KnownError(
        ErrorCode.IMPORT_MALFORMED,
        file=file,
        where=where or "-",
        field=field_name or "-",
        reason=reason,
    )


@dataclass
class Notes:
    """Warnings met while reading: code → count. Never fatal."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, code: str, n: int = 1) -> None:
        if n:
            self.counts[code] = self.counts.get(code, 0) + n


def decode(data: bytes, name: str, notes: Notes) -> str:
    if not data.strip():
        raise malformed(name, "", "", "the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        notes.add("read-as-latin1")
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise KnownError(ErrorCode.FILE_TOO_LARGE, file=path.name, limit_mb=MAX_BYTES >> 20)
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise KnownError(ErrorCode.NOT_FOUND, file=path.name) from None
    except OSError as exc:
        raise KnownError(ErrorCode.IO_ERROR, file=path.name) from exc
    if len(data) > MAX_BYTES:
        raise KnownError(ErrorCode.FILE_TOO_LARGE, file=path.name, limit_mb=MAX_BYTES >> 20)
    return data


def parse_json(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise malformed(
            name, f"line {exc.lineno}, column {exc.colno}", "", "not valid JSON"
        ) from None
    except RecursionError:
        raise malformed(name, "", "", "nested too deeply") from None


def unquote_cell(value: str) -> str:
    """Undo our own spreadsheet-formula guard: "'=x" was written for "=x"."""
    if len(value) > 1 and value[0] == _FORMULA_QUOTE and value[1] in "=+-@\t\r":
        return value[1:]
    return value


@dataclass
class Table:
    """One CSV file: its header and its rows (row numbers as a spreadsheet shows them)."""

    file: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]


def parse_csv(text: str, name: str) -> Table:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise malformed(name, "", "", "the file is empty") from None
    except csv.Error:
        raise malformed(name, "row 1", "", "not valid CSV") from None
    rows: list[tuple[int, dict[str, str]]] = []
    line = 1
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                raise malformed(name, f"row {line}", "", "more cells than columns")
            rows.append(
                (line, {h: unquote_cell(c) for h, c in zip(header, cells, strict=False) if c != ""})
            )
    except csv.Error:
        raise malformed(name, f"row {line + 1}", "", "not valid CSV") from None
    return Table(name, header, rows)


class Folder:
    """Files of a tabular package, from a folder or from a zip archive, by base name."""

    def __init__(self, files: dict[str, bytes], label: str) -> None:
        self.files = files
        self.label = label

    @classmethod
    def from_dir(cls, path: Path) -> Folder:
        files: dict[str, bytes] = {}
        total = 0
        for child in sorted(path.iterdir()):
            if child.is_file() and child.suffix.lower() in (".csv", ".json"):
                data = read_bytes(child)
                total += len(data)
                if total > MAX_BYTES:
                    raise KnownError(
                        ErrorCode.FILE_TOO_LARGE, file=path.name, limit_mb=MAX_BYTES >> 20
                    )
                files[child.name] = data
        return cls(files, path.name)

    @classmethod
    def from_zip(cls, path: Path) -> Folder:
        read_bytes(path)  # the archive itself must be under the limit
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError):
            raise malformed(path.name, "", "", "not a valid zip archive") from None
        files: dict[str, bytes] = {}
        with archive:
            infos = archive.infolist()
            for info in infos:
                _check_member(info.filename, path.name)
            if sum(i.file_size for i in infos) > MAX_BYTES:
                raise KnownError(ErrorCode.FILE_TOO_LARGE, file=path.name, limit_mb=MAX_BYTES >> 20)
            for info in infos:
                if info.is_dir():
                    continue
                base = PurePosixPath(info.filename).name
                if not base.lower().endswith((".csv", ".json")):
                    continue
                with archive.open(info) as fh:
                    data = fh.read(MAX_BYTES + 1)
                if len(data) > MAX_BYTES:
                    raise KnownError(
                        ErrorCode.FILE_TOO_LARGE, file=path.name, limit_mb=MAX_BYTES >> 20
                    )
                files[base] = data
        return cls(files, path.name)


def _check_member(name: str, archive: str) -> None:
    """Refuse absolute paths, drive letters and `..` anywhere (zip slip)."""
    posix = name.replace("\\", "/")
    parts = PurePosixPath(posix).parts
    if (
        posix.startswith("/")
        or (len(posix) > 1 and posix[1] == ":")
        or any(p == ".." for p in parts)
    ):
        raise KnownError(ErrorCode.UNSAFE_ARCHIVE, file=archive)
