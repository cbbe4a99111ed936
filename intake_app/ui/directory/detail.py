"""Everything about one service, readable at a glance: the right-hand pane of the page.

Shown on screen only. Eligibility flags and audiences appear here (they help caseworkers
choose) but never on a letter.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from babel.dates import format_date

from PySide6.QtWidgets import QTextBrowser, QWidget

from intake_app.domain.common import Lang
from intake_app.domain.hours import clock_time, is_open, screen_lines
from intake_app.domain.languages import babel_locale, language_name
from intake_app.domain.services import Location, Service
from intake_app.letters.allowlist import plain_name_flagged

from intake_app.ui.directory.labels import ACCESS, DOCUMENTS, FLAGS, term_label, tr
from intake_app.ui.widgets import rich_text
from intake_app.ui.widgets.rich_text import Line


class ServiceDetail(QTextBrowser):
    """The pane's HTML comes from `resources/templates/service_detail.html`; each section
    is one named step below returning its lines (escaped when rendered), and the colours
    are the palette's tones (`rich_text.style_sheet`), set again at every showing."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service-detail")
        self.setAccessibleName(self.tr("About the chosen service"))
        self.lang = lang
        self.unsigned_sources: frozenset[str] = frozenset()
        self.setOpenLinks(False)
        self.setMinimumWidth(280)
        self.document().setDocumentMargin(14)
        self.clear_service()

    def _set_html(self, html: str) -> None:
        self.document().setDefaultStyleSheet(rich_text.style_sheet(self.palette()))
        self.setHtml(html)

    def clear_service(self) -> None:
        self._set_html(
            rich_text.paragraph(
                self.tr("Choose a service to see everything about it here."), "muted"
            )
        )

    def show_service(self, s: Service, now: datetime) -> None:
        if not isinstance(s, Service):  # a listed record lacks addresses and texts
            raise ValueError("the detail shows a whole service, read from the vault by id")
        lang = self.lang.value
        other = s.name if s.name_in(lang) != s.name else ""
        also = self.tr("Also known as: {name}").format(name=s.alternate_name)
        self._set_html(
            rich_text.render(
                "service_detail.html",
                name=rich_text.text(s.name_in(lang)),
                other_name=rich_text.paragraph(other, "muted", "div"),
                organization=rich_text.text(s.organization.name),
                badges="".join(rich_text.paragraph(t, style) for style, t in self._badges(s, now)),
                also_known_as=rich_text.paragraph(also if s.alternate_name else "", "note"),
                description=rich_text.text(s.description_in(lang)),
                sections="".join(
                    rich_text.section(title, items) for title, items in self._sections(s, now)
                ),
            )
        )

    def _badges(self, s: Service, now: datetime) -> list[tuple[str, str]]:
        """(style, text): what to know before referring, in the tone that says how much."""
        badges = []
        if not s.active:
            badges.append(("badge-muted", self.tr("Inactive")))
        if s.is_stale(now.date()):
            badges.append(
                ("badge-warn", self.tr("Not verified for over a year: check before referring"))
            )
        if s.source in self.unsigned_sources:
            badges.append(("badge-warn", self.tr("Unsigned source: origin not verified")))
        if s.letter_name:
            badges.append(("badge-info", self.tr("On letters: {name}").format(name=s.letter_name)))
        elif plain_name_flagged(s, self.lang):
            badges.append(
                (
                    "badge-warn",
                    self.tr(
                        "This name may reveal something about the people who use the service: "
                        "give it a name for letters (Edit), or each letter will wait for one."
                    ),
                )
            )
        return badges

    def _sections(self, s: Service, now: datetime) -> list[tuple[str, list[Line]]]:
        """(title, lines) in the order the pane shows them; empty ones are left out."""
        lang = self.lang
        return [
            (self.tr("Categories"), _joined(term_label(c, lang) for c in sorted(s.categories))),
            (self.tr("Especially for"), _joined(term_label(a, lang) for a in sorted(s.audiences))),
            (self.tr("Who may come"), self._eligibility(s)),
            (self.tr("Documents asked for"), self._documents(s)),
            (self.tr("How to get in"), self._access(s)),
            (self.tr("Hours"), self._hours(s, now)),
            (self.tr("Holidays"), self._holidays(s)),
            *((self.tr("Address"), self._address(loc)) for loc in s.locations),
            (self.tr("Contact"), self._contact(s)),
            (self.tr("Languages"), self._languages(s)),
            (self.tr("Fees"), [Line(s.fees_text)]),
            (self.tr("Other taxonomies"), self._taxonomies(s)),
            (self.tr("Last verified"), [Line(self._verified(s))]),
        ]

    @staticmethod
    def _eligibility(s: Service) -> list[Line]:
        e = s.eligibility
        return [Line(tr(FLAGS[k])) for k in FLAGS if getattr(e, k)] + [Line(e.text, "note")]

    @staticmethod
    def _documents(s: Service) -> list[Line]:
        docs = ", ".join(tr(DOCUMENTS[d]) for d in sorted(s.required_documents))
        if s.documents_text:
            docs += ("; " if docs else "") + s.documents_text
        return [Line(docs)]

    @staticmethod
    def _access(s: Service) -> list[Line]:
        return [
            Line(", ".join(tr(ACCESS[a]) for a in sorted(s.access))),
            Line(s.application_process),
        ]

    def _hours(self, s: Service, now: datetime) -> list[Line]:
        hours = s.effective_hours
        if not hours:
            return []
        state = (
            Line(self.tr("Open now"), "good")
            if is_open(hours, now)
            else Line(self.tr("Closed now"), "bad")
        )
        listed = [Line(x) for x in screen_lines(hours, self.lang)]
        return [state, *listed, Line(s.hours_note, "note")]

    def _holidays(self, s: Service) -> list[Line]:
        loc_name = babel_locale(self.lang)
        found = []
        for h in s.holidays:
            days = format_date(h.start, "medium", locale=loc_name)
            if h.end != h.start:
                days += " – " + format_date(h.end, "medium", locale=loc_name)
            if h.closed or h.opens is None or h.closes is None:
                found.append(Line(self.tr("{days}: closed").format(days=days)))
            else:
                opens, closes = clock_time(h.opens, self.lang), clock_time(h.closes, self.lang)
                found.append(
                    Line(
                        self.tr("{days}: {opens}–{closes}").format(
                            days=days, opens=opens, closes=closes
                        )
                    )
                )
        return found

    def _address(self, loc: Location) -> list[Line]:
        found = [Line(loc.name)]
        if loc.address is not None:
            a = loc.address
            city = " ".join(x for x in (a.city, a.region, a.postal_code) if x)
            found += [Line(a.street), Line(a.street2), Line(city)]
        if loc.area:
            found.append(Line(self.tr("Area: {area}").format(area=loc.area)))
        if loc.accessibility:
            found.append(Line(self.tr("Accessibility: {text}").format(text=loc.accessibility)))
        return [*found, Line(loc.transit)]

    @staticmethod
    def _contact(s: Service) -> list[Line]:
        found = [
            Line(p.number + (f" — {p.description}" if p.description else ""))
            for p in s.phones or s.organization.phones
        ]
        found += [
            Line(s.email or s.organization.email),
            Line(s.url or s.organization.website),
        ]
        for c in s.contacts:
            who = " — ".join(x for x in (c.name, c.title, c.department) if x)
            found.append(Line(" · ".join(x for x in (who, c.email, c.phone) if x)))
        return found

    def _languages(self, s: Service) -> list[Line]:
        found = _joined(language_name(c, self.lang.value) for c in sorted(s.languages))
        if s.interpretation_offered:
            found.append(Line(s.interpretation_text or self.tr("Interpretation offered")))
        return found

    @staticmethod
    def _taxonomies(s: Service) -> list[Line]:
        return _joined(f"{t.name or t.code} ({t.taxonomy})" for t in s.external_terms)

    def _verified(self, s: Service) -> str:
        if s.last_verified is None:
            return self.tr("never")
        return format_date(s.last_verified, "long", locale=babel_locale(self.lang))


def _joined(texts: Iterable[str]) -> list[Line]:
    return [Line(", ".join(texts))]
