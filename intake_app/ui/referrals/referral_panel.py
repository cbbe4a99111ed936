"""The selected referral: what it is, its next steps as buttons, follow-up date and note.

A state change is one click on a button here (after choosing the row: two in all).
Closing takes a reason from the list next to the "Close the referral" button. An outcome
can be undone right after (the row may have left the list of follow-ups due).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.referrals import (
    TRANSITIONS,
    CloseReason,
    Referral,
    ReferralRow,
    ReferralState,
)
from intake_app.errors import KnownError
from intake_app.referrals.state import (
    MAX_NOTE,
    change_state,
    load_referral,
    undo_state_change,
    update_follow_up,
)
from intake_app.routing.explain import category_label

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert
from intake_app.ui.referrals.labels import ACTION, CLOSE_REASON, state_text, tr
from intake_app.ui.widgets.date_formats import date_edit_format


class ReferralPanel(QWidget):
    changed = Signal(int)  # referral id
    client_open_requested = Signal(int)
    letter_requested = Signal(list)
    undone = Signal(int)  # referral id put back as it was

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referral-panel")
        self.context = context
        self._row: ReferralRow | None = None

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)

        self.state_buttons: dict[ReferralState, QPushButton] = {}
        steps = QGroupBox(self.tr("What happened?"), self)
        grid = QGridLayout(steps)
        for i, state in enumerate(ACTION):
            button = QPushButton(tr(ACTION[state]), steps)
            button.setObjectName(f"referral-to-{state.value}")
            button.clicked.connect(lambda _=False, s=state: self._move(s))
            self.state_buttons[state] = button
            grid.addWidget(button, i // 2, i % 2)
        self.close_reason = QComboBox(steps)
        self.close_reason.setObjectName("referral-close-reason")
        for reason, text in CLOSE_REASON.items():
            self.close_reason.addItem(tr(text), reason.value)
        # "Close" alone reads like closing the pane.
        self.close_button = QPushButton(self.tr("Close the referral"), steps)
        self.close_button.setObjectName("referral-close")
        self.close_button.clicked.connect(self._close)
        grid.addWidget(self.close_reason, 2, 0)
        grid.addWidget(self.close_button, 2, 1)

        follow = QGroupBox(self.tr("Follow-up"), self)
        form = QFormLayout(follow)
        self.follow_up = QDateEdit(follow)
        self.follow_up.setObjectName("referral-follow-up")
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat(date_edit_format())
        form.addRow(self.tr("Follow up on:"), self.follow_up)
        self.note = QPlainTextEdit(follow)
        self.note.setObjectName("referral-note")
        self.note.setPlaceholderText(self.tr("What came of it, in a few words (stays here)."))
        self.note.setMaximumHeight(90)
        form.addRow(self.tr("Outcome note:"), self.note)
        self.save_button = QPushButton(self.tr("Save follow-up"), follow)
        self.save_button.setObjectName("referral-save")
        self.save_button.clicked.connect(self._save)
        form.addRow("", self.save_button)

        self.open_client = QPushButton(self.tr("Open client"), self)
        self.open_client.clicked.connect(self._open_client)
        self.letter = QPushButton(self.tr("Letter…"), self)
        self.letter.setObjectName("referral-letter")
        self.letter.clicked.connect(self._letter)
        links = QHBoxLayout()
        links.addWidget(self.open_client)
        links.addWidget(self.letter)
        links.addStretch(1)

        # After an outcome the row may leave the list: say what was done, offer to undo.
        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("referral-undo-bar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_text = QLabel(self.undo_bar)
        self.undo_text.setObjectName("referral-undo-text")
        self.undo_text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_bar)
        self.undo_button.setObjectName("referral-undo")
        self.undo_button.clicked.connect(self._undo)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.addWidget(self.undo_text, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._before: Referral | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(steps)
        layout.addWidget(follow)
        layout.addLayout(links)
        layout.addStretch(1)
        self._parts: tuple[QWidget, ...] = (
            steps,
            follow,
            self.open_client,
            self.letter,
            self.details,
        )
        self.show_referral(None)

    def show_referral(self, row: ReferralRow | None) -> None:
        self._row = row
        for w in (
            self.open_client,
            self.letter,
            self.save_button,
            self.follow_up,
            self.note,
            self.close_reason,
            self.close_button,
            *self.state_buttons.values(),
        ):
            w.setEnabled(row is not None)
        for part in self._parts:
            part.setVisible(row is not None)
        if row is None:
            self.heading.setText(self.tr("Choose a referral in the list."))
            self.details.setText("")
            self.note.setPlainText("")
            return
        lang = self.context.ui_lang
        self.heading.setText(f"{row.code} · {row.client_name or row.client_number}")
        needs = ", ".join(category_label(c, lang) for c in row.categories)
        self.details.setText(
            "\n".join(
                [
                    row.service_name_in(lang.value),
                    self.tr("For: %1").replace("%1", needs),
                    self.tr("State: %1").replace("%1", state_text(row.state)),
                ]
            )
        )
        allowed = TRANSITIONS[row.state]
        for state, button in self.state_buttons.items():
            button.setEnabled(state in allowed)
        self.close_button.setEnabled(ReferralState.CLOSED in allowed)
        self.close_reason.setEnabled(ReferralState.CLOSED in allowed)
        day = row.follow_up_on
        self.follow_up.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
        self.note.setPlainText(row.outcome_note)

    def _note(self) -> str:
        return self.note.toPlainText()[:MAX_NOTE]

    def _move(self, state: ReferralState) -> None:
        if self._row is None:
            return
        self._run(
            lambda rid: change_state(self.context.session, rid, state, outcome_note=self._note()),
            undoable=state_text(state),
        )

    def _close(self) -> None:
        if self._row is None:
            return
        reason = CloseReason(self.close_reason.currentData())
        self._run(
            lambda rid: change_state(
                self.context.session,
                rid,
                ReferralState.CLOSED,
                close_reason=reason,
                outcome_note=self._note(),
            ),
            undoable=state_text(ReferralState.CLOSED),
        )

    def _save(self) -> None:
        if self._row is None:
            return
        q = self.follow_up.date()
        day = date(q.year(), q.month(), q.day())
        self._run(
            lambda rid: update_follow_up(
                self.context.session, rid, follow_up_on=day, outcome_note=self._note()
            )
        )

    def _run(self, action: Callable[[int], object], undoable: str = "") -> None:
        assert self._row is not None
        rid, code = self._row.id, self._row.code
        try:
            before = load_referral(self.context.session, rid) if undoable else None
            action(rid)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        if before is not None:
            self._before = before
            self.undo_text.setText(
                self.tr("Referral %1 marked “%2”.").replace("%1", code).replace("%2", undoable)
            )
            self.undo_bar.show()
        else:
            self.undo_bar.hide()
        self.changed.emit(rid)

    def _undo(self) -> None:
        before, self._before = self._before, None
        self.undo_bar.hide()
        if before is None or before.id is None:
            return
        try:
            undo_state_change(self.context.session, before)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self.undo_text.setText("")
        self.changed.emit(before.id)
        self.undone.emit(before.id)

    def _open_client(self) -> None:
        if self._row is not None:
            self.client_open_requested.emit(self._row.client_id)

    def _letter(self) -> None:
        if self._row is not None:
            self.letter_requested.emit([self._row.id])
