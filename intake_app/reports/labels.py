"""Titles and category labels of the reports, in French and English, without Qt.

Exports are rendered without Qt (the CLI runs headless), so, like the letters, the report
vocabulary lives here in both languages; the page shows the same words.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from intake_app.domain.common import Lang
from intake_app.domain.languages import (
    babel_locale,
    capitalised,
    known_language_codes,
    language_name,
)
from intake_app.domain.reports import NOT_RECORDED, OTHER, ReportPeriod, Scope
from intake_app.domain.taxonomy import is_service_code, term

TITLES: dict[str, tuple[str, str]] = {  # (French, English)
    "clients.new": (
        "Personnes servies : nouvelles ou déjà connues",
        "Clients served: new or returning",
    ),
    "clients.age": ("Personnes servies par tranche d'âge", "Clients served by age range"),
    "clients.household": (
        "Personnes servies par taille du ménage",
        "Clients served by household size",
    ),
    "clients.letter_language": (
        "Personnes servies par langue des lettres",
        "Clients served by letter language",
    ),
    "clients.area": ("Personnes servies par secteur", "Clients served by area"),
    "clients.spoken_languages": (
        "Personnes servies par langue parlée",
        "Clients served by spoken language",
    ),
    "needs.category": ("Besoins inscrits, par catégorie", "Needs recorded, by category"),
    "needs.unmet": ("Besoins non comblés, par catégorie", "Unmet needs, by category"),
    "referrals.category": ("Références, par catégorie", "Referrals, by category"),
    "referrals.organization": ("Références, par organisme", "Referrals, by organization"),
    "referrals.state": ("Références : états et résultats", "Referrals: states and outcomes"),
    "referrals.follow_up": ("Suivis à temps ou en retard", "Follow-ups on time or late"),
    "letters.language": ("Lettres imprimées, par langue", "Letters printed, by language"),
    "trend.served": ("Tendance : personnes servies par mois", "Trend: clients served per month"),
    "trend.new": ("Tendance : nouvelles personnes par mois", "Trend: new clients per month"),
    "trend.referred": (
        "Tendance : personnes référées par mois",
        "Trend: people referred per month",
    ),
    "trend.unmet": (
        "Tendance : personnes avec un besoin non comblé par mois",
        "Trend: people with an unmet need per month",
    ),
    "trend.letters": (
        "Tendance : personnes ayant reçu une lettre par mois",
        "Trend: people given a letter per month",
    ),
}

WORDS: dict[str, tuple[str, str]] = {
    NOT_RECORDED: ("Non inscrit", "Not recorded"),
    OTHER: ("Autre", "Other"),
    "new": ("Nouvelles", "New"),
    "returning": ("Déjà connues", "Returning"),
    "created": ("Créée (lettre pas encore imprimée)", "Created (letter not yet printed)"),
    "printed": ("Lettre imprimée, en attente", "Letter printed, waiting"),
    "attended": ("S'est présentée", "Attended"),
    "no-show": ("Ne s'est pas présentée", "No-show"),
    "declined": ("Refusée", "Declined"),
    "closed": ("Fermée", "Closed"),
    "on-time": ("À temps", "On time"),
    "late": ("En retard", "Late"),
    "5+": ("5 ou plus", "5 or more"),
    "1": ("1 (seule)", "1 (alone)"),
}

OTHER_ORGANIZATION = ("Service retiré du répertoire", "Service no longer in the directory")

TEXT: dict[str, tuple[str, str]] = {
    "report": ("Rapport anonyme", "Anonymous report"),
    "category": ("Catégorie", "Category"),
    "people": ("Personnes", "People"),
    "total": ("Total (personnes servies)", "Total (clients served)"),
    "month": ("Mois", "Month"),
    "suppressed": ("x", "x"),
    "period": ("Période", "Period"),
    "scope.all": ("Toutes les personnes de l'organisme", "All clients of the organization"),
    "scope.caseload": ("Ma charge de cas seulement", "My own caseload only"),
    "attendance": (
        "Taux de présence (présentées / présentées + absentes)",
        "Attendance rate (attended / attended + no-show)",
    ),
    "median": ("Jours médians de la référence au résultat", "Median days from referral to outcome"),
    "partial": (
        "Période en cours : chiffres jusqu'à aujourd'hui.",
        "Period still running: figures up to today.",
    ),
    "all_suppressed": (
        "Trop peu de personnes pour cette période : tous les chiffres sont masqués pour que "
        "personne ne puisse être reconnu.",
        "Too few people in this period: every figure is hidden so that nobody can be recognized.",
    ),
}


RULE: tuple[str, str] = (  # {below} = k - 1, {k} = the threshold
    "Chaque chiffre compte des personnes distinctes (une personne référée trois fois "
    "compte une fois), sur au moins un mois. Une case de 1 à {below} personnes est "
    "masquée (« x »), et d'autres cases sont masquées au besoin pour qu'aucune case "
    "masquée ne puisse être retrouvée à partir des totaux ou d'un autre tableau du "
    "même rapport (vérifié exactement). Seuil : {k} personnes. Les catégories sont "
    "dans un ordre fixe, jamais selon leur taille. Les obstacles, la note masquée, "
    "les détails du consentement et le texte libre n'entrent dans aucun chiffre.",
    "Every figure counts distinct people (a person referred three times counts once), "
    'over at least a month. A cell of 1 to {below} people is hidden ("x"), and other '
    "cells are hidden as needed so that no hidden cell can be worked out from the "
    "totals or from another table of the same report (checked exactly). Threshold: {k} "
    "people. Categories come in a fixed order, never by size. Barriers, the masked "
    "note, consent details and free text never enter any figure.",
)


def rule_text(k: int, lang: Lang) -> str:
    """The disclosure rule as printed on the page and in every export."""
    return _pick(RULE, lang).format(below=k - 1, k=k)


def vocabulary() -> list[tuple[str, str]]:
    """Every (French, English) text of this module, e.g. to check a screen is all French."""
    return [*TITLES.values(), *WORDS.values(), OTHER_ORGANIZATION, *TEXT.values(), RULE]


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang is Lang.FR else pair[1]


def title(table_id: str, lang: Lang) -> str:
    return _pick(TITLES[table_id], lang)


def text(key: str, lang: Lang) -> str:
    return _pick(TEXT[key], lang)


def category_label(table_id: str, category: str, lang: Lang) -> str:
    """How a category reads in a table, a chart and an export."""
    if table_id.startswith("trend."):
        return month_label(date.fromisoformat(category), lang)
    if table_id == "referrals.organization" and category == OTHER:
        return _pick(OTHER_ORGANIZATION, lang)
    if category in (OTHER, NOT_RECORDED):
        return _pick(WORDS[category], lang)
    if table_id in ("clients.area", "referrals.organization"):
        return category  # the directory's own spelling
    if category in WORDS:
        return _pick(WORDS[category], lang)
    if table_id in ("needs.category", "needs.unmet", "referrals.category") and is_service_code(
        category
    ):
        return term(category).label(lang)
    languages = ("clients.letter_language", "letters.language", "clients.spoken_languages")
    if table_id in languages and category in known_language_codes():
        return capitalised(language_name(category, lang))
    if table_id == "clients.age":
        return category.replace("-", "–")
    return category


def month_label(month: date, lang: Lang) -> str:
    return format_date(month, "MMM yyyy", locale=babel_locale(lang))


def period_label(period: ReportPeriod, lang: Lang) -> str:
    """ "novembre 2026" or "Nov 2026 – Jan 2027"."""
    first = format_date(period.start, "MMMM yyyy", locale=babel_locale(lang))
    if period.month_count == 1:
        return first
    from intake_app.domain.reports import add_months

    last = format_date(add_months(period.end, -1), "MMMM yyyy", locale=babel_locale(lang))
    return f"{first} – {last}"


def scope_label(scope: Scope, lang: Lang) -> str:
    return text(f"scope.{scope.value}", lang)


def number(value: float, lang: Lang, digits: int = 0) -> str:
    from babel.numbers import format_decimal

    fmt = "#,##0" if digits == 0 else "#,##0." + "0" * digits
    return format_decimal(value, fmt, locale=babel_locale(lang))


def percent(value: float, lang: Lang) -> str:
    from babel.numbers import format_percent

    return format_percent(value, "#,##0 %", locale=babel_locale(lang))
