"""The Clients page driven like a caseworker would: keyboard-only intake, search as you
type, the duplicate warning, merge and undo, unsaved changes, the sensitive note."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from intake_app.clients.consent import new_consent
from intake_app.clients.drafts import load_draft
from intake_app.domain.audit import Action
from intake_app.domain.clients import Client, Need, ShareItem
from intake_app.domain.common import Tri, Urgency
from intake_app.vault import clients_repo as repo
from intake_app.vault.audit import events_for_record
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import put_setting
from tests.unit.clients.helpers import add

from intake_app.ui.clients.models import (
    ClientHitsModel,
    ClientNeedsModel,
    ConsentsModel,
    DuplicatesModel,
    HistoryModel,
    HouseholdModel,
)
from intake_app.ui.dialogs import Question
from intake_app.ui.main_window import MainWindow
from intake_app.ui.pages.clients_page import ClientsPage


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _tab_to(qtbot, name: str, limit: int = 40) -> None:
    """Press Tab until the widget named `name` (or its child) has the focus."""
    for _ in range(limit):
        w = _focused()
        while w is not None:
            if w.objectName() == name:
                return
            w = w.parentWidget()
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}")


def _type(qtbot, text: str) -> None:
    """Type into the focused widget; accented letters arrive as key events with text."""
    for ch in text:
        widget = _focused()
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                )


def test_a_whole_intake_by_keyboard_alone(qtbot, context, session: VaultSession) -> None:
    """Ctrl+N, Ctrl+S and Ctrl+F are the main window's, wherever the focus sits."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1024, 560)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.page_named("ClientsPage")
    assert isinstance(page, ClientsPage)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert _focused() is page.editor.form.given
    _type(qtbot, "Hélène")
    _tab_to(qtbot, "family-name")
    _type(qtbot, "Côté")
    _tab_to(qtbot, "birth-year")
    _type(qtbot, "1984")
    _tab_to(qtbot, "language-filter")
    _type(qtbot, "arab")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    _tab_to(qtbot, "phone")
    _type(qtbot, "514-555-0177")
    _tab_to(qtbot, "barrier-no_health_card")
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)  # Unknown -> Yes
    _tab_to(qtbot, "notes")
    _type(qtbot, "Prefers mornings")
    # Alt+D jumps to the Needs tab by its mnemonic.
    qtbot.keyClick(_focused(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert page.editor.tabs.currentWidget() is page.editor.needs
    page.editor.needs.category.setFocus()
    _tab_to(qtbot, "need-reason")
    _type(qtbot, "needs a bed tonight")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.keyClick(_focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    hits = page.search.search("helene cote")
    assert len(hits) == 1
    saved = repo.load_client(session.conn, hits[0].id)
    assert saved is not None
    assert (saved.given_name, saved.family_name, saved.birth_year) == ("Hélène", "Côté", 1984)
    assert saved.languages == ("ar",) and saved.phone == "514-555-0177"
    assert saved.barriers.no_health_card is Tri.YES and saved.notes == "Prefers mornings"
    assert [(n.reason, n.urgency) for n in saved.needs] == [
        ("needs a bed tonight", Urgency.THIS_WEEK)
    ]
    assert page.editor.client_id == saved.id and not page.editor.is_dirty()
    qtbot.keyClick(_focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert _focused() is page.search_box
    window.shutdown()


def test_search_as_you_type_and_enter_opens_the_first_match(
    qtbot, page: ClientsPage, session: VaultSession
) -> None:
    add(session, "Muhammad", "Haddad")
    add(session, "Omar", "Khalil")
    page.search_box.setFocus()
    qtbot.keyClicks(page.search_box, "mohamed hadad")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).given_name == "Muhammad"
    with qtbot.waitSignal(page.client_opened) as opened:
        qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert opened.args == [page.model.row_at(0).id]
    assert page.editor.heading.text() == "Haddad, Muhammad"


def test_a_likely_duplicate_appears_while_typing_and_can_be_opened_instead(
    qtbot, page: ClientsPage, session: VaultSession
) -> None:
    existing = add(session, "Fatima", "Diallo", birth_year=1990)
    page.new_client()
    qtbot.keyClicks(page.editor.form.given, "Fatoumata")
    qtbot.keyClicks(page.editor.form.family, "Diallo")
    qtbot.keyClicks(page.editor.form.birth_year, "1990")
    qtbot.waitUntil(lambda: page.editor.duplicates.isVisible())
    assert page.editor.duplicates.model.row_at(0).hit.id == existing.id
    with qtbot.waitSignal(page.client_opened):
        qtbot.mouseClick(page.editor.duplicates.open, Qt.MouseButton.LeftButton)
    assert page.editor.client_id == existing.id
    draft = load_draft(session, None)
    assert draft is not None and draft[0].given_name == "Fatoumata"


def test_merge_from_the_duplicate_panel_then_undo_from_history(
    qtbot, page: ClientsPage, session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = add(session, "Youssef", "Mansour", birth_year=1970, needs=(Need("food"),))
    b = add(session, "Yousef", "Mansour", birth_year=1970, needs=(Need("housing"),))
    monkeypatch.setattr(Question, "ask", staticmethod(lambda *a, **k: True))
    assert a.id is not None and b.id is not None
    page.open_client(a.id)
    assert page.editor.duplicates.isVisible()
    qtbot.mouseClick(page.editor.duplicates.merge, Qt.MouseButton.LeftButton)
    assert sorted(n.category for n in page.editor.needs.model.rows()) == ["food", "housing"]
    assert [h.id for h in page.search.search("mansour")] == [a.id]
    page.editor.tabs.setCurrentWidget(page.editor.history)
    assert page.editor.history.undo.isVisible()
    qtbot.mouseClick(page.editor.history.undo, Qt.MouseButton.LeftButton)
    assert sorted(h.id for h in page.search.search("mansour")) == [a.id, b.id]
    assert [n.category for n in page.editor.needs.model.rows()] == ["food"]


def test_escape_asks_before_discarding_and_switching_keeps_a_draft(
    qtbot, page: ClientsPage, session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = add(session, "Olena", "Melnyk")
    other = add(session, "Iryna", "Bondarenko")
    assert a.id is not None and other.id is not None
    page.open_client(a.id)
    page.editor.form.area.setFocus()
    qtbot.keyClicks(page.editor.form.area, "Verdun")
    asked: list[str] = []
    monkeypatch.setattr(
        Question, "ask", staticmethod(lambda _p, text, *a, **k: asked.append(text) or False)
    )
    qtbot.keyClick(page.editor.form.area, Qt.Key.Key_Escape)
    assert asked and page.stack.currentWidget() is page.editor and page.editor.is_dirty()
    page.open_client(other.id)  # switching away: kept as a draft, not lost
    page.open_client(a.id)
    assert page.editor.form.area.text() == "Verdun" and page.editor.banner.isVisibleTo(page)
    stored = repo.load_client(session.conn, a.id)
    assert stored is not None and stored.area == ""


def test_the_sensitive_note_is_masked_until_an_audited_reveal(
    qtbot, page: ClientsPage, session: VaultSession
) -> None:
    with session.write() as conn:
        put_setting(conn, "clients.sensitive_note_enabled", True)
    a = add(session, "Reza", "Karimi", sensitive_note="kept private")
    assert a.id is not None
    page.open_client(a.id)
    form = page.editor.form
    assert form.sensitive.text() == "" and form.sensitive.isReadOnly()
    qtbot.mouseClick(form.reveal, Qt.MouseButton.LeftButton)
    assert form.sensitive.text() == "kept private"
    actions = [e.action for e in events_for_record(session.conn, "client", a.id)]
    assert actions[-1] == Action.SENSITIVE_NOTE_REVEALED
    assert not page.editor.is_dirty()


def test_expiring_consents_are_listed_on_demand(
    qtbot, page: ClientsPage, session: VaultSession
) -> None:
    soon = new_consent("referral", frozenset({ShareItem.NAME}), date(2025, 3, 20))
    a = add(session, "Ana", "Silva", consents=(soon,))
    add(session, "Diego", "Rojas")
    qtbot.mouseClick(page.expiring_button, Qt.MouseButton.LeftButton)
    assert [h.id for h in page.model.rows()] == [a.id]


def test_models_pass_the_model_tester(qtmodeltester, session: VaultSession, qapp) -> None:
    from intake_app.clients.duplicates import DuplicateMatch, Reason
    from intake_app.clients.search import ClientSearch
    from intake_app.domain.clients import HouseholdMember

    a = add(
        session,
        "Ana",
        "Silva",
        needs=(Need("food"),),
        consents=(new_consent("r", frozenset({ShareItem.NAME}), date(2026, 1, 1)),),
        household=(HouseholdMember("child", "0-4"),),
    )
    hits = ClientSearch(session).search("")
    models = [
        (ClientHitsModel(), hits),
        (ClientNeedsModel(), list(a.needs)),
        (ConsentsModel(), list(a.consents)),
        (HouseholdModel(), list(a.household)),
        (HistoryModel(), events_for_record(session.conn, "client", a.id or 0)),
        (DuplicatesModel(), [DuplicateMatch(hits[0], 90.0, frozenset({Reason.NAME}))]),
    ]
    for model, rows in models:
        model.set_rows(rows)  # type: ignore[attr-defined]
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)
    assert Client  # the page never needs a status field to work


def test_archive_then_delete_for_good_from_the_record(
    qtbot, page: ClientsPage, session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = add(session, "Selam", "Haile")
    assert a.id is not None
    page.open_client(a.id)
    qtbot.mouseClick(page.editor.archive_button, Qt.MouseButton.LeftButton)
    assert page.search.search("selam", include_archived=False) == []
    assert "archived" in page.editor.subheading.text()
    monkeypatch.setattr(Question, "ask", staticmethod(lambda *a, **k: True))
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    assert repo.load_client(session.conn, a.id) is None
    assert page.stack.currentWidget() is page.empty
    actions = [e.action for e in events_for_record(session.conn, "client", a.id)]
    assert actions[-2:] == [Action.CLIENT_ARCHIVED, Action.CLIENT_DELETED]


def test_an_unfinished_intake_survives_a_lock(
    qtbot, page: ClientsPage, context, session: VaultSession
) -> None:
    page.new_client()
    qtbot.keyClicks(page.editor.form.given, "Halfway")
    page.shutdown()  # what the main window does before the vault locks
    assert page.editor.form.given.text() == "" and page.model.rowCount() == 0
    again = ClientsPage(context)
    qtbot.addWidget(again)
    again.new_client()
    assert again.editor.form.given.text() == "Halfway"
    assert again.editor.banner.isVisibleTo(again) and again.editor.is_dirty()


def test_the_transfer_button_has_an_alt_letter_of_its_own(
    page: ClientsPage, session: VaultSession
) -> None:
    """Tra&nsfer… answers Alt+N on the client record (New client moved to Alt+W; Ctrl+N
    still opens a new intake); the desk tests check that no two things share a letter."""
    client = add(session, "Ana", "Lima")
    page.open_client(client.id or 0)
    assert page.editor.transfer_button.text() == "Tra&nsfer…"
    assert page.new_button.text() == "Ne&w client"
