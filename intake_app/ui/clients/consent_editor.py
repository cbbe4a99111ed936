"""Consent: what the client agreed to share, with whom, how, and until when (12 months by
default). Refusing consent never blocks service; it only limits what a letter may say."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.clients.consent import is_expiring, new_consent, revoke
from intake_app.domain.clients import DEFAULT_CONSENT_MONTHS, Client, ConsentMethod, ShareItem
from intake_app.domain.common import Lang

from intake_app.ui.clients import labels
from intake_app.ui.clients.models import ConsentsModel
from intake_app.ui.widgets.date_formats import date_edit_format
from intake_app.ui.widgets.tab_order import tab_in_order


class ConsentEditor(QWidget):
    changed = Signal()

    def __init__(
        self, lang: Lang, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consent-editor")
        self._today = today
        self.model = ConsentsModel(lang, today, self)
        intro = QLabel(
            self.tr(
                "Refusing consent never blocks service: it only limits what a "
                "referral letter may say."
            ),
            self,
        )
        intro.setWordWrap(True)
        box = QGroupBox(self.tr("Record a consent"), self)
        form = QFormLayout(box)
        form.setHorizontalSpacing(14)
        self.purpose = QLineEdit(self.tr("Referral"), box)
        self.purpose.setObjectName("consent-purpose")
        self.with_whom = QLineEdit(box)
        self.with_whom.setObjectName("consent-with")
        self.with_whom.setPlaceholderText(self.tr("A service, or “any referred service”"))
        # Two ticks a line: the whole row fits a 1024-pixel screen in French too.
        shares = QGridLayout()
        shares.setHorizontalSpacing(16)
        self.share_boxes: dict[ShareItem, QCheckBox] = {}
        for i, (item, text) in enumerate(labels.SHARES.items()):
            check = QCheckBox(labels.tr(text), box)
            check.setChecked(True)
            self.share_boxes[item] = check
            shares.addWidget(check, i // 2, i % 2)
        shares.setColumnStretch(2, 1)
        self.method = QComboBox(box)
        for method, text in labels.METHOD.items():
            self.method.addItem(labels.tr(text), method)
        self.given_on = QDateEdit(box)
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat(date_edit_format())
        self.months = QSpinBox(box)
        self.months.setRange(1, 60)
        self.months.setValue(DEFAULT_CONSENT_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        when = QHBoxLayout()
        when.addWidget(self.given_on)
        valid = QLabel(self.tr("valid for"), box)
        valid.setBuddy(self.months)
        when.addWidget(valid)
        when.addWidget(self.months)
        when.addStretch(1)
        self.add = QPushButton(self.tr("Record cons&ent"), box)
        self.add.setObjectName("add-consent")
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("May share"), shares)
        form.addRow(self.tr("With"), self.with_whom)
        self.method.setAccessibleName(self.tr("How"))
        self.method.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        how = QHBoxLayout()
        how.addWidget(self.method)
        how.addStretch(1)
        form.addRow(self.tr("How"), how)
        form.addRow(self.tr("Given on"), when)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add)
        add_row.addStretch(1)
        form.addRow("", add_row)
        self.view = QTableView(self)
        self.view.setObjectName("consents")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.revoke = QPushButton(self.tr("&Revoke"), self)
        self.expiring = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.revoke)
        bottom.addWidget(self.expiring, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.view.setAccessibleName(self.tr("Consents"))
        tab_in_order(
            self.purpose,
            *self.share_boxes.values(),
            self.with_whom,
            self.method,
            self.given_on,
            self.months,
            self.add,
            self.view,
            self.revoke,
        )
        self.add.clicked.connect(self._add)
        self.revoke.clicked.connect(self._revoke)
        self._reset_date()

    def _reset_date(self) -> None:
        t = self._today()
        self.given_on.setDate(QDate(t.year, t.month, t.day))

    def _add(self) -> None:
        shares = frozenset(i for i, c in self.share_boxes.items() if c.isChecked())
        d = self.given_on.date()
        consent = new_consent(
            self.purpose.text().strip(),
            shares,
            date(d.year(), d.month(), d.day()),
            with_whom=self.with_whom.text().strip(),
            method=ConsentMethod(self.method.currentData()),
            months=self.months.value(),
        )
        self.model.set_rows([*self.model.rows(), consent])
        self._refresh_expiring()
        self.changed.emit()

    def _revoke(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        rows = self.model.rows()
        if rows[index.row()].revoked_on is None:
            rows[index.row()] = revoke(rows[index.row()], self._today())
            self.model.set_rows(rows)
            self._refresh_expiring()
            self.changed.emit()

    def _refresh_expiring(self) -> None:
        soon = sum(1 for c in self.model.rows() if is_expiring(c, self._today()))
        self.expiring.setText(
            self.tr("%n consent(s) expire within 30 days.", "", soon) if soon else ""
        )

    def set_client(self, client: Client) -> None:
        self.model.set_rows(client.consents)
        self._reset_date()
        self._refresh_expiring()

    def apply(self, client: Client) -> Client:
        return replace(client, consents=tuple(self.model.rows()))
