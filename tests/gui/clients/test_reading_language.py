"""The intake form's "Reads best" field: suggested from the spoken languages until the
caseworker picks one, stored on the client."""

from __future__ import annotations

from PySide6.QtCore import Qt

from intake_app.domain.clients import Client
from intake_app.domain.common import Lang

from intake_app.ui.clients.intake_form import IntakeForm
from intake_app.ui.clients.languages import CODE_ROLE


def _tick(form: IntakeForm, code: str) -> None:
    model = form.languages.model
    for row in range(model.rowCount()):
        item = model.item(row)
        if item.data(CODE_ROLE) == code:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(code)


def test_reading_language_follows_spoken_languages_until_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = IntakeForm(Lang.EN)
    qtbot.addWidget(form)
    form.set_client(Client(given_name="Ali"))
    _tick(form, "ff")  # no texts in Fula: no suggestion, the letter's language only
    assert form.reading_language.currentData() == "none"
    _tick(form, "fa")
    assert form.reading_language.currentData() == "fa"
    # the caseworker picks another: the form stops following
    index = form.reading_language.findData("prs")
    form.reading_language.setCurrentIndex(index)
    form.reading_language.activated.emit(index)
    _tick(form, "ar")
    assert form.reading_language.currentData() == "prs"


def test_reading_language_is_kept_on_the_client(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = IntakeForm(Lang.FR)
    qtbot.addWidget(form)
    form.set_client(Client(given_name="Olena", reading_language="uk"))
    assert form.reading_language.currentData() == "uk"
    assert form.apply(Client(given_name="Olena")).reading_language == "uk"


def test_an_unchosen_reading_language_shows_the_suggestion_and_stays_unset(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = IntakeForm(Lang.EN)
    qtbot.addWidget(form)
    client = Client(given_name="Ali", languages=("ar",))
    form.set_client(client)
    assert form.reading_language.currentData() == "ar"
    assert form.apply(client).reading_language == ""  # not a choice: nothing to save
