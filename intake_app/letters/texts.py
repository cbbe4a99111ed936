"""The words of a referral letter, looked up in the letter language's catalog.

The English letter is the msgids as written at the call sites; every other letter
language is a catalog (`resources/catalogs/<lang>/LC_MESSAGES/letters.po`), written the way
an agency in Québec writes it, not a translation stitched from fragments. Placeholders are
filled by `compose.py`; the values are escaped there, never here. The language is always
the letter's own (`LetterData.lang`), never the interface's or the process locale.

`text`, `ntext` and `letter_msg` are the extraction keywords of the `letters` domain
(`make update-catalogs`): a msgid must be a string literal at the call.

Need labels on a letter are the taxonomy's labels, except where a label would say more
about the bearer than the need: "Aide juridique et immigration" becomes "Aide juridique".
"""

from __future__ import annotations

from intake_app.catalogs import Domain, translations
from intake_app.domain.common import Lang
from intake_app.domain.services import AccessMode
from intake_app.domain.taxonomy import term


def text(lang: Lang, message: str) -> str:
    """`message` (the English text) in the letter language `lang`."""
    return translations(Domain.LETTERS, lang.value).gettext(message)


def ntext(lang: Lang, singular: str, plural: str, n: int) -> str:
    """The form of `singular`/`plural` for `n`, by `lang`'s plural rule."""
    return translations(Domain.LETTERS, lang.value).ngettext(singular, plural, n)


def letter_msg(message: str) -> str:
    """Marks a msgid kept in a table, translated where it is printed (`text`)."""
    return message


_ACCESS: dict[AccessMode, str] = {
    AccessMode.WALK_IN: letter_msg("Walk in: come any time during opening hours."),
    AccessMode.APPOINTMENT: letter_msg("By appointment: call first to book a time."),
    AccessMode.REFERRAL: letter_msg("With this referral letter."),
}

# Labels that would describe the bearer rather than the need are replaced on letters.
_LETTER_NEED_LABELS: dict[str, str] = {
    "legal": letter_msg("Legal aid"),
    "settlement": letter_msg("Support and paperwork"),
    "safety": letter_msg("Support and safety"),
    "crisis": letter_msg("Immediate support"),
}


def access_text(lang: Lang, mode: AccessMode) -> str:
    """How to get in, as one sentence of the "for you" box."""
    return text(lang, _ACCESS[mode])


def need_label(code: str, lang: Lang) -> str:
    """The need's label as printed in a sentence of a letter in `lang` ("" if unknown)."""
    if code in _LETTER_NEED_LABELS:
        label = text(lang, _LETTER_NEED_LABELS[code])
    else:
        try:
            label = term(code).label(lang)
        except KeyError:
            return ""
    if label.startswith(("French", "LGBTQ")):
        return label
    return label[0].lower() + label[1:]
