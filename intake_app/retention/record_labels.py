"""The words of the right-of-access PDF: msgids of the `record` gettext catalog.

The English texts are written here and at the calls in `record_pdf.py`; French (and
any other language a record is asked in) is `resources/catalogs/<lang>/LC_MESSAGES/
record.po`. Kept apart from `record_pdf.py` so that the record's layout and its
vocabulary each stay small; values are plain text (escaped where they are used).
`record_text` and `record_msg` are the extraction keywords of the domain.
"""

from __future__ import annotations

from intake_app.catalogs import Domain, translations


def record_msg(message: str) -> str:
    """Marks a msgid kept in a table, translated where it is printed (`record_text`)."""
    return message


def record_text(lang: str, message: str) -> str:
    """`message` (the English text) in the record's language (English if none ships)."""
    return translations(Domain.RECORD, lang).gettext(message)


def record_label(lang: str, table: dict[str, str], value: str) -> str:
    """An enum value's word from one of the tables below; the value itself if unlisted."""
    return record_text(lang, table[value]) if value in table else value


STATES = {
    "created": record_msg("made"),
    "printed": record_msg("letter printed"),
    "attended": record_msg("attended"),
    "no-show": record_msg("did not go"),
    "declined": record_msg("declined"),
    "closed": record_msg("closed"),
}

SHARES = {
    "name": record_msg("name"),
    "languages": record_msg("languages"),
    "interpreter-needed": record_msg("interpreter needed"),
    "referral-reason": record_msg("reason for referral"),
    "phone": record_msg("phone number"),
}

METHODS = {"verbal": record_msg("verbal"), "written": record_msg("written")}

NAMING = {
    "full-name": record_msg("preferred name + family name"),
    "first-name": record_msg("preferred name only"),
    "initials": record_msg("initials only"),
}

URGENCY = {
    "today": record_msg("today"),
    "this-week": record_msg("this week"),
    "later": record_msg("later"),
}

TRI = {"yes": record_msg("yes"), "no": record_msg("no"), "unknown": record_msg("unknown")}

# The practical barriers, in print order: (field of `Barriers`, label).
BARRIERS = (
    ("no_health_card", record_msg("No health card")),
    ("no_photo_id", record_msg("No photo ID")),
    ("no_proof_of_address", record_msg("No proof of address")),
    ("no_income", record_msg("No income")),
    ("needs_interpreter", record_msg("Needs an interpreter")),
)
