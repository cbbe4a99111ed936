"""The letter dialog's reading-language controls: suggested language shown, choice
re-renders the preview, fallbacks explained, the note for the person guarded."""

from __future__ import annotations

import unicodedata

from intake_app.settings import change_settings
from intake_app.vault import referrals_repo
from tests.helpers.pdf import pdf_text
from tests.unit.letters.test_reading_use_cases import _seed

from intake_app.ui.context import AppContext
from intake_app.ui.letters.letter_dialog import LetterDialog


def _dialog(qtbot, context: AppContext, **client_fields: object) -> LetterDialog:  # type: ignore[no-untyped-def]
    dlg = LetterDialog(context, _seed(context.session, **client_fields))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.page_count >= 2)
    return dlg


def _preview_text(dlg: LetterDialog) -> str:
    return unicodedata.normalize("NFKC", pdf_text(bytes(dlg._pdf.data())))


def test_suggested_language_is_chosen_and_printed(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, context, languages=("ar", "fr"))
    assert dlg.reading.language.currentData() == "ar"
    assert "الرسالة" in _preview_text(dlg)
    # draft texts: the dialog says nobody fluent has read them yet
    assert "not yet reviewed" in dlg.reading.message.text()


def test_choosing_another_language_updates_the_preview(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, context, languages=("ar",))
    index = dlg.reading.language.findData("es")
    dlg.reading.language.setCurrentIndex(index)
    with qtbot.waitSignal(dlg.preview_ready, timeout=3000):
        dlg.reading.language.activated.emit(index)
    assert "Traiga esta carta" in _preview_text(dlg)
    assert dlg.model.letter_at(0).data.reading_language == "es"
    assert dlg.model.letter_at(1).data.reading_language == "ar"  # the other letter keeps its own


def test_language_without_texts_is_explained(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, context, reading_language="wo")
    assert dlg.reading.message.isVisibleTo(dlg)
    assert "no texts" in dlg.reading.message.text()
    assert not dlg.reading.note.isEnabled()


def test_turned_off_language_is_explained(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    change_settings(context.session, {"letters.reading_languages_off": "ta"})
    dlg = _dialog(qtbot, context, reading_language="ta")
    assert "turned Tamil off" in dlg.reading.message.text()
    assert "(turned off)" in dlg.reading.language.currentText()


def test_status_words_in_the_note_hold_printing(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, context, reading_language="es")
    dlg.reading.note.setPlainText("Usted no tiene papeles.")
    assert dlg.warning.isVisibleTo(dlg)
    assert "the note for the person" in dlg.warning_text.text()
    assert not dlg.print_button.isEnabled()
    dlg.reading.note.setPlainText("Llegue a las nueve.")
    assert dlg.print_button.isEnabled()


def test_release_remembers_the_choice_per_referral(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, context, languages=("ru",))
    assert dlg._release() is not None
    ids = [p.referral_id for p in dlg.model.letters()]
    stored = referrals_repo.load_referrals(context.session.conn, ids)
    assert [r.reading_language for r in stored] == ["ru", "ru"]


def test_choosing_the_letters_language_only_removes_the_part(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, context, languages=("ar",))
    dlg.reading.language.setCurrentIndex(0)
    with qtbot.waitSignal(dlg.preview_ready, timeout=3000):
        dlg.reading.language.activated.emit(0)
    assert dlg.model.letter_at(0).data.reading_language == ""
    assert dlg.reading.message.text() == ""
    assert _preview_text(dlg).count("الرمز المرجعي") == 1  # only the other letter keeps it
    assert dlg.model.letter_at(0).reading_asked == "none"
