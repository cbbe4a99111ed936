"""Why a service is suggested, in the interface language (French or English).

"Housing · speaks Spanish · walk-in, open now · no health card needed · same area"

These words are for the caseworker's screen only. They mention the client's barriers
("no health card needed"), so they are never printed on a letter or exported. Routing
is Qt-free, so its words are the `routing` gettext catalog (`resources/catalogs/`), not the
Qt translation files; the msgids are the English texts below.
"""

from __future__ import annotations

from datetime import time

from babel.lists import format_list
from babel.numbers import format_decimal

from intake_app.catalogs import Domain, translations
from intake_app.domain.common import Lang
from intake_app.domain.hours import clock_time
from intake_app.domain.languages import babel_locale, language_name
from intake_app.domain.services import Document
from intake_app.domain.taxonomy import is_service_code, term
from intake_app.routing.rank import Part, PartKind, Suggestion
from intake_app.routing.rules import Exclusion, ExclusionKind

SEPARATOR = " · "


def routing_msg(message: str) -> str:
    """Marks a msgid of the `routing` domain kept in a table (`make update-catalogs`)."""
    return message


def routing_text(lang: Lang, message: str) -> str:
    """`message` (the English text) in the interface language `lang`."""
    return translations(Domain.ROUTING, lang.value).gettext(message)


_TEXT: dict[PartKind, str] = {
    PartKind.SPEAKS: routing_msg("speaks {language}"),
    PartKind.INTERPRETATION: routing_msg("interpreter available"),
    PartKind.WALK_IN: routing_msg("walk-in"),
    PartKind.APPOINTMENT: routing_msg("by appointment"),
    PartKind.REFERRAL_ONLY: routing_msg("on referral"),
    PartKind.OPEN_NOW: routing_msg("open now"),
    PartKind.OPENS_SOON: routing_msg("opens at {time}"),
    PartKind.CLOSED_NOW: routing_msg("closed now"),
    PartKind.SAME_AREA: routing_msg("same area"),
    PartKind.DISTANCE: routing_msg("{km} km away"),
    PartKind.STALE: routing_msg("information not verified lately"),
}

_NO_DOCUMENT: dict[Document, str] = {
    Document.HEALTH_CARD: routing_msg("no health card needed"),
    Document.PHOTO_ID: routing_msg("no photo ID needed"),
    Document.PROOF_OF_ADDRESS: routing_msg("no proof of address needed"),
    Document.PROOF_OF_INCOME: routing_msg("no proof of income needed"),
}

_EXCLUDED: dict[Document | None, str] = {
    None: routing_msg("no longer active"),
    Document.HEALTH_CARD: routing_msg("asks for a health card"),
    Document.PHOTO_ID: routing_msg("asks for photo ID"),
    Document.PROOF_OF_ADDRESS: routing_msg("asks for proof of address"),
    Document.PROOF_OF_INCOME: routing_msg("asks for proof of income"),
}


def category_label(code: str, lang: Lang) -> str:
    return term(code).label(lang) if is_service_code(code) else code


def _time(hhmm: str, lang: Lang) -> str:
    return clock_time(time.fromisoformat(hhmm), lang) if ":" in hhmm else hhmm


def part_text(part: Part, lang: Lang) -> str:
    if part.kind is PartKind.CATEGORY:
        return category_label(part.value, lang)
    if part.kind is PartKind.NO_DOCUMENT_NEEDED:
        return routing_text(lang, _NO_DOCUMENT[Document(part.value)])
    template = routing_text(lang, _TEXT[part.kind])
    km = format_decimal(part.number or 0.0, format="0.0", locale=babel_locale(lang))
    return template.format(
        language=language_name(part.value, lang), time=_time(part.value, lang), km=km
    )


def explanation(parts: tuple[Part, ...], lang: Lang, *, with_category: bool = True) -> str:
    """One line: parts joined by " · ", with how-to-get-in and opening hours side by side.

    `with_category=False` leaves the category out (under a heading that already says it).
    """
    if not with_category:
        parts = tuple(p for p in parts if p.kind is not PartKind.CATEGORY)
    pieces: list[str] = []
    access_kinds = {PartKind.WALK_IN, PartKind.APPOINTMENT, PartKind.REFERRAL_ONLY}
    hours_kinds = {PartKind.OPEN_NOW, PartKind.OPENS_SOON, PartKind.CLOSED_NOW}
    previous: PartKind | None = None
    for part in parts:
        text = part_text(part, lang)
        if part.kind in hours_kinds and previous in access_kinds and pieces:
            pieces[-1] = f"{pieces[-1]}, {text}"
        else:
            pieces.append(text)
        previous = part.kind
    return SEPARATOR.join(pieces)


def exclusion_text(exclusion: Exclusion, lang: Lang) -> str:
    key = exclusion.document if exclusion.kind is ExclusionKind.MISSING_DOCUMENT else None
    return routing_text(lang, _EXCLUDED[key])


def explain(suggestion: Suggestion, lang: Lang, *, with_category: bool = True) -> str:
    """The card text: why it fits, or for an excluded service why it is left out."""
    if suggestion.excluded:
        reasons = format_list(
            [exclusion_text(e, lang) for e in suggestion.exclusions], locale=babel_locale(lang)
        )
        return routing_text(lang, "Left out: {reasons}").format(reasons=reasons)
    return explanation(suggestion.parts, lang, with_category=with_category)
