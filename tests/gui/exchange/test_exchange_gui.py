"""Two vaults in one test, driven through the window's widgets: cards exchanged and
confirmed in Settings > Other agencies, a signed directory published and imported on the
Directory page, a client transferred from the editor's dialog and received."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import Qt

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
from intake_app.ui.workers import WorkerPool


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


def _real_pool_section(qtbot, session: VaultSession, clock: FixedClock):  # type: ignore[no-untyped-def]
    pool = WorkerPool()
    section = ExchangeSection(page_context(session, clock, pool=pool))
    qtbot.addWidget(section)
    return section, pool


def test_publishing_runs_on_a_worker_with_progress(
    qtbot,
    session: VaultSession,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from intake_app.ui.exchange import exchange_section

    add_services(session, sample_services())
    section, pool = _real_pool_section(qtbot, session, clock)
    threads: list[int] = []
    real = exchange_section.publish_directory

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(exchange_section, "publish_directory", recording)
    shown: list[str] = []
    monkeypatch.setattr(Alert, "info", staticmethod(lambda _p, text: shown.append(text)))
    monkeypatch.setattr(section, "ask_package_path", lambda: tmp_path / "dir.zip")
    section.publish_button.click()
    pool.cancel_all_and_wait()
    assert threads and threading.get_ident() not in threads
    assert (tmp_path / "dir.zip").exists() and "Published version 1" in shown[0]


def test_cancelling_a_publication_writes_no_file_and_keeps_the_version(
    qtbot,
    session: VaultSession,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QProgressDialog

    from intake_app.domain.audit import Action
    from intake_app.vault.audit import query_events

    from intake_app.ui.exchange import exchange_section

    class Relay(QObject):
        started = Signal()

    add_services(session, sample_services())
    section, pool = _real_pool_section(qtbot, session, clock)
    gate, relay = threading.Event(), Relay()
    real = exchange_section.publish_directory

    def press_cancel() -> None:
        progress = section.findChild(QProgressDialog, "progress-dialog")
        assert progress is not None
        progress.canceled.emit()
        gate.set()

    relay.started.connect(press_cancel)

    def gated(*args, **kwargs):  # type: ignore[no-untyped-def]
        relay.started.emit()
        assert gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(exchange_section, "publish_directory", gated)
    monkeypatch.setattr(section, "ask_package_path", lambda: tmp_path / "dir.zip")
    section.publish_button.click()
    pool.cancel_all_and_wait()
    assert list(tmp_path.glob("dir.zip*")) == []
    assert "No file was written" in section.status.text()
    assert query_events(session.conn, action=Action.DIRECTORY_PUBLISHED.value) == []
    monkeypatch.setattr(exchange_section, "publish_directory", real)
    monkeypatch.setattr(Alert, "info", staticmethod(lambda *a: None))
    section.publish_button.click()  # the next publication is still version 1
    pool.cancel_all_and_wait()
    [event] = query_events(session.conn, action=Action.DIRECTORY_PUBLISHED.value)
    assert event.detail["version"] == 1


def test_an_unsigned_file_is_refused_by_default_then_imported_with_a_mark_once_allowed(
    qtbot,
    receiver: VaultSession,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A plain 211 export: the message says what to do; a coordinator allows unsigned
    imports in Settings (audited); the services then carry the "Unsigned" mark in the list
    and the detail."""
    from intake_app.directory.hsds_export import export_tabular
    from intake_app.domain.audit import Action
    from intake_app.vault.audit import query_events

    from intake_app.ui.directory.models import SOURCE
    from intake_app.ui.error_text import error_text

    export_tabular(sample_services(), tmp_path / "211.zip")
    page = DirectoryPage(page_context(receiver, clock))
    qtbot.addWidget(page)
    errors: list[str] = []
    monkeypatch.setattr(
        Alert, "error", staticmethod(lambda _p, exc: errors.append(error_text(exc)))
    )
    monkeypatch.setattr(page, "confirm_import", lambda _preview: True)
    monkeypatch.setattr(page, "show_report", lambda _p: None)
    monkeypatch.setattr(page, "chosen_source", lambda: ("city-211", "211"))
    page.start_import(tmp_path / "211.zip")
    assert len(errors) == 1 and "Ask the publisher for a signed package" in errors[0]
    assert "Settings, Other agencies" in errors[0]
    assert directory_repo.count_services(receiver.conn) == 0

    section = _section(qtbot, receiver, clock)
    assert section.allow_unsigned.isVisibleTo(section) and not section.allow_unsigned.isChecked()
    section.allow_unsigned.setChecked(True)
    changed = query_events(receiver.conn, action=Action.SETTINGS_CHANGED.value)
    assert changed[-1].detail["keys"] == ["directory.allow_unsigned"]

    page.start_import(tmp_path / "211.zip")
    assert len(errors) == 1 and page._package_unsigned
    assert directory_repo.count_services(receiver.conn) == 62
    page.reload()
    assert page.model.headerData(SOURCE, Qt.Orientation.Horizontal) == "Source"
    mark = page.model.index(0, SOURCE)
    assert mark.data() == "Unsigned"
    assert "Unsigned source" in mark.data(Qt.ItemDataRole.AccessibleTextRole)
    name_cell = page.model.index(0, 0)
    assert name_cell.data(Qt.ItemDataRole.DecorationRole) is not None  # beside the name too
    assert "Unsigned source" in name_cell.data(Qt.ItemDataRole.AccessibleTextRole)
    page.select_service(page.model.service_at(0).id)
    assert "Unsigned source: origin not verified" in page.detail.toPlainText()
    page.shutdown()


def test_services_from_a_signed_package_carry_no_unsigned_mark(
    qtbot,
    trusted: tuple[ExchangeSection, ExchangeSection],
    receiver: VaultSession,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from intake_app.ui.directory.models import SOURCE

    ours, _theirs = trusted
    add_services(ours.session, sample_services())
    monkeypatch.setattr(ours, "ask_package_path", lambda: tmp_path / "dir.zip")
    ours.publish_button.click()
    page = DirectoryPage(page_context(receiver, clock))
    qtbot.addWidget(page)
    monkeypatch.setattr(page, "confirm_import", lambda _preview: True)
    monkeypatch.setattr(page, "show_report", lambda _p: None)
    page.start_import(tmp_path / "dir.zip")
    page.reload()
    assert page.model.rowCount() == 62
    assert {page.model.index(r, SOURCE).data() for r in range(62)} == {""}
    assert page.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    page.select_service(page.model.service_at(0).id)
    assert "Unsigned source" not in page.detail.toPlainText()
    page.shutdown()
