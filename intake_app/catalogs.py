"""The program's own texts of the domain (letters, explanations, the record) as gettext
catalogs, one per language and concern, under `resources/catalogs/`.

    resources/catalogs/<domain>.pot                     extracted from the code
    resources/catalogs/<lang>/LC_MESSAGES/<domain>.po   what a translator edits
    resources/catalogs/<lang>/LC_MESSAGES/<domain>.mo   built by `make translations`

The msgids are the English texts, written once in the code; English is the source language
and has no catalog. Every lookup names its language: a letter is written in the *letter's*
language whatever the interface or the process locale says, so nothing here installs a
global `_()` (no `gettext.install`, no `setlocale`).

Fallback rules (tested in tests/unit/test_catalogs.py):
- English, or a language with no catalog for the domain: the English msgids.
- A `.po` with no `.mo` beside it is a build mistake (`make translations` not run) and
  raises `CatalogNotBuilt`, rather than print a French letter in English.
- A msgid a shipped catalog lacks: the English msgid (gettext's own rule); with
  `strict=True` `MissingMessage` is raised instead. The test suite loads every catalog
  strict (tests/conftest.py), and tests/unit/test_catalogs.py proves every shipped catalog
  in step with the code.

Qt-free: letters, routing and the record export use it.
"""

from __future__ import annotations

import gettext
from enum import StrEnum
from functools import lru_cache
from importlib.resources.abc import Traversable

from intake_app.resources import resource_files

SOURCE_LANGUAGE = "en"


class Domain(StrEnum):
    """One catalog per concern; the value is the file name (`letters.po`)."""

    LETTERS = "letters"  # the referral letter in a letter language (French, English)
    READING = "reading"  # the client's part of a letter, in the client's reading language
    ROUTING = "routing"  # why a service is suggested, on the caseworker's screen
    RECORD = "record"  # the right-of-access copy of a client's record


class CatalogNotBuilt(RuntimeError):
    """A `.po` ships without its compiled `.mo`: `make translations` was not run."""


class MissingMessage(LookupError):
    """A strict lookup found no translation for a msgid (the catalog is behind the code)."""


def catalogs_root() -> Traversable:
    """The shipped catalogs folder (inside the installed resources)."""
    return resource_files() / "catalogs"


def _messages_dir(root: Traversable, lang: str) -> Traversable:
    return root / lang / "LC_MESSAGES"


def languages(domain: Domain, root: Traversable | None = None) -> tuple[str, ...]:
    """The languages with a catalog for `domain`, in code order (English not included)."""
    base = root if root is not None else catalogs_root()
    found = [
        entry.name
        for entry in base.iterdir()
        if entry.is_dir()
        and any(
            _messages_dir(base, entry.name).joinpath(f"{domain}{suffix}").is_file()
            for suffix in (".po", ".mo")
        )
    ]
    return tuple(sorted(found))


class _Strict(gettext.NullTranslations):
    """The end of a strict catalog's fallback chain: a msgid that got here is missing."""

    def __init__(self, domain: Domain, lang: str) -> None:
        super().__init__()
        self._where = f"{lang}/{domain}"

    def gettext(self, message: str) -> str:
        raise MissingMessage(f"{self._where}: {message!r}")

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        raise MissingMessage(f"{self._where}: {msgid1!r}")

    def pgettext(self, context: str, message: str) -> str:
        raise MissingMessage(f"{self._where}: {context}|{message!r}")

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        raise MissingMessage(f"{self._where}: {context}|{msgid1!r}")


def load(
    domain: Domain, lang: str, *, strict: bool = False, root: Traversable | None = None
) -> gettext.NullTranslations:
    """`lang`'s catalog for `domain`, read from the compiled `.mo` (see the module's rules).

    Not cached: `translations()` is the cached door the program uses.
    """
    base = root if root is not None else catalogs_root()
    folder = _messages_dir(base, lang)
    mo, po = folder / f"{domain}.mo", folder / f"{domain}.po"
    if lang == SOURCE_LANGUAGE:
        return _source()
    if not mo.is_file():
        if po.is_file():
            raise CatalogNotBuilt(f"{lang}/{domain}.mo: run `make translations`")
        return _source()
    with mo.open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)
    if strict:
        catalog.add_fallback(_Strict(domain, lang))
    return catalog


def _source() -> gettext.NullTranslations:
    """English: the msgids as written in the code (plural: msgid_plural unless n == 1)."""
    return gettext.NullTranslations()


@lru_cache(maxsize=64)
def translations(domain: Domain, lang: str) -> gettext.NullTranslations:
    """The shipped catalog, loaded once per process and language."""
    return load(domain, lang)
