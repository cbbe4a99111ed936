"""Reading the PDFs we write (letters, reports, record exports), one way for every test.

reportlab compresses page streams, so a byte search proves nothing: text is extracted.
The metadata reader is the thorough one on purpose: the document info (keys and values)
and the XMP packet, the two places a viewer or an indexer shows, for the sanctuary checks.
"""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader


def _reader(pdf: bytes | Path) -> PdfReader:
    return PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf))


def pdf_text(pdf: bytes | Path) -> str:
    """The text of every page, whitespace-normalized."""
    reader = _reader(pdf)
    return " ".join(" ".join((page.extract_text() or "") for page in reader.pages).split())


def pdf_metadata(pdf: bytes | Path) -> str:
    """Every document-info entry as `key=value`, then the XMP metadata packet if any."""
    reader = _reader(pdf)
    parts = [f"{k}={v}" for k, v in (reader.metadata or {}).items()]
    xmp = reader.xmp_metadata
    if xmp is not None:
        parts.append(xmp.stream.get_data().decode("utf-8", "replace"))
    return " ".join(parts)


def page_count(pdf: bytes | Path) -> int:
    return len(_reader(pdf).pages)
