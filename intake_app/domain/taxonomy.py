"""Passerelle's bilingual service taxonomy (shared/TAXONOMY.md), with stable codes.

Two facets: what a service offers (`service`) and whom it is for (`audience`).
Audience terms describe services and are never printed on a letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from intake_app.domain.common import Lang

TAXONOMY_ID = "passerelle"


class Facet(StrEnum):
    SERVICE = "service"
    AUDIENCE = "audience"


@dataclass(frozen=True)
class Term:
    code: str
    facet: Facet
    fr: str
    en: str

    def label(self, lang: Lang) -> str:
        return self.fr if lang is Lang.FR else self.en


SERVICE_TERMS: tuple[Term, ...] = tuple(
    Term(code, Facet.SERVICE, fr, en)
    for code, fr, en in (
        ("settlement", "Accueil et intégration", "Settlement & integration"),
        ("francization", "Francisation (cours de français)", "French classes (francization)"),
        ("language-interp", "Interprétation et traduction", "Interpretation & translation"),
        ("housing", "Logement", "Housing"),
        ("shelter", "Hébergement d'urgence", "Emergency shelter"),
        ("food", "Alimentation / aide alimentaire", "Food"),
        ("health", "Santé", "Health care"),
        ("mental-health", "Santé mentale et soutien psychosocial", "Mental health & counselling"),
        ("legal", "Aide juridique et immigration", "Legal aid & immigration"),
        ("employment", "Emploi", "Employment"),
        ("education", "Éducation et formation", "Education & training"),
        ("children-family", "Enfance et famille", "Children & family"),
        ("income", "Aide financière et prestations", "Income support & benefits"),
        ("goods", "Biens essentiels (vêtements, meubles)", "Essentials (clothing, furniture)"),
        ("transport", "Transport", "Transportation"),
        ("safety", "Violence et sécurité", "Violence & safety"),
        ("recreation", "Loisirs, sports et culture", "Recreation, sport & culture"),
        ("community", "Vie communautaire et bénévolat", "Community life & volunteering"),
        ("crisis", "Urgence et crise", "Crisis & emergency"),
    )
)

AUDIENCE_TERMS: tuple[Term, ...] = tuple(
    Term(code, Facet.AUDIENCE, fr, en)
    for code, fr, en in (
        ("women", "Femmes", "Women"),
        ("lgbtq", "LGBTQ+", "LGBTQ+"),
        ("refugees", "Réfugiés et demandeurs d'asile", "Refugees & asylum seekers"),
        ("immigrants", "Immigrants et résidents permanents", "Immigrants & permanent residents"),
        ("no-status", "Personnes sans statut", "People without status"),
        ("youth", "Jeunes", "Youth"),
        ("children", "Enfants", "Children"),
        ("seniors", "Aînés", "Seniors"),
        ("families", "Familles", "Families"),
        ("disability", "Personnes en situation de handicap", "People with disabilities"),
        (
            "limited-french-english",
            "Connaissance limitée du français/anglais",
            "Limited French/English",
        ),
    )
)

_BY_CODE: dict[str, Term] = {t.code: t for t in SERVICE_TERMS + AUDIENCE_TERMS}


def term(code: str) -> Term:
    """The term with this code; KeyError for a code outside our taxonomy."""
    return _BY_CODE[code]


def is_service_code(code: str) -> bool:
    t = _BY_CODE.get(code)
    return t is not None and t.facet is Facet.SERVICE


def is_audience_code(code: str) -> bool:
    t = _BY_CODE.get(code)
    return t is not None and t.facet is Facet.AUDIENCE
