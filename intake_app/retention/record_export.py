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

from intake_app.domain.audit import Action
from intake_app.domain.clients import Client
from intake_app.domain.permissions import Permission, require
from intake_app.errors import ErrorCode, KnownError
from intake_app.resources import resource_path
from intake_app.vault import accounts_repo, audit, clients_repo
from intake_app.vault.atomic import atomic_write_bytes
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting

log = logging.getLogger(__name__)

_FONT_CANDIDATES = (
    resource_path("fonts", "DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("C:/Windows/Fonts/arial.ttf"),
)

_LABELS = {
    "en": {
        "title": "Your personal information held by {org}",
        "intro": "This is a copy of everything Passerelle holds about you, made at your "
        "request on {date}.",
        "identity": "Identity and contact",
        "number": "Client number",
        "given": "Given name",
        "family": "Family name",
        "preferred": "Preferred name",
        "naming": "Name on letters",
        "birth": "Birth year",
        "age": "Age range",
        "languages": "Languages",
        "letter_lang": "Letter language",
        "phone": "Phone",
        "email": "E-mail",
        "area": "Area",
        "barriers": "Practical barriers (used only to find services)",
        "no_health_card": "No health card",
        "no_photo_id": "No photo ID",
        "no_proof_of_address": "No proof of address",
        "no_income": "No income",
        "needs_interpreter": "Needs an interpreter",
        "needs": "Needs",
        "category": "Service",
        "urgency": "Urgency",
        "reason": "Reason",
        "consents": "Consents",
        "purpose": "Purpose",
        "shares": "Shared",
        "with": "With",
        "given_on": "Given on",
        "expires": "Expires",
        "revoked": "Revoked",
        "household": "Household",
        "relation": "Relation",
        "notes": "Notes",
        "sensitive": "Sensitive note",
        "sensitive_exists": "A further confidential note exists. It is never printed; ask "
        "to read it with a coordinator.",
        "history": "Who looked at or changed this record",
        "when": "When",
        "action": "Action",
        "created": "Created",
        "activity": "Last activity",
        "none": "(none)",
        "yes": "yes",
        "no": "no",
        "unknown": "unknown",
    },
    "fr": {
        "title": "Vos renseignements personnels détenus par {org}",
        "intro": "Voici une copie de tout ce que Passerelle conserve à votre sujet, faite à "
        "votre demande le {date}.",
        "identity": "Identité et coordonnées",
        "number": "Numéro de dossier",
        "given": "Prénom",
        "family": "Nom de famille",
        "preferred": "Nom d'usage",
        "naming": "Nom sur les lettres",
        "birth": "Année de naissance",
        "age": "Tranche d'âge",
        "languages": "Langues",
        "letter_lang": "Langue des lettres",
        "phone": "Téléphone",
        "email": "Courriel",
        "area": "Secteur",
        "barriers": "Obstacles pratiques (servent seulement à trouver des services)",
        "no_health_card": "Pas de carte d'assurance maladie",
        "no_photo_id": "Pas de pièce d'identité avec photo",
        "no_proof_of_address": "Pas de preuve d'adresse",
        "no_income": "Pas de revenu",
        "needs_interpreter": "Besoin d'un interprète",
        "needs": "Besoins",
        "category": "Service",
        "urgency": "Urgence",
        "reason": "Motif",
        "consents": "Consentements",
        "purpose": "But",
        "shares": "Renseignements partagés",
        "with": "Avec",
        "given_on": "Donné le",
        "expires": "Expire le",
        "revoked": "Retiré le",
        "household": "Ménage",
        "relation": "Lien",
        "notes": "Notes",
        "sensitive": "Note confidentielle",
        "sensitive_exists": "Une note confidentielle existe aussi. Elle n'est jamais "
        "imprimée; demandez à la lire avec la coordination.",
        "history": "Qui a consulté ou modifié ce dossier",
        "when": "Quand",
        "action": "Action",
        "created": "Créé le",
        "activity": "Dernière activité",
        "none": "(aucun)",
        "yes": "oui",
        "no": "non",
        "unknown": "inconnu",
    },
}


@dataclass(frozen=True)
class RecordExport:
    path: Path
    pages: int


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


def render_record(
    client: Client,
    history: list[tuple[str, str, str]],
    org: str,
    lang: str,
    when: str,
) -> tuple[bytes, int]:
    """The PDF bytes and page count. `history` rows are (when, user, action)."""
    t = _LABELS.get(lang, _LABELS["en"])
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
                [t["naming"], client.naming.value],
                [t["birth"], client.birth_year or ""],
                [t["age"], client.age_range],
                [t["languages"], ", ".join(client.languages)],
                [t["letter_lang"], client.letter_language.value],
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
                + [[n.category, n.urgency.value, n.reason] for n in client.needs],
                [1.8 * inch, 1.2 * inch, 3.5 * inch],
            )
        )
    else:
        story.append(_p(t["none"], body))
    story.append(_p(t["consents"], head))
    if client.consents:
        story.append(
            table(
                [[t["purpose"], t["shares"], t["with"], t["given_on"], t["expires"]]]
                + [
                    [
                        c.purpose,
                        ", ".join(sorted(s.value for s in c.shares)),
                        c.with_whom,
                        fmt_date(c.given_on),
                        fmt_date(c.expires_on),
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
    if client.sensitive_note:
        # The sensitive note is never printed or exported, not even here: the person is
        # told it exists and may read it on screen with a coordinator.
        story += [_p(t["sensitive"], head), _p(t["sensitive_exists"], body)]
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
    data, pages = render_record(
        client, history, org, lang, format_date(session.clock.now(), "long", locale=locale)
    )
    atomic_write_bytes(Path(dest), data)
    with session.write() as conn:
        session.audit(conn, Action.CLIENT_RECORD_EXPORTED, "client", client.number, pages=pages)
    log.info("client record #%d exported (%d pages)", client_id, pages)
    return RecordExport(Path(dest), pages)
