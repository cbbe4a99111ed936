"""Translated labels for the client vocabulary (urgency, naming, barriers, shares…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.domain.clients import ConsentMethod, Naming, ShareItem
from intake_app.domain.common import Lang, Tri, Urgency
from intake_app.domain.taxonomy import SERVICE_TERMS

from intake_app.ui.i18n import QT_TRANSLATE_NOOP

_CTX = "ClientLabels"

URGENCY = {
    Urgency.TODAY: QT_TRANSLATE_NOOP("ClientLabels", "Today"),
    Urgency.THIS_WEEK: QT_TRANSLATE_NOOP("ClientLabels", "This week"),
    Urgency.LATER: QT_TRANSLATE_NOOP("ClientLabels", "Later"),
}
NAMING = {
    # Say what prints: the preferred name (an alias will do) replaces the given name.
    Naming.FULL_NAME: QT_TRANSLATE_NOOP("ClientLabels", "Preferred name + family name"),
    Naming.FIRST_NAME: QT_TRANSLATE_NOOP("ClientLabels", "Preferred name only"),
    Naming.INITIALS: QT_TRANSLATE_NOOP("ClientLabels", "Initials only"),
}
TRI = {
    Tri.UNKNOWN: QT_TRANSLATE_NOOP("ClientLabels", "Unknown"),
    Tri.YES: QT_TRANSLATE_NOOP("ClientLabels", "Yes"),
    Tri.NO: QT_TRANSLATE_NOOP("ClientLabels", "No"),
}
# Each barrier as a plain question with its own answers, so nothing reads as a double
# negative ("No photo ID: Yes"). The stored value keeps its meaning: YES = the barrier is
# there (no card, no ID, no income, needs an interpreter).
BARRIERS = {
    "no_health_card": QT_TRANSLATE_NOOP("ClientLabels", "Provincial health card"),
    "no_photo_id": QT_TRANSLATE_NOOP("ClientLabels", "Photo ID"),
    "no_proof_of_address": QT_TRANSLATE_NOOP("ClientLabels", "Proof of address"),
    "no_income": QT_TRANSLATE_NOOP("ClientLabels", "Income"),
    "needs_interpreter": QT_TRANSLATE_NOOP("ClientLabels", "Interpreter"),
}
_NOT_ASKED = QT_TRANSLATE_NOOP("ClientLabels", "Not asked / unknown")
_HAS_NONE = QT_TRANSLATE_NOOP("ClientLabels", "Does not have one")
_HAS_ONE = QT_TRANSLATE_NOOP("ClientLabels", "Has one")
BARRIER_ANSWERS: dict[str, dict[Tri, str]] = {
    "no_health_card": {Tri.UNKNOWN: _NOT_ASKED, Tri.YES: _HAS_NONE, Tri.NO: _HAS_ONE},
    "no_photo_id": {Tri.UNKNOWN: _NOT_ASKED, Tri.YES: _HAS_NONE, Tri.NO: _HAS_ONE},
    "no_proof_of_address": {Tri.UNKNOWN: _NOT_ASKED, Tri.YES: _HAS_NONE, Tri.NO: _HAS_ONE},
    "no_income": {
        Tri.UNKNOWN: _NOT_ASKED,
        Tri.YES: QT_TRANSLATE_NOOP("ClientLabels", "No income"),
        Tri.NO: QT_TRANSLATE_NOOP("ClientLabels", "Has an income"),
    },
    "needs_interpreter": {
        Tri.UNKNOWN: _NOT_ASKED,
        Tri.YES: QT_TRANSLATE_NOOP("ClientLabels", "Needs one"),
        Tri.NO: QT_TRANSLATE_NOOP("ClientLabels", "Does not need one"),
    },
}
SHARES = {
    ShareItem.NAME: QT_TRANSLATE_NOOP("ClientLabels", "Name"),
    ShareItem.LANGUAGES: QT_TRANSLATE_NOOP("ClientLabels", "Languages"),
    ShareItem.INTERPRETER_NEEDED: QT_TRANSLATE_NOOP("ClientLabels", "Interpreter needed"),
    ShareItem.REFERRAL_REASON: QT_TRANSLATE_NOOP("ClientLabels", "Reason for referral"),
    ShareItem.PHONE: QT_TRANSLATE_NOOP("ClientLabels", "Phone number"),
}
METHOD = {
    ConsentMethod.VERBAL: QT_TRANSLATE_NOOP("ClientLabels", "Verbal"),
    ConsentMethod.WRITTEN: QT_TRANSLATE_NOOP("ClientLabels", "Written"),
}
LETTER_LANG = {
    Lang.FR: QT_TRANSLATE_NOOP("ClientLabels", "French"),
    Lang.EN: QT_TRANSLATE_NOOP("ClientLabels", "English"),
}
RELATIONS = {
    "partner": QT_TRANSLATE_NOOP("ClientLabels", "Partner or spouse"),
    "child": QT_TRANSLATE_NOOP("ClientLabels", "Child"),
    "parent": QT_TRANSLATE_NOOP("ClientLabels", "Parent"),
    "sibling": QT_TRANSLATE_NOOP("ClientLabels", "Brother or sister"),
    "grandparent": QT_TRANSLATE_NOOP("ClientLabels", "Grandparent"),
    "other-relative": QT_TRANSLATE_NOOP("ClientLabels", "Other relative"),
    "other": QT_TRANSLATE_NOOP("ClientLabels", "Other"),
}
ACTIONS = {
    "client-created": QT_TRANSLATE_NOOP("ClientLabels", "Created the record"),
    "client-viewed": QT_TRANSLATE_NOOP("ClientLabels", "Viewed the record"),
    "client-changed": QT_TRANSLATE_NOOP("ClientLabels", "Changed the record"),
    "client-archived": QT_TRANSLATE_NOOP("ClientLabels", "Archived the record"),
    "client-unarchived": QT_TRANSLATE_NOOP("ClientLabels", "Took the record out of the archive"),
    "clients-merged": QT_TRANSLATE_NOOP("ClientLabels", "Merged another record into this one"),
    "merge-undone": QT_TRANSLATE_NOOP("ClientLabels", "Undid a merge"),
    "sensitive-note-revealed": QT_TRANSLATE_NOOP("ClientLabels", "Revealed the sensitive note"),
    "referral-created": QT_TRANSLATE_NOOP("ClientLabels", "Made a referral"),
    "referral-state-changed": QT_TRANSLATE_NOOP("ClientLabels", "Updated a referral"),
    "referral-updated": QT_TRANSLATE_NOOP("ClientLabels", "Changed a referral's follow-up"),
    "letter-printed": QT_TRANSLATE_NOOP("ClientLabels", "Printed a letter"),
    "letter-saved": QT_TRANSLATE_NOOP("ClientLabels", "Saved a letter"),
    "client-record-exported": QT_TRANSLATE_NOOP("ClientLabels", "Exported the record"),
}


def tr(text: str) -> str:
    """Translate a label marked with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(_CTX, text)


def need_label(code: str, lang: Lang) -> str:
    for term in SERVICE_TERMS:
        if term.code == code:
            return term.label(lang)
    return code
