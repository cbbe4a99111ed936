"""Languages as directories write them → ISO 639 codes.

Real exports say "Spanish", "Español", "espagnol", "spa", "es-MX" or "ES". Codes (ISO 639-1,
639-2/B and /T, 639-3, BCP 47 tags) are normalised by `langcodes`; names are looked up in
Babel's language names in English and French and in each language's own name, ignoring
case and accents. What cannot be recognised is reported, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import langcodes
from babel import Locale, UnknownLocaleError
from babel.localedata import locale_identifiers

_CODE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
_SPLIT = re.compile(r"\s*(?:[,;/|]|\s+and\s+|\s+et\s+)\s*", re.IGNORECASE)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Folded language name → code, from Babel (English, French, and native names)."""
    out: dict[str, str] = {}
    for ui in ("fr", "en"):  # English last: it wins the rare clash
        for code, name in Locale(ui).languages.items():
            if "_" not in str(code):
                out[_fold(str(name))] = str(code)
    for ident in locale_identifiers():
        if "_" in ident:
            continue
        try:
            native = Locale.parse(ident).get_language_name(ident)
        except (UnknownLocaleError, ValueError):
            continue
        if native:
            out.setdefault(_fold(native), ident)
    return out


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    return frozenset(str(c) for c in Locale("en").languages if "_" not in str(c))


@lru_cache(maxsize=4096)
def language_code(text: str) -> str | None:
    """The ISO 639 code (two letters when one exists) for a code or a name, else None."""
    raw = text.strip()
    if not raw:
        return None
    if _CODE.match(raw):
        try:
            lang = langcodes.Language.get(langcodes.standardize_tag(raw.replace("_", "-")))
        except ValueError:  # langcodes.LanguageTagError is a ValueError
            lang = None
        if lang is not None and lang.language and lang.language.lower() in _known_codes():
            return lang.language.lower()
    return _names().get(_fold(raw))


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
