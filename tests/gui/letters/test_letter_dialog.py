"""The letter dialog on a real vault: preview from memory, live leak highlighting that holds
printing until edited or confirmed (audited), save as PDF, and print to a PDF printer with
the referral state change."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from intake_app.domain.audit import Action
from intake_app.domain.referrals import ReferralState
from intake_app.vault import referrals_repo
from intake_app.vault.audit import query_events
from intake_app.vault.session import VaultSession
from tests.conftest import SENTINEL_PREFIX
from tests.helpers.pdf import page_count, pdf_text
from tests.unit.letters.test_use_cases import _seed

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Question
from intake_app.ui.letters.letter_dialog import LetterDialog
from intake_app.ui.letters.letters_model import LettersModel
from intake_app.ui.letters.seams import LetterSeams


@pytest.fixture
def dialog(qtbot, context: AppContext) -> LetterDialog:  # type: ignore[no-untyped-def]
    ids = _seed(context.session)
    dlg = LetterDialog(context, ids)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.page_count == 2)
    return dlg


def _state(session: VaultSession, rid: int) -> ReferralState:
    referral = referrals_repo.load_referral(session.conn, rid)
    assert referral is not None
    return referral.state


def _actions(session: VaultSession, action: Action) -> list[str]:
    return [e.record_id for e in query_events(session.conn) if e.action == action.value]


def test_preview_shows_one_page_per_service_from_memory(dialog: LetterDialog) -> None:
    assert dialog.page_count == 2
    assert dialog.view.document() is dialog.document
    # the document reads from a QBuffer over bytes in memory, never from a file
    buffer = dialog._buffer
    assert buffer is not None and buffer.isOpen()
    assert bytes(buffer.data().data()).startswith(b"%PDF")


def test_letters_model_passes_the_model_tester(qtmodeltester, dialog: LetterDialog) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2


def test_preview_follows_the_reason_as_typed(qtbot, dialog: LetterDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.preview_ready, timeout=3000):
        dialog.reason.setPlainText("Needs a family doctor")
    assert "Needs a family doctor" in pdf_text(bytes(dialog._pdf.data()))


def test_status_words_hold_printing_until_edited(dialog: LetterDialog) -> None:
    dialog.reason.setPlainText("Personne sans papiers, cherche un médecin")
    assert dialog.warning.isVisibleTo(dialog)
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    index = dialog.model.index(0, LettersModel.CHECK)
    assert dialog.model.data(index) == "1"
    dialog.reason.setPlainText("Cherche un médecin")
    assert not dialog.warning.isVisibleTo(dialog)
    assert dialog.print_button.isEnabled()


def test_found_words_are_highlighted(dialog: LetterDialog) -> None:
    dialog.reason.setPlainText("Risque de déportation")
    block = dialog.reason.document().firstBlock()
    ranges = block.layout().formats()
    assert [(r.start, r.length) for r in ranges] == [(10, len("déportation"))]


def test_confirming_found_words_is_audited_when_the_letter_leaves(
    qtbot,
    dialog: LetterDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    session = dialog.context.session
    dialog.reason.setPlainText("Demandeur d'asile")
    monkeypatch.setattr(Question, "ask", staticmethod(lambda *a, **k: False))
    dialog.keep_button.click()
    assert not dialog.print_button.isEnabled()
    monkeypatch.setattr(Question, "ask", staticmethod(lambda *a, **k: True))
    dialog.keep_button.click()
    assert dialog.print_button.isEnabled() and not dialog.warning.isVisibleTo(dialog)
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(LetterSeams, "save_location", staticmethod(lambda *a: target))
    with qtbot.waitSignal(dialog.issued):
        dialog.save_button.click()
    first = dialog.model.letter_at(0).referral_id
    assert _actions(session, Action.LEAK_WARNING_CONFIRMED) == [str(first)]
    # editing again after a confirmation asks again
    dialog.reason.setPlainText("Demandeur d'asile, sans statut")
    assert not dialog.print_button.isEnabled()


def test_save_as_pdf_writes_the_chosen_file_and_marks_printed(
    qtbot,
    dialog: LetterDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    session = dialog.context.session
    suggested: list[str] = []
    target = tmp_path / "letters.pdf"

    def choose(parent: QWidget, name: str) -> Path:
        suggested.append(name)
        return target

    monkeypatch.setattr(LetterSeams, "save_location", staticmethod(choose))
    dialog.reason.setPlainText("Family doctor")
    with qtbot.waitSignal(dialog.issued) as issued:
        dialog.save_button.click()
    ids = [p.referral_id for p in dialog.model.letters()]
    assert issued.args == [ids]
    assert suggested == [f"referral-{dialog.model.letter_at(0).reference}-and-1.pdf"]
    pdf = target.read_bytes()
    assert page_count(pdf) == 2 and "Family doctor" in pdf_text(pdf)
    assert SENTINEL_PREFIX not in pdf_text(pdf)
    assert all(_state(session, rid) is ReferralState.PRINTED for rid in ids)
    assert sorted(_actions(session, Action.LETTER_SAVED)) == sorted(str(i) for i in ids)


def test_cancelling_the_save_dialog_changes_nothing(
    dialog: LetterDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(LetterSeams, "save_location", staticmethod(lambda *a: None))
    dialog.save_button.click()
    session = dialog.context.session
    assert _actions(session, Action.LETTER_SAVED) == []
    assert _state(session, dialog.model.letter_at(0).referral_id) is ReferralState.CREATED


def test_print_to_a_pdf_printer_renders_every_page_and_marks_printed(
    qtbot,
    dialog: LetterDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    session = dialog.context.session
    out = tmp_path / "printed.pdf"

    def to_pdf(parent: QWidget, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)
        return True

    monkeypatch.setattr(LetterSeams, "choose_printer", staticmethod(to_pdf))
    with qtbot.waitSignal(dialog.issued):
        dialog.print_button.click()
    assert page_count(out.read_bytes()) == 2
    ids = [p.referral_id for p in dialog.model.letters()]
    assert all(_state(session, rid) is ReferralState.PRINTED for rid in ids)
    printed = query_events(session.conn, action=Action.LETTER_PRINTED.value)
    assert sorted(e.record_id for e in printed) == sorted(str(i) for i in ids)
    assert printed[0].detail == {"pages": 2, "letters": 2}


def test_cancelling_the_print_dialog_changes_nothing(
    dialog: LetterDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(LetterSeams, "choose_printer", staticmethod(lambda *a: False))
    dialog.print_button.click()
    session = dialog.context.session
    assert _actions(session, Action.LETTER_PRINTED) == []
    assert _state(session, dialog.model.letter_at(0).referral_id) is ReferralState.CREATED


def test_changing_the_letter_language_rewrites_the_letter(qtbot, dialog: LetterDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.reason.setPlainText("Médecin de famille")
    index = dialog.language.findData("fr")
    with qtbot.waitSignal(dialog.preview_ready, timeout=3000):
        dialog.language.setCurrentIndex(index)
        dialog.language.activated.emit(index)
    letter = dialog.model.letter_at(0)
    assert letter.data.lang.value == "fr" and letter.data.reason == "Médecin de famille"
    assert "Madame, Monsieur" in pdf_text(bytes(dialog._pdf.data()))


def test_closing_drops_the_letters_from_memory(dialog: LetterDialog) -> None:
    dialog.reject()
    assert dialog.model.rowCount() == 0
    assert dialog._pdf.isEmpty()


def test_one_file_per_service_saves_each_letter_in_the_chosen_folder(
    qtbot,
    dialog: LetterDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(LetterSeams, "save_folder", staticmethod(lambda parent: tmp_path))
    assert dialog.one_file_each.isVisibleTo(dialog)
    dialog.one_file_each.setChecked(True)
    with qtbot.waitSignal(dialog.issued):
        dialog.save_button.click()
    names = sorted(p.name for p in tmp_path.glob("referral-*.pdf"))
    assert names == sorted(f"referral-{p.reference}.pdf" for p in dialog.model.letters())


def test_the_file_chooser_forgets_the_folder_it_was_in(
    qapp,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Qt's dialog writes the last folder to QtProject.conf in plain text; we remove it."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog, QFileDialog

    folder = tmp_path / "Amina Diallo"
    folder.mkdir()

    def exec_in_folder(self: QFileDialog) -> int:
        self.setDirectory(str(folder))
        self.selectFile(str(folder / "referral-X.pdf"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QFileDialog, "exec", exec_in_folder)
    chosen = LetterSeams.save_location(None, "referral-X.pdf")
    assert chosen is not None and chosen.name == "referral-X.pdf"
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.sync()
    remembered = " ".join(str(settings.value(k)) for k in settings.allKeys())
    assert "Amina" not in remembered


def test_the_opener_shows_a_refusal_calmly(
    qtbot,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from intake_app.ui.dialogs import Alert
    from intake_app.ui.letters.opener import open_letter_dialog

    shown: list[object] = []
    monkeypatch.setattr(Alert, "error", staticmethod(lambda parent, exc: shown.append(exc)))
    assert open_letter_dialog(context, [12345]) is None
    assert len(shown) == 1


def test_the_opener_opens_the_dialog_and_reports_issued_letters(
    qtbot,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from intake_app.ui.letters.opener import open_letter_dialog

    ids = _seed(context.session, 1)
    issued: list[list[int]] = []
    dialog = open_letter_dialog(context, ids, on_issued=issued.append)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.isModal()
    qtbot.waitUntil(lambda: dialog.page_count == 1)
    monkeypatch.setattr(LetterSeams, "save_location", staticmethod(lambda *a: tmp_path / "x.pdf"))
    dialog.save_button.click()
    assert issued == [ids]
