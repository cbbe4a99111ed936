"""Two vaults in one test, driven through the window's widgets: cards exchanged and
confirmed in Settings > Other agencies, a signed directory published and imported on the
Directory page, a client transferred from the editor's dialog and received."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from intake_app.clients.intake import create_client
from intake_app.clock import FixedClock
from intake_app.directory.sample import sample_services
from intake_app.directory.use_cases import add_services
from intake_app.domain.clients import Client, Need
from intake_app.exchange.identity import PartnerState, list_partners
from intake_app.exchange.transfer import Share
from intake_app.settings import change_settings
from intake_app.vault import clients_repo, directory_repo
from intake_app.vault.lifecycle import create_vault
from intake_app.vault.paths import VaultPaths
from intake_app.vault.session import VaultSession
from tests.conftest import ADMIN_PASSPHRASE, FAST_KDF, SENTINEL_PREFIX, sentinel
from tests.helpers.gui import page_context

from intake_app.ui.dialogs import Alert
from intake_app.ui.exchange.dialogs import ReceiveTransferDialog, SendTransferDialog
from intake_app.ui.exchange.exchange_section import ExchangeSection
from intake_app.ui.pages.directory_page import DirectoryPage


@pytest.fixture
def receiver(tmp_path: Path, clock: FixedClock) -> Iterator[VaultSession]:
    created = create_vault(
        VaultPaths(tmp_path / "receiver"),
        org_name="Agence Réceptrice",
        org_address="",
        admin_name="Rita Receiver",
        passphrase=ADMIN_PASSPHRASE,
        policy=FAST_KDF,
        clock=clock,
    )
    yield created.session
    created.session.close()


def _section(qtbot, session: VaultSession, clock: FixedClock) -> ExchangeSection:
    section = ExchangeSection(page_context(session, clock))
    qtbot.addWidget(section)
    return section


@pytest.fixture
def trusted(
    qtbot,
    session: VaultSession,
    receiver: VaultSession,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[ExchangeSection, ExchangeSection]:
    """Both sections, each having imported and confirmed the other's card."""
    monkeypatch.setattr(Alert, "info", staticmethod(lambda *a: None))
    ours, theirs = _section(qtbot, session, clock), _section(qtbot, receiver, clock)
    for me, other, name in ((ours, theirs, "ours"), (theirs, ours, "theirs")):
        card = tmp_path / f"{name}.passerelle-card"
        monkeypatch.setattr(me, "ask_card_path", lambda card=card: card)
        me.export_button.click()
        assert card.exists() and card.with_suffix(".svg").exists()
        shown: list[str] = []
        monkeypatch.setattr(other, "ask_open_card", lambda card=card: card)
        monkeypatch.setattr(
            other,
            "confirm_fingerprint",
            lambda p, shown=shown: shown.append(p.card.fingerprint) or True,
        )
        other.import_button.click()
        assert shown == [me.own_fingerprint.text()]  # the digits both sides read aloud
    return ours, theirs


def test_cards_are_confirmed_then_listed_as_trusted_and_can_be_revoked(
    trusted: tuple[ExchangeSection, ExchangeSection], monkeypatch: pytest.MonkeyPatch
) -> None:
    _ours, theirs = trusted
    assert theirs.model.rowCount() == 1
    assert theirs.model.index(0, 1).data() == "Trusted"
    theirs.table.selectRow(0)
    from intake_app.ui.dialogs import Question

    monkeypatch.setattr(Question, "ask", staticmethod(lambda *a, **k: True))
    theirs.revoke_button.click()
    assert [p.state for p in list_partners(theirs.session)] == [PartnerState.REVOKED]
    theirs.table.selectRow(0)
    assert theirs.trust_button.isEnabled() and not theirs.revoke_button.isEnabled()
    assert theirs.model.index(0, 1).data() == "Revoked"


def test_a_declined_fingerprint_is_not_trusted(
    qtbot,
    session: VaultSession,
    receiver: VaultSession,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Alert, "info", staticmethod(lambda *a: None))
    ours, theirs = _section(qtbot, session, clock), _section(qtbot, receiver, clock)
    monkeypatch.setattr(ours, "ask_card_path", lambda: tmp_path / "c.passerelle-card")
    ours.export_button.click()
    monkeypatch.setattr(theirs, "ask_open_card", lambda: tmp_path / "c.passerelle-card")
    monkeypatch.setattr(theirs, "confirm_fingerprint", lambda _p: False)
    theirs.import_button.click()
    assert theirs.model.index(0, 1).data() == "Waiting for confirmation"


def test_signed_directory_published_and_imported_on_the_directory_page(
    qtbot,
    trusted: tuple[ExchangeSection, ExchangeSection],
    receiver: VaultSession,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ours, _theirs = trusted
    add_services(ours.session, sample_services())
    monkeypatch.setattr(ours, "ask_package_path", lambda: tmp_path / "dir.zip")
    ours.publish_button.click()
    page = DirectoryPage(page_context(receiver, clock))
    qtbot.addWidget(page)
    sources: list[tuple[str, bool]] = []

    def confirm(_preview: object) -> bool:
        sources.append((page._package_source, page._package_unsigned))
        return True

    monkeypatch.setattr(page, "confirm_import", confirm)
    monkeypatch.setattr(page, "show_report", lambda _p: None)
    page.start_import(tmp_path / "dir.zip")
    assert sources and sources[0][0].startswith("Signed by Centre d'accueil Exemple (verified)")
    assert sources[0][1] is False
    assert directory_repo.count_services(receiver.conn) == 62
    # an altered copy is refused with the translated message, and stores nothing more
    raw = bytearray((tmp_path / "dir.zip").read_bytes())
    raw[300] ^= 1
    (tmp_path / "bad.zip").write_bytes(bytes(raw))
    errors: list[str] = []
    monkeypatch.setattr(Alert, "error", staticmethod(lambda _p, exc: errors.append(exc.code)))
    page.start_import(tmp_path / "bad.zip")
    assert errors and len(sources) == 1
    page.shutdown()


def test_a_client_is_transferred_with_consent_and_received(
    qtbot,
    trusted: tuple[ExchangeSection, ExchangeSection],
    session: VaultSession,
    receiver: VaultSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _ours, theirs = trusted
    change_settings(session, {"clients.sensitive_note_enabled": True})
    client = create_client(
        session,
        Client(
            given_name=sentinel("given"),
            family_name=sentinel("family"),
            sensitive_note=sentinel("sensitive"),
            notes=sentinel("notes"),
            needs=(Need("food", reason=sentinel("reason")),),
        ),
    )
    partners = [p for p in list_partners(session) if p.state is PartnerState.TRUSTED]
    dialog = SendTransferDialog(session, client.id or 0, partners)
    qtbot.addWidget(dialog)
    assert SENTINEL_PREFIX not in dialog.windowTitle()
    assert not dialog.checks[Share.BARRIERS].isChecked()  # only when explicitly agreed
    shown = dialog.preview.toPlainText()
    assert sentinel("given") in shown and sentinel("sensitive") not in shown
    assert sentinel("notes") not in shown
    dialog.checks[Share.NAME].setChecked(False)
    assert sentinel("given") not in dialog.preview.toPlainText()
    dialog.checks[Share.NAME].setChecked(True)
    out = tmp_path / "outbox"
    out.mkdir()
    monkeypatch.setattr(dialog, "ask_folder", lambda: out)
    dialog.then.setCurrentIndex(dialog.then.findData("archive"))
    dialog.write.click()
    [file] = list(out.iterdir())
    assert dialog.written == file and SENTINEL_PREFIX.encode() not in file.read_bytes()
    assert clients_repo.load_client(session.conn, client.id or 0).archived  # type: ignore[union-attr]

    monkeypatch.setattr(theirs, "ask_transfer_path", lambda: file)
    titles: list[str] = []

    def review(d: ReceiveTransferDialog) -> bool:
        titles.append(d.windowTitle())
        assert d.target.currentData() is None  # no known client: a new one
        d.import_button.click()
        return d.result() == ReceiveTransferDialog.DialogCode.Accepted

    monkeypatch.setattr(theirs, "review_transfer", review)
    theirs.receive_button.click()
    assert titles == ["Receive a transfer"]
    got = clients_repo.load_client(receiver.conn, 1)
    assert got is not None and got.given_name == sentinel("given") and got.sensitive_note == ""


def test_replacing_our_key_shows_a_new_fingerprint_after_yes(
    qtbot, session: VaultSession, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake_app.ui.dialogs import Question

    section = _section(qtbot, session, clock)
    before = section.own_fingerprint.text()
    answers = iter([False, True])
    monkeypatch.setattr(Question, "ask", staticmethod(lambda *a, **k: next(answers)))
    section.new_key_button.click()
    assert section.own_fingerprint.text() == before
    section.new_key_button.click()
    assert section.own_fingerprint.text() != before and len(before) == 35
