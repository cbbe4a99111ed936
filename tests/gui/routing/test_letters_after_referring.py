"""Right after "Refer" on a client's Services tab, the letters are offered."""

from __future__ import annotations

import pytest

from tests.unit.referrals.helpers import World

from intake_app.ui.clients import client_tabs
from intake_app.ui.context import AppContext


@pytest.mark.parametrize("answer", [True, False])
def test_referring_offers_the_letters_for_the_new_referrals(
    qtbot, context: AppContext, world: World, monkeypatch, answer: bool
) -> None:
    asked: list[str] = []
    opened: list[list[int]] = []
    monkeypatch.setattr(
        client_tabs.Question,
        "ask",
        staticmethod(lambda _p, text, *_a: asked.append(text) or answer),
    )
    monkeypatch.setattr(
        "intake_app.ui.letters.opener.open_letter_dialog",
        lambda _ctx, ids, _parent, **_kw: opened.append(ids),
    )
    [(title, view)] = client_tabs.extra_client_tabs(context, world.client.id)
    qtbot.addWidget(view)
    assert title == "Services"
    view.referrals_created.emit([11, 12])
    assert asked == ["2 referrals made. Prepare the letters now?"]
    assert opened == ([[11, 12]] if answer else [])
    view.shutdown()
