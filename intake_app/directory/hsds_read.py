"""Reading directory files safely: size limits, encodings, CSV dialects, archives, folders.

Nothing here trusts the file. A file over the limit, an empty file, an archive whose paths
leave its folder (zip slip), holds links, inflates beyond the limit or lies about its sizes,
and a folder whose files link outside it are refused before anything is parsed, each with
its own clear error. Text may be UTF-8 (with or without a BOM), UTF-16 (with a BOM, as
Excel's "Unicode text" writes it) or Windows-1252 (Excel with French regional settings);
CSV may be separated by commas, semicolons, tabs or bars. What was detected is kept per
file so the preview can show it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from sys import intern
from typing import Any

from intake_app.errors import ErrorCode, KnownError

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 500_000  # per CSV table; beyond it the import is refused, naming the limit
_FORMULA_QUOTE = "'"
_DELIMITERS = ",;\t|"
_MAX_DEPTH = 3  # folders: data/ or data/csv/ below the package, never deeper


def malformed(file: str, where: str, field_name: str, reason: str) -> KnownError:
    """The one error for a bad import: names the file, the row or JSON path, the field."""
    return KnownError(
        ErrorCode.IMPORT_MALFORMED,
        file=file,
        where=where or "-",
        field=field_name or "-",
        reason=reason,
    )


def too_large(name: str) -> KnownError:
    return KnownError(ErrorCode.FILE_TOO_LARGE, file=name, limit_mb=MAX_BYTES >> 20)


_IN_TABLE = re.compile(r"^(\S+\.csv) (row \d+.*)$")
SKIPPED = "skipped"
REPAIRED = "repaired"
MAX_LISTED_PROBLEMS = 20_000  # the report lists this many; the counts go on


@dataclass(frozen=True)
class Problem:
    """One record-level problem: where it is, what is wrong, and what the import did
    (left the record out, or repaired it and kept it). Codes only; the UI words them."""

    file: str
    where: str  # "row 12", a JSON path
    field: str
    reason: str  # a code such as "duplicate id" (see ui/directory/labels.REASONS)
    action: str  # SKIPPED or REPAIRED
    record: str  # what kind of record: "service", "organization", "phone", "language"…


@dataclass
class Notes:
    """Warnings (code → count) and record-level problems met while reading. Never fatal:
    a messy record is skipped or repaired here; only a broken file raises."""

    counts: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    tally: dict[tuple[str, str], int] = field(default_factory=dict)  # (record, action) → n

    def add(self, code: str, n: int = 1) -> None:
        if n:
            self.counts[code] = self.counts.get(code, 0) + n

    def problem(
        self, file: str, where: str, field_name: str, reason: str, action: str, record: str
    ) -> None:
        key = (record, action)
        self.tally[key] = self.tally.get(key, 0) + 1
        inner = _IN_TABLE.match(where)  # "services.csv row 5.phones[0]": name that file
        if inner is not None:
            file, where = inner.group(1), inner.group(2)
        if len(self.problems) < MAX_LISTED_PROBLEMS:
            self.problems.append(Problem(file, where, field_name, reason, action, record))

    def skip(self, file: str, where: str, field_name: str, reason: str, record: str) -> None:
        self.problem(file, where, field_name, reason, SKIPPED, record)

    def repair(self, file: str, where: str, field_name: str, reason: str, record: str) -> None:
        self.problem(file, where, field_name, reason, REPAIRED, record)


@dataclass(frozen=True)
class TextFormat:
    """How one file was read: its encoding and, for CSV, its separator."""

    file: str
    encoding: str  # "UTF-8", "UTF-8 (BOM)", "UTF-16", "Windows-1252"
    delimiter: str = ""  # "," ";" "\t" "|" for CSV, "" for JSON
    rows: int = 0


def detect_encoding(data: bytes) -> tuple[str, str]:
    """(Python codec, label for the preview). BOMs first, then UTF-8, then Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", "UTF-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", "UTF-8 (BOM)"
    head = data[:4096]
    if len(head) >= 4 and head.count(b"\x00") * 3 > len(head):  # BOM-less UTF-16
        return ("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"), "UTF-16"
    try:
        data.decode("utf-8")
        return "utf-8", "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252", "Windows-1252"
    except UnicodeDecodeError:
        return "latin-1", "Latin-1"


def decode(data: bytes, name: str, notes: Notes) -> str:
    text, _label = decode_labelled(data, name, notes)
    return text


def decode_labelled(data: bytes, name: str, notes: Notes) -> tuple[str, str]:
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise malformed(name, "", "", "the file is empty")
    codec, label = detect_encoding(data)
    if codec in ("cp1252", "latin-1"):
        notes.add("read-as-latin1")
    try:
        return data.decode(codec), label
    except UnicodeDecodeError:
        raise malformed(name, "", "", "not readable text") from None


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise too_large(path.name)
        with path.open("rb") as fh:
            data = _read_bounded(fh)
    except FileNotFoundError:
        raise KnownError(ErrorCode.FILE_NOT_FOUND, file=path.name) from None
    except IsADirectoryError:
        raise malformed(path.name, "", "", "not a file") from None
    except OSError as exc:
        raise KnownError(ErrorCode.IO_ERROR, file=path.name) from exc
    if len(data) > MAX_BYTES:
        raise too_large(path.name)
    return data


def _read_bounded(fh: Any) -> bytes:
    """At most MAX_BYTES + 1 bytes, in 1 MB pieces: whatever a header claims, nothing
    beyond the limit is read, and no buffer of the limit's size is set aside upfront."""
    chunks: list[bytes] = []
    total = 0
    while total <= MAX_BYTES:
        chunk = fh.read(1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


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
    rows: list[tuple[int, dict[str, Any]]]  # strings as read; numbers once converted
    delimiter: str = ","


def sniff_delimiter(text: str) -> str:
    """The separator of the header line: csv.Sniffer restricted to the usual four, and
    the most frequent of them when the sniffer cannot tell (a one-column file)."""
    first = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(first, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        counts = {d: first.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def parse_csv(text: str, name: str) -> Table:
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().strip("\ufeff").lower() for h in next(reader)]
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
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                raise malformed(name, f"row {line}", "", "more cells than columns")
            if len(rows) >= MAX_ROWS:
                raise KnownError(ErrorCode.IMPORT_TOO_BIG, file=name, limit=MAX_ROWS, what="rows")
            row = {}
            for h, c in zip(header, cells, strict=False):
                c = c.strip()
                if c:
                    # Short values repeat (times, days, codes, cities): one copy each.
                    row[h] = intern(unquote_cell(c)) if len(c) <= 16 else unquote_cell(c)
            rows.append((line, row))
    except csv.Error:
        raise malformed(name, f"row {line + 1}", "", "not valid CSV") from None
    return Table(name, header, rows, delimiter)


# -- folders and archives ------------------------------------------------------------------

_WANTED = (".csv", ".json", ".txt", ".tsv")


class Folder:
    """The files of a tabular package by base name (`services.csv`), from a folder or a zip.

    When the package has a `datapackage.json`, its `resources[].path` say where the CSV
    files are (real exports keep them in `data/`); otherwise the folder is searched a few
    levels down. `formats` records how each file was read, for the preview.
    """

    def __init__(self, files: dict[str, bytes], label: str) -> None:
        self.files = files
        self.label = label
        self.formats: dict[str, TextFormat] = {}
        self.aliases: dict[str, str] = {}  # resource name → base name (e.g. "services")

    # ---- from a folder

    @classmethod
    def from_dir(cls, path: Path) -> Folder:
        root = path.resolve()
        found: dict[str, Path] = {}
        meta_path = path / "datapackage.json"
        aliases: dict[str, str] = {}
        if meta_path.is_file() or meta_path.is_symlink():
            _inside(root, meta_path, path.name)
            found["datapackage.json"] = meta_path
            for rel, rname in _resource_paths(read_bytes(meta_path)):
                child = path / rel
                _check_member(rel, path.name)
                if not (child.exists() or child.is_symlink()):
                    continue
                _inside(root, child, path.name)
                found.setdefault(PurePosixPath(rel).name.lower(), child)
                if rname:
                    aliases[rname] = PurePosixPath(rel).name.lower()
        for child in _walk(path, root, 0):
            found.setdefault(child.name.lower(), child)
        files: dict[str, bytes] = {}
        total = 0
        for name, child in sorted(found.items()):
            data = read_bytes(child)
            total += len(data)
            if total > MAX_BYTES:
                raise too_large(path.name)
            files[name] = data
        folder = cls(files, path.name)
        folder.aliases = aliases
        return folder

    # ---- from a zip

    @classmethod
    def from_zip(cls, path: Path) -> Folder:
        read_bytes(path)  # the archive itself must be under the limit
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise malformed(path.name, "", "", "not a valid zip archive") from None
        files: dict[str, bytes] = {}
        with archive:
            infos = archive.infolist()
            for info in infos:
                _check_member(info.filename, path.name)
                if stat.S_ISLNK(info.external_attr >> 16):
                    raise KnownError(ErrorCode.UNSAFE_ARCHIVE, file=path.name)
            if sum(i.file_size for i in infos) > MAX_BYTES:
                raise too_large(path.name)
            by_name: dict[str, zipfile.ZipInfo] = {}
            for info in sorted(infos, key=lambda i: i.filename.count("/")):
                if info.is_dir() or info.filename.count("/") > _MAX_DEPTH:
                    continue
                base = PurePosixPath(info.filename).name.lower()
                if base.endswith(_WANTED) and not base.startswith("."):
                    by_name.setdefault(base, info)
            meta = by_name.get("datapackage.json")
            aliases: dict[str, str] = {}
            if meta is not None:
                prefix = meta.filename.rsplit("/", 1)[0] + "/" if "/" in meta.filename else ""
                listed = {i.filename: i for i in infos}
                for rel, rname in _resource_paths(_read_member(archive, meta, path.name)):
                    member = listed.get(prefix + rel)
                    if member is not None:
                        by_name[PurePosixPath(rel).name.lower()] = member
                        if rname:
                            aliases[rname] = PurePosixPath(rel).name.lower()
            total = 0
            for base, info in by_name.items():
                data = _read_member(archive, info, path.name)
                total += len(data)
                if total > MAX_BYTES:
                    raise too_large(path.name)
                files[base] = data
        folder = cls(files, path.name)
        folder.aliases = aliases
        return folder


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> bytes:
    """One member, reading at most the limit whatever its header claims: a forged size
    or a damaged stream is a clear "damaged archive", never a crash."""
    try:
        with archive.open(info) as fh:
            data = _read_bounded(fh)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        raise malformed(label, info.filename, "", "damaged zip archive") from None
    except (NotImplementedError, RuntimeError):  # unknown compression, encrypted member
        raise malformed(label, info.filename, "", "unsupported zip archive") from None
    if len(data) > MAX_BYTES:
        raise too_large(label)
    return data


def _resource_paths(meta: bytes) -> list[tuple[str, str]]:
    """(relative path, resource name) of every resource of a datapackage.json."""
    try:
        data = json.loads(meta.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise malformed("datapackage.json", "", "", "not valid JSON") from None
    out: list[tuple[str, str]] = []
    resources = data.get("resources") if isinstance(data, dict) else None
    for r in resources if isinstance(resources, list) else []:
        if not isinstance(r, dict):
            continue
        paths = r.get("path")
        for p in paths if isinstance(paths, list) else [paths]:
            if isinstance(p, str) and p and "://" not in p:
                out.append((p.replace("\\", "/").removeprefix("./"), str(r.get("name", ""))))
    return out


def _walk(path: Path, root: Path, depth: int) -> list[Path]:
    """CSV/JSON files of a folder and a few levels below, shallowest first; a link that
    leads outside the folder refuses the whole import."""
    out: list[Path] = []
    below: list[Path] = []
    try:
        children = sorted(path.iterdir())
    except OSError as exc:
        raise KnownError(ErrorCode.IO_ERROR, file=path.name) from exc
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_symlink():
            _inside(root, child, root.name)
        if child.is_file() and child.suffix.lower() in _WANTED:
            out.append(child)
        elif child.is_dir() and depth < _MAX_DEPTH:
            below.append(child)
    for sub in below:
        out += _walk(sub, root, depth + 1)
    return out


def _inside(root: Path, child: Path, label: str) -> None:
    """Refuse a file or link whose real place is outside the package folder."""
    real = Path(os.path.realpath(child))
    if not real.is_relative_to(root):
        raise KnownError(ErrorCode.UNSAFE_PATH, file=label)


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
