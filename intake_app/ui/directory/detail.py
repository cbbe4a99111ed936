"""Everything about one service, readable at a glance: the right-hand pane of the page.

Shown on screen only. Eligibility flags and audiences appear here (they help caseworkers
choose) but never on a letter.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from babel.dates import format_date

from PySide6.QtWidgets import QTextBrowser, QWidget

from intake_app.directory.hours import format_hours, is_open, language_name
from intake_app.domain.common import Lang
from intake_app.domain.services import Service
from intake_app.letters.allowlist import plain_name_flagged

from intake_app.ui.directory.labels import ACCESS, DOCUMENTS, FLAGS, term_label, tr
from intake_app.ui.widgets.tones import Tone, tone_css


class ServiceDetail(QTextBrowser):
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

    def clear_service(self) -> None:
        self.setHtml(
            f"<p style='color:{tone_css(Tone.MUTED)}'>"
            + escape(self.tr("Choose a service to see everything about it here."))
            + "</p>"
        )

    def _section(self, title: str, body: str) -> str:
        if not body:
            return ""
        return (
            f"<h4 style='margin-top:12px;margin-bottom:2px'>{escape(title)}</h4><div>{body}</div>"
        )

    def show_service(self, s: Service, now: datetime) -> None:
        lang = self.lang.value
        loc_name = "fr_CA" if self.lang is Lang.FR else "en_CA"
        parts = [f"<h2 style='margin-bottom:0'>{escape(s.name_in(lang))}</h2>"]
        other = s.name if s.name_in(lang) != s.name else ""
        if other:
            parts.append(f"<div style='color:{tone_css(Tone.MUTED)}'>{escape(other)}</div>")
        parts.append(f"<div style='font-size:large'>{escape(s.organization.name)}</div>")
        badges = []
        if not s.active:
            badges.append((tone_css(Tone.MUTED), self.tr("Inactive")))
        if s.is_stale(now.date()):
            badges.append(
                (
                    tone_css(Tone.WARN),
                    self.tr("Not verified for over a year: check before referring"),
                )
            )
        if s.source in self.unsigned_sources:
            badges.append((tone_css(Tone.WARN), self.tr("Unsigned source: origin not verified")))
        if s.letter_name:
            badges.append(
                (tone_css(Tone.INFO), self.tr("On letters: {name}").format(name=s.letter_name))
            )
        elif plain_name_flagged(s, self.lang):
            badges.append(
                (
                    tone_css(Tone.WARN),
                    self.tr(
                        "This name may reveal something about the people who use the service: "
                        "give it a name for letters (Edit), or each letter will wait for one."
                    ),
                )
            )
        for colour, text in badges:
            parts.append(f"<p style='color:{colour};font-weight:bold'>{escape(text)}</p>")
        if s.alternate_name:
            also = self.tr("Also known as: {name}").format(name=s.alternate_name)
            parts.append(f"<p><i>{escape(also)}</i></p>")
        parts.append(f"<p>{escape(s.description_in(lang))}</p>")
        cats = ", ".join(term_label(c, self.lang) for c in sorted(s.categories))
        auds = ", ".join(term_label(a, self.lang) for a in sorted(s.audiences))
        parts.append(self._section(self.tr("Categories"), escape(cats)))
        parts.append(self._section(self.tr("Especially for"), escape(auds)))
        e = s.eligibility
        flags = [tr(FLAGS[k]) for k in FLAGS if getattr(e, k)]
        elig = "<br>".join(escape(f) for f in flags)
        if e.text:
            elig += ("<br>" if elig else "") + f"<i>{escape(e.text)}</i>"
        parts.append(self._section(self.tr("Who may come"), elig))
        docs = ", ".join(tr(DOCUMENTS[d]) for d in sorted(s.required_documents))
        if s.documents_text:
            docs += ("; " if docs else "") + s.documents_text
        parts.append(self._section(self.tr("Documents asked for"), escape(docs)))
        access = ", ".join(tr(ACCESS[a]) for a in sorted(s.access))
        how = escape(access)
        if s.application_process:
            how += ("<br>" if how else "") + escape(s.application_process)
        parts.append(self._section(self.tr("How to get in"), how))
        hours = s.effective_hours
        if hours:
            open_now = is_open(hours, now)
            open_text = escape(self.tr("Open now"))
            closed_text = escape(self.tr("Closed now"))
            state = (
                f"<b style='color:{tone_css(Tone.GOOD)}'>{open_text}</b>"
                if open_now
                else f"<b style='color:{tone_css(Tone.BAD)}'>{closed_text}</b>"
            )
            lines = "<br>".join(escape(x) for x in format_hours(hours, lang))
            note = f"<br><i>{escape(s.hours_note)}</i>" if s.hours_note else ""
            parts.append(self._section(self.tr("Hours"), f"{state}<br>{lines}{note}"))
        holidays = []
        for h in s.holidays:
            days = format_date(h.start, "medium", locale=loc_name)
            if h.end != h.start:
                days += " – " + format_date(h.end, "medium", locale=loc_name)
            if h.closed or h.opens is None or h.closes is None:
                holidays.append(self.tr("{days}: closed").format(days=days))
            else:
                holidays.append(
                    self.tr("{days}: {opens}–{closes}").format(
                        days=days,
                        opens=h.opens.strftime("%H:%M"),
                        closes=h.closes.strftime("%H:%M"),
                    )
                )
        parts.append(self._section(self.tr("Holidays"), "<br>".join(map(escape, holidays))))
        for loc in s.locations:
            bits = [escape(loc.name)] if loc.name else []
            if loc.address is not None:
                a = loc.address
                bits.append(escape(a.street))
                bits.append(escape(a.street2))
                bits.append(escape(" ".join(x for x in (a.city, a.region, a.postal_code) if x)))
            if loc.area:
                bits.append(escape(self.tr("Area: {area}").format(area=loc.area)))
            if loc.accessibility:
                bits.append(escape(self.tr("Accessibility: {text}").format(text=loc.accessibility)))
            if loc.transit:
                bits.append(escape(loc.transit))
            parts.append(self._section(self.tr("Address"), "<br>".join(b for b in bits if b)))
        contact = [
            escape(p.number + (f" — {p.description}" if p.description else ""))
            for p in s.phones or s.organization.phones
        ]
        for value in (s.email or s.organization.email, s.url or s.organization.website):
            if value:
                contact.append(escape(value))
        for c in s.contacts:
            who = " — ".join(x for x in (c.name, c.title, c.department) if x)
            contact.append(escape(" · ".join(x for x in (who, c.email, c.phone) if x)))
        parts.append(self._section(self.tr("Contact"), "<br>".join(contact)))
        langs = ", ".join(language_name(c, lang) for c in sorted(s.languages))
        if s.interpretation_offered:
            langs += ("<br>" if langs else "") + escape(
                s.interpretation_text or self.tr("Interpretation offered")
            )
        parts.append(self._section(self.tr("Languages"), langs))
        parts.append(self._section(self.tr("Fees"), escape(s.fees_text)))
        ext = ", ".join(f"{t.name or t.code} ({t.taxonomy})" for t in s.external_terms)
        parts.append(self._section(self.tr("Other taxonomies"), escape(ext)))
        verified = (
            format_date(s.last_verified, "long", locale=loc_name)
            if s.last_verified
            else self.tr("never")
        )
        parts.append(self._section(self.tr("Last verified"), escape(verified)))
        self.setHtml("".join(parts))
