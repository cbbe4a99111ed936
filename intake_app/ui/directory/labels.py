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
    "row-without-id": QT_TRANSLATE_NOOP(
        "DirectoryLabels", "Rows without an id where none is needed, kept"
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


def reason_label(reason: str) -> str:
    if reason in REASONS:
        return tr(REASONS[reason])
    if reason.startswith("should be "):
        return tr(_SHOULD_BE).format(type=reason.removeprefix("should be "))
    return reason


def action_label(action: str) -> str:
    return tr(ACTIONS[action]) if action in ACTIONS else action


def record_label(record: str) -> str:
    return tr(RECORDS[record]) if record in RECORDS else record


def field_label(field: str) -> str:
    return tr(FIELDS[field]) if field in FIELDS else field


def place_label(where: str) -> str:
    where = re.sub(r"\brow (\d+)", lambda m: tr(_ROW).format(n=m.group(1)), where)
    return re.sub(
        r"\bline (\d+), column (\d+)",
        lambda m: tr(_LINE).format(line=m.group(1), column=m.group(2)),
        where,
    )


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
    "empty id": QT_TRANSLATE_NOOP("DirectoryLabels", "no id"),
    "unknown language": QT_TRANSLATE_NOOP("DirectoryLabels", "a language we do not recognise"),
    "damaged zip archive": QT_TRANSLATE_NOOP(
        "DirectoryLabels", "the archive is damaged or lies about its contents"
    ),
    "unsupported zip archive": QT_TRANSLATE_NOOP(
        "DirectoryLabels", "the archive is encrypted or compressed in an unknown way"
    ),
    "not readable text": QT_TRANSLATE_NOOP("DirectoryLabels", "not readable text"),
    "not a file": QT_TRANSLATE_NOOP("DirectoryLabels", "not a file"),
}
ACTIONS = {
    "skipped": QT_TRANSLATE_NOOP("DirectoryLabels", "left out"),
    "repaired": QT_TRANSLATE_NOOP("DirectoryLabels", "repaired, kept"),
}
RECORDS = {
    "service": QT_TRANSLATE_NOOP("DirectoryLabels", "service"),
    "organization": QT_TRANSLATE_NOOP("DirectoryLabels", "organization"),
    "location": QT_TRANSLATE_NOOP("DirectoryLabels", "location"),
    "phone": QT_TRANSLATE_NOOP("DirectoryLabels", "phone"),
    "language": QT_TRANSLATE_NOOP("DirectoryLabels", "language"),
    "schedule": QT_TRANSLATE_NOOP("DirectoryLabels", "opening hours"),
    "holiday_schedule": QT_TRANSLATE_NOOP("DirectoryLabels", "holiday hours"),
    "service_at_location": QT_TRANSLATE_NOOP("DirectoryLabels", "service at a location"),
    "taxonomy_term": QT_TRANSLATE_NOOP("DirectoryLabels", "taxonomy term"),
    "program": QT_TRANSLATE_NOOP("DirectoryLabels", "program"),
    "taxonomy": QT_TRANSLATE_NOOP("DirectoryLabels", "taxonomy"),
}
# Service fields as the coordinator knows them (conflicts, "take upstream").
FIELDS = {
    "name": QT_TRANSLATE_NOOP("DirectoryLabels", "Name"),
    "description": QT_TRANSLATE_NOOP("DirectoryLabels", "Description"),
    "organization": QT_TRANSLATE_NOOP("DirectoryLabels", "Organization"),
    "categories": QT_TRANSLATE_NOOP("DirectoryLabels", "Categories"),
    "audiences": QT_TRANSLATE_NOOP("DirectoryLabels", "Audiences"),
    "languages": QT_TRANSLATE_NOOP("DirectoryLabels", "Languages"),
    "phones": QT_TRANSLATE_NOOP("DirectoryLabels", "Phones"),
    "locations": QT_TRANSLATE_NOOP("DirectoryLabels", "Locations"),
    "hours": QT_TRANSLATE_NOOP("DirectoryLabels", "Hours"),
    "email": QT_TRANSLATE_NOOP("DirectoryLabels", "E-mail"),
    "url": QT_TRANSLATE_NOOP("DirectoryLabels", "Website"),
    "active": QT_TRANSLATE_NOOP("DirectoryLabels", "Active"),
    "eligibility": QT_TRANSLATE_NOOP("DirectoryLabels", "Eligibility"),
    "access": QT_TRANSLATE_NOOP("DirectoryLabels", "How to get in"),
    "required_documents": QT_TRANSLATE_NOOP("DirectoryLabels", "Documents asked for"),
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
