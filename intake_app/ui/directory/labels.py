"""Translated words for the directory: access modes, flags, documents, category names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from intake_app.domain.common import Lang
from intake_app.domain.services import AccessMode, Document
from intake_app.domain.taxonomy import term

_CTX = "DirectoryLabels"

ACCESS = {
    AccessMode.WALK_IN: QT_TRANSLATE_NOOP("DirectoryLabels", "Walk-in"),
    AccessMode.APPOINTMENT: QT_TRANSLATE_NOOP("DirectoryLabels", "By appointment"),
    AccessMode.REFERRAL: QT_TRANSLATE_NOOP("DirectoryLabels", "Referral letter"),
}
FLAGS = {
    "no_status_required": QT_TRANSLATE_NOOP("DirectoryLabels", "No status required"),
    "no_id_required": QT_TRANSLATE_NOOP("DirectoryLabels", "No ID required"),
    "no_health_card_required": QT_TRANSLATE_NOOP("DirectoryLabels", "No health card required"),
    "free": QT_TRANSLATE_NOOP("DirectoryLabels", "Free of charge"),
}
DOCUMENTS = {
    Document.HEALTH_CARD: QT_TRANSLATE_NOOP("DirectoryLabels", "Health card"),
    Document.PHOTO_ID: QT_TRANSLATE_NOOP("DirectoryLabels", "Photo ID"),
    Document.PROOF_OF_ADDRESS: QT_TRANSLATE_NOOP("DirectoryLabels", "Proof of address"),
    Document.PROOF_OF_INCOME: QT_TRANSLATE_NOOP("DirectoryLabels", "Proof of income"),
}
WARNINGS = {
    "read-as-latin1": QT_TRANSLATE_NOOP(
        "DirectoryLabels", "Files read as Latin-1 (not UTF-8); check accented letters"
    ),
    "unknown-column": QT_TRANSLATE_NOOP("DirectoryLabels", "Unknown columns ignored"),
    "unknown-field": QT_TRANSLATE_NOOP("DirectoryLabels", "Unknown fields ignored"),
    "unknown-table": QT_TRANSLATE_NOOP("DirectoryLabels", "Unknown files ignored"),
    "schedule-not-weekly": QT_TRANSLATE_NOOP(
        "DirectoryLabels", "Schedules that are not weekly hours, left out"
    ),
    "coordinates-out-of-range": QT_TRANSLATE_NOOP(
        "DirectoryLabels", "Impossible map coordinates, left out"
    ),
    "attribute-link-missing": QT_TRANSLATE_NOOP(
        "DirectoryLabels", "Attributes pointing to nothing, ignored"
    ),
    "attribute-without-term": QT_TRANSLATE_NOOP(
        "DirectoryLabels", "Attributes without a taxonomy term, ignored"
    ),
    "language-without-code": QT_TRANSLATE_NOOP(
        "DirectoryLabels", "Languages without a code, ignored"
    ),
    "service-at-location-without-location": QT_TRANSLATE_NOOP(
        "DirectoryLabels", "Service locations without a place, ignored"
    ),
    "unknown-passerelle-term": QT_TRANSLATE_NOOP(
        "DirectoryLabels", "Unknown Passerelle terms, ignored"
    ),
}


def tr(text: object) -> str:
    return QCoreApplication.translate(_CTX, str(text))


def term_label(code: str, lang: Lang) -> str:
    try:
        return term(code).label(lang)
    except KeyError:
        return code


def warning_label(code: str) -> str:
    return tr(WARNINGS[code]) if code in WARNINGS else code
