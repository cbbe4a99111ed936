"""Consent inside Refer: what the person agrees to share with the services ticked, how it
was given, and what the letter will therefore contain — on the same screen as Refer.

Folded to its summary ("The letter will contain: …", in the same box as Refer, so what
the letter says is always on screen) and the services keep the height of a small screen;
"Change…" unfolds the ticks, how consent was given and the whole paragraph. For a person
with no consent on record it unfolds by itself when the first service is ticked, so the
question is asked before Refer. Refer records the answer as before.

Refusing is a choice like any other: with nothing ticked the referral is still made and
the letter still prints (initials, no reason). The panel only collects the answer; the
routing view records it with `clients.consent.record_referral_consent` once referred.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.clients import Client, ConsentMethod, Naming, ShareItem
from intake_app.letters.allowlist import name_as_chosen, shares_for

from intake_app.ui.clients import labels

ASKED = (
    ShareItem.NAME,
    ShareItem.LANGUAGES,
    ShareItem.INTERPRETER_NEEDED,
    ShareItem.REFERRAL_REASON,
    ShareItem.PHONE,
)


class ReferConsentPanel(QGroupBox):
    """Emits `changed` whenever the answer changes."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refer-consent")
        self._client: Client | None = None
        # True while the person has no consent on record and the panel has not been opened.
        self._ask_first = False
        self.summary = QLabel(self)
        self.summary.setObjectName("refer-consent-summary")
        self.summary.setWordWrap(True)
        self.toggle = QPushButton(self)
        self.toggle.setObjectName("refer-consent-toggle")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._unfold)
        self.details = QWidget(self)
        self.details.setObjectName("refer-consent-details")
        self.boxes: dict[ShareItem, QCheckBox] = {}
        for item in ASKED:
            box = QCheckBox(labels.tr(labels.SHARES[item]), self.details)
            box.setObjectName(f"refer-consent-{item.value}")
            box.toggled.connect(self._changed)
            self.boxes[item] = box
        self.method = QComboBox(self.details)
        self.method.setObjectName("refer-consent-method")
        for method, text in labels.METHOD.items():
            self.method.addItem(labels.tr(text), method)
        self.method.currentIndexChanged.connect(self._changed)
        self.given_on = QDateEdit(QDate(today.year, today.month, today.day), self.details)
        self.given_on.setObjectName("refer-consent-date")
        self.given_on.setAccessibleName(self.tr("Date the consent was given"))
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("yyyy-MM-dd")
        self.given_on.setMaximumDate(QDate(today.year, today.month, today.day))
        how_row = QWidget(self.details)
        how = QHBoxLayout(how_row)
        how.setContentsMargins(0, 0, 0, 0)
        given = QLabel(self.tr("&Given:"), how_row)
        given.setBuddy(self.method)
        how.addWidget(given)
        how.addWidget(self.method)
        how.addWidget(QLabel(self.tr("on"), how_row))
        how.addWidget(self.given_on)
        how.addStretch(1)
        # The ticks in as many columns as the width holds, then how consent was given.
        self._cells: list[QWidget] = list(self.boxes.values())
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(2)
        self._columns = 0
        self.preview = QLabel(self.details)
        self.preview.setObjectName("refer-consent-preview")
        self.preview.setWordWrap(True)
        # "Change…" on the left; the routing view puts Refer at the right end of this row.
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.toggle)
        self.buttons.addStretch(1)
        inner = QVBoxLayout(self.details)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addLayout(self.grid)
        inner.addWidget(how_row)
        inner.addWidget(self.preview)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addLayout(self.buttons)
        self.setAccessibleName(self.tr("What the person agrees to share with these services"))
        self._lay_out(len(self._cells))
        self._unfold(False)
        self._show_preview()

    # -- folded or not -----------------------------------------------------------------

    def unfolded(self) -> bool:
        return self.toggle.isChecked()

    def _unfold(self, on: bool) -> None:
        """Folded: the summary and "Change…". Unfolded: the title, the ticks, how it was
        given and the whole paragraph on what the letter contains."""
        self._ask_first = False
        self.details.setVisible(on)
        self.summary.setVisible(not on)
        self.setTitle(self.tr("What the person agrees to share with these services") if on else "")
        self.toggle.setText(self.tr("&Hide") if on else self.tr("Chan&ge…"))
        self.toggle.setToolTip(
            self.tr("Fold the consent back to its summary")
            if on
            else self.tr("Choose what the person agrees to share and how they agreed")
        )
        self._fit_preview()

    # -- fitting a small screen --------------------------------------------------------

    def _width_in(self, columns: int) -> int:
        widths = [0] * columns
        for i, w in enumerate(self._cells):
            widths[i % columns] = max(widths[i % columns], w.sizeHint().width())
        margins = self._layout.contentsMargins()
        spacing = max(0, self.grid.horizontalSpacing())
        return sum(widths) + spacing * (columns - 1) + margins.left() + margins.right() + 8

    def _lay_out(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for w in self._cells:
            self.grid.removeWidget(w)
        for i, w in enumerate(self._cells):
            self.grid.addWidget(w, i // columns, i % columns)
        for col in range(len(self._cells) + 1):
            self.grid.setColumnStretch(col, 0)
        self.grid.setColumnStretch(columns, 1)

    def _fit_preview(self) -> None:
        """A wrapped label does not claim its height by itself here: ask for it, at the
        width the panel gives it (not the label's own, which lags behind)."""
        margins = self._layout.contentsMargins()
        width = self.contentsRect().width() - margins.left() - margins.right()
        if width > 100:
            self.preview.setMinimumHeight(self.preview.heightForWidth(width))
            self.summary.setMinimumHeight(self.summary.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        every = len(self._cells)
        width = event.size().width()
        self._lay_out(next((c for c in range(every, 1, -1) if self._width_in(c) <= width), 1))
        self._fit_preview()

    def picked(self) -> bool:
        """A service was ticked: someone never asked sees the question unfolded, once
        (folding it back is the caseworker's choice and stays). True if it unfolded."""
        if not self._ask_first:
            return False
        self.toggle.setChecked(True)
        return True

    # -- the answer --------------------------------------------------------------------

    def set_client(self, client: Client, today: date) -> None:
        """Start from what the person already agreed to share with any service."""
        self._client = client
        self._ask_first = not client.consents and not self.unfolded()
        general = shares_for(client.consents, "", today)
        for item, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(item in general)
            box.blockSignals(False)
        self._show_preview()

    def shares(self) -> frozenset[ShareItem]:
        return frozenset(item for item, box in self.boxes.items() if box.isChecked())

    def method_chosen(self) -> ConsentMethod:
        return ConsentMethod(self.method.currentData())

    def date_given(self) -> date:
        d = self.given_on.date()
        return date(d.year(), d.month(), d.day())

    # -- what the letter will contain -------------------------------------------------

    def _changed(self, *_args: object) -> None:
        self._show_preview()
        self.changed.emit()

    def letter_contents(self) -> list[str]:
        """What each letter will say about the person, in words for the caseworker."""
        shares = self.shares()
        client = self._client
        out: list[str] = []
        if client is not None:
            naming = client.naming if ShareItem.NAME in shares else Naming.INITIALS
            name = name_as_chosen(client, naming)
            if ShareItem.NAME in shares:
                out.append(self.tr("the name “%1”").replace("%1", name))
            else:
                out.append(self.tr("initials only (“%1”)").replace("%1", name))
        out.append(
            self.tr("the languages spoken")
            if ShareItem.LANGUAGES in shares
            else self.tr("no languages")
        )
        if ShareItem.INTERPRETER_NEEDED in shares:
            out.append(self.tr("that an interpreter would help, if needed"))
        out.append(
            self.tr("the reason you write")
            if ShareItem.REFERRAL_REASON in shares
            else self.tr("no reason")
        )
        if ShareItem.PHONE in shares and client is not None and client.phone:
            out.append(self.tr("the person's phone number"))
        return out

    def _show_preview(self) -> None:
        parts = ", ".join(self.letter_contents())
        text = self.tr(
            "The letter will contain: %1; and always the service's address, hours and phone, "
            "the reference and your contact details."
        ).replace("%1", parts)
        if not self.shares():
            text += " " + self.tr("Refusing is fine: the referral and the letter still go ahead.")
        self.preview.setText(text)
        self.summary.setText(self.tr("The letter will contain: %1.").replace("%1", parts))
        self.summary.setToolTip(text)
        self._fit_preview()
