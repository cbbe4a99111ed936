"""The letter dialog: a reason per letter with live leak-guard highlighting, a preview fed
from memory, Print through the system dialog and Save as PDF.

A batch (more than one letter) is rendered on a worker behind a progress dialog with
Cancel — the preview, the paper and the saved file alike; one letter renders in place.

Nothing touches the disk until the caseworker saves: the preview reads the PDF from a
`QBuffer`, and printing renders each page from that same in-memory document at the
printer's resolution (capped at 300 dpi, which is more than a letter needs).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.common import Lang
from intake_app.errors import ErrorCode, KnownError
from intake_app.letters import use_cases as uc
from intake_app.letters.allowlist import LetterData
from intake_app.letters.options import PaperSize
from intake_app.letters.printed import fingerprint
from intake_app.letters.use_cases import PreparedLetter

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert, Question
from intake_app.ui.letters.leak_highlighter import LeakHighlighter
from intake_app.ui.letters.letters_model import LettersModel
from intake_app.ui.letters.reading_panel import ReadingPanel
from intake_app.ui.letters.seams import LetterSeams
from intake_app.ui.widgets.progress_runner import BackgroundTask, run_with_progress
from intake_app.ui.widgets.screen_fit import fit_to_screen
from intake_app.ui.widgets.tones import Tone, panel_css

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300
PREVIEW_DELAY_MS = 250


class LetterDialog(QDialog):
    """Letters for some referrals of one client. Emits `issued` with the referral ids once
    they are printed or saved (they are then in the "printed" state)."""

    issued = Signal(list)
    preview_ready = Signal()
    preview_stopped = Signal()

    def __init__(
        self, context: AppContext, referral_ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letter-dialog")
        self.setWindowTitle(self.tr("Referral letters"))
        self.context = context
        self._options = uc.render_options(context.session)
        self._off = uc.turned_off_languages(context.session)
        self._confirmed: dict[int, tuple[str, ...]] = {}
        self._pdf = QByteArray()
        self._buffer: QBuffer | None = None
        self._page_count = 0
        self._preview_task: BackgroundTask | None = None
        self._preview_again = False
        self._preview_round = 0  # a preview that ends after printing began is dropped

        self.model = LettersModel(self)
        self.model.set_letters(uc.prepare_letters(context.session, referral_ids))
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.table.selectRow(0)
        self._show_current()
        self.refresh_preview()

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "One letter per service. Write a short reason for each letter: the person will "
                "carry it, so say only what the service needs to know."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.table = QTableView(self)
        self.table.setObjectName("letters-table")
        self.table.setAccessibleName(self.tr("Letters to prepare"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            LettersModel.SERVICE, QHeaderView.ResizeMode.Stretch
        )
        for col in (LettersModel.LANGUAGE, LettersModel.REFERENCE, LettersModel.CHECK):
            self.table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setMaximumHeight(150)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.language = QComboBox(self)
        self.language.setObjectName("letter-language")
        self.language.addItem("Français", Lang.FR.value)
        self.language.addItem("English", Lang.EN.value)
        self.language.activated.connect(self._language_chosen)

        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("letter-reason")
        self.reason.setPlaceholderText(
            self.tr("For example: needs a family doctor; prefers morning appointments.")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(90)
        self.reason.setMaximumHeight(160)
        self.highlighter = LeakHighlighter(self.reason.document())
        self.reason.textChanged.connect(self._reason_edited)

        self.consent_note = QLabel(
            self.tr(
                "The person has not agreed to share a reason with this service, so no reason "
                "will be printed."
            ),
            self,
        )
        self.consent_note.setWordWrap(True)
        self.consent_note.setObjectName("letter-consent-note")

        self.warning = QFrame(self)
        self.warning.setObjectName("letter-leak-warning")
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning.setStyleSheet(panel_css("letter-leak-warning", Tone.WARN))
        self.warning_text = QLabel(self.warning)
        self.warning_text.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("Keep these words…"), self.warning)
        self.keep_button.setObjectName("letter-keep-words")
        self.keep_button.clicked.connect(self._confirm_words)
        warning_layout = QVBoxLayout(self.warning)
        warning_layout.addWidget(self.warning_text)
        warning_layout.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignRight)

        self.name_banner = QFrame(self)
        self.name_banner.setObjectName("letter-name-banner")
        self.name_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_banner.setStyleSheet(panel_css("letter-name-banner", Tone.BAD))
        self.name_text = QLabel(self.name_banner)
        self.name_text.setObjectName("letter-name-text")
        self.name_text.setWordWrap(True)
        self.name_choice = QComboBox(self.name_banner)
        self.name_choice.setObjectName("letter-name-choice")
        self.name_choice.setEditable(True)
        self.name_choice.setToolTip(
            self.tr("A neutral name: the organization's name alone, or the clinic's or centre's")
        )
        self.name_button = QPushButton(self.tr("Print this name"), self.name_banner)
        self.name_button.setObjectName("letter-name-use")
        self.name_button.clicked.connect(self._name_chosen)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_choice, 1)
        name_row.addWidget(self.name_button)
        name_layout = QVBoxLayout(self.name_banner)
        name_layout.addWidget(self.name_text)
        name_layout.addLayout(name_row)

        self.reading = ReadingPanel(self._off, self)
        self.reading.language_chosen.connect(self._reading_chosen)
        self.reading.note_edited.connect(self._note_edited)

        form = QFormLayout()
        form.addRow(self.tr("Letter language:"), self.language)
        form.addRow(self.tr("Reason for this letter:"), self.reason)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(intro)
        left_layout.addSpacing(6)
        left_layout.addWidget(self.table)
        left_layout.addSpacing(6)
        left_layout.addWidget(self.name_banner)
        left_layout.addLayout(form)
        left_layout.addWidget(self.consent_note)
        left_layout.addWidget(self.reading)
        left_layout.addWidget(self.warning)
        left_layout.addStretch(1)

        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._document_status)
        self.view = QPdfView(self)
        self.view.setObjectName("letter-preview")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setMinimumWidth(300)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        self.status = QLabel(self)
        self.status.setObjectName("letter-status")
        self.one_file_each = QCheckBox(self.tr("One file per service"), self)
        self.one_file_each.setObjectName("letter-one-file-each")
        self.one_file_each.setVisible(self.model.rowCount() > 1)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("letter-save")
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("letter-print")
        self.print_button.setDefault(True)
        close_button = QPushButton(self.tr("Close"), self)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_letters)
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.one_file_each)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(1180, 700))

    # --- the current letter ------------------------------------------------------------

    def _row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else 0

    def _current(self) -> PreparedLetter:
        return self.model.letter_at(self._row())

    def _show_current(self) -> None:
        if self.model.rowCount() == 0:
            return
        letter = self._current()
        self.reason.blockSignals(True)
        self.reason.setPlainText(letter.data.reason)
        self.reason.blockSignals(False)
        self.highlighter.rehighlight()
        allowed = letter.data.reason_allowed
        self.reason.setEnabled(allowed)
        self.consent_note.setVisible(not allowed)
        self.language.setCurrentIndex(self.language.findData(letter.data.lang.value))
        self.reading.show_letter(letter)
        self._show_name_banner(letter)
        self._update_warning()

    def _show_name_banner(self, letter: PreparedLetter) -> None:
        """A held letter: the service's own name would tell the reader about the bearer."""
        held = letter.held and letter.naming is not None
        self.name_banner.setVisible(held)
        if not held or letter.naming is None:
            return
        self.name_text.setText(
            self.tr(
                "The name of this service, “%1”, may reveal something about the person who "
                "carries the letter. Choose the name to print instead (a coordinator can "
                "save a letter name for it in the directory)."
            ).replace("%1", letter.naming.plain)
        )
        self.name_choice.clear()
        for option in letter.naming.options:
            self.name_choice.addItem(option)
        self.name_choice.setCurrentText(letter.naming.options[0] if letter.naming.options else "")

    def _name_chosen(self) -> None:
        name = self.name_choice.currentText().strip()
        if not name:
            return
        row = self._row()
        letter = self.model.letter_at(row)
        self.model.replace_letter(row, uc.choose_service_name(letter, name))
        self._show_current()
        self.refresh_preview()

    def _reason_edited(self) -> None:
        row = self._row()
        letter = self.model.letter_at(row)
        updated = uc.apply_reasons([letter], {letter.referral_id: self.reason.toPlainText()})
        self.model.replace_letter(row, updated[0])
        self._update_warning()
        self._timer.start()

    def _language_chosen(self, _index: int) -> None:
        lang = Lang(self.language.currentData())
        row = self._row()
        letter = self.model.letter_at(row)
        if lang is letter.data.lang:
            return
        try:
            fresh = uc.prepare_letters(self.context.session, [letter.referral_id], lang=lang)[0]
        except KnownError as exc:
            Alert.error(self, exc)
            return
        fresh = uc.apply_reasons([fresh], {letter.referral_id: letter.data.reason})[0]
        fresh = uc.with_reading_language(fresh, letter.reading_asked, self._off)
        fresh = uc.with_client_note(fresh, letter.data.client_note)
        if fresh.held and not letter.held:
            fresh = uc.choose_service_name(fresh, letter.data.service_name)
        self.model.replace_letter(row, fresh)
        self._show_name_banner(fresh)
        self.refresh_preview()

    def _reading_chosen(self, code: str) -> None:
        row = self._row()
        letter = self.model.letter_at(row)
        self.model.replace_letter(row, uc.with_reading_language(letter, code, self._off))
        self.reading.show_letter(self.model.letter_at(row))
        self._update_warning()
        self.refresh_preview()

    def _note_edited(self, text: str) -> None:
        row = self._row()
        self.model.replace_letter(row, uc.with_client_note(self.model.letter_at(row), text))
        self._update_warning()
        self._timer.start()

    # --- the leak guard ------------------------------------------------------------------

    def _unconfirmed(self) -> dict[int, int]:
        """Letters with words found and not confirmed as they stand now: id → count."""
        pending: dict[int, int] = {}
        for p in self.model.letters():
            found = uc.field_leaks(p)
            if found and self._confirmed.get(p.referral_id) != fingerprint(found, p.data):
                pending[p.referral_id] = sum(len(v) for v in found.values())
        return pending

    def _field_names(self) -> str:
        """The printed fields with finds in the current letter, named for the caseworker."""
        labels = {
            "reason": self.tr("the reason"),
            "service_name": self.tr("the service's name"),
            "organization_name": self.tr("the organization's name"),
            "client_name": self.tr("the person's name"),
            "address": self.tr("the address"),
            "letter_address_line": self.tr("the address"),
            "letterhead": self.tr("your letterhead"),
            "caseworker_name": self.tr("your name"),
            "client_note": self.tr("the note for the person"),
            "person_phone": self.tr("the person's phone"),
        }
        if self.model.rowCount() == 0:
            return ""
        names = []
        for name in uc.field_leaks(self._current()):
            label = labels.get(name.split(".")[0].split("[")[0], self.tr("the service's details"))
            if label not in names:
                names.append(label)
        return ", ".join(names)

    def _update_warning(self) -> None:
        pending = self._unconfirmed()
        count = sum(pending.values())
        self.warning.setVisible(bool(pending))
        if pending:
            where = self._field_names()
            text = self.tr(
                "%n word(s) highlighted may reveal something about the person's status or "
                "papers. Change them, or keep them if the service truly needs to know.",
                "",
                count,
            )
            if where:
                text += " " + self.tr("Found in: %1.").replace("%1", where)
            self.warning_text.setText(text)
        held = any(p.held for p in self.model.letters())
        ready = not pending and not held
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _confirm_words(self) -> None:
        if not Question.ask(
            self,
            self.tr(
                "The highlighted words will be printed on a letter the person carries. "
                "Anyone who reads it will see them. Print them anyway?"
            ),
            self.tr("Print them"),
            self.tr("Go back and edit"),
            destructive=True,  # Enter goes back to editing; printing needs a deliberate click
        ):
            return
        for letter in self.model.letters():
            self._confirmed[letter.referral_id] = fingerprint(uc.field_leaks(letter), letter.data)
        self._update_warning()

    # --- preview -------------------------------------------------------------------------

    def _letters(self) -> list[LetterData]:
        return [p.data for p in self.model.letters()]

    def refresh_preview(self) -> None:
        self._timer.stop()
        letters = self._letters()
        if len(letters) <= 1:
            try:
                pdf = uc.render_pdf(letters, self._options, preview=True)
            except KnownError as exc:
                Alert.error(self, exc)
                return
            self._load(pdf)
            return
        if self._preview_task is not None:
            # An edit while a batch renders: stop that one and render again once it ends.
            self._preview_again = True
            self._preview_task.cancel()
            return
        options = self._options
        task = BackgroundTask(
            self,
            self.tr("Preparing the preview of %n letter(s)…", "", len(letters)),
            self.tr("Cancel"),
            self.context.pool,
            lambda progress, cancelled: uc.render_pdf(
                letters, options, progress, cancelled, preview=True
            ),
        )
        self._preview_round += 1
        round_ = self._preview_round
        task.succeeded.connect(lambda pdf: self._preview_rendered(pdf, round_))
        task.failed.connect(lambda error: self._preview_failed(error, round_))
        task.stopped.connect(lambda: self._preview_stopped(round_))
        self._preview_task = task
        task.start()

    def _stop_preview(self) -> None:
        """Printing or saving takes over the document: a batch preview still rendering is
        cancelled and its result, if it comes, is dropped."""
        self._timer.stop()
        self._preview_again = False
        self._preview_round += 1
        if self._preview_task is not None:
            self._preview_task.cancel()
            self._preview_task = None

    def _preview_rendered(self, pdf: object, round_: int) -> None:
        if round_ != self._preview_round:
            return
        self._preview_task = None
        assert isinstance(pdf, bytes)
        self._load(pdf)
        self._render_again_if_edited()

    def _preview_failed(self, error: object, round_: int) -> None:
        if round_ != self._preview_round:
            return
        self._preview_task = None
        self._preview_again = False
        assert isinstance(error, KnownError)
        Alert.error(self, error)

    def _preview_stopped(self, round_: int) -> None:
        if round_ != self._preview_round:
            return
        self._preview_task = None
        if self._render_again_if_edited():
            return
        self.status.setText(
            self.tr("The preview was stopped; it shows the letters as they were before.")
        )
        self.preview_stopped.emit()

    def _render_again_if_edited(self) -> bool:
        """After a batch preview ended: render again if an edit came meanwhile."""
        if not self._preview_again:
            return False
        self._preview_again = False
        self.refresh_preview()
        return True

    def _load(self, pdf: bytes) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._pdf = QByteArray(pdf)
        self._buffer = QBuffer(self._pdf, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _document_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self._page_count = self.document.pageCount()
            self.preview_ready.emit()

    @property
    def page_count(self) -> int:
        return self._page_count

    # --- print and save ------------------------------------------------------------------

    def _release(self) -> list[LetterData] | None:
        pending = self._unconfirmed()
        try:
            return uc.release_letters(
                self.context.session, self.model.letters(), confirmed=not pending
            )
        except KnownError as exc:
            Alert.error(self, exc)
            return None

    def _ids(self) -> list[int]:
        return [p.referral_id for p in self.model.letters()]

    def _issued(self, message: str) -> None:
        self.status.setText(message)
        self.issued.emit(self._ids())

    def print_letters(self) -> None:
        self._stop_preview()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = (
            QPageSize.PageSizeId.A4
            if self._options.paper is PaperSize.A4
            else QPageSize.PageSizeId.Letter
        )
        printer.setPageSize(QPageSize(size))
        printer.setFullPage(True)
        printer.setDocName(self.tr("Referral letter"))
        if not LetterSeams.choose_printer(self, printer):
            return
        released = self._release()
        if released is None:
            return
        try:
            # Paper comes from the released letters, rendered through the guard again.
            self._load(self._render_released(released, self.tr("Preparing the letters…")))
            pages = self._paint_batch(printer) if len(released) > 1 else self._paint(printer)
        except KnownError as exc:
            Alert.refused(
                self, exc, self.status, self.tr("Printing was cancelled. Nothing was printed.")
            )
            return
        if pages == 0:
            return
        try:
            uc.record_printed(self.context.session, self._ids(), pages)
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self._issued(self.tr("Sent to the printer. The referrals are marked as printed."))

    def _render_released(self, released: list[LetterData], label: str) -> bytes:
        """The paper PDF; a batch renders on a worker with progress and Cancel."""
        if len(released) <= 1:
            return uc.render_pdf(released, self._options)
        options = self._options
        pdf = run_with_progress(
            self,
            label,
            lambda progress, cancelled: uc.render_pdf(released, options, progress, cancelled),
            self.context.pool,
            cancel_text=self.tr("Cancel"),
        )
        assert isinstance(pdf, bytes)
        return pdf

    def _paint_batch(self, printer: QPrinter) -> int:
        """The pages go to the printer from a worker (QPainter may paint a QPrinter from
        any thread; the PDF document renders pages under its own lock). Cancelling aborts
        the print job, so no part of the batch is spooled."""
        pages = run_with_progress(
            self,
            self.tr("Sending the letters to the printer…"),
            lambda progress, cancelled: self._paint(printer, progress, cancelled),
            self.context.pool,
            cancel_text=self.tr("Cancel"),
        )
        assert isinstance(pages, int)
        return pages

    def _paint(
        self,
        printer: QPrinter,
        progress: Callable[[float], None] = lambda _f: None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> int:
        """Each page of the in-memory PDF rendered at the printer's resolution."""
        if self.document.status() != QPdfDocument.Status.Ready:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            log.info("the printer could not be opened")
            return 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            target = printer.paperRect(QPrinter.Unit.DevicePixel)
            count = self.document.pageCount()
            for page in range(count):
                if cancelled():
                    printer.abort()
                    raise KnownError(ErrorCode.CANCELLED)
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(page, size)
                painter.drawImage(target, image)
                progress((page + 1) / count)
        finally:
            if painter.isActive():
                painter.end()
        return count

    def save(self) -> None:
        self._stop_preview()
        letters = self.model.letters()
        each = self.one_file_each.isChecked() and len(letters) > 1
        if each:
            path = LetterSeams.save_folder(self)
        else:
            path = LetterSeams.save_location(self, uc.suggested_file_name(letters))
        if path is None:
            return
        released = self._release()
        if released is None:
            return
        try:
            if each:
                # Many letters: rendered and written on a worker, with progress and cancel.
                session, pairs, options = (
                    self.context.session,
                    list(zip(self._ids(), released, strict=True)),
                    self._options,
                )
                run_with_progress(
                    self,
                    self.tr("Saving the letters…"),
                    lambda progress, cancelled: uc.save_each_pdf(
                        session, path, pairs, options, progress, cancelled
                    ),
                    self.context.pool,
                    cancel_text=self.tr("Cancel"),
                )
            else:
                # Written only once the whole batch rendered, as a temporary file renamed
                # into place: a cancelled batch leaves no file behind.
                pdf = self._render_released(released, self.tr("Preparing the letters…"))
                uc.save_pdf(self.context.session, path, pdf, self._ids())
        except KnownError as exc:
            Alert.refused(
                self, exc, self.status, self.tr("Saving was cancelled. No file was written.")
            )
            return
        self._issued(self.tr("Saved. The referrals are marked as printed."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._clear()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._clear()
        super().done(result)

    def _clear(self) -> None:
        """Drop the letters and the preview from memory when the dialog goes away."""
        self._stop_preview()
        self.document.close()
        self._pdf = QByteArray()
        self.model.clear()
