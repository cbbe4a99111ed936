"""Why a service is suggested, in the interface language (French or English).

"Housing · speaks Spanish · walk-in, open now · no health card needed · same area"

These words are for the caseworker's screen only. They mention the client's barriers
("no health card needed"), so they are never printed on a letter or exported. Routing
is Qt-free, so the two languages live here rather than in the Qt translation files.
"""

from __future__ import annotations

from datetime import time

from babel.lists import format_list
from babel.numbers import format_decimal

from intake_app.domain.common import Lang
from intake_app.domain.hours import clock_time
from intake_app.domain.languages import babel_locale, language_name
from intake_app.domain.services import Document
from intake_app.domain.taxonomy import is_service_code, term
from intake_app.routing.rank import Part, PartKind, Suggestion
from intake_app.routing.rules import Exclusion, ExclusionKind

SEPARATOR = " · "

_TEXT: dict[PartKind, dict[Lang, str]] = {
    PartKind.SPEAKS: {Lang.EN: "speaks {language}", Lang.FR: "parle {language}"},
    PartKind.INTERPRETATION: {Lang.EN: "interpreter available", Lang.FR: "interprète offert"},
    PartKind.WALK_IN: {Lang.EN: "walk-in", Lang.FR: "sans rendez-vous"},
    PartKind.APPOINTMENT: {Lang.EN: "by appointment", Lang.FR: "sur rendez-vous"},
    PartKind.REFERRAL_ONLY: {Lang.EN: "on referral", Lang.FR: "sur référence"},
    PartKind.OPEN_NOW: {Lang.EN: "open now", Lang.FR: "ouvert maintenant"},
    PartKind.OPENS_SOON: {Lang.EN: "opens at {time}", Lang.FR: "ouvre à {time}"},
    PartKind.CLOSED_NOW: {Lang.EN: "closed now", Lang.FR: "fermé en ce moment"},
    PartKind.SAME_AREA: {Lang.EN: "same area", Lang.FR: "même quartier"},
    PartKind.DISTANCE: {Lang.EN: "{km} km away", Lang.FR: "à {km} km"},
    PartKind.STALE: {Lang.EN: "information not verified lately", Lang.FR: "information à vérifier"},
}

_NO_DOCUMENT: dict[Document, dict[Lang, str]] = {
    Document.HEALTH_CARD: {
        Lang.EN: "no health card needed",
        Lang.FR: "carte d'assurance maladie non exigée",
    },
    Document.PHOTO_ID: {Lang.EN: "no photo ID needed", Lang.FR: "pièce d'identité non exigée"},
    Document.PROOF_OF_ADDRESS: {
        Lang.EN: "no proof of address needed",
        Lang.FR: "preuve d'adresse non exigée",
    },
    Document.PROOF_OF_INCOME: {
        Lang.EN: "no proof of income needed",
        Lang.FR: "preuve de revenu non exigée",
    },
}

_EXCLUDED: dict[Document | None, dict[Lang, str]] = {
    None: {Lang.EN: "no longer active", Lang.FR: "n'est plus actif"},
    Document.HEALTH_CARD: {
        Lang.EN: "asks for a health card",
        Lang.FR: "exige la carte d'assurance maladie",
    },
    Document.PHOTO_ID: {Lang.EN: "asks for photo ID", Lang.FR: "exige une pièce d'identité"},
    Document.PROOF_OF_ADDRESS: {
        Lang.EN: "asks for proof of address",
        Lang.FR: "exige une preuve d'adresse",
    },
    Document.PROOF_OF_INCOME: {
        Lang.EN: "asks for proof of income",
        Lang.FR: "exige une preuve de revenu",
    },
}


def category_label(code: str, lang: Lang) -> str:
    return term(code).label(lang) if is_service_code(code) else code


def _time(hhmm: str, lang: Lang) -> str:
    return clock_time(time.fromisoformat(hhmm), lang) if ":" in hhmm else hhmm


def part_text(part: Part, lang: Lang) -> str:
    if part.kind is PartKind.CATEGORY:
        return category_label(part.value, lang)
    if part.kind is PartKind.NO_DOCUMENT_NEEDED:
        return _NO_DOCUMENT[Document(part.value)][lang]
    template = _TEXT[part.kind][lang]
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
    return _EXCLUDED[key][lang]


def explain(suggestion: Suggestion, lang: Lang, *, with_category: bool = True) -> str:
    """The card text: why it fits, or for an excluded service why it is left out."""
    if suggestion.excluded:
        reasons = format_list(
            [exclusion_text(e, lang) for e in suggestion.exclusions], locale=babel_locale(lang)
        )
        left_out = "Left out: " if lang is Lang.EN else "Écarté : "
        return left_out + reasons
    return explanation(suggestion.parts, lang, with_category=with_category)
