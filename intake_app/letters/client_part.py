"""The client's part of the letter again, in the client's reading language.

Printed after the letter's own "for you" box, kept together, so it stays on the same
page when it fits and moves whole to a second page when it does not. It says where,
when, how to present, what to bring, the phone, the reference code and a short note to
the client (the program's words, plus what the caseworker typed in `client_note`).

Right-to-left languages lay out the whole box from the right: the label column, the
accent bar and every line's alignment; phone numbers, web addresses and the reference code
stay left-to-right inside. Each text is wrapped here for right-to-left scripts (see
`scripts.py`), by reportlab for the others (by character for Chinese).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from intake_app.domain.services import AccessMode
from intake_app.letters.allowlist import LetterData
from intake_app.letters.client_formatting import hours_lines
from intake_app.letters.client_texts import ClientTexts, reading_msg
from intake_app.letters.formatting import address_lines
from intake_app.letters.scripts import (
    BY_SCRIPT,
    LATIN,
    FontFace,
    has_rtl,
    keep_ltr,
    ltr_visual,
    markup,
    needs_shaping,
    register,
    rtl_visual,
    width,
    wrap,
)

LABEL_W = 36 * mm
PAD = 10.0
_ACCESS = {
    AccessMode.WALK_IN: reading_msg("You do not need an appointment. Come during opening hours."),
    AccessMode.APPOINTMENT: reading_msg("You need an appointment. Call first."),
    AccessMode.REFERRAL: reading_msg("Show this letter when you arrive."),
}


@dataclass(frozen=True)
class _Kind:
    size: float
    leading: float
    bold: bool
    color: colors.Color = colors.black


ACCENT = colors.HexColor("#1F5C70")
FILL = colors.HexColor("#F4F1E8")  # warmer than the letter's own box: a second language
TITLE = _Kind(11, 15, True, ACCENT)
LABEL = _Kind(9, 12.5, True)
VALUE = _Kind(9, 12.5, False)
NOTE = _Kind(9.5, 13.5, False)


@lru_cache(maxsize=128)
def _style(face: FontFace, kind: _Kind, rtl: bool, shaped: bool, cjk: bool) -> ParagraphStyle:
    extra = 1.15 if face is not LATIN else 1.0  # Arabic, Tamil and Ge'ez stand taller
    register(face)  # the language's own font, parsed when first printed
    return ParagraphStyle(
        f"client-{face.regular}-{kind.size}-{kind.bold}-{rtl}-{shaped}-{cjk}",
        fontName=face.bold if kind.bold else face.regular,
        fontSize=kind.size,
        leading=kind.leading * extra,
        textColor=kind.color,
        alignment=TA_RIGHT if rtl else TA_LEFT,
        wordWrap="CJK" if cjk else None,
        shaping=1 if shaped else 0,
        spaceAfter=0,
    )


class _OnceTable(Table):  # type: ignore[misc]  # reportlab is untyped
    """The box's columns are fixed, so its size depends on the width alone: it is measured
    once, though KeepTogether and then the frame both ask."""

    _measured_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._measured_for != availWidth:
            super().wrap(availWidth, availHeight)
            self._measured_for = availWidth
        self.availWidth = availWidth
        return self._width, self._height


class _Writer:
    """Paragraphs in one language: its font first, its direction, its wrapping."""

    def __init__(self, texts: ClientTexts) -> None:
        self.texts = texts
        self.face = BY_SCRIPT.get(texts.script, LATIN)
        self.rtl = texts.rtl
        self.cjk = texts.script == "Hans"

    def para(self, values: list[str], kind: _Kind, avail: float) -> Paragraph:
        values = [v for v in values if v and v.strip()]
        shaped = any(needs_shaping(v) for v in values)
        style = _style(self.face, kind, self.rtl, shaped, self.cjk)
        if self.rtl:
            # A value with no right-to-left letter (a Latin address, a service's French
            # name) keeps its own order: "4567 avenue du Parc", never "avenue du Parc 4567".
            values = [v if has_rtl(v) else keep_ltr(v) for v in values]
            lines = [
                line
                for v in values
                for line in wrap(
                    v, avail, lambda s: width(s, self.face, kind.size, kind.bold) * 1.02
                )
            ]
            body = "<br/>".join(
                markup(rtl_visual(ln), self.face, kind.bold, shaped) for ln in lines
            )
        else:
            body = "<br/>".join(markup(ltr_visual(v), self.face, kind.bold, shaped) for v in values)
        return Paragraph(body, style)


def _where(data: LetterData) -> list[str]:
    seen: list[str] = []
    for line in (data.service_name, data.location_name, data.letter_address_line):
        if line and line.casefold() not in (s.casefold() for s in seen):
            seen.append(line)
    return seen + address_lines(data.address, data.lang)


def rows(data: LetterData, texts: ClientTexts) -> list[tuple[str, list[str]]]:
    """(label, value lines) of the box, in print order; values may mix scripts."""
    ltr = keep_ltr if texts.rtl else (lambda v: v)
    hours = hours_lines(data.hours, texts) or [
        texts.phrase("Call before you go to check the opening hours.")
    ]
    if data.hours_note:
        hours.append(data.hours_note)
    how = [texts.phrase(_ACCESS[m]) for m in data.access] + [
        texts.phrase("Bring this letter with you.")
    ]
    out: list[tuple[str, list[str]]] = [
        (texts.phrase("Where"), _where(data)),
        (texts.phrase("Opening hours"), hours),
        (texts.phrase("What to do"), how),
    ]
    if data.service_phone:
        out.append((texts.phrase("Phone"), [ltr(data.service_phone)]))
    if data.transit:
        out.append((texts.phrase("Getting there"), [data.transit]))
    if data.service_url:
        out.append((texts.phrase("Website"), [ltr(data.service_url)]))
    out.append((texts.phrase("Reference code"), [ltr(data.reference)]))
    if data.client_note:
        out.append((texts.phrase("A message for you"), [data.client_note]))
    return out


def note_lines(data: LetterData, texts: ClientTexts) -> list[str]:
    lines = [
        texts.phrase("This letter is for you. Take it to the service. Show it when you arrive.")
    ]
    if data.caseworker_phone:
        phone = keep_ltr(data.caseworker_phone) if texts.rtl else data.caseworker_phone
        lines.append(texts.phrase("Questions? Call us: {phone}").format(phone=phone))
    return lines


def client_part(data: LetterData, texts: ClientTexts, box_width: float) -> Flowable:
    """The box in the reading language, kept whole (same page if it fits, else next)."""
    w = _Writer(texts)
    value_w = box_width - LABEL_W
    label_avail = LABEL_W - 2 * PAD
    value_avail = value_w - 2 * PAD
    full_avail = box_width - 2 * PAD
    cells: list[list[object]] = []
    head = [
        w.para([texts.phrase("For you: how to get to the service")], TITLE, full_avail),
        w.para(note_lines(data, texts), NOTE, full_avail),
    ]
    cells.append([head, ""])  # spans both columns
    for label, values in rows(data, texts):
        lab = w.para([label], LABEL, label_avail)
        val = w.para(values, VALUE, value_avail)
        cells.append([val, lab] if texts.rtl else [lab, val])
    widths = [value_w, LABEL_W] if texts.rtl else [LABEL_W, value_w]
    bar = (
        ("LINEAFTER", (-1, 0), (-1, -1), 3, ACCENT)
        if texts.rtl
        else ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT)
    )
    table = _OnceTable(cells, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("BACKGROUND", (0, 0), (-1, -1), FILL),
                bar,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return KeepTogether([Spacer(1, 5 * mm), table])
