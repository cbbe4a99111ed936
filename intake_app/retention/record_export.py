"""A client's own record as a readable PDF, for a right-of-access request.

Quebec's private-sector privacy law lets a person see the information an organization
holds about them. This is the **only** document Passerelle makes that shows a client's
private fields (barriers, notes, household, contact). The sensitive note is the exception:
it is never exported, so the record only says that one exists. The PDF is made only after the caller
confirms explicitly, only for coordinators, and every export is audited. The PDF's
metadata (title, author, subject) carries the client number only, never the name, and the
default file name is the number too.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from babel.dates import format_date, format_datetime
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from intake_app.domain.audit import Action, AuditEvent
from intake_app.domain.clients import Client
from intake_app.domain.common import Lang
from intake_app.domain.permissions import Permission, require
from intake_app.domain.referrals import Referral, ReferralFilter
from intake_app.domain.taxonomy import term
from intake_app.errors import ErrorCode, KnownError
from intake_app.letters.client_texts import NONE, texts_for
from intake_app.resources import resource_path
from intake_app.retention.record_labels import (
    LABELS,
    METHODS,
    NAMING,
    SHARES,
    STATES,
    URGENCY,
)
from intake_app.vault import accounts_repo, audit, clients_repo, directory_repo, referrals_repo
from intake_app.vault.atomic import atomic_write_bytes
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting

log = logging.getLogger(__name__)

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


@dataclass(frozen=True)
class RecordExport:
    path: Path
    pages: int


def _reading_language(code: str) -> str:
    """ "Ukrainian (uk)" for a language with letter texts, else the code (the record's font
    is DejaVu Sans alone, so the language's own name could print as empty boxes)."""
    if code in ("", NONE):
        return ""
    texts = texts_for(code)
    return f"{texts.english_name} ({code})" if texts is not None else code


def default_file_name(number: str) -> str:
    """The number only: a file name must never carry the client's name."""
    return f"record-{number}.pdf"


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
    to reach the organization to ask for what is withheld."""
    t = LABELS.get(lang, LABELS["en"])
    lang = lang if lang in LABELS else "en"
    names = service_names or {}
    regular, bold = _font()
    base = getSampleStyleSheet()
    body = ParagraphStyle(
        "body", parent=base["BodyText"], fontName=regular, fontSize=10, leading=13
    )
    head = ParagraphStyle(
        "head", parent=base["Heading2"], fontName=bold, fontSize=13, spaceBefore=12, spaceAfter=4
    )
    title = ParagraphStyle("title", parent=base["Title"], fontName=bold, fontSize=16)

    def fmt_date(value: date | None) -> str:
        return (
            format_date(value, "long", locale="fr_CA" if lang == "fr" else "en_CA") if value else ""
        )

    def table(rows: Sequence[Sequence[object]], widths: list[float] | None = None) -> Table:
        data = [[_p(c, body) for c in row] for row in rows]
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

    def tri(value: object) -> str:
        return t.get(str(getattr(value, "value", value)), str(value))

    story: list[object] = [
        _p(t["title"].format(org=org), title),
        _p(t["intro"].format(date=when), body),
        _p(t["identity"], head),
        table(
            [
                [t["number"], client.number],
                [t["given"], client.given_name],
                [t["family"], client.family_name],
                [t["preferred"], client.preferred_name],
                [t["latin"], client.latin_name],
                [t["naming"], NAMING[lang].get(client.naming.value, client.naming.value)],
                [t["birth"], client.birth_year or ""],
                [t["age"], client.age_range],
                [t["languages"], ", ".join(client.languages)],
                [t["letter_lang"], client.letter_language.value],
                [t["reading_lang"], _reading_language(client.reading_language)],
                [t["phone"], client.phone],
                [t["email"], client.email],
                [t["area"], client.area],
                [t["created"], fmt_date(client.created_at)],
                [t["activity"], fmt_date(client.last_activity)],
            ],
            [2.2 * inch, 4.3 * inch],
        ),
        _p(t["barriers"], head),
        table(
            [
                [t[k], tri(getattr(client.barriers, k))]
                for k in (
                    "no_health_card",
                    "no_photo_id",
                    "no_proof_of_address",
                    "no_income",
                    "needs_interpreter",
                )
            ],
            [3.5 * inch, 3.0 * inch],
        ),
        _p(t["needs"], head),
    ]
    if client.needs:
        story.append(
            table(
                [[t["category"], t["urgency"], t["reason"]]]
                + [
                    [_need_label(n.category, lang), URGENCY[lang][n.urgency.value], n.reason]
                    for n in client.needs
                ],
                [1.8 * inch, 1.2 * inch, 3.5 * inch],
            )
        )
    else:
        story.append(_p(t["none"], body))
    story.append(_p(t["consents"], head))
    if client.consents:
        story.append(
            table(
                [[t["shares"], t["with"], t["method"], t["given_on"], t["expires"], t["revoked"]]]
                + [
                    [
                        ", ".join(sorted(SHARES[lang].get(s.value, s.value) for s in c.shares))
                        or t["none"],
                        names.get(c.with_whom, c.with_whom) or t["any_service"],
                        METHODS[lang].get(c.method.value, c.method.value),
                        fmt_date(c.given_on),
                        fmt_date(c.expires_on),
                        fmt_date(c.revoked_on),
                    ]
                    for c in client.consents
                ]
            )
        )
    else:
        story.append(_p(t["none"], body))
    story.append(_p(t["household"], head))
    story.append(
        table([[t["relation"], t["age"]]] + [[m.relation, m.age_range] for m in client.household])
        if client.household
        else _p(t["none"], body)
    )
    story += [_p(t["notes"], head), _p(client.notes or t["none"], body)]
    story.append(_p(t["referrals"], head))
    if referrals:
        for rec in referrals:
            r = rec.referral
            follow = fmt_date(r.follow_up_on)
            outcome = " — ".join(
                x for x in (r.close_reason.value if r.close_reason else "", r.outcome_note) if x
            )
            story.append(
                table(
                    [
                        [t["service"], rec.service_name],
                        [t["reference"], r.code],
                        [t["made_on"], fmt_date(r.created_at)],
                        [t["state"], STATES[lang].get(r.state.value, r.state.value)],
                        [t["follow_up"], follow],
                        [t["outcome"], outcome],
                        [t["letters"], "\n".join(f"{w} · {k}" for w, k in rec.letters)],
                        [t["steps"], "\n".join(f"{w} · {k}" for w, k in rec.steps)],
                    ],
                    [2.2 * inch, 4.3 * inch],
                )
            )
    else:
        story.append(_p(t["none"], body))
    if client.sensitive_note:
        # The sensitive note is never printed or exported, not even here: the person is
        # told it exists and may read it on screen with a coordinator.
        story += [_p(t["sensitive"], head), _p(t["sensitive_exists"], body)]
    story += [
        _p(t["withheld"], head),
        _p(t["withheld_note"].format(org=org or "—", contact=contact), body),
        _p(t["withheld_none"], body),
    ]
    story.append(_p(t["history"], head))
    story.append(
        table(
            [[t["when"], "", t["action"]]] + [list(h) for h in history],
            [2.0 * inch, 2.0 * inch, 2.5 * inch],
        )
        if history
        else _p(t["none"], body)
    )

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


def export_client_record(
    session: VaultSession, client_id: int, dest: Path, *, confirmed: bool, lang: str = ""
) -> RecordExport:
    """Write client `client_id`'s full record to `dest` (after explicit confirmation)."""
    require(session.user, Permission.EXPORT_CLIENT_RECORD)
    if not confirmed:
        raise KnownError(ErrorCode.INVALID_INPUT, field="confirmation", reason="required")
    client = clients_repo.load_client(session.conn, client_id)
    if client is None:
        raise KnownError(ErrorCode.NOT_FOUND, record="client", id=client_id)
    lang = lang or client.letter_language.value
    locale = "fr_CA" if lang == "fr" else "en_CA"
    names = accounts_repo.user_names(session.conn)
    events = audit.events_for_record(session.conn, "client", client.number)
    events += audit.events_for_record(session.conn, "client", str(client.id))
    history = [
        (format_datetime(e.at, "short", locale=locale), names.get(e.user_id or 0, ""), e.action)
        for e in sorted(events, key=lambda e: e.id)
    ]
    org = str(get_setting(session.conn, "org.name"))
    phone = str(get_setting(session.conn, "org.phone"))
    client_events = [*events]
    records = _referral_records(session, client, client_events, lang, locale)
    service_names = {
        c.with_whom: _service_name(session, c.with_whom, lang)
        for c in client.consents
        if c.with_whom
    }
    data, pages = render_record(
        client,
        history,
        org,
        lang,
        format_date(session.clock.now(), "long", locale=locale),
        records,
        service_names,
        f" ({phone})" if phone else "",
    )
    atomic_write_bytes(Path(dest), data)
    with session.write() as conn:
        session.audit(conn, Action.CLIENT_RECORD_EXPORTED, "client", client.number, pages=pages)
    log.info("client record #%d exported (%d pages)", client_id, pages)
    return RecordExport(Path(dest), pages)


def _service_name(session: VaultSession, service_id: str, lang: str) -> str:
    service = directory_repo.load_service(session.conn, service_id)
    return service.name_in(lang) if service is not None else service_id


def _referral_records(
    session: VaultSession,
    client: Client,
    client_events: list[AuditEvent],
    lang: str,
    locale: str,
) -> list[ReferralRecord]:
    """Every referral of the client, with its steps (from the client's audit events) and
    the letters printed or saved for it (from the referral's own events)."""
    t = LABELS.get(lang, LABELS["en"])
    states = STATES.get(lang, STATES["en"])
    assert client.id is not None
    rows = referrals_repo.list_referrals(
        session.conn, ReferralFilter(client_id=client.id, limit=100_000)
    )
    out: list[ReferralRecord] = []
    for row in sorted(rows, key=lambda r: (r.created_at, r.id)):
        referral = referrals_repo.load_referral(session.conn, row.id)
        if referral is None:
            continue
        steps: list[tuple[str, str]] = []
        for e in client_events:
            if e.detail.get("referral_id") != row.id:
                continue
            when = format_datetime(e.at, "short", locale=locale)
            if e.action == Action.REFERRAL_STATE_CHANGED:
                to = str(e.detail.get("to_state", ""))
                steps.append((when, f"{t['state_changed']} {states.get(to, to)}"))
            elif e.action == Action.REFERRAL_UPDATED:
                steps.append((when, t["updated"]))
        letters = [
            (
                format_datetime(e.at, "short", locale=locale),
                t["letter_printed"] if e.action == Action.LETTER_PRINTED else t["letter_saved"],
            )
            for e in audit.events_for_record(session.conn, "referral", row.id)
            if e.action in (Action.LETTER_PRINTED, Action.LETTER_SAVED)
        ]
        out.append(
            ReferralRecord(referral, row.service_name_in(lang), tuple(steps), tuple(letters))
        )
    return out
