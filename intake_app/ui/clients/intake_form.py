"""The intake form: who the person is, how to reach them, household, barriers, notes.

Only a name or an alias is required. There is no immigration-status field. Barriers are
private and used only to find services; the sensitive note (when the organization turned
it on) stays masked until an explicit, audited click.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.clients import AGE_RANGES, Barriers, Client, HouseholdMember, Naming
from intake_app.domain.common import Lang, Tri
from intake_app.letters import client_texts
from intake_app.letters.allowlist import latin_suggestion

from intake_app.ui.clients import labels
from intake_app.ui.clients.languages import LanguagePicker
from intake_app.ui.clients.models import HouseholdModel
from intake_app.ui.widgets.tab_order import tab_in_order

_MASK = "••••••••"


def _combo(parent: QWidget, items: Sequence[tuple[str, object]]) -> QComboBox:
    box = QComboBox(parent)
    for text, value in items:
        box.addItem(text, value)
    return box


def _select(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


class IntakeForm(QWidget):
    changed = Signal()
    reveal_requested = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intake-form")
        self._lang = lang
        self._sensitive_enabled = False
        self._sensitive_hidden_value = ""
        self._sensitive_revealed = True
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self._identity_box())
        layout.addWidget(self._contact_box())
        layout.addWidget(self._household_box())
        layout.addWidget(self._barriers_box())
        layout.addWidget(self._notes_box())
        layout.addStretch(1)
        self.setMaximumWidth(720)

    # -- sections --------------------------------------------------------------------

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(14)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return box, form

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.textChanged.connect(self.changed)
        return edit

    def _identity_box(self) -> QGroupBox:
        box, form = self._form(self.tr("Person"))
        self.given = self._line("given-name")
        self.family = self._line("family-name")
        self.preferred = self._line("preferred-name")
        self.preferred.setPlaceholderText(self.tr("What they like to be called, or an alias"))
        self.latin = self._line("latin-name")
        self.latin.setPlaceholderText(self.tr("For a name in another script: how letters print it"))
        self.latin.setToolTip(
            self.tr(
                "Letters print this name (and make initials from it) when the name is written "
                "in another script, so the service can read it. Check the suggestion with "
                "the person."
            )
        )
        self.suggest_latin = QPushButton(self.tr("Suggest"), self)
        self.suggest_latin.setObjectName("latin-suggest")
        self.suggest_latin.clicked.connect(self._suggest_latin)
        latin_row = QHBoxLayout()
        latin_row.addWidget(self.latin, 1)
        latin_row.addWidget(self.suggest_latin)
        self.naming = _combo(self, [(labels.tr(t), n) for n, t in labels.NAMING.items()])
        self.naming.setObjectName("naming")
        self.birth_year = self._line("birth-year")
        self.birth_year.setValidator(QIntValidator(1900, 2100, self))
        self.birth_year.setPlaceholderText(self.tr("Optional"))
        self.birth_year.setMaximumWidth(120)
        self.age_range = _combo(self, [(self.tr("Not given"), "")] + [(a, a) for a in AGE_RANGES])
        self.age_range.setObjectName("age-range")
        year_row = QHBoxLayout()
        year_row.addWidget(self.birth_year)
        age_label = QLabel(self.tr("or age &range"), self)
        age_label.setBuddy(self.age_range)
        year_row.addWidget(age_label)
        year_row.addWidget(self.age_range)
        year_row.addStretch(1)
        form.addRow(self.tr("&Given name"), self.given)
        form.addRow(self.tr("&Family name"), self.family)
        form.addRow(self.tr("&Preferred name"), self.preferred)
        latin_label = QLabel(self.tr("Na&me in Latin letters"), self)
        latin_label.setBuddy(self.latin)
        form.addRow(latin_label, latin_row)
        form.addRow(self.tr("Name on le&tters"), self.naming)
        birth_label = QLabel(self.tr("&Birth year"), self)
        birth_label.setBuddy(self.birth_year)
        form.addRow(birth_label, year_row)
        hint = QLabel(
            self.tr("A name or an alias is enough. Never ask about immigration status."), self
        )
        hint.setWordWrap(True)
        hint.setProperty("hint", True)
        hint.setStyleSheet("color: palette(mid);")
        form.addRow(hint)
        self.naming.currentIndexChanged.connect(self.changed)
        self.age_range.currentIndexChanged.connect(self.changed)
        return box

    def _suggest_latin(self) -> None:
        """Fill the Latin-letters name by transliteration, for the caseworker to confirm."""
        first = self.preferred.text().strip() or self.given.text().strip()
        name = " ".join(p for p in (first, self.family.text().strip()) if p)
        if name:
            self.latin.setText(latin_suggestion(name))
            self.latin.setFocus()
            self.latin.selectAll()

    def _contact_box(self) -> QGroupBox:
        box, form = self._form(self.tr("Languages and contact"))
        self.languages = LanguagePicker(self._lang, self)
        self.languages.changed.connect(self.changed)
        self.letter_language = _combo(
            self, [(labels.tr(t), lang) for lang, t in labels.LETTER_LANG.items()]
        )
        self.letter_language.setObjectName("letter-language")
        self.letter_language.currentIndexChanged.connect(self.changed)
        self.reading_language = QComboBox(self)
        self.reading_language.setObjectName("reading-language")
        self.reading_language.addItem(self.tr("The letter's language"), client_texts.NONE)
        for code, texts in client_texts.shipped().items():
            self.reading_language.addItem(f"{texts.name} — {texts.english_name}", code)
        self.reading_language.setToolTip(
            self.tr("The part of letters for the person is also printed in this language.")
        )
        self.reading_language.activated.connect(self._reading_chosen_by_hand)
        self.reading_language.currentIndexChanged.connect(self.changed)
        self.languages.changed.connect(self._suggest_reading_language)
        self._reading_by_hand = False
        self.phone = self._line("phone")
        self.phone.setPlaceholderText(self.tr("Optional"))
        self.email = self._line("email")
        self.email.setPlaceholderText(self.tr("Optional"))
        self.area = self._line("area")
        form.addRow(self.tr("&Languages"), self.languages)
        form.addRow(self.tr("Letter lang&uage"), self.letter_language)
        form.addRow(self.tr("Reads &best"), self.reading_language)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Area or neighbourhood"), self.area)
        return box

    def _reading_chosen_by_hand(self, _index: int) -> None:
        self._reading_by_hand = True

    def _suggest_reading_language(self) -> None:
        """Follow the spoken languages until the caseworker picks a reading language."""
        if not self._reading_by_hand:
            _select(self.reading_language, client_texts.suggest(self.languages.codes()))

    def _household_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Household"), self)
        layout = QVBoxLayout(box)
        self.household_model = HouseholdModel(self._lang, self)
        self.household_view = QTableView(box)
        self.household_view.setObjectName("household")
        self.household_view.setModel(self.household_model)
        self.household_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.household_view.verticalHeader().hide()
        self.household_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.household_view.setFixedHeight(96)
        self.household_view.setTabKeyNavigation(False)
        row = QHBoxLayout()
        self.relation = _combo(box, [(labels.tr(t), r) for r, t in labels.RELATIONS.items()])
        self.relation.setObjectName("relation")
        self.relation.setAccessibleName(self.tr("Relation"))
        self.member_age = _combo(box, [(self.tr("Age range…"), "")] + [(a, a) for a in AGE_RANGES])
        self.member_age.setAccessibleName(self.tr("Age range of the member"))
        self.add_member = QPushButton(self.tr("Add to household"), box)
        self.remove_member = QPushButton(self.tr("Remove"), box)
        for w in (self.relation, self.member_age, self.add_member):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.household_view)
        below = QHBoxLayout()
        below.addStretch(1)
        below.addWidget(self.remove_member)
        layout.addLayout(below)
        self.household_view.setAccessibleName(self.tr("Household members"))
        tab_in_order(
            self.relation,
            self.member_age,
            self.add_member,
            self.household_view,
            self.remove_member,
        )
        self.add_member.clicked.connect(self._add_member)
        self.remove_member.clicked.connect(self._remove_member)
        return box

    def _barriers_box(self) -> QGroupBox:
        box, form = self._form(self.tr("Barriers — private, used only to find services"))
        note = QLabel(
            self.tr("Never printed, never exported. Leave “Not asked” if you did not ask."),
            box,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.barriers: dict[str, QComboBox] = {}
        for field_name, text in labels.BARRIERS.items():
            answers = labels.BARRIER_ANSWERS[field_name]
            combo = _combo(box, [(labels.tr(t), tri) for tri, t in answers.items()])
            combo.setObjectName(f"barrier-{field_name}")
            combo.currentIndexChanged.connect(self.changed)
            self.barriers[field_name] = combo
            form.addRow(labels.tr(text), combo)
        return box

    def _notes_box(self) -> QGroupBox:
        box, form = self._form(self.tr("Notes"))
        self.notes = QPlainTextEdit(box)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.notes.textChanged.connect(self.changed)
        form.addRow(self.tr("Private n&otes"), self.notes)
        self.sensitive = QLineEdit(box)
        self.sensitive.setObjectName("sensitive-note")
        self.sensitive.setEchoMode(QLineEdit.EchoMode.Password)
        self.sensitive.textChanged.connect(self.changed)
        self.reveal = QPushButton(self.tr("Reveal"), box)
        self.reveal.setObjectName("reveal-sensitive")
        self.reveal.clicked.connect(self._reveal_clicked)
        row = QHBoxLayout()
        row.addWidget(self.sensitive, 1)
        row.addWidget(self.reveal)
        self.sensitive_label = QLabel(self.tr("Sensitive note"), box)
        self.sensitive_row = QWidget(box)
        self.sensitive_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.sensitive_label, self.sensitive_row)
        self._show_sensitive_row(False)
        return box

    # -- household ---------------------------------------------------------------------

    def _add_member(self) -> None:
        member = HouseholdMember(self.relation.currentData(), self.member_age.currentData())
        self.household_model.set_rows([*self.household_model.rows(), member])
        self.member_age.setCurrentIndex(0)
        self.changed.emit()

    def _remove_member(self) -> None:
        index = self.household_view.currentIndex()
        if not index.isValid():
            return
        rows = self.household_model.rows()
        del rows[index.row()]
        self.household_model.set_rows(rows)
        self.changed.emit()

    # -- sensitive note ----------------------------------------------------------------

    def _show_sensitive_row(self, visible: bool) -> None:
        self.sensitive_label.setVisible(visible)
        self.sensitive_row.setVisible(visible)

    def set_sensitive_enabled(self, enabled: bool) -> None:
        self._sensitive_enabled = enabled
        self._show_sensitive_row(enabled)

    def _reveal_clicked(self) -> None:
        if self._sensitive_revealed:
            self.sensitive.setEchoMode(QLineEdit.EchoMode.Normal)
        else:
            self.reveal_requested.emit()

    def show_sensitive(self, text: str) -> None:
        """After the audited reveal: the real text, editable."""
        self._sensitive_revealed = True
        self.sensitive.blockSignals(True)
        self.sensitive.setReadOnly(False)
        self.sensitive.setText(text)
        self.sensitive.blockSignals(False)
        self.sensitive.setEchoMode(QLineEdit.EchoMode.Normal)

    # -- value -------------------------------------------------------------------------

    def set_client(self, client: Client) -> None:
        widgets = [
            self.given,
            self.family,
            self.preferred,
            self.latin,
            self.birth_year,
            self.phone,
            self.email,
            self.area,
            self.notes,
            self.sensitive,
            self.naming,
            self.age_range,
            self.letter_language,
            self.reading_language,
            *self.barriers.values(),
            self.languages,
        ]
        for w in widgets:
            w.blockSignals(True)
        self.given.setText(client.given_name)
        self.family.setText(client.family_name)
        self.preferred.setText(client.preferred_name)
        self.latin.setText(client.latin_name)
        _select(self.naming, client.naming)
        self.birth_year.setText(str(client.birth_year) if client.birth_year else "")
        _select(self.age_range, client.age_range)
        self.languages.set_codes(client.languages)
        _select(self.letter_language, client.letter_language)
        # Nobody chose yet: show what the letters will suggest from the spoken languages.
        shown = client.reading_language or client_texts.suggest(client.languages)
        _select(self.reading_language, client_texts.canonical(shown) or client_texts.NONE)
        self._reading_by_hand = bool(client.reading_language)
        self.phone.setText(client.phone)
        self.email.setText(client.email)
        self.area.setText(client.area)
        self.household_model.set_rows(client.household)
        # The pickers for a new household member start blank for every record.
        self.relation.setCurrentIndex(0)
        self.member_age.setCurrentIndex(0)
        for name, combo in self.barriers.items():
            _select(combo, getattr(client.barriers, name))
        self.notes.setPlainText(client.notes)
        # An existing note stays out of the widget until the audited reveal.
        self._sensitive_hidden_value = client.sensitive_note
        self._sensitive_revealed = not (client.id is not None and client.sensitive_note)
        self.sensitive.setEchoMode(QLineEdit.EchoMode.Password)
        if self._sensitive_revealed:
            self.sensitive.setReadOnly(False)
            self.sensitive.setText(client.sensitive_note)
            self.sensitive.setPlaceholderText("")
        else:
            self.sensitive.setText("")
            self.sensitive.setReadOnly(True)
            self.sensitive.setPlaceholderText(_MASK)
        for w in widgets:
            w.blockSignals(False)

    def apply(self, client: Client) -> Client:
        """`client` with this form's fields."""
        year_text = self.birth_year.text().strip()
        sensitive = (
            self.sensitive.text() if self._sensitive_revealed else self._sensitive_hidden_value
        )
        return replace(
            client,
            given_name=self.given.text().strip(),
            family_name=self.family.text().strip(),
            preferred_name=self.preferred.text().strip(),
            latin_name=self.latin.text().strip(),
            naming=Naming(self.naming.currentData()),
            birth_year=int(year_text) if year_text.isdigit() else None,
            age_range=self.age_range.currentData() or "",
            languages=self.languages.codes(),
            letter_language=Lang(self.letter_language.currentData()),
            # kept unset until picked by hand, so the letters keep following the languages
            reading_language=str(self.reading_language.currentData() or "")
            if self._reading_by_hand
            else client.reading_language,
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            area=self.area.text().strip(),
            household=tuple(self.household_model.rows()),
            barriers=Barriers(**{n: Tri(c.currentData()) for n, c in self.barriers.items()}),
            notes=self.notes.toPlainText(),
            sensitive_note=sensitive if self._sensitive_enabled else client.sensitive_note,
        )
