"""The Directory page as a caseworker and a coordinator use it: search, filter, read,
edit, deactivate, import with a preview, export."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from intake_app.directory.hsds_export import export_json
from intake_app.directory.hsds_import import ImportPreview
from intake_app.directory.sample import generate_services, sample_services
from intake_app.domain.folding import fold
from intake_app.domain.services import ListedService, Service
from intake_app.domain.users import Role
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import directory_repo

from intake_app.ui.context import AppContext
from intake_app.ui.directory.editor import ServiceEditor
from intake_app.ui.directory.import_dialog import ImportPreviewDialog
from intake_app.ui.directory.models import SERVICE_ROLE, DirectoryProxy, ServicesModel
from intake_app.ui.pages.directory_page import DirectoryPage


def _shown(page: DirectoryPage) -> list[Service]:
    return [page.proxy.index(r, 0).data(SERVICE_ROLE) for r in range(page.proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, page: DirectoryPage) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_typing_without_accents_finds_accented_names(qtbot, page: DirectoryPage) -> None:
    qtbot.keyClicks(page.filters.search, "sante")
    shown = _shown(page)
    assert shown and len(shown) < 62
    wholes = [page._whole(s) for s in shown]  # the list keeps no descriptions
    assert any(w is not None and ("Santé" in w.name or "santé" in w.description) for w in wholes)
    assert page.count_label.text() == f"Services shown: {len(shown)} of 62"
    assert any("health" in s.categories for s in shown)  # category names are searched too


def test_filters_narrow_the_list(qtbot, page: DirectoryPage) -> None:
    page.filters.category.setCurrentIndex(page.filters.category.findData("food"))
    assert _shown(page) and all("food" in s.categories for s in _shown(page))
    page.filters.flags["no_id_required"].setChecked(True)
    assert all(s.eligibility.no_id_required for s in _shown(page))
    page.filters.language.setCurrentIndex(page.filters.language.findData("es"))
    assert all("es" in s.languages for s in _shown(page))
    page.filters.area.setCurrentIndex(page.filters.area.findData("Montréal-Nord"))
    assert [s.name for s in _shown(page)] == []  # no Spanish food help without ID there
    page.filters.area.setCurrentIndex(0)
    assert _shown(page)


def test_selecting_a_service_shows_hours_and_open_now(page: DirectoryPage) -> None:
    service = next(s for s in sample_services() if s.name_in("en") == "Walk-in clinic")
    assert page.select_service(service.id)
    text = page.detail.toPlainText()
    assert "Walk-in clinic" in text
    assert "Mon–Fri 8:00–16:00" in text
    assert "Open now" in text  # the fixed clock is a Wednesday at 10:30
    assert "No status required" in text


def test_stale_services_are_marked(page: DirectoryPage) -> None:
    stale = next(s for s in sample_services() if s.last_verified and s.last_verified.year == 2024)
    page.select_service(stale.id)
    assert "Not verified for over a year" in page.detail.toPlainText()
    row = page.model.row_of(stale.id)
    assert "to check" in page.model.index(row, 4).data()


def test_sorting_by_organization_keeps_the_selection(page: DirectoryPage) -> None:
    chosen = page.model.service_at(10)
    page.select_service(chosen.id)
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    orgs = [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    assert orgs[0].startswith("Banque") and orgs == sorted(orgs, key=fold)  # "École" among the E
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, 1).data().startswith("Transport")
    current = page.current_service()
    assert current is not None and current.id == chosen.id


def test_editing_a_service_saves_it(page: DirectoryPage, monkeypatch: pytest.MonkeyPatch) -> None:
    original = page.model.service_at(0)
    page.select_service(original.id)
    monkeypatch.setattr(page, "open_editor", lambda s: replace(s, name="Nom modifié"))
    page.edit_button.click()
    stored = directory_repo.load_service(page.context.session.conn, original.id)
    assert stored is not None and stored.name == "Nom modifié"
    assert page.current_service() is not None and page.current_service().id == original.id


def test_editor_shows_problems_beside_fields_and_stays_open(qtbot, page: DirectoryPage) -> None:
    editor = ServiceEditor(None, page.organizations(), page.context.ui_lang, page)
    qtbot.addWidget(editor)
    editor.show()
    editor.accept()
    assert editor.isVisible()
    assert editor.errors["name"].isVisibleTo(editor)
    assert editor.errors["categories"].isVisibleTo(editor)
    editor.name_fr.setText("Nouveau service")
    editor.org.setCurrentText("Nouvel organisme (démo)")
    editor.cat_model.item(0).setCheckState(Qt.CheckState.Checked)
    editor.lat.setText("nord")
    editor.accept()
    assert editor.isVisible() and editor.errors["latitude"].isVisibleTo(editor)
    editor.lat.setText("")
    editor.area.setCurrentText("Verdun")
    editor.accept()
    assert not editor.isVisible()
    made = editor.result_service
    assert made.name == "Nouveau service" and made.locations[0].latitude == pytest.approx(45.458)


def test_new_service_through_the_real_editor(
    qtbot, page: DirectoryPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(_self: ServiceEditor) -> int:
        _self.name_fr.setText("Atelier de vélo")
        _self.org.setCurrentText("Loisirs du Parc (démo)")
        _self.cat_model.item(16).setCheckState(Qt.CheckState.Checked)
        _self.day_rows[0][0].setChecked(True)
        _self.accept()
        return _self.result()

    monkeypatch.setattr(ServiceEditor, "exec", fill)
    page.new_button.click()
    assert directory_repo.count_services(page.context.session.conn) == 63
    current = page.current_service()
    assert current is not None and current.name == "Atelier de vélo"
    assert current.organization.name == "Loisirs du Parc (démo)"
    assert len(page.organizations()) == 18  # the existing organization was reused


def test_deactivate_asks_then_hides_the_service(
    page: DirectoryPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = page.model.service_at(3)
    page.select_service(target.id)
    monkeypatch.setattr("intake_app.ui.pages.directory_page.Question.ask", lambda *a, **k: True)
    page.active_button.click()
    assert target.id not in {s.id for s in _shown(page)}
    page.filters.inactive.setChecked(True)
    assert target.id in {s.id for s in _shown(page)}


def test_mark_verified_today(page: DirectoryPage) -> None:
    target = page.model.service_at(2)
    page.select_service(target.id)
    page.verify_button.click()
    stored = directory_repo.load_service(page.context.session.conn, target.id)
    assert stored is not None and stored.last_verified == page.context.clock.now().date()


def test_import_shows_preview_then_stores_and_reports(
    page: DirectoryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = generate_services(25, seed=5)
    export_json(extra, tmp_path / "more.json")
    seen: list[ImportPreview] = []
    reported: list[ImportPreview] = []

    def confirm(preview: ImportPreview) -> bool:
        seen.append(preview)
        assert directory_repo.count_services(page.context.session.conn) == 62
        text = ImportPreviewDialog(preview, page).report_text()
        assert "25 services will be imported, 0 skipped." in text
        assert "New: 25 · updated: 0 · unchanged: 0" in text
        return True

    monkeypatch.setattr(page, "confirm_import", confirm)
    monkeypatch.setattr(page, "show_report", reported.append)
    page.start_import(tmp_path / "more.json")
    assert len(seen) == 1 and len(reported) == 1
    assert page.model.rowCount() == 87
    assert not page.work.isVisible()


def test_declining_the_preview_imports_nothing(
    page: DirectoryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_json(generate_services(5, seed=6), tmp_path / "more.json")
    monkeypatch.setattr(page, "confirm_import", lambda _p: False)
    page.start_import(tmp_path / "more.json")
    assert directory_repo.count_services(page.context.session.conn) == 62


def test_bad_file_shows_where_and_imports_nothing(
    page: DirectoryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "x", "name": "y", "status": "active"}, {', "utf-8")
    errors: list[KnownError] = []
    monkeypatch.setattr(
        "intake_app.ui.pages.directory_page.Alert.error", lambda _w, exc: errors.append(exc)
    )
    page.start_import(bad)
    assert errors and errors[0].params["file"] == "bad.json"
    assert errors[0].code is ErrorCode.IMPORT_MALFORMED
    assert directory_repo.count_services(page.context.session.conn) == 62


def test_export_writes_the_file(
    page: DirectoryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    infos: list[str] = []
    monkeypatch.setattr(
        "intake_app.ui.pages.directory_page.Alert.info", lambda _w, text: infos.append(text)
    )
    page.start_export(tmp_path / "dir.json", "json")
    assert json.loads((tmp_path / "dir.json").read_text("utf-8"))["total_items"] == 62
    assert infos and "62" in infos[0]


def test_caseworker_sees_no_edit_or_import_buttons(qtbot, context: AppContext) -> None:
    context.session.user = replace(context.session.user, role=Role.CASEWORKER)
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    assert not page.new_button.isVisibleTo(page)
    assert not page.import_button.isVisibleTo(page)
    assert not page.edit_button.isVisibleTo(page)
    assert page.export_button.isVisibleTo(page)


def test_filtering_10000_services_as_you_type_narrows_the_list(qapp) -> None:
    """What each keystroke shows; how fast is `make bench` ("directory list filter")."""
    from datetime import date

    from intake_app.directory.search import DirectoryFilter
    from intake_app.domain.common import Lang

    model = ServicesModel(Lang.EN, lambda: date(2026, 3, 11))
    proxy = DirectoryProxy()
    proxy.setSourceModel(model)
    model.set_services(generate_services(10_000, seed=4))
    counts = []
    for typed in ("h", "he", "hea", "heal", "healt", "health"):
        proxy.set_filter(DirectoryFilter(text=typed))
        counts.append(proxy.rowCount())
    assert counts == sorted(counts, reverse=True)
    assert 0 < counts[-1] < 10_000


def test_import_on_a_real_thread_pool_reports_back_on_the_gui_thread(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake_app.ui.workers import WorkerPool

    context.pool = WorkerPool()
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    export_json(generate_services(300, seed=9), tmp_path / "more.json")
    reported: list[ImportPreview] = []
    monkeypatch.setattr(page, "confirm_import", lambda _p: True)
    monkeypatch.setattr(page, "show_report", reported.append)
    page.start_import(tmp_path / "more.json")
    qtbot.waitUntil(lambda: bool(reported), timeout=20_000)
    assert page.model.rowCount() == 362
    context.pool.cancel_all_and_wait()


def test_directory_loads_when_shown_and_reloads_only_after_changes(
    qtbot, context: AppContext
) -> None:
    from intake_app.directory.use_cases import add_services

    page = DirectoryPage(context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0  # nothing prepared before the page is shown
    page.activated()
    assert page.model.rowCount() == 62
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.activated()
    assert resets == []
    add_services(context.session, generate_services(3, seed=2))
    page.activated()
    assert resets == [1] and page.model.rowCount() == 65


def test_import_errors_are_worded_for_people(qapp) -> None:
    from intake_app.errors import ErrorCode

    from intake_app.ui.directory.labels import import_error
    from intake_app.ui.error_text import error_text

    raw = KnownError(
        ErrorCode.IMPORT_MALFORMED,
        file="services.csv",
        where="row 3",
        field="id",
        reason="duplicate id",
    )
    text = error_text(import_error(raw))
    assert "services.csv" in text and "row 3" in text and "“id”" in text
    assert "the same id appears twice" in text
    typed = import_error(
        KnownError(
            ErrorCode.IMPORT_MALFORMED,
            file="a.json",
            where="[0]",
            field="name",
            reason="should be string",
        )
    )
    assert typed.params["reason"] == "should be of type string"


def test_editor_refuses_a_compact_listing_record(qtbot, page: DirectoryPage) -> None:
    """Saving a listing record would drop the texts the list does not keep."""
    listed = page.model.service_at(0)
    assert isinstance(listed, ListedService)
    with pytest.raises(ValueError):
        ServiceEditor(listed, page.organizations(), page.context.ui_lang, page)  # type: ignore[arg-type]


def test_detail_shows_the_whole_service_read_by_id(qtbot, page: DirectoryPage) -> None:
    """The list holds no addresses; the detail pane reads the selected service whole."""
    listed = page.model.service_at(0)
    whole = directory_repo.load_service(page.context.session.conn, listed.id)
    assert whole is not None and whole.locations[0].address is not None
    assert isinstance(listed, ListedService) and not hasattr(listed.locations[0], "address")
    page.select_service(listed.id)
    assert whole.locations[0].address.street in page.detail.toPlainText()


def test_editor_edits_the_organization_contact(qtbot, page: DirectoryPage) -> None:
    # The list keeps listed records; the editor is given the whole one from the vault.
    service = directory_repo.load_service(page.context.session.conn, page.model.service_at(0).id)
    assert service is not None
    editor = ServiceEditor(service, page.organizations(), page.context.ui_lang, page)
    qtbot.addWidget(editor)
    assert editor.org_website.text() == service.organization.website
    editor.org_website.setText("https://nouveau.example.org")
    editor.org.setCurrentText("Refuge Aurore (démo)")  # picking another shows its details
    assert editor.org_email.text() == "info@aurore.example.org"
    editor.org.setCurrentText(service.organization.name)
    editor.org_website.setText("https://nouveau.example.org")
    editor.access_tab.flag_boxes["free"].setChecked(not service.eligibility.free)
    edited = editor.service()
    assert edited.eligibility.free is not service.eligibility.free
    assert edited.organization.id == service.organization.id
    assert edited.organization.website == "https://nouveau.example.org"
