"""The right-of-access record laid out as a PDF: one function per section of the copy.

Only `record_export.export_client_record` calls it, after the coordinator confirmed; the
words are the `record` catalog (`record_labels.py`), the values the client's own fields,
escaped here. The PDF's metadata carries the client number only, never the name.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from babel.dates import format_date
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from intake_app.domain.clients import Client
from intake_app.domain.common import Lang
from intake_app.domain.languages import babel_locale
from intake_app.domain.referrals import Referral
from intake_app.domain.taxonomy import term
from intake_app.letters.client_texts import NONE, texts_for
from intake_app.resources import resource_path
from intake_app.retention.record_labels import (
    BARRIERS,
    METHODS,
    NAMING,
    SHARES,
    STATES,
    TRI,
    URGENCY,
    record_label,
    record_msg,
    record_text,
)

_FONT_CANDIDATES = (
    resource_path("fonts", "DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("C:/Windows/Fonts/arial.ttf"),
)


@dataclass(frozen=True)
class ReferralRecord:
    """One referral as the person's copy shows it: the service, when, where it stands,
    its follow-up and outcome, and the letters printed for it (date, how)."""

    referral: Referral
    service_name: str
    steps: tuple[tuple[str, str], ...] = ()  # (when, what happened)
    letters: tuple[tuple[str, str], ...] = ()  # (when, printed or saved)


def _reading_language(code: str) -> str:
    """ "Ukrainian (uk)" for a language with letter texts, else the code (the record's font
    is DejaVu Sans alone, so the language's own name could print as empty boxes)."""
    if code in ("", NONE):
        return ""
    texts = texts_for(code)
    return f"{texts.english_name} ({code})" if texts is not None else code


def _font() -> tuple[str, str]:
    for candidate in _FONT_CANDIDATES:
        if candidate.exists():
            name = "PasserelleRecord"
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(candidate)))
            return name, name
    return "Helvetica", "Helvetica-Bold"


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def _need_label(code: str, lang: str) -> str:
    try:
        return term(code).label(Lang.FR if lang == "fr" else Lang.EN)
    except KeyError:
        return code


@dataclass(frozen=True)
class _Page:
    """What every section of the record is written with: its language and its styles."""

    lang: str
    body: ParagraphStyle
    head: ParagraphStyle
    title: ParagraphStyle

    @classmethod
    def make(cls, lang: str) -> _Page:
        regular, bold = _font()
        base = getSampleStyleSheet()
        return cls(
            lang,
            ParagraphStyle(
                "body", parent=base["BodyText"], fontName=regular, fontSize=10, leading=13
            ),
            ParagraphStyle(
                "head",
                parent=base["Heading2"],
                fontName=bold,
                fontSize=13,
                spaceBefore=12,
                spaceAfter=4,
            ),
            ParagraphStyle("title", parent=base["Title"], fontName=bold, fontSize=16),
        )

    def date(self, value: date | None) -> str:
        locale = babel_locale(self.lang)
        return format_date(value, "long", locale=locale) if value else ""

    def heading(self, message: str) -> Paragraph:
        return _p(message, self.head)

    def text(self, value: object) -> Paragraph:
        return _p(value, self.body)

    def none(self) -> Paragraph:
        return self.text(record_text(self.lang, "(none)"))

    def table(self, rows: Sequence[Sequence[object]], widths: list[float] | None = None) -> Table:
        data = [[_p(c, self.body) for c in row] for row in rows]
        tbl = Table(data, colWidths=widths, hAlign="LEFT")
        tbl.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#cccccc"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return tbl


_LABEL_COLUMNS = [2.2 * inch, 4.3 * inch]


def _identity(page: _Page, client: Client) -> list[object]:
    lang = page.lang
    rows: list[list[object]] = [
        [record_text(lang, "Client number"), client.number],
        [record_text(lang, "Given name"), client.given_name],
        [record_text(lang, "Family name"), client.family_name],
        [record_text(lang, "Preferred name"), client.preferred_name],
        [record_text(lang, "Name in Latin letters"), client.latin_name],
        [record_text(lang, "Name on letters"), record_label(lang, NAMING, client.naming.value)],
        [record_text(lang, "Birth year"), client.birth_year or ""],
        [record_text(lang, "Age range"), client.age_range],
        [record_text(lang, "Languages"), ", ".join(client.languages)],
        [record_text(lang, "Letter language"), client.letter_language.value],
        [
            record_text(lang, "Also printed for the person in"),
            _reading_language(client.reading_language),
        ],
        [record_text(lang, "Phone"), client.phone],
        [record_text(lang, "E-mail"), client.email],
        [record_text(lang, "Area"), client.area],
        [record_text(lang, "Created"), page.date(client.created_at)],
        [record_text(lang, "Last activity"), page.date(client.last_activity)],
    ]
    return [
        page.heading(record_text(lang, "Identity and contact")),
        page.table(rows, _LABEL_COLUMNS),
    ]


def _barriers(page: _Page, client: Client) -> list[object]:
    lang = page.lang

    def tri(value: object) -> str:
        return record_label(lang, TRI, str(getattr(value, "value", value)))

    rows = [
        [record_text(lang, label), tri(getattr(client.barriers, field))]
        for field, label in BARRIERS
    ]
    return [
        page.heading(record_text(lang, "Practical barriers (used only to find services)")),
        page.table(rows, [3.5 * inch, 3.0 * inch]),
    ]


def _needs(page: _Page, client: Client) -> list[object]:
    lang = page.lang
    head = page.heading(record_text(lang, "Needs"))
    if not client.needs:
        return [head, page.none()]
    rows: list[list[object]] = [
        [record_text(lang, "Service"), record_text(lang, "Urgency"), record_text(lang, "Reason")]
    ]
    rows += [
        [_need_label(n.category, lang), record_label(lang, URGENCY, n.urgency.value), n.reason]
        for n in client.needs
    ]
    return [head, page.table(rows, [1.8 * inch, 1.2 * inch, 3.5 * inch])]


def _consents(page: _Page, client: Client, names: dict[str, str]) -> list[object]:
    lang = page.lang
    head = page.heading(record_text(lang, "Consents"))
    if not client.consents:
        return [head, page.none()]
    columns = (
        record_msg("Shared"),
        record_msg("With"),
        record_msg("How"),
        record_msg("Given on"),
        record_msg("Expires"),
        record_msg("Revoked"),
    )
    rows: list[list[object]] = [[record_text(lang, c) for c in columns]]
    for c in client.consents:
        shares = ", ".join(sorted(record_label(lang, SHARES, s.value) for s in c.shares))
        rows.append(
            [
                shares or record_text(lang, "(none)"),
                names.get(c.with_whom, c.with_whom)
                or record_text(lang, "any service you are referred to"),
                record_label(lang, METHODS, c.method.value),
                page.date(c.given_on),
                page.date(c.expires_on),
                page.date(c.revoked_on),
            ]
        )
    return [head, page.table(rows)]


def _household(page: _Page, client: Client) -> list[object]:
    lang = page.lang
    head = page.heading(record_text(lang, "Household"))
    if not client.household:
        return [head, page.none()]
    rows: list[list[object]] = [[record_text(lang, "Relation"), record_text(lang, "Age range")]]
    rows += [[m.relation, m.age_range] for m in client.household]
    return [head, page.table(rows)]


def _referral_table(page: _Page, rec: ReferralRecord) -> Table:
    lang, r = page.lang, rec.referral
    outcome = " — ".join(
        x for x in (r.close_reason.value if r.close_reason else "", r.outcome_note) if x
    )
    rows = [
        [record_text(lang, "Service"), rec.service_name],
        [record_text(lang, "Reference"), r.code],
        [record_text(lang, "Made on"), page.date(r.created_at)],
        [record_text(lang, "State"), record_label(lang, STATES, r.state.value)],
        [record_text(lang, "Follow-up"), page.date(r.follow_up_on)],
        [record_text(lang, "Outcome"), outcome],
        [record_text(lang, "Letters printed"), "\n".join(f"{w} · {k}" for w, k in rec.letters)],
        [record_text(lang, "What happened"), "\n".join(f"{w} · {k}" for w, k in rec.steps)],
    ]
    return page.table(rows, _LABEL_COLUMNS)


def _referrals(page: _Page, referrals: Sequence[ReferralRecord]) -> list[object]:
    head = page.heading(record_text(page.lang, "Referrals"))
    if not referrals:
        return [head, page.none()]
    return [head, *(_referral_table(page, rec) for rec in referrals)]


def _withheld(page: _Page, client: Client, org: str, contact: str) -> list[object]:
    lang = page.lang
    out: list[object] = []
    if client.sensitive_note:
        # The sensitive note is never printed or exported, not even here: the person is
        # told it exists and may read it on screen with a coordinator.
        out += [
            page.heading(record_text(lang, "Sensitive note")),
            page.text(
                record_text(
                    lang,
                    "A further confidential note exists. It is never printed; ask to read it "
                    "with a coordinator.",
                )
            ),
        ]
    note = record_text(
        lang,
        "The confidential note, if one exists, is never printed or copied, not even here. "
        "You may read it on screen with a coordinator: ask {org}{contact}.",
    )
    return [
        *out,
        page.heading(record_text(lang, "What this copy does not include")),
        page.text(note.format(org=org or "—", contact=contact)),
        page.text(
            record_text(lang, "Nothing else Passerelle holds about you is left out of this copy.")
        ),
    ]


def _history(page: _Page, history: list[tuple[str, str, str]]) -> list[object]:
    lang = page.lang
    head = page.heading(record_text(lang, "Who looked at or changed this record"))
    if not history:
        return [head, page.none()]
    rows: list[list[object]] = [[record_text(lang, "When"), "", record_text(lang, "Action")]]
    rows += [list(h) for h in history]
    return [head, page.table(rows, [2.0 * inch, 2.0 * inch, 2.5 * inch])]


def render_record(
    client: Client,
    history: list[tuple[str, str, str]],
    org: str,
    lang: str,
    when: str,
    referrals: Sequence[ReferralRecord] = (),
    service_names: dict[str, str] | None = None,
    contact: str = "",
) -> tuple[bytes, int]:
    """The PDF bytes and page count. `history` rows are (when, user, action);
    `service_names` names the services consents were given for (by id); `contact` is how
    to reach the organization to ask for what is withheld. A language with no `record`
    catalog gets the English record."""
    page = _Page.make(lang)
    story: list[object] = [
        _p(
            record_text(lang, "Your personal information held by {org}").format(org=org), page.title
        ),
        page.text(
            record_text(
                lang,
                "This is a copy of everything Passerelle holds about you, made at your "
                "request on {date}.",
            ).format(date=when)
        ),
        *_identity(page, client),
        *_barriers(page, client),
        *_needs(page, client),
        *_consents(page, client, service_names or {}),
        *_household(page, client),
        page.heading(record_text(lang, "Notes")),
        page.text(client.notes or record_text(lang, "(none)")),
        *_referrals(page, referrals),
        *_withheld(page, client, org, contact),
        *_history(page, history),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=0.9 * inch,
        rightMargin=0.9 * inch,
        title=f"Client record {client.number}",
        author=org,
        subject="Right of access",
        creator="Passerelle",
    )
    doc.build(story)
    return buffer.getvalue(), doc.page
