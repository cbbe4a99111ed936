"""Every audit action reads as words in both interface languages, never as its code."""

from __future__ import annotations

from intake_app.domain.audit import Action
from intake_app.domain.common import Lang

from intake_app.ui.audit.labels import action_label
from intake_app.ui.i18n import install_translators


def test_every_action_has_an_english_and_a_french_label(qapp) -> None:
    install_translators(Lang.EN)
    english = {a: action_label(a) for a in Action}
    install_translators(Lang.FR)
    french = {a: action_label(a) for a in Action}
    assert [a.value for a in Action if english[a] == a.value] == [], "no English label"
    assert [a.value for a in Action if french[a] == english[a]] == [], "no French label"
    assert len(set(english.values())) == len(english), "two actions read the same"
    assert len(set(french.values())) == len(french), "two actions read the same in French"
