"""A reading language's name as the interface shows it: in the interface's language
(Babel's CLDR names, as the spoken-language picker names them), beside the language's own
name (its endonym, data from the shipped texts: "العربية — Arabe")."""

from __future__ import annotations

from babel import Locale

from PySide6.QtCore import QLocale

from intake_app.domain.common import Lang
from intake_app.letters.client_texts import ClientTexts, texts_for


def interface_lang() -> Lang:
    """The interface's language, as `install_translators` set Qt's default locale."""
    return Lang.FR if QLocale().language() == QLocale.Language.French else Lang.EN


def _babel_name(texts: ClientTexts | None, code: str, lang: Lang) -> str:
    names = Locale.parse("fr_CA" if lang is Lang.FR else "en_CA").languages
    keys = [code]
    if texts is not None:
        # The texts' CLDR locale names a written variety ("zh_Hans": simplified Chinese,
        # "fa_AF": Dari) — unless it only borrows another language's formats (Haitian
        # Creole dates in French: "fr_HT").
        same = texts.babel_locale.split("_")[0] == code or code not in names
        keys = [texts.babel_locale, code] if same else [code]
    return next((names[key] for key in keys if key in names), "")


def reading_language_name(code: str, lang: Lang | None = None) -> str:
    """The name in the interface's language, cased for the middle of a sentence (French
    "tigrigna"); in English our own names, which say more ("Persian (Farsi)", "Mandarin
    (simplified Chinese)"). The code when nobody names it."""
    lang = lang or interface_lang()
    texts = texts_for(code)
    if texts is not None and lang is Lang.EN:
        return texts.english_name
    key = texts.code if texts is not None else code.strip()
    return _babel_name(texts, key, lang) or (texts.english_name if texts else code)


def reading_language_item(texts: ClientTexts, lang: Lang | None = None) -> str:
    """How a list of reading languages shows one: its own name, then ours (capitalised,
    as a list item starts)."""
    name = reading_language_name(texts.code, lang)
    return f"{texts.name} — {name[:1].upper()}{name[1:]}"
