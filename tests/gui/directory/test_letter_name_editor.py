"""The directory editor offers a name and an address line for letters, says while typing
when the plain name would hold a letter, and refuses a letter name that is itself flagged."""

from __future__ import annotations

from intake_app.directory.sample import sample_services
from intake_app.domain.common import Lang

from intake_app.ui.directory.editor import ServiceEditor


def test_editor_offers_letter_names_and_checks_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    service = next(s for s in sample_services() if s.letter_name)
    orgs = [s.organization for s in sample_services()]
    editor = ServiceEditor(service, orgs, Lang.EN)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.letter_name.text() == service.letter_name
    assert "instead" in editor.name_hint.text()
    editor.letter_name.setText("")
    assert "neutral name" in editor.name_hint.text()
    editor.letter_name.setText("Accueil des réfugiés")
    problems: dict[str, str] = {}
    editor.service(problems)
    assert problems.get("letter_name") == "letter-flagged"
    editor.letter_name.setText("Le Phare — Côte-des-Neiges")
    editor.letter_line.setText("2e étage")
    editor.org_letter_name.setText("Le Phare")
    problems = {}
    edited = editor.service(problems)
    assert "letter_name" not in problems
    assert edited.letter_address_line == "2e étage"
    assert edited.organization.letter_name == "Le Phare"
    editor.name_fr.setText("Accueil et orientation")
    editor.name_en.setText("Welcome")
    assert not editor.name_hint.isVisibleTo(editor)
