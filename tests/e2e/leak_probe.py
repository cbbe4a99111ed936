"""Probes for the sanctuary end-to-end test: where a planted sentinel could have gone.

Each probe has a counterpart control in the test that plants a value where the probe looks
and expects it found, so a probe that has gone blind fails the test instead of passing it.
"""

from __future__ import annotations

import io
import logging
import os
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


def byte_forms(needle: str) -> list[bytes]:
    """The needle as it could sit in a file: any case, UTF-8 or UTF-16-LE (Qt, Windows)."""
    texts = {needle, needle.lower(), needle.upper(), needle.casefold()}
    return [t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le")]


def blobs(path: Path) -> Iterator[tuple[str, bytes]]:
    """The raw bytes of a file and, for a zip (HSDS package, backup), each member unpacked:
    a compressed member would hide a plaintext value from a plain byte search."""
    try:
        data = path.read_bytes()
    except OSError:
        return
    yield str(path), data
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for info in archive.infolist():
                    yield f"{path}!{info.filename}", archive.read(info)
        except (zipfile.BadZipFile, OSError, RuntimeError):
            return


def walk_files(roots: Iterable[Path], skip: Iterable[Path] = ()) -> Iterator[Path]:
    skipped = [s.resolve() for s in skip]
    for root in roots:
        if root.is_file():
            yield root
            continue
        for dirpath, dirs, files in os.walk(root):
            here = Path(dirpath).resolve()
            dirs[:] = [d for d in dirs if (here / d) not in skipped]
            for name in files:
                path = Path(dirpath) / name
                if path.resolve() not in skipped and path.is_file():
                    yield path


def files_holding(
    roots: Iterable[Path], needle: str, *, skip: Iterable[Path] = (), pdf_by_bytes: bool = True
) -> list[str]:
    """Every file (or zip member) under `roots` whose bytes hold `needle` in any form."""
    patterns = byte_forms(needle)
    found: list[str] = []
    for path in walk_files(roots, skip):
        if not pdf_by_bytes and path.suffix.lower() == ".pdf":
            continue
        for name, data in blobs(path):
            if any(p in data for p in patterns):
                found.append(name)
    return found


def record_text(record: logging.LogRecord) -> str:
    """Everything a log handler could write for this record."""
    text = record.getMessage()
    if record.exc_info and record.exc_info[1] is not None:
        text += " " + repr(record.exc_info[1])
        text += " " + logging.Formatter().formatException(record.exc_info)
    if record.stack_info:
        text += " " + record.stack_info
    return text


def records_holding(records: Iterable[logging.LogRecord], needle: str) -> list[str]:
    return [r.name for r in records if needle.casefold() in record_text(r).casefold()]


class TitleWatcher(QObject):
    """Remembers the title of every window shown or retitled while it is installed."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.Show, QEvent.Type.WindowTitleChange)
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self.titles.append(watched.windowTitle())
        return False
