"""Embedded fonts whose per-document work is done once per process.

Each PDF embeds a subset of the TrueType font (only the glyphs it prints). reportlab
builds that subset and deflates it again for every document: for one letter that is
about as much work as laying the letter out. Two things make it reusable:

- every document starts with the same first subset (ASCII plus the Latin letters,
  punctuation and symbols French and English letters use, in a fixed order:
  `seed_document`), so the font program for it is the same bytes from one letter to the
  next;
- `CachingFace` keeps the subset font program and its deflated form by content, so the
  next document with the same subset copies bytes instead of rebuilding them.

A glyph outside the common set still lands in a further subset, built per document as
before. Nothing personal is kept: the cache holds font programs, keyed by which glyphs
they hold; the letters' text is never in it.
"""

from __future__ import annotations

import dataclasses
import threading
import zlib
from collections import OrderedDict
from fnmatch import fnmatch
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace, unShapedFontGlob

# Codes 1-31 and 127-255 of the first subset (ASCII 32-126 is already there): the Latin-1
# letters and signs, then the few beyond Latin-1 French typography uses. 160 slots.
_LATIN1 = "".join(chr(c) for c in range(0xA1, 0x100) if c != 0xAD)
_EXTRA = (  # Œ œ Ÿ, quotes, dashes, ellipsis, euro, bullet, primes, angle quotes
    "ŒœŸ\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u20ac\u2022\u2032\u2033\u2039\u203aĀāĂăĄąĆćČčĎďĐđĒēĘęĚěĞğĪīİ\u0131ŁłŃńŇňŌōŐőŘřŚśŞşŠšŢţŤťŪūŮůŰűŹźŻżŽž"
)
COMMON_TEXT = (_LATIN1 + _EXTRA)[:160]
_CACHE_SIZE = 32


class _Lru:
    """A small thread-safe LRU map (letters may render in a worker thread)."""

    def __init__(self, size: int = _CACHE_SIZE) -> None:
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
            return hit

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            while len(self._items) > self._size:
                self._items.popitem(last=False)


class _Deflated:
    """A FlateDecode filter that returns the deflated bytes computed once for the same
    font program (the stream object asks it to encode the content at save time)."""

    pdfname = "FlateDecode"

    def __init__(self, content: bytes, deflated: bytes) -> None:
        self._content, self._deflated = content, deflated

    def encode(self, text: bytes) -> bytes:
        return self._deflated if text is self._content else zlib.compress(text)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


class CachingFace(TTFontFace):  # type: ignore[misc]  # reportlab is untyped
    """A font face that builds each distinct subset (and its deflated form) once."""

    def __init__(self, filename: str, validate: int = 0, subfontIndex: int = 0) -> None:
        super().__init__(filename, validate=validate, subfontIndex=subfontIndex)
        self._programs = _Lru()

    def _program(self, subset: list[int]) -> tuple[bytes, bytes]:
        key = tuple(subset)
        entry: tuple[bytes, bytes] | None = self._programs.get(key)
        if entry is None:
            program = bytes(TTFontFace.makeSubset(self, subset))
            entry = (program, zlib.compress(program))
            self._programs.put(key, entry)
        return entry

    def makeSubset(self, subset: list[int]) -> bytes:
        return self._program(subset)[0]

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:
        descriptor = super().addSubsetObjects(doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{self.filename}({fontname})")
        if isinstance(stream, pdfdoc.PDFStream) and stream.filters:
            program, deflated = self._program(subset)
            if stream.content is program:
                stream.filters = [_Deflated(program, deflated)]
        return descriptor


class CachedTTFont(TTFont):  # type: ignore[misc]  # reportlab is untyped
    """`TTFont` with a `CachingFace` (same constructor; reportlab's own is otherwise kept).

    `like`: a font already registered from the same file, whose parsed face this one
    shares (a face without bold registers its regular file under both names)."""

    def __init__(
        self, name: str, filename: str, validate: int = 0, like: CachedTTFont | None = None
    ) -> None:
        # TTFont.__init__ with our face; reading the file once.
        self.fontName = name
        self.face: CachingFace
        if like is not None:
            self.face = like.face
        else:
            self.face = CachingFace(filename, validate=validate)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)
        self.objects = _Lru()

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [tuple(s) for s in state.subsets] if state is not None else []
        # Our names are needed after reportlab drops the document's state.
        names = [self.getSubsetInternalName(n, doc) for n in range(len(subsets))]
        super().addObjects(doc)
        _reuse_font_objects(self, doc, subsets, names)


class _Formatted(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """An inline PDF value formatted once (a subset's glyph widths)."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def format(self, document: Any) -> bytes:
        return self._data


def _reuse_font_objects(
    font: CachedTTFont, doc: Any, subsets: list[tuple[int, ...]], names: list[str]
) -> None:
    """After reportlab added a font's objects to `doc`: swap in the widths and deflated
    character maps formatted for an earlier document with the same subset."""
    for n, (subset, name) in enumerate(zip(subsets, names, strict=True)):
        pdf_font = doc.idToObject.get(name[1:])
        if pdf_font is None or n:
            continue  # only the common first subset repeats; shaped glyphs come later
        cmap = doc.idToObject.get(f"toUnicodeCMap:{pdf_font.BaseFont}")
        content = cmap.content if isinstance(cmap, pdfdoc.PDFStream) else None
        if isinstance(content, str):
            content = content.encode("utf8")
        cached = font.objects.get(subset)
        if cached is None or cached[1] != content:
            widths = pdfdoc.format(pdf_font.Widths, doc)
            cached = (widths, content, zlib.compress(content) if content else b"")
            font.objects.put(subset, cached)
        widths, content, deflated = cached
        pdf_font.Widths = _Formatted(widths)
        if content and isinstance(cmap, pdfdoc.PDFStream) and cmap.filters:
            cmap.content = content
            cmap.filters = [_Deflated(content, deflated)]


_COMMON = frozenset(map(ord, COMMON_TEXT)) | frozenset(range(32, 127)) | {0x0A, 0xAD}


def _strings(value: Any) -> Any:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name))


def only_common_characters(values: Any) -> bool:
    """Whether every text in `values` (dataclasses, tuples, strings) uses only the common
    characters. A document that prints others is not seeded: its rare glyphs then share
    the first subset with the space, as reportlab does, and a right-to-left name reads
    back (copy, screen reader) in its logical order."""
    return all(_COMMON.issuperset(map(ord, text)) for text in _strings(values))


def seed_document(font: TTFont, doc: Any) -> None:
    """Give `doc`'s first subset of `font` the common characters, in a fixed order, so
    the subset (and its embedded program) is the same for every letter."""
    font.splitString(COMMON_TEXT, doc)
