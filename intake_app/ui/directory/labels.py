"""Translated words for the directory: access modes, flags, documents, category names."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from intake_app.domain.common import Lang
from intake_app.domain.services import AccessMode, Document
from intake_app.domain.taxonomy import term
from intake_app.errors import ErrorCode, KnownError

from intake_app.ui.i18n import QT_TRANSLATE_NOOP

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


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def term_label(code: str, lang: Lang) -> str:
    try:
        return term(code).label(lang)
    except KeyError:
        return code


def warning_label(code: str) -> str:
    return tr(WARNINGS[code]) if code in WARNINGS else code


# The reasons an import is refused (KnownError IMPORT_MALFORMED `reason`), in words.
REASONS = {
    "duplicate id": QT_TRANSLATE_NOOP("DirectoryLabels", "the same id appears twice"),
    "empty": QT_TRANSLATE_NOOP("DirectoryLabels", "empty"),
    "missing column": QT_TRANSLATE_NOOP("DirectoryLabels", "this column is missing"),
    "missing table": QT_TRANSLATE_NOOP("DirectoryLabels", "this file is missing"),
    "missing": QT_TRANSLATE_NOOP("DirectoryLabels", "missing"),
    "more cells than columns": QT_TRANSLATE_NOOP("DirectoryLabels", "more cells than columns"),
    "nested too deeply": QT_TRANSLATE_NOOP("DirectoryLabels", "nested too deeply"),
    "no services in the file": QT_TRANSLATE_NOOP("DirectoryLabels", "no services in the file"),
    "no such location": QT_TRANSLATE_NOOP("DirectoryLabels", "no such location"),
    "no such organization": QT_TRANSLATE_NOOP("DirectoryLabels", "no such organization"),
    "no such service": QT_TRANSLATE_NOOP("DirectoryLabels", "no such service"),
    "not a 24-hour time (HH:MM)": QT_TRANSLATE_NOOP(
        "DirectoryLabels", "not a 24-hour time (HH:MM)"
    ),
    "not a date (YYYY-MM-DD)": QT_TRANSLATE_NOOP("DirectoryLabels", "not a date (YYYY-MM-DD)"),
    "not a number": QT_TRANSLATE_NOOP("DirectoryLabels", "not a number"),
    "not a service record": QT_TRANSLATE_NOOP("DirectoryLabels", "not a service record"),
    "not a valid zip archive": QT_TRANSLATE_NOOP("DirectoryLabels", "not a valid zip archive"),
    "not an HSDS data package": QT_TRANSLATE_NOOP("DirectoryLabels", "not an HSDS data package"),
    "not an HSDS record, list or page": QT_TRANSLATE_NOOP(
        "DirectoryLabels", "not an HSDS record, list or page"
    ),
    "not valid CSV": QT_TRANSLATE_NOOP("DirectoryLabels", "not valid CSV"),
    "not valid JSON": QT_TRANSLATE_NOOP("DirectoryLabels", "not valid JSON"),
    "the file is empty": QT_TRANSLATE_NOOP("DirectoryLabels", "the file is empty"),
    "not allowed by HSDS": QT_TRANSLATE_NOOP("DirectoryLabels", "not allowed by HSDS"),
}
_SHOULD_BE = QT_TRANSLATE_NOOP("DirectoryLabels", "should be of type {type}")
_ROW = QT_TRANSLATE_NOOP("DirectoryLabels", "row {n}")
_LINE = QT_TRANSLATE_NOOP("DirectoryLabels", "line {line}, column {column}")


def import_error(exc: KnownError) -> KnownError:
    """The same import error with its reason and place in the interface language."""
    if exc.code is not ErrorCode.IMPORT_MALFORMED:
        return exc
    params = dict(exc.params)
    reason = str(params.get("reason", ""))
    if reason in REASONS:
        params["reason"] = tr(REASONS[reason])
    elif reason.startswith("should be "):
        params["reason"] = tr(_SHOULD_BE).format(type=reason.removeprefix("should be "))
    where = str(params.get("where", ""))
    where = re.sub(r"\brow (\d+)", lambda m: tr(_ROW).format(n=m.group(1)), where)
    where = re.sub(
        r"\bline (\d+), column (\d+)",
        lambda m: tr(_LINE).format(line=m.group(1), column=m.group(2)),
        where,
    )
    params["where"] = where
    return KnownError(exc.code, **params)
