"""The sanctuary promise, end to end: one scripted working session on a real vault.

A client is taken in with a sentinel in every sensitive field; then the session walks every
way out of the program — search, routing, referrals, letters (previewed, printed to a PDF
printer, saved, one file per service), the directory exports, the audit CSV, a backup
restored on "another machine", the right-of-access record, the clipboard, lock and unlock —
and looks everywhere a value could have landed: log records (DEBUG included), window
titles, QSettings files, the clipboard, every file under the data, backup, home and temp
folders (UTF-8 and UTF-16-LE, zip members unpacked), the text and metadata of every PDF,
and the exported CSV and JSON. Every probe has a control that proves it can find a value.

In-process (pytest-qt for the windows, the real use cases below them), on fast key
derivation, so the whole session takes a few seconds.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from intake_app.accounts.audit_view import AuditFilter, export_audit_csv
from intake_app.clients.drafts import save_draft
from intake_app.clients.intake import (
    create_client,
    delete_client,
    reveal_sensitive_note,
    update_client,
)
from intake_app.clients.search import ClientSearch
from intake_app.clock import FixedClock
from intake_app.directory.sample import sample_services
from intake_app.directory.use_cases import add_services, export_directory
from intake_app.domain.clients import (
    Barriers,
    Client,
    Consent,
    ConsentMethod,
    HouseholdMember,
    Naming,
    Need,
    ShareItem,
)
from intake_app.domain.common import Lang, Tri, Urgency
from intake_app.domain.referrals import ReferralState
from intake_app.errors import KnownError
from intake_app.letters import use_cases as letters
from intake_app.referrals.create import ReferralPick, create_referrals
from intake_app.referrals.route import load_directory, route_client
from intake_app.referrals.state import update_follow_up
from intake_app.retention.record_export import export_client_record
from intake_app.vault import referrals_repo
from intake_app.vault.backup import create_backup
from intake_app.vault.lifecycle import CreatedVault, lock, unlock
from intake_app.vault.paths import VaultPaths
from intake_app.vault.restore import complete_restore, prepare_restore
from intake_app.vault.settings_repo import put_setting
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE, FAST_KDF, SENTINEL_PREFIX, sentinel
from tests.e2e.leak_probe import TitleWatcher, files_holding, records_holding, walk_files
from tests.helpers.cli import RunCli
from tests.helpers.gui import unlock_through_the_window
from tests.helpers.pdf import pdf_metadata, pdf_text

from intake_app.ui.controller import AppController
from intake_app.ui.dialogs import Question
from intake_app.ui.letters.letter_dialog import LetterDialog
from intake_app.ui.letters.opener import open_letter_dialog
from intake_app.ui.letters.seams import LetterSeams
from intake_app.ui.workers import WorkerPool

# The one value a letter may print: the client asked to be named by this alias.
PRINTABLE_NAME = sentinel("alias")
# Everything else planted must never leave the vault, except in the client's own
# right-of-access record, which still never holds the sensitive note.
SECRET = {
    "given": sentinel("given"),
    "family": sentinel("family"),
    "phone": sentinel("phone"),
    "email": f"{sentinel('email')}@example.org",
    "area": sentinel("area"),
    "household": sentinel("household"),
    "household_age": sentinel("householdage"),
    "notes": sentinel("notes"),
    "notes_edited": sentinel("notesedited"),
    "sensitive": sentinel("sensitive"),
    "need_reason": sentinel("needreason"),
    "need_reason_2": sentinel("needreasontwo"),
    "consent_purpose": sentinel("consentpurpose"),
    "consent_with": sentinel("consentwith"),
    "draft": sentinel("draft"),
    "outcome": sentinel("outcome"),
}
# Planted through the intake form (a second person): none of it may leave at all.
FORM = {
    "given": sentinel("formgiven"),
    "family": sentinel("formfamily"),
    "phone": sentinel("formphone"),
    "notes": sentinel("formnotes"),
    "sensitive": sentinel("formsensitive"),
    "household": sentinel("formhousehold"),
    "need_reason": sentinel("formneedreason"),
    "draft": sentinel("formdraft"),
}
BIRTH_YEAR = 1937  # a number cannot carry a sentinel; it must still never print
LETTER_REASON = "Looking for a family doctor for ongoing care"
LETTER_REASON_FR = "Cherche un médecin de famille pour un suivi"
# Never on this letter: barriers, what the client did not consent to share with this service
# (languages, interpreter), and the services' eligibility flags or audience tags.
NEVER_ON_THE_LETTER = (
    "health card",
    "photo ID",
    "proof of address",
    "income",
    "carte d'assurance",
    "interpret",
    "Spanish",
    "espagnol",
    "status",
    "statut",
    "refugee",
    "réfugié",
    "undocumented",
    "asylum",
    "no ID",
    "assurance maladie",
    "pièce d'identité",
    "preuve d'adresse",
    "revenu",
    "interprète",
    "sans papiers",
    "demandeur d'asile",
)


@pytest.fixture
def titles(qapp: QApplication) -> Iterator[TitleWatcher]:
    watcher = TitleWatcher()
    qapp.installEventFilter(watcher)
    yield watcher
    qapp.removeEventFilter(watcher)


def _planted_client() -> Client:
    given = date(2026, 2, 1)
    return Client(
        given_name=SECRET["given"],
        family_name=SECRET["family"],
        preferred_name=PRINTABLE_NAME,
        naming=Naming.FIRST_NAME,
        birth_year=BIRTH_YEAR,
        languages=("es", "fr"),
        letter_language=Lang.EN,
        phone=SECRET["phone"],
        email=SECRET["email"],
        area=SECRET["area"],
        household=(HouseholdMember(SECRET["household"], SECRET["household_age"]),),
        notes=SECRET["notes"],
        sensitive_note=SECRET["sensitive"],
        barriers=Barriers(Tri.YES, Tri.YES, Tri.YES, Tri.YES, Tri.YES),
        needs=(
            Need("health", Urgency.TODAY, SECRET["need_reason"]),
            Need("food", Urgency.THIS_WEEK, SECRET["need_reason_2"]),
        ),
        consents=(
            Consent(
                purpose=SECRET["consent_purpose"],
                shares=frozenset({ShareItem.NAME, ShareItem.REFERRAL_REASON}),
                with_whom="",
                method=ConsentMethod.WRITTEN,
                given_on=given,
                expires_on=date(2027, 2, 1),
            ),
            Consent(
                purpose="other service",
                shares=frozenset(ShareItem),
                with_whom=SECRET["consent_with"],
                given_on=given,
            ),
        ),
    )


def _pdf_leaks(pdf: bytes, allowed: tuple[str, ...]) -> list[str]:
    """Sentinels in a PDF's text or metadata other than the allowed ones."""
    text = pdf_text(pdf)
    meta = pdf_metadata(pdf)
    planted = (*SECRET.values(), *FORM.values(), PRINTABLE_NAME)
    found = [v for v in planted if v not in allowed and v in text]
    if SENTINEL_PREFIX in meta.upper():
        found.append("metadata")
    return found


def test_nothing_planted_in_a_client_leaves_the_program(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    created_vault: CreatedVault,
    vault_paths: VaultPaths,
    clock: FixedClock,
    tmp_path: Path,
    private_tmp: Path,
    titles: TitleWatcher,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    qtlog,  # type: ignore[no-untyped-def]
    run_cli: RunCli,
    _log_guard,  # type: ignore[no-untyped-def]
) -> None:
    outbox = tmp_path / "outbox"  # where the user chose to save what leaves on purpose
    outbox.mkdir()
    backups = tmp_path / "usb-stick"
    backups.mkdir()
    home = Path(os.environ["HOME"])

    # --- 1. set up the vault and take the intake through the use cases -------------------
    session = created_vault.session
    with session.write() as conn:
        put_setting(conn, "clients.sensitive_note_enabled", True)
        put_setting(conn, "letters.qr_code", True)
    add_services(session, sample_services())
    with pytest.raises(KnownError) as refused:
        create_client(session, replace(_planted_client(), email=SECRET["email"].replace("@", "")))
    assert SENTINEL_PREFIX not in (str(refused.value) + refused.value.cli_text()).upper()

    client = create_client(session, _planted_client())
    assert client.id is not None
    client = update_client(session, replace(client, notes=SECRET["notes_edited"]))
    assert reveal_sensitive_note(session, client.id) == SECRET["sensitive"]
    save_draft(session, replace(client, area=SECRET["draft"]))

    # Search finds the person by name, never by what is private.
    search = ClientSearch(session)
    assert [h.id for h in search.search(PRINTABLE_NAME.lower())] == [client.id]
    for key in ("notes_edited", "sensitive", "need_reason", "household", "consent_purpose"):
        assert search.search(SECRET[key]) == [], key

    # --- 2. route, refer -------------------------------------------------------------------
    routed = route_client(session, client.id, load_directory(session))
    picks: dict[int, str] = {}
    for s in routed.suggestions:
        if not s.exclusions and s.need.id is not None and s.need.id not in picks:
            picks[s.need.id] = s.service.id
    assert len(picks) == 2, "the sample directory offers health and food services"
    referrals = create_referrals(
        session, client.id, [ReferralPick(sid, (nid,)) for nid, sid in picks.items()]
    )
    ids = [r.id for r in referrals if r.id is not None]
    update_follow_up(session, ids[1], outcome_note=SECRET["outcome"])

    # --- 3. letters through the use cases: one PDF, and one file per service ------------
    prepared = letters.apply_reasons(
        letters.prepare_letters(session, ids), {rid: LETTER_REASON for rid in ids}
    )
    released = letters.release_letters(session, prepared)
    options = letters.render_options(session)
    one_pdf = outbox / letters.suggested_file_name(prepared)
    letters.save_pdf(session, one_pdf, letters.render_pdf(released, options), ids)
    each = letters.save_each_pdf(session, outbox, list(zip(ids, released, strict=True)), options)
    in_french = letters.apply_reasons(
        letters.prepare_letters(session, ids, lang=Lang.FR),
        {rid: LETTER_REASON_FR for rid in ids},
    )
    french_pdf = outbox / "lettres-fr.pdf"
    french = letters.release_letters(session, in_french)
    letters.save_pdf(session, french_pdf, letters.render_pdf(french, options), ids)
    assert {p.name for p in each} == {f"referral-{r.code}.pdf" for r in referrals}
    for r in referrals:
        assert SENTINEL_PREFIX not in r.code.upper()

    # --- 4. exports: directory (JSON, CSV zip), audit CSV, right of access ---------------
    export_directory(session, outbox / "directory.json", "json")
    export_directory(session, outbox / "directory.zip", "csv")
    record_pdf = outbox / "right-of-access.pdf"
    export_client_record(session, client.id, record_pdf, confirmed=True)

    # --- 5. backup, restored on another machine --------------------------------------------
    backup = create_backup(session, backups)
    other = VaultPaths(tmp_path / "other-machine" / "vault")
    complete_restore(
        prepare_restore(backup.path, other, ADMIN_PASSPHRASE), other, clock, replace=False
    )
    restored = unlock(other, ADMIN_NAME, ADMIN_PASSPHRASE, clock)
    assert [h.id for h in ClientSearch(restored).search(PRINTABLE_NAME)] == [client.id]
    lock(restored)
    lock(session)

    # --- 6. the windows: unlock, open the client, print and save letters, copy, lock -----
    controller = AppController(
        vault_paths, clock, FAST_KDF, Lang.EN, pool=WorkerPool(synchronous=True)
    )
    try:
        controller.start()
        main = unlock_through_the_window(qtbot, controller)
        qtbot.waitExposed(main)
        ui_session = controller.session
        assert ui_session is not None
        clients_page = main.page_named("ClientsPage")
        assert clients_page is not None
        main.show_page(clients_page)
        clients_page.open_client(client.id)  # type: ignore[attr-defined]
        # A second person taken in through the intake form itself.
        monkeypatch.setattr(Question, "ask", staticmethod(lambda *a, **k: True))
        clients_page.new_client()  # type: ignore[attr-defined]
        editor = clients_page.editor  # type: ignore[attr-defined]
        form = editor.form
        form.given.setText(FORM["given"])
        form.family.setText(FORM["family"])
        form.phone.setText(FORM["phone"])
        form.notes.setPlainText(FORM["notes"])
        form.sensitive.setText(FORM["sensitive"])
        for combo in form.barriers.values():
            combo.setCurrentIndex(combo.findData(Tri.YES))
        form.household_model.set_rows([HouseholdMember(FORM["household"], "5-11")])
        editor.needs.reason.setText(FORM["need_reason"])
        editor.needs.add.click()
        assert editor.save()
        assert editor.client_id is not None and editor.client_id != client.id
        form_client_id = editor.client_id
        form.area.setText(FORM["draft"])
        editor.save_draft_now()
        clients_page.open_client(client.id)  # type: ignore[attr-defined]
        referrals_page = main.page_named("ReferralsPage")
        if referrals_page is not None:
            main.show_page(referrals_page)

        printed = outbox / "printed.pdf"

        def to_pdf(parent: QWidget, printer: QPrinter) -> bool:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))
            printer.setResolution(96)
            return True

        # The real (Qt) file chooser, into a folder named after the client, as people do.
        suggested: list[str] = []
        named_folder = outbox / f"{SECRET['given']} {SECRET['family']}"
        named_folder.mkdir()

        def exec_in_named_folder(chooser: QFileDialog) -> int:
            suggested.extend(Path(f).name for f in chooser.selectedFiles())
            chooser.setDirectory(str(named_folder))
            chooser.selectFile(str(named_folder / "saved-from-dialog.pdf"))
            return QDialog.DialogCode.Accepted.value

        monkeypatch.setattr(LetterSeams, "choose_printer", staticmethod(to_pdf))
        monkeypatch.setattr(QFileDialog, "exec", exec_in_named_folder)
        dialog = open_letter_dialog(main.context, ids, main)
        assert isinstance(dialog, LetterDialog)
        # two letters, each with its part for the person again in Spanish (the client's
        # first language) on a second page: the sentinels are checked there too
        qtbot.waitUntil(lambda: dialog.page_count == 4, timeout=10_000)
        assert dialog.reading.language.currentData() == "es"
        with qtbot.waitSignal(dialog.preview_ready, timeout=5000):
            dialog.reason.setPlainText(LETTER_REASON)
        with qtbot.waitSignal(dialog.issued, timeout=10_000):
            dialog.print_button.click()
        with qtbot.waitSignal(dialog.issued, timeout=10_000):
            dialog.save_button.click()
        dialog.reject()
        assert suggested and SENTINEL_PREFIX not in suggested[0].upper()
        assert suggested[0].startswith("referral-")
        for rid in ids:
            referral = referrals_repo.load_referral(ui_session.conn, rid)
            assert referral is not None and referral.state is ReferralState.PRINTED

        # The second person asks to be forgotten; the audit keeps "client #N deleted".
        delete_client(ui_session, form_client_id)
        hits = ClientSearch(ui_session).search(FORM["given"])
        assert form_client_id not in [h.id for h in hits]
        export_audit_csv(ui_session, AuditFilter(), outbox / "audit.csv")
        audit_text = (outbox / "audit.csv").read_text("utf-8-sig")
        assert "client-deleted" in audit_text

        # A page copies something personal; the clipboard holds it until the lock.
        controller.clipboard.copy(f"{PRINTABLE_NAME} {SECRET['phone']}")
        assert SECRET["phone"] in QGuiApplication.clipboard().text()  # control
        seen_while_open = [w.windowTitle() for w in QApplication.topLevelWidgets()]
        with qtbot.waitSignal(controller.locked, timeout=5000):
            controller.lock_now()
        clipboard_after_lock = QGuiApplication.clipboard().text()
        # Unlock again; this time the caseworker copies the private note with Ctrl+C.
        main = unlock_through_the_window(qtbot, controller)
        clients_page = main.page_named("ClientsPage")
        assert clients_page is not None
        main.show_page(clients_page)
        clients_page.open_client(client.id)  # type: ignore[attr-defined]
        notes = clients_page.editor.form.notes  # type: ignore[attr-defined]
        assert notes.toPlainText() == SECRET["notes_edited"]
        notes.selectAll()
        notes.copy()
        assert QGuiApplication.clipboard().text() == SECRET["notes_edited"]  # control
        controller.lock_now()
        clipboard_after_lock += QGuiApplication.clipboard().text()
        seen_while_open += [w.windowTitle() for w in QApplication.topLevelWidgets()]
    finally:
        controller.shutdown()
    QSettings().sync()
    qapp.processEvents()

    # --- 7. the command line a scheduled task runs: check, backup ------------------------
    scheduled = tmp_path / "scheduled-backups"
    scheduled.mkdir()
    data = str(vault_paths.data_dir)
    cli_runs = [
        run_cli("check", "--data-dir", data, "--passphrase-stdin", stdin=ADMIN_PASSPHRASE + "\n"),
        run_cli(
            "backup",
            "--data-dir",
            data,
            "--to",
            str(scheduled),
            "--passphrase-stdin",
            stdin=ADMIN_PASSPHRASE + "\n",
        ),
    ]
    assert [r.returncode for r in cli_runs] == [0, 0], [r.stderr for r in cli_runs]
    assert SENTINEL_PREFIX not in " ".join(r.stdout + r.stderr for r in cli_runs).upper()

    # === where could it have gone? ======================================================
    everything = (*SECRET.values(), *FORM.values(), PRINTABLE_NAME)

    # Log records, DEBUG included (the conftest guard also fails the test on any hit).
    records = _log_guard.records
    assert any(r.name == "intake_app.clients.intake" for r in records), "INFO not captured"
    assert any(r.levelno == logging.DEBUG and r.name.startswith("intake_app") for r in records), (
        "DEBUG not captured"
    )
    control = logging.LogRecord("probe", logging.INFO, __file__, 1, "x %s", (PRINTABLE_NAME,), None)
    assert records_holding([control], PRINTABLE_NAME) == ["probe"]
    for value in everything:
        assert records_holding(records, value) == [], value

    # Window titles of every window shown or retitled during the session.
    assert "Passerelle" in titles.titles  # control: the watcher saw the windows
    all_titles = titles.titles + seen_while_open
    assert [t for t in all_titles if SENTINEL_PREFIX in t.upper()] == []

    # The clipboard after the lock.
    assert SENTINEL_PREFIX not in clipboard_after_lock.upper()

    # QSettings files (ours and Qt's own QtProject.conf), wherever Qt put them.
    settings_files = [
        Path(QSettings().fileName()),
        Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName()),
    ]
    assert settings_files[0].exists(), "the window geometry should have been saved"
    for value in everything:
        assert files_holding(settings_files, value) == [], value
    assert suggested == [letters.suggested_file_name(prepared)]  # the real chooser ran

    # Files: data folders, backups, the other machine, HOME and TEMP — nothing in plaintext,
    # and not one PDF outside the folder the user chose.
    roots = [tmp_path, home]
    assert vault_paths.db.is_relative_to(tmp_path) and backup.path.is_relative_to(tmp_path)
    assert list(backups.glob("*.pbk")) == [backup.path]
    assert SENTINEL_PREFIX not in backup.path.name.upper()
    for value in everything:
        assert files_holding(roots, value, skip=[outbox]) == [], value
    strays = [p for p in walk_files(roots, skip=[outbox]) if p.suffix.lower() == ".pdf"]
    assert strays == []
    named = [
        p
        for p in walk_files(roots, skip=[outbox])
        if SENTINEL_PREFIX in str(p.relative_to(p.anchor)).upper()
    ]
    assert named == []

    # The terminal and Qt's own messages.
    out = capfd.readouterr()
    assert SENTINEL_PREFIX not in (out.out + out.err).upper()
    assert [m for m in qtlog.records if SENTINEL_PREFIX in m.message.upper()] == []

    # What the user saved on purpose: exports hold no sentinel at all.
    for value in everything:
        assert files_holding([outbox], value, pdf_by_bytes=False) == [], value

    # Letters: only the name the client chose, never barriers or birth year.
    letter_pdfs = [one_pdf, named_folder / "saved-from-dialog.pdf", *each, french_pdf]
    for path in letter_pdfs:
        pdf = path.read_bytes()
        text = pdf_text(pdf)
        assert PRINTABLE_NAME in text, path.name  # control: the extraction reads the name
        assert (LETTER_REASON_FR if path == french_pdf else LETTER_REASON) in text, path.name
        assert _pdf_leaks(pdf, allowed=(PRINTABLE_NAME,)) == [], path.name
        assert str(BIRTH_YEAR) not in text
        for word in NEVER_ON_THE_LETTER:
            assert word.casefold() not in text.casefold(), (path.name, word)
    printed_pdf = printed.read_bytes()  # pages as images: the metadata is what can leak
    assert printed_pdf.startswith(b"%PDF")
    assert _pdf_leaks(printed_pdf, allowed=()) == []

    # Right of access: the client's own fields, never the sensitive note.
    record = record_pdf.read_bytes()
    record_text = pdf_text(record)
    assert SECRET["given"] in record_text and SECRET["notes_edited"] in record_text  # control
    assert SECRET["sensitive"] not in record_text
    assert SENTINEL_PREFIX not in pdf_metadata(record).upper()


def test_the_file_probe_finds_a_planted_value_in_every_form(tmp_path: Path) -> None:
    """Control: UTF-8, UTF-16-LE, another case, and inside a compressed zip member."""
    import zipfile

    value = sentinel("control")
    (tmp_path / "a.txt").write_text(f"x {value} y", encoding="utf-8")
    (tmp_path / "b.conf").write_bytes(value.lower().encode("utf-16-le"))
    with zipfile.ZipFile(tmp_path / "c.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("services.csv", f"id,name\n1,{value}\n" * 50)
    (tmp_path / "skipped").mkdir()
    (tmp_path / "skipped" / "d.txt").write_text(value)
    found = files_holding([tmp_path], value, skip=[tmp_path / "skipped"])
    assert sorted(Path(f.split("!")[0]).name for f in found) == ["a.txt", "b.conf", "c.zip"]
    assert any(f.endswith("!services.csv") for f in found)
    assert sentinel("other") not in " ".join(found)


def test_the_pdf_probe_reads_text_and_metadata_that_bytes_hide() -> None:
    """Control: reportlab compresses page streams, so only extraction finds the value."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    value = sentinel("pdfcontrol")
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=1)
    canvas.setTitle(value)
    canvas.drawString(72, 720, value)
    canvas.save()
    pdf = out.getvalue()
    assert value.encode() not in pdf.split(b"stream")[1]
    assert value in pdf_text(pdf)
    assert value in pdf_metadata(pdf)
    assert _pdf_leaks(pdf, allowed=()) == ["metadata"]
