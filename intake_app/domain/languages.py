"""Languages: ISO 639 codes, their names in the interface languages, the client's list.

Every name comes from Babel's CLDR data, so the directory card, the routing explanation,
the intake picker, the reports and the letter all call Spanish "espagnol" the same way.
Directories write languages every which way ("Spanish", "Español", "espagnol", "spa",
"es-MX"): `language_code()` reads them — codes through `langcodes`, names through Babel's
English, French and native names, ignoring case and accents — and reports what it cannot
recognise rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import langcodes
from babel import Locale, UnknownLocaleError
from babel.lists import format_list
from babel.localedata import locale_identifiers
from langcodes.tag_parser import LanguageTagError

from intake_app.domain.common import Lang
from intake_app.domain.folding import fold

# Lang is a StrEnum: "fr" and Lang.FR find the same entry.
_LOCALES: dict[str, str] = {Lang.FR: "fr_CA", Lang.EN: "en_CA"}


def babel_locale(lang: Lang | str) -> str:
    """The CLDR locale the interface language formats with ("fr" → "fr_CA"); English
    Canada for anything else."""
    return _LOCALES.get(lang, "en_CA")


@lru_cache(maxsize=8)
def _names(locale: str) -> dict[str, str]:
    return {str(code): str(name) for code, name in Locale.parse(locale).languages.items()}


def capitalised(name: str) -> str:
    """ "espagnol" → "Espagnol", as a list item or a table cell starts."""
    return name[:1].upper() + name[1:]


def language_name(code: str, lang: Lang | str) -> str:
    """ "es" → "espagnol" / "Spanish", cased for the middle of a sentence; the code
    itself when Babel has no name for it."""
    return _names(babel_locale(lang)).get(code) or code


def language_list(codes: Iterable[str], lang: Lang | str) -> str:
    """The named languages as one phrase, in the order given: "espagnol, arabe et
    français" / "Spanish, Arabic and French" (Babel's list patterns)."""
    names = [language_name(c, lang) for c in codes if c]
    return format_list(names, locale=babel_locale(lang)) if names else ""


@lru_cache(maxsize=4)
def language_choices(lang: Lang | str) -> tuple[tuple[str, str], ...]:
    """(ISO 639-1 code, capitalised name) for every two-letter language Babel names,
    sorted by name: what a language picker offers."""
    pairs = [
        (code, capitalised(name))
        for code, name in _names(babel_locale(lang)).items()
        if len(code) == 2 and code.isalpha()
    ]
    return tuple(sorted(pairs, key=lambda p: p[1].casefold()))


@lru_cache(maxsize=1)
def known_language_codes() -> frozenset[str]:
    """Every ISO 639 code Babel names (no regional variants): other codes count as "Other"
    in reports."""
    return frozenset(code for code in _names(babel_locale(Lang.EN)) if code.isalpha())


def variety_name(code: str, variety_locale: str | None, lang: Lang | str) -> str:
    """The name of the written variety a CLDR locale stands for ("zh_Hans": "chinois
    simplifié", "fa_AF": "dari"), else the language's own name, else "".

    A locale that only borrows another language's formats (Haitian Creole dates in
    French: "fr_HT" for "ht") does not rename the language."""
    names = _names(babel_locale(lang))
    keys = [code]
    if variety_locale is not None:
        same = variety_locale.split("_")[0] == code or code not in names
        keys = [variety_locale, code] if same else [code]
    return next((names[key] for key in keys if key in names), "")


# -- reading what a directory wrote -----------------------------------------------------

_CODE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
_SPLIT = re.compile(r"\s*(?:[,;/|]|\s+and\s+|\s+et\s+)\s*", re.IGNORECASE)


def _key(text: str) -> str:
    return fold(text).strip()


@lru_cache(maxsize=1)
def _names_to_codes() -> dict[str, str]:
    """Folded language name → code, from Babel (English, French, and native names)."""
    out: dict[str, str] = {}
    for ui in ("fr", "en"):  # English last: it wins the rare clash
        for code, name in _names(ui).items():
            if "_" not in code:
                out[_key(name)] = code
    for ident in locale_identifiers():
        if "_" in ident:
            continue
        try:
            native = Locale.parse(ident).get_language_name(ident)
        except (UnknownLocaleError, ValueError):
            continue
        if native:
            out.setdefault(_key(native), ident)
    return out


@lru_cache(maxsize=4096)
def language_code(text: str) -> str | None:
    """The ISO 639 code (two letters when one exists) for a code or a name, else None."""
    raw = text.strip()
    if not raw:
        return None
    if _CODE.match(raw):
        try:
            lang = langcodes.Language.get(langcodes.standardize_tag(raw.replace("_", "-")))
        except (ValueError, LanguageTagError):
            lang = None
        if lang is not None and lang.language and lang.language.lower() in known_language_codes():
            return lang.language.lower()
    return _names_to_codes().get(_key(raw))


def language_codes(text: str) -> tuple[set[str], list[str]]:
    """("Spanish, French" → ({"es", "fr"}, [])); unrecognised parts come back as words."""
    found: set[str] = set()
    unknown: list[str] = []
    whole = language_code(text)
    if whole is not None:
        return {whole}, []
    for part in _SPLIT.split(text):
        if not part.strip():
            continue
        code = language_code(part)
        if code is None:
            unknown.append(part.strip())
        else:
            found.add(code)
    return found, unknown
