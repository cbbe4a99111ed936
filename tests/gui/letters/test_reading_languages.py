"""Settings → Letters → Languages for the person: lists every shipped language with its
review status; a coordinator turns languages off, a caseworker only reads."""

from __future__ import annotations

from PySide6.QtCore import Qt

from intake_app.domain.users import Role, User
from intake_app.letters.client_texts import shipped
from intake_app.settings import read_settings

from intake_app.ui.context import AppContext
from intake_app.ui.letters.letters_section import LettersSection
from intake_app.ui.letters.reading_languages import ReadingLanguagesModel


def _row(model: ReadingLanguagesModel, code: str) -> int:
    return list(shipped()).index(code)


def test_every_language_is_listed_as_not_yet_reviewed(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    section = LettersSection(context)
    qtbot.addWidget(section)
    model = section.reading_languages.model
    assert model.rowCount() == len(shipped())
    texts = [model.data(model.index(r, model.REVIEW)) for r in range(model.rowCount())]
    assert set(texts) == {"Not yet reviewed by a fluent speaker"}


def test_model_passes_the_model_tester(qtmodeltester, qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    section = LettersSection(context)
    qtbot.addWidget(section)
    qtmodeltester.check(section.reading_languages.model)


def test_a_coordinator_turns_a_language_off_and_it_is_saved(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    section = LettersSection(context)
    qtbot.addWidget(section)
    model = section.reading_languages.model
    index = model.index(_row(model, "ti"), model.PRINTED)
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    section.save()
    assert read_settings(context.session)["letters.reading_languages_off"] == "ti"
    again = LettersSection(context)
    qtbot.addWidget(again)
    m2 = again.reading_languages.model
    assert m2.data(m2.index(_row(m2, "ti"), m2.PRINTED)) == "Off"
    assert m2.data(m2.index(_row(m2, "ar"), m2.PRINTED)) == "On"


def test_a_caseworker_cannot_turn_languages_off(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    context.session.user = User(id=context.session.user.id, name="Casey", role=Role.CASEWORKER)
    section = LettersSection(context)
    qtbot.addWidget(section)
    model = section.reading_languages.model
    index = model.index(0, model.PRINTED)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
