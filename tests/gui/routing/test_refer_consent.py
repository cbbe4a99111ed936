"""Consent inside Refer, the letter-name badge on routing cards, and a letter to a service
whose plain name would be flagged: held with the guard's banner until a name is chosen."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from intake_app.clients.intake import update_client, view_client
from intake_app.domain.clients import ConsentMethod, Need, ShareItem
from intake_app.domain.common import Urgency
from intake_app.domain.referrals import ReferralFilter
from intake_app.letters import use_cases as letters
from intake_app.vault import referrals_repo
from intake_app.vault.directory_repo import save_service
from intake_app.vault.session import VaultSession
from tests.unit.referrals.helpers import World

from intake_app.ui.context import AppContext
from intake_app.ui.letters.letter_dialog import LetterDialog
from intake_app.ui.routing.routing_view import RoutingView
from intake_app.ui.routing.suggestions_model import Kind, Role

ASYLUM = "Soutien aux demandeurs d'asile"
COUNSEL = "Soutien psychosocial pour personnes réfugiées"


def _legal_client(session: VaultSession, world: World) -> int:
    assert world.client.id is not None
    client = view_client(session, world.client.id)
    needs = (Need("settlement", Urgency.TODAY), Need("mental-health", Urgency.THIS_WEEK))
    update_client(session, replace(client, needs=needs))
    # One flagged service keeps its neutral letter name, the other loses it.
    counsel = next(s for s in world.services if s.name == COUNSEL)
    with session.write() as conn:
        save_service(conn, replace(counsel, letter_name=""))
    return world.client.id


def _cards(view: RoutingView) -> dict[str, int]:
    out = {}
    for r in range(view.proxy.rowCount()):
        index = view.proxy.index(r, 0)
        if index.data(Role.KIND) == Kind.SUGGESTION:
            out.setdefault(index.data(Role.TITLE), r)
    return out


def _tick(qtbot, view: RoutingView, row: int) -> None:  # type: ignore[no-untyped-def]
    index = view.proxy.index(row, 0)
    view.view.scrollTo(index)
    rect = view.view.visualRect(index)
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def _open(qtbot, context: AppContext, client_id: int) -> RoutingView:  # type: ignore[no-untyped-def]
    view = RoutingView(context, client_id)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_cards_badge_a_service_whose_name_would_be_flagged(
    qtbot, context: AppContext, session: VaultSession, world: World, tmp_path: Path
) -> None:
    view = _open(qtbot, context, _legal_client(session, world))
    cards = _cards(view)
    asylum = view.proxy.index(cards[next(t for t in cards if "asylum" in t.lower())], 0)
    assert "On letters: Le Phare" in asylum.data(Role.LETTER_BADGE)
    counsel = view.proxy.index(cards[next(t for t in cards if "refugees" in t.lower())], 0)
    assert "choose a letter name" in counsel.data(Role.LETTER_BADGE)
    plain = view.proxy.index(
        cards[next(t for t in cards if "refugee" not in t.lower() and "asylum" not in t.lower())], 0
    )
    assert plain.data(Role.LETTER_BADGE) == ""
    view.view.scrollTo(asylum, view.view.ScrollHint.PositionAtTop)
    assert view.grab().save(str(tmp_path / "flagged-service-badge.png"))
    view.view.scrollTo(counsel, view.view.ScrollHint.PositionAtTop)
    assert view.grab().save(str(tmp_path / "flagged-service-held-badge.png"))
    view.shutdown()


def test_refer_records_what_the_person_agrees_to_share_and_refusal_still_refers(
    qtbot, context: AppContext, session: VaultSession, world: World, tmp_path: Path
) -> None:
    client_id = _legal_client(session, world)
    view = _open(qtbot, context, client_id)
    panel = view.consent
    assert panel.isVisible()
    assert "initials only" in panel.preview.text() and "no reason" in panel.preview.text()
    panel.boxes[ShareItem.NAME].setChecked(True)
    panel.boxes[ShareItem.REFERRAL_REASON].setChecked(True)
    panel.method.setCurrentIndex(panel.method.findData(ConsentMethod.WRITTEN))
    assert "Amina Diallo" in panel.preview.text() and "the reason you write" in panel.preview.text()
    cards = _cards(view)
    _tick(qtbot, view, cards[next(t for t in cards if "asylum" in t.lower())])
    QApplication.processEvents()  # let the layout follow the Refer button's new text
    assert view.grab().save(str(tmp_path / "consent-step.png"))
    view.refer()
    client = view_client(session, client_id)
    asylum = next(s for s in world.services if s.name == ASYLUM)
    (consent,) = [c for c in client.consents if c.with_whom == asylum.id]
    assert consent.shares == {ShareItem.NAME, ShareItem.REFERRAL_REASON}
    assert consent.method is ConsentMethod.WRITTEN and consent.given_on is not None

    # Refusal: nothing ticked, the referral is still made and its letter still prints.
    for box in panel.boxes.values():
        box.setChecked(False)
    cards = _cards(view)
    _tick(qtbot, view, cards[next(t for t in cards if "refugees" in t.lower())])
    view.refer()
    rows = referrals_repo.list_referrals(session.conn, ReferralFilter(client_id=client_id))
    assert len(rows) == 2
    counsel_row = next(r for r in rows if r.service_name == COUNSEL)
    (prepared,) = letters.prepare_letters(session, [counsel_row.id])
    assert prepared.data.client_name == "A. D." and not prepared.data.reason_allowed
    view.shutdown()


def test_a_letter_to_a_flagged_service_is_held_until_a_name_is_chosen(
    qtbot, context: AppContext, session: VaultSession, world: World, tmp_path: Path
) -> None:
    client_id = _legal_client(session, world)
    view = _open(qtbot, context, client_id)
    cards = _cards(view)
    _tick(qtbot, view, cards[next(t for t in cards if "refugees" in t.lower())])
    view.refer()
    view.shutdown()
    (row,) = referrals_repo.list_referrals(session.conn, ReferralFilter(client_id=client_id))
    dialog = LetterDialog(context, [row.id])
    qtbot.addWidget(dialog)
    dialog.resize(1024, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.name_banner.isVisible()
    assert "Counselling for refugees" in dialog.name_text.text()  # the letter is in English
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.name_choice.currentText() == "Écoute Tournesol (démo)"
    assert dialog.grab().save(str(tmp_path / "held-letter-banner.png"))
    dialog.name_button.click()
    assert not dialog.name_banner.isVisible()
    assert dialog.print_button.isEnabled()
    assert dialog.model.letter_at(0).data.service_name == "Écoute Tournesol (démo)"


def test_the_consent_unfolds_once_when_someone_never_asked_picks_a_service(
    qtbot, context: AppContext, session: VaultSession, world: World
) -> None:
    client_id = _legal_client(session, world)
    assert view_client(session, client_id).consents == ()
    view = _open(qtbot, context, client_id)
    panel = view.consent
    assert not panel.unfolded() and panel.summary.isVisible() and not panel.details.isVisible()
    assert "initials only" in panel.summary.text()
    cards = _cards(view)
    _tick(qtbot, view, cards[next(t for t in cards if "asylum" in t.lower())])
    assert panel.unfolded() and panel.details.isVisible() and not panel.summary.isVisible()
    panel.toggle.click()  # folded back by the caseworker: it stays folded
    _tick(qtbot, view, cards[next(t for t in cards if "refugees" in t.lower())])
    assert not panel.unfolded() and len(view.model.checked()) == 2
    view.refer()
    client = view_client(session, client_id)
    assert len([c for c in client.consents if c.with_whom]) == 2  # recorded all the same
    view.shutdown()
