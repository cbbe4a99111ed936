"""The intake form's "name in Latin letters": suggested by transliteration, then kept as the
caseworker confirmed it."""

from __future__ import annotations

from intake_app.domain.clients import Client
from intake_app.domain.common import Lang

from intake_app.ui.clients.intake_form import IntakeForm


def test_latin_name_is_suggested_then_saved_as_confirmed(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = IntakeForm(Lang.EN)
    qtbot.addWidget(form)
    form.set_client(Client(given_name="Мария", family_name="Иванова"))
    form.suggest_latin.click()
    assert form.latin.text() == "Mariya Ivanova"
    form.latin.setText("Maria Ivanova")  # the person's own spelling
    assert form.apply(Client()).latin_name == "Maria Ivanova"
    form.set_client(Client(given_name="Amina", latin_name="Amina D."))
    assert form.latin.text() == "Amina D."
