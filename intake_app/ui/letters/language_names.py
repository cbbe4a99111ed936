"""A reading language's name as the interface shows it: in the interface's language
(Babel's CLDR names, as the spoken-language picker names them), beside the language's own
name (its endonym, data from the shipped texts: "العربية — Arabe")."""

from __future__ import annotations

from intake_app.domain.common import Lang
from intake_app.domain.languages import variety_name
from intake_app.letters.client_texts import ClientTexts, texts_for

from intake_app.ui.i18n import interface_lang


def reading_language_name(code: str, lang: Lang | None = None) -> str:
    """The name in the interface's language, cased for the middle of a sentence (French
    "tigrigna"); in English our own names, which say more ("Persian (Farsi)", "Mandarin
    (simplified Chinese)"). The code when nobody names it."""
    lang = lang or interface_lang()
    texts = texts_for(code)
    if texts is not None and lang is Lang.EN:
        return texts.english_name
    key = texts.code if texts is not None else code.strip()
    variety = texts.babel_locale if texts is not None else None
    return variety_name(key, variety, lang) or (texts.english_name if texts else code)


def reading_language_item(texts: ClientTexts, lang: Lang | None = None) -> str:
    """How a list of reading languages shows one: its own name, then ours (capitalised,
    as a list item starts)."""
    name = reading_language_name(texts.code, lang)
    return f"{texts.name} — {name[:1].upper()}{name[1:]}"
