"""Turn one `LetterData` into reportlab flowables: letterhead, addressee, body, signature
and the "for you" box the client reads on the way to the service.

Every value is escaped before it enters paragraph markup, and text in a right-to-left
script is put in visual word order here (python-bidi), while reportlab shapes each word
with HarfBuzz so Arabic letters join.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from intake_app.domain.languages import language_list
from intake_app.letters.allowlist import LetterData
from intake_app.letters.client_part import client_part
from intake_app.letters.client_texts import texts_for
from intake_app.letters.formatting import (
    address_lines,
    city_of,
    hours_lines,
    join_list,
    place_and_date,
)
from intake_app.letters.scripts import LATIN, has_rtl, logical_words, markup, wrap
from intake_app.letters.scripts import width as width_of
from intake_app.letters.texts import access_text, need_label, ntext, text

ACCENT = colors.HexColor("#1F5C70")
MUTED = colors.HexColor("#55606A")
BOX_FILL = colors.HexColor("#EEF4F6")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    org: ParagraphStyle
    label: ParagraphStyle
    strong: ParagraphStyle
    subject: ParagraphStyle
    box_title: ParagraphStyle
    box_label: ParagraphStyle
    box_value: ParagraphStyle


def make_styles(regular: str, bold: str) -> Styles:
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=14, spaceAfter=5)
    small = ParagraphStyle(
        "small", parent=body, fontSize=8.5, leading=11.5, spaceAfter=0, textColor=MUTED
    )
    return Styles(
        body=body,
        small=small,
        small_right=ParagraphStyle("small_right", parent=small, alignment=TA_RIGHT),
        org=ParagraphStyle(
            "org",
            parent=body,
            fontName=bold,
            fontSize=15,
            leading=19,
            spaceAfter=2,
            textColor=ACCENT,
        ),
        label=ParagraphStyle(
            "label", parent=small, fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=1
        ),
        strong=ParagraphStyle("strong", parent=body, fontName=bold, spaceAfter=0),
        subject=ParagraphStyle("subject", parent=body, fontName=bold, spaceBefore=2, spaceAfter=8),
        box_title=ParagraphStyle(
            "box_title", parent=body, fontName=bold, fontSize=11, textColor=ACCENT, spaceAfter=4
        ),
        box_label=ParagraphStyle(
            "box_label", parent=body, fontName=bold, fontSize=9, leading=12, spaceAfter=0
        ),
        box_value=ParagraphStyle("box_value", parent=body, fontSize=9, leading=12, spaceAfter=0),
    )


def visual(value: str) -> str:
    """Right-to-left runs in visual word order, each word still in logical order.

    python-bidi reorders the whole string; each right-to-left word is then turned back
    to logical order so that HarfBuzz (through reportlab) can shape and mirror it.
    """
    if not has_rtl(value):
        return value
    return logical_words(get_display(value, base_dir="L"))


def esc(value: str) -> str:
    """A value ready for paragraph markup: visual order, XML-escaped, and each run of a
    script DejaVu lacks (Chinese, Tamil, Ge'ez…) in a shipped font that has it, so nothing
    prints as an empty box."""
    shown = visual(value)
    return markup(shown, LATIN, separate=_needs_shaping(shown))


def _needs_shaping(markup: str) -> bool:
    """Scripts whose letters change shape or order (Arabic, Hebrew, Indic…) need HarfBuzz.

    Latin, Greek and Cyrillic are left unshaped: HarfBuzz would apply the font's
    ligatures ("st") to ordinary French words.
    """
    for ch in markup:
        o = ord(ch)
        if o >= 0x0590 and not (0x1E00 <= o <= 0x1EFF or 0x2000 <= o <= 0x2BFF):
            return True
    return False


def para(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph, shaped with HarfBuzz only when its text needs it."""
    if _needs_shaping(markup):
        return Paragraph(markup, ParagraphStyle(style.name + "-shaped", parent=style, shaping=1))
    return Paragraph(markup, style)


def nobreak(value: str) -> str:
    """A phone number or code kept on one line."""
    return esc(value.replace(" ", "\u00a0"))


def _lines(values: list[str], avail: float = 0.0, style: ParagraphStyle | None = None) -> str:
    """Values one per line. With the width they print in, a value in a right-to-left
    script is wrapped here, in reading order, and each line put in visual order by itself:
    reordering a whole long value first would print its end on the first line."""
    out: list[str] = []
    size = style.fontSize if style is not None else 0.0
    bold = style is not None and style.fontName.endswith("Bold")

    def measure(t: str) -> float:
        return width_of(t, LATIN, size, bold) * 1.02

    for v in values:
        if not v:
            continue
        if avail and style is not None and has_rtl(v):
            out += [esc(line) for line in wrap(v, avail, measure)]
        else:
            out.append(esc(v))
    return "<br/>".join(out)


class FooterMarker(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-size flowable that tells the page template which footer to draw."""

    def __init__(self, footer: str) -> None:
        super().__init__()
        self.footer = footer
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._passerelle_footer = self.footer


class QrCode(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The reference code (and nothing else) as a QR code, drawn as filled runs.

    `qrcode` computes the matrix; drawing one rectangle per dark run of a row keeps a
    batch of 500 letters fast (reportlab's widget builds a shape per module).
    """

    def __init__(self, data: str, size: float) -> None:
        import qrcode  # only letters with the QR code option need it
        import qrcode.constants

        super().__init__()
        code = qrcode.QRCode(
            border=0, error_correction=qrcode.constants.ERROR_CORRECT_M, mask_pattern=2
        )
        code.add_data(data)
        code.make(fit=True)
        self.matrix: list[list[bool]] = code.get_matrix()
        self.size = size
        self.hAlign = "RIGHT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        n = len(self.matrix)
        cell = self.size / n
        path = self.canv.beginPath()
        for row, bits in enumerate(self.matrix):
            y = self.size - (row + 1) * cell
            col = 0
            while col < n:
                if bits[col]:
                    start = col
                    while col < n and bits[col]:
                        col += 1
                    path.rect(start * cell, y, (col - start) * cell, cell)
                else:
                    col += 1
        self.canv.drawPath(path, stroke=0, fill=1)


def _logo(png: bytes, max_w: float, max_h: float) -> Image | None:
    if not png:
        return None
    try:
        img = Image(io.BytesIO(png))
    except Exception:
        return None
    scale = min(max_w / img.imageWidth, max_h / img.imageHeight)
    img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
    return img


def letterhead(data: LetterData, st: Styles, width: float) -> list[Flowable]:
    head = data.letterhead
    contact = [p for p in (head.phone, head.email) if p]
    right = [para(esc(head.name), st.org)]
    address = [line.strip() for line in head.address.splitlines() if line.strip()]
    line = "  ·  ".join(esc(p) for p in [", ".join(address), *contact] if p)
    if line:
        right.append(para(line, st.small))
    logo = _logo(head.logo_png, 38 * mm, 20 * mm)
    if logo is not None:
        cells = [[logo, right]]
        widths = [logo.drawWidth + 6 * mm, width - logo.drawWidth - 6 * mm]
    else:
        cells, widths = [[right]], [width]
    table = Table(cells, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        table,
        Spacer(1, 3 * mm),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT),
        Spacer(1, 6 * mm),
    ]


def _distinct(lines: list[str]) -> list[str]:
    """Drop empty and repeated lines (a location is often named after its organization)."""
    seen: list[str] = []
    for line in lines:
        if line and line.casefold() not in (s.casefold() for s in seen):
            seen.append(line)
    return seen


def addressee_and_reference(data: LetterData, st: Styles, width: float, qr: bool) -> list[Flowable]:
    lang = data.lang
    to = [
        Paragraph(escape(text(lang, "To")).upper(), st.label),
        para(_lines([data.service_name], width * 0.6, st.strong), st.strong),
    ]
    extra = _distinct([data.organization_name, data.location_name, data.letter_address_line])
    extra += address_lines(data.address, lang)
    to.append(para(_lines(extra, width * 0.6, st.body), st.body))
    when = place_and_date(city_of(data.letterhead.address), data.date, lang)
    ref_cell: list[Flowable] = [
        Paragraph(
            escape(when), ParagraphStyle("d", parent=st.body, alignment=TA_RIGHT, spaceAfter=2)
        ),
        Paragraph(
            escape(text(lang, "Reference: {reference}").format(reference=data.reference)),
            ParagraphStyle("r", parent=st.strong, alignment=TA_RIGHT),
        ),
    ]
    if qr:
        ref_cell += [Spacer(1, 2 * mm), QrCode(data.reference, 20 * mm)]
    table = Table([[to, ref_cell]], colWidths=[width * 0.6, width * 0.4])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table, Spacer(1, 5 * mm)]


def body(data: LetterData, st: Styles) -> list[Flowable]:
    """Subject, salutation, the introduction, what the service should know, how to reach
    the caseworker, and the signature — in the letter's language."""
    lang = data.lang
    out: list[Flowable] = [
        Paragraph(escape(text(lang, "Re: Referral to your services")), st.subject),
        Paragraph(escape(text(lang, "Dear colleagues,")), st.body),
        para(_introduction(data), st.body),
    ]
    if data.reason:
        out.append(para(text(lang, "Details: {reason}").format(reason=esc(data.reason)), st.body))
    if spoken := _spoken(data):
        out.append(para(escape(spoken), st.body))
    if data.person_phone:
        out.append(
            para(
                text(lang, "You can reach this person at {phone}.").format(
                    phone=nobreak(data.person_phone)
                ),
                st.body,
            )
        )
    out.append(
        para(
            text(
                lang,
                "If you have any questions about this referral, please do not hesitate to "
                "contact me{how}, quoting reference {reference}.",
            ).format(how=_how_to_reach(data), reference=nobreak(data.reference)),
            st.body,
        )
    )
    # One paragraph per line: the English letter closes in two, the French in one.
    # L10N: each line is a paragraph of the closing; the French formula is one.
    closing = text(lang, "Thank you for the welcome you will give this person.\nSincerely,")
    out += [Paragraph(escape(line), st.body) for line in closing.splitlines()]
    out += [Spacer(1, 7 * mm), para(_signature(data), st.body)]
    return out


def _introduction(data: LetterData) -> str:
    """Who is introduced, by which organization, for which needs (one, several or none
    the letter names), the program when there is one, and the welcome — as markup."""
    lang = data.lang
    needs = [n for n in (need_label(c, lang) for c in data.need_categories) if n]
    template = (
        ntext(
            lang,
            "We are supporting <b>{name}</b> at {org} and are referring this person to your "
            "service for the following need: {needs}.",
            "We are supporting <b>{name}</b> at {org} and are referring this person to your "
            "service for the following needs: {needs}.",
            len(needs),
        )
        if needs
        else text(
            lang,
            "We are supporting <b>{name}</b> at {org} and are referring this person to your "
            "service.",
        )
    )
    intro = template.format(
        name=esc(data.client_name),
        org=esc(data.letterhead.name) or "—",
        needs=esc(join_list(needs, lang)),
    )
    if data.program_name:
        intro += " " + text(lang, "This referral is for your program “{program}”.").format(
            program=esc(data.program_name)
        )
    return intro + " " + escape(text(lang, "We would be grateful if you could welcome them."))


def _spoken(data: LetterData) -> str:
    """The languages the person speaks and whether an interpreter is needed: plain text,
    empty when the letter says neither."""
    lang = data.lang
    spoken = []
    if data.languages:
        spoken.append(
            text(lang, "Languages spoken: {languages}.").format(
                languages=language_list(data.languages, lang)
            )
        )
    if data.interpreter_needed:
        spoken.append(text(lang, "An interpreter would be helpful at the meeting."))
    return " ".join(spoken)


def _how_to_reach(data: LetterData) -> str:
    """The caseworker's phone and e-mail, whichever the letter has, as markup."""
    lang = data.lang
    phone, email = data.caseworker_phone, data.caseworker_email
    if phone and email:
        how = text(lang, " at {phone} or {email}")
    elif phone:
        how = text(lang, " at {phone}")
    else:
        how = text(lang, " at {email}") if email else ""
    return how.format(phone=nobreak(phone), email=esc(email))


def _signature(data: LetterData) -> str:
    """The caseworker's name in bold, the signature line and the organization, one a line."""
    sign = [
        esc(data.caseworker_name) and f"<b>{esc(data.caseworker_name)}</b>",
        esc(data.letterhead.signature_line),
        esc(data.letterhead.name) or "—",
    ]
    return "<br/>".join(s for s in sign if s)


def client_box(data: LetterData, st: Styles, width: float) -> Flowable:
    lang = data.lang
    where = [
        *_distinct([data.service_name, data.location_name, data.letter_address_line]),
        *address_lines(data.address, lang),
    ]
    hours = hours_lines(data.hours, lang)
    when = (
        _lines(hours)
        if hours
        else escape(text(lang, "Call before you go to check the opening hours."))
    )
    if data.hours_note:
        when += "<br/>" + esc(data.hours_note)
    how = [access_text(lang, m) for m in data.access] + [text(lang, "Bring this letter with you.")]
    rows: list[tuple[str, str]] = [
        (text(lang, "Where to go"), _lines(where, width - 36 * mm - 20, st.box_value)),
        (text(lang, "Opening hours"), when),
        (text(lang, "How to get in"), "<br/>".join(escape(h) for h in how)),
    ]
    if data.service_phone:
        rows.append((text(lang, "Phone"), nobreak(data.service_phone)))
    if data.transit:
        rows.append((text(lang, "Getting there"), esc(data.transit)))
    if data.service_url:
        rows.append((text(lang, "Website"), esc(data.service_url)))
    cells = [
        [Paragraph(escape(text(lang, "For you: how to get to the service")), st.box_title), ""]
    ]
    cells += [[Paragraph(escape(k), st.box_label), para(v, st.box_value)] for k, v in rows]
    label_w = 36 * mm
    table = Table(cells, colWidths=[label_w, width - label_w])
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("BACKGROUND", (0, 0), (-1, -1), BOX_FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return KeepTogether([Spacer(1, 6 * mm), table])


def letter_story(data: LetterData, st: Styles, width: float, qr: bool) -> list[Flowable]:
    footer = text(data.lang, "Handed to the person concerned · Ref. {reference}").format(
        reference=data.reference
    )
    story: list[Flowable] = [FooterMarker(footer)]
    story += letterhead(data, st, width)
    story += addressee_and_reference(data, st, width, qr)
    story += body(data, st)
    story.append(client_box(data, st, width))
    reading = texts_for(data.reading_language)
    if reading is not None:
        story.append(client_part(data, reading, width))
    return story
