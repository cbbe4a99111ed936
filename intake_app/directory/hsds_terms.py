"""How Passerelle's own facts travel in HSDS: as `attribute`s pointing at terms of the
taxonomy `passerelle`.

Besides the category and audience codes of TAXONOMY.md, a few codes carry what HSDS has no
field for: eligibility flags (`eligibility:no-status-required`…), how to get in
(`access:walk-in`…), required documents (`document:photo-id`…) and the service's name and
description in another language (`text:name:en`, with the text in the attribute's value).
"""

from __future__ import annotations

import uuid

from intake_app.domain.services import AccessMode, Document
from intake_app.domain.taxonomy import AUDIENCE_TERMS, SERVICE_TERMS, TAXONOMY_ID

TAXONOMY_NAME = TAXONOMY_ID
TAXONOMY_UUID = str(uuid.uuid5(uuid.NAMESPACE_URL, "https://passerelle.invalid/taxonomy"))
TAXONOMY_URI = "https://passerelle.invalid/taxonomy"
TAXONOMY_VERSION = "1"

FLAG_CODES = (
    "eligibility:no-status-required",
    "eligibility:no-id-required",
    "eligibility:no-health-card-required",
    "eligibility:free",
)
INTERPRETATION_CODE = "access:interpretation"
ACCESS_PREFIX = "access:"
DOCUMENT_PREFIX = "document:"
TEXT_PREFIX = "text:"  # text:name:en, text:description:en

# Extra codes exported as terms so every attribute points at a real taxonomy_term row.
_FLAG_LABELS = {
    "eligibility:no-status-required": ("Aucun statut exigé", "No status required"),
    "eligibility:no-id-required": ("Aucune pièce d'identité exigée", "No ID required"),
    "eligibility:no-health-card-required": (
        "Carte d'assurance maladie non exigée",
        "No health card required",
    ),
    "eligibility:free": ("Gratuit", "Free of charge"),
}
_ACCESS_LABELS = {
    AccessMode.WALK_IN: ("Sans rendez-vous", "Walk-in"),
    AccessMode.APPOINTMENT: ("Sur rendez-vous", "By appointment"),
    AccessMode.REFERRAL: ("Sur référence", "By referral"),
}
_DOCUMENT_LABELS = {
    Document.HEALTH_CARD: ("Carte d'assurance maladie", "Health card"),
    Document.PHOTO_ID: ("Pièce d'identité avec photo", "Photo ID"),
    Document.PROOF_OF_ADDRESS: ("Preuve d'adresse", "Proof of address"),
    Document.PROOF_OF_INCOME: ("Preuve de revenu", "Proof of income"),
}


def term_uuid(code: str, lang: str = "en") -> str:
    return str(uuid.uuid5(uuid.UUID(TAXONOMY_UUID), f"{code}@{lang}"))


def all_terms() -> list[tuple[str, str, str, str]]:
    """(code, facet, French, English) for every term we export."""
    out = [(t.code, t.facet.value, t.fr, t.en) for t in SERVICE_TERMS + AUDIENCE_TERMS]
    out += [(c, "eligibility", fr, en) for c, (fr, en) in _FLAG_LABELS.items()]
    out += [(ACCESS_PREFIX + m.value, "access", fr, en) for m, (fr, en) in _ACCESS_LABELS.items()]
    out += [(INTERPRETATION_CODE, "access", "Interprétation offerte", "Interpretation offered")]
    out += [
        (DOCUMENT_PREFIX + d.value, "document", fr, en) for d, (fr, en) in _DOCUMENT_LABELS.items()
    ]
    out += [
        (f"{TEXT_PREFIX}{kind}:{lang}", "text", f"{kind_fr} ({lang})", f"{kind_en} ({lang})")
        for kind, kind_fr, kind_en in (
            ("name", "Nom", "Name"),
            ("description", "Description", "Description"),
        )
        for lang in ("en", "fr")
    ]
    out += [
        (f"{TEXT_PREFIX}{kind}:{owner}", "text", fr, en)
        for kind, owner, fr, en in LETTER_TEXT_TERMS
    ]
    return out


# Passerelle's extension for letter names: an attribute of the service whose value is the
# name (or address line) printed on letters for the service or for its organization.
LETTER_TEXT_TERMS: tuple[tuple[str, str, str, str], ...] = (
    ("letter-name", "service", "Nom sur les lettres (service)", "Name on letters (service)"),
    (
        "letter-address",
        "service",
        "Ligne d'adresse sur les lettres (service)",
        "Address line on letters (service)",
    ),
    (
        "letter-name",
        "organization",
        "Nom sur les lettres (organisme)",
        "Name on letters (organization)",
    ),
    (
        "letter-address",
        "organization",
        "Ligne d'adresse sur les lettres (organisme)",
        "Address line on letters (organization)",
    ),
)
LETTER_TEXT_OWNERS = ("service", "organization")


def is_ours(taxonomy: str) -> bool:
    return taxonomy.strip().lower() in (TAXONOMY_NAME, TAXONOMY_UUID, TAXONOMY_URI)


# Open Eligibility term ids → our service categories (TAXONOMY.md; ids only, no text).
OPEN_ELIGIBILITY: dict[str, str] = {
    "1381": "legal",
    "1346": "settlement",
    "1326": "francization",
    "1348": "francization",
    "1390": "language-interp",
    "1103": "housing",
    "1121": "shelter",
    "1135": "shelter",
    "1102": "food",
    "1106": "health",
    "1214": "mental-health",
    "1304": "mental-health",
    "1126": "mental-health",
    "1111": "legal",
    "1375": "legal",
    "1110": "employment",
    "1109": "education",
    "1280": "children-family",
    "1344": "children-family",
    "1195": "children-family",
    "1107": "income",
    "1256": "income",
    "1104": "goods",
    "1105": "transport",
    "1124": "safety",
    "1285": "recreation",
    "1101": "crisis",
}
OPEN_ELIGIBILITY_AUDIENCES: dict[str, str] = {
    "20036": "women",
    "20078": "lgbtq",
    "20013": "refugees",
    "20012": "immigrants",
    "20014": "no-status",
    "20004": "youth",
    "20005": "children",
    "20006": "seniors",
    "20054": "families",
    "20017": "disability",
    "20067": "limited-french-english",
}


def is_open_eligibility(taxonomy: str) -> bool:
    t = taxonomy.lower().replace(" ", "").replace("-", "").replace("_", "")
    return "openeligibility" in t
