"""Referral letters as PDF (reportlab): one PDF with a page (or more) per letter, or one
PDF per letter.

Only `LetterData` reaches this module; it never sees a client record. The PDF's metadata
holds nothing personal: the title is "Referral letter" with the reference code (designed
to carry no personal data), the author is the program, and there are no keywords beyond
the word "referral". Fonts (DejaVu Sans, and Noto Sans Arabic, Ethiopic and Tamil and Droid
Sans Fallback for the other scripts — `scripts.py`, shipped under `resources/fonts/`) are
each registered once per process, when a letter first prints with it, and embedded, so
accents and non-Latin names print everywhere.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

from intake_app.domain.common import Lang
from intake_app.errors import ErrorCode, KnownError
from intake_app.letters.allowlist import LetterData
from intake_app.letters.compose import MUTED, Styles, letter_story, make_styles
from intake_app.letters.fonts import CachedTTFont, only_common_characters, seed_document
from intake_app.letters.options import PaperSize as PaperSize
from intake_app.letters.options import RenderOptions as RenderOptions
from intake_app.letters.printed import require_cleared
from intake_app.letters.scripts import LATIN
from intake_app.letters.scripts import register_fonts as register_fonts
from intake_app.letters.texts import text

log = logging.getLogger(__name__)

REGULAR = LATIN.regular
BOLD = LATIN.bold
AUTHOR = "Passerelle"


_PAGE = {PaperSize.LETTER: LETTER, PaperSize.A4: A4}


def _footer(canvas: Any, doc: Any) -> None:
    footer = getattr(canvas, "_passerelle_footer", "")
    if not footer:
        return
    canvas.saveState()
    canvas.setFont(REGULAR, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(doc.pagesize[0] / 2, 10 * mm, footer)
    canvas.restoreState()


class _LetterDocument(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """The letter template; each document starts its embedded fonts with the common
    characters, so their font programs are reused from one letter to the next."""

    seed_fonts = False

    def beforeDocument(self) -> None:
        if not self.seed_fonts:
            return
        for name in (REGULAR, BOLD):
            font = pdfmetrics.getFont(name)
            if isinstance(font, CachedTTFont):
                seed_document(font, self.canv._doc)


class LetterRenderer:
    """Renders letters with fixed options; build one and reuse it for a batch."""

    def __init__(self, options: RenderOptions | None = None) -> None:
        self.options = options or RenderOptions()
        self._styles: Styles = make_styles(*register_fonts())
        self.pagesize = _PAGE[self.options.paper]
        self.margin_x = 22 * mm
        self.width = self.pagesize[0] - 2 * self.margin_x

    def _document(self, out: io.BytesIO, letters: Sequence[LetterData]) -> BaseDocTemplate:
        lang = letters[0].lang if letters else Lang.EN
        if len(letters) == 1:
            title = text(lang, "Referral letter {reference}").format(reference=letters[0].reference)
        else:
            title = text(lang, "Referral letter")
        doc = _LetterDocument(
            out,
            pagesize=self.pagesize,
            leftMargin=self.margin_x,
            rightMargin=self.margin_x,
            topMargin=16 * mm,
            bottomMargin=18 * mm,
            title=title,
            author=AUTHOR,
            subject=text(lang, "Referral letter"),
            keywords="referral",
            creator=AUTHOR,
            lang=lang.value,
            initialFontName=REGULAR,
        )
        frame = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="letter", frames=[frame], onPageEnd=_footer)])
        doc.seed_fonts = only_common_characters(letters)
        return doc

    def render(
        self,
        letters: Sequence[LetterData],
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        preview: bool = False,
    ) -> bytes:
        """One PDF holding every letter, each starting on a new page.

        Every letter passes the leak guard over all its printed text first and is refused
        (`LETTER_LEAK_WARNING`) while it has finds the caseworker did not confirm — except
        for an on-screen `preview`, which shows the caseworker what would print.
        """
        if not letters:
            raise KnownError(ErrorCode.INVALID_INPUT, field="letters", reason="none chosen")
        if not preview:
            for data in letters:
                require_cleared(data)
        out = io.BytesIO()
        doc = self._document(out, letters)
        story: list[Any] = []
        total = len(letters)
        for i, data in enumerate(letters):
            if cancelled is not None and cancelled():
                raise KnownError(ErrorCode.CANCELLED)
            if i:
                story.append(PageBreak())
            story += letter_story(data, self._styles, self.width, self.options.qr_code)
            if progress is not None:
                progress(0.5 * (i + 1) / total)
        doc.setProgressCallBack(_layout_progress(progress, cancelled))
        doc.build(story)
        if progress is not None:
            progress(1.0)
        log.debug("rendered %d letter(s), %d bytes", total, out.tell())
        return out.getvalue()

    def render_each(
        self,
        letters: Sequence[LetterData],
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[bytes]:
        """One PDF per letter, in the given order."""
        result: list[bytes] = []
        for i, data in enumerate(letters):
            if cancelled is not None and cancelled():
                raise KnownError(ErrorCode.CANCELLED)
            result.append(self.render([data]))
            if progress is not None:
                progress((i + 1) / len(letters))
        return result


def _layout_progress(
    progress: Callable[[float], None] | None, cancelled: Callable[[], bool] | None
) -> Callable[[str, int], None]:
    """reportlab's layout callback as the second half of the progress bar, and the point
    where a long batch stops when cancelled (nothing has been written anywhere yet)."""
    total = [1]

    def on_layout(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            total[0] = max(int(value), 1)
        elif kind == "PROGRESS":
            if cancelled is not None and cancelled():
                raise KnownError(ErrorCode.CANCELLED)
            if progress is not None:
                progress(0.5 + 0.5 * min(int(value) / total[0], 1.0))

    return on_layout
