"""The sanctuary promise for client intake: what is planted in notes, the sensitive note,
household, contact details and need reasons never comes back from a name search, never
reaches a log, QSettings or a window title, and never lands on disk outside the encrypted
vault — checked by grepping every file after a scripted session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from intake_app.clients.search import ClientSearch
from intake_app.domain.clients import HouseholdMember
from intake_app.domain.common import Tri
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import put_setting
from tests.conftest import SENTINEL_PREFIX, sentinel

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Question
from intake_app.ui.pages.clients_page import ClientsPage

PLANTED = {
    "notes": sentinel("notes"),
    "sensitive": sentinel("sensitive"),
    "household": sentinel("household"),
    "email": f"{sentinel('email')}@example.org",
    "reason": sentinel("reason"),
    "draft": sentinel("draft"),
}


def _forms(text: str) -> list[bytes]:
    return [
        v.encode(enc) for v in {text, text.lower(), text.upper()} for enc in ("utf-8", "utf-16-le")
    ]


def _files_holding(roots: list[Path], needle: str) -> list[str]:
    found = []
    patterns = _forms(needle)
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                path = Path(dirpath) / name
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(p in data for p in patterns):
                    found.append(path.name)
    return found


def test_planted_values_never_leave_the_encrypted_vault(
    qtbot,
    private_tmp: Path,
    context: AppContext,
    session: VaultSession,
    vault_paths: VaultPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with session.write() as conn:
        put_setting(conn, "clients.sensitive_note_enabled", True)
    page = ClientsPage(context)
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    qtbot.waitExposed(page)
    monkeypatch.setattr(Question, "ask", staticmethod(lambda *a, **k: True))

    # A full intake through the widgets, with every private field planted.
    page.new_client()
    form = page.editor.form
    form.given.setText("Amina")
    form.family.setText("Haddad")
    form.email.setText(PLANTED["email"])
    form.phone.setText("514-555-0101")
    form.notes.setPlainText(PLANTED["notes"])
    form.sensitive.setText(PLANTED["sensitive"])
    for combo in form.barriers.values():
        combo.setCurrentIndex(combo.findData(Tri.YES))
    form.household_model.set_rows([HouseholdMember(PLANTED["household"], "5-11")])
    page.editor.needs.reason.setText(PLANTED["reason"])
    page.editor.needs.add.click()
    assert page.editor.save()
    client_id = page.editor.client_id
    assert client_id is not None
    # Search, reopen, reveal, and leave an autosaved draft behind.
    page.search_box.setText("amina haddad")
    page.refresh()
    page.open_client(client_id)
    qtbot.mouseClick(form.reveal, Qt.MouseButton.LeftButton)
    form.area.setText(PLANTED["draft"])
    page.editor.save_draft_now()

    search = ClientSearch(session)
    for value in PLANTED.values():
        assert search.search(value) == [], value
    assert [h.id for h in search.search("yes")] == []
    assert [h.id for h in search.search("amina")] == [client_id]
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets()]
    assert not [t for t in titles if SENTINEL_PREFIX in t.upper()]

    page.shutdown()
    session.close()
    QSettings().sync()
    roots = [vault_paths.data_dir.parent, private_tmp, Path(os.environ["HOME"])]
    for value in PLANTED.values():
        assert _files_holding(roots, value) == [], value
    # The encrypted vault is there and holds the data: the grep looked where it should.
    assert any(p.stat().st_size > 0 for p in vault_paths.data_dir.iterdir())
    assert _files_holding(roots, "Haddad") == []
