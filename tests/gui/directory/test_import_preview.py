"""The import preview on the messy 211 export: counts, problems in the interface language,
the saved CSV report, the source the coordinator confirms, and the Needs attention list."""

from __future__ import annotations

import csv
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from intake_app.directory import use_cases
from intake_app.directory.hsds_import import ImportPreview, commit_import, preview_import
from intake_app.domain.common import Lang
from tests.conftest import sentinel

from intake_app.ui.directory.import_dialog import ImportPreviewDialog
from intake_app.ui.directory.review_dialog import ReviewDialog
from intake_app.ui.i18n import install_translators
from intake_app.ui.pages.directory_page import DirectoryPage

MESSY = Path(__file__).resolve().parents[2] / "fixtures" / "directory" / "messy_211"


def test_preview_shows_counts_problems_and_how_files_were_read(qtbot, page: DirectoryPage) -> None:
    preview = preview_import(page.context.session, MESSY)
    dialog = ImportPreviewDialog(preview, page)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        "8 services will be imported, 2 skipped. (name: missing: 1; the same id appears twice: 1)"
    )
    assert "New: 8 · updated: 0 · unchanged: 0" in dialog.details.text()
    assert "2 services have no category yet" in dialog.details.text()
    assert dialog.problems_model.rowCount() == len(preview.problems) > 0
    shown = [
        dialog.problems_model.index(r, 3).data() for r in range(dialog.problems_model.rowCount())
    ]
    assert "the same id appears twice" in shown
    files = {
        dialog.formats_model.index(r, 0).data(): dialog.formats_model.index(r, 2).data()
        for r in range(dialog.formats_model.rowCount())
    }
    assert files["services.csv"] == "comma"
    assert dialog.key.text() == preview.source.key
    assert "template" in dialog.source_hint.text()


def test_models_pass_the_model_tester(qtmodeltester, page: DirectoryPage) -> None:
    dialog = ImportPreviewDialog(preview_import(page.context.session, MESSY), page)
    qtmodeltester.check(dialog.problems_model)
    qtmodeltester.check(dialog.formats_model)


def test_saved_report_is_csv_in_the_interface_language(
    qtbot, page: DirectoryPage, tmp_path: Path
) -> None:
    install_translators(Lang.FR)
    try:
        dialog = ImportPreviewDialog(preview_import(page.context.session, MESSY), page)
        qtbot.addWidget(dialog)
        dialog.save_report(tmp_path / "rapport.csv")
    finally:
        install_translators(Lang.EN)
    rows = list(csv.reader((tmp_path / "rapport.csv").read_text("utf-8-sig").splitlines()))
    assert rows[0] == ["Fichier", "Endroit", "Champ", "Problème", "Ce qui a été fait", "Fiche"]
    assert [
        "services.csv",
        "ligne 9",
        "id",
        "le même identifiant paraît deux fois",
        "laissé de côté",
        "service",
    ] in rows


def test_report_never_carries_record_text(qtbot, page: DirectoryPage, tmp_path: Path) -> None:
    """A skipped record's words stay out of the saved report (places and reasons only)."""
    pkg = tmp_path / "pkg"
    shutil.copytree(MESSY, pkg)
    services = pkg / "data" / "services.csv"
    planted = sentinel("skipped-description")
    services.write_text(services.read_text("utf-8").replace("A repeated id.", planted), "utf-8")
    dialog = ImportPreviewDialog(preview_import(page.context.session, pkg), page)
    qtbot.addWidget(dialog)
    dialog.save_report(tmp_path / "r.csv")
    assert planted not in (tmp_path / "r.csv").read_text("utf-8-sig")


def test_the_coordinator_renames_the_source_and_the_counts_follow(
    page: DirectoryPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = preview_import(page.context.session, MESSY)
    commit_import(page.context.session, replace(first))
    chosen: list[ImportPreview] = []

    def confirm(preview: ImportPreview) -> bool:
        dialog = ImportPreviewDialog(preview, page)
        assert preview.unchanged == 8  # the same source, found by its services
        dialog.key.setText("another-source")
        page._recount(dialog, "another-source", "Another")
        assert dialog.preview.new == 8 and dialog.key.text() == "another-source"
        chosen.append(dialog.preview)
        return False

    monkeypatch.setattr(page, "confirm_import", confirm)
    page.start_import(MESSY)
    assert chosen and chosen[0].source.publisher == "Another"


def test_needs_attention_assigns_categories_and_takes_upstream_values(
    qtbot, page: DirectoryPage, tmp_path: Path
) -> None:
    session = page.context.session
    preview = preview_import(session, MESSY)
    commit_import(session, preview)
    pantry = next(s for s in use_cases.list_services(session) if s.source_id == "102")
    use_cases.save_service(session, replace(pantry, name="Local pantry name"))
    v2 = tmp_path / "v2"
    shutil.copytree(MESSY, v2)
    services = v2 / "data" / "services.csv"
    services.write_text(
        services.read_text("utf-8").replace("Downtown Food Pantry", "Upstream Pantry"), "utf-8"
    )
    commit_import(session, preview_import(session, v2, preview.source.key))
    page.reload()
    assert page.attention_button.isVisibleTo(page)
    assert "(2)" in page.attention_button.text()

    dialog = ReviewDialog(session, Lang.EN, page)
    qtbot.addWidget(dialog)
    assert dialog.uncategorised.rowCount() == 1
    dialog.cat_view.selectRow(0)
    dialog.category.setCurrentIndex(dialog.category.findData("community"))
    dialog.assign_selected()
    assert dialog.uncategorised.rowCount() == 0
    assert dialog.changes.rowCount() == 1
    assert dialog.changes.index(0, 2).data() == "Local pantry name"
    assert dialog.changes.index(0, 3).data() == "Upstream Pantry"
    dialog.change_view.selectRow(0)
    dialog.take_selected()
    assert dialog.changes.rowCount() == 0 and dialog.changed
    names = {s.source_id: s.name for s in use_cases.list_services(session)}
    assert names["102"] == "Upstream Pantry"


def test_opening_the_editor_on_an_imported_service_changes_nothing(
    qtbot, page: DirectoryPage
) -> None:
    """Saving the editor untouched makes no override: every imported field survives the
    form (Florida region, blank country, suite line, service-wide hours, contacts…)."""
    from intake_app.ui.directory.editor import ServiceEditor

    commit_import(page.context.session, preview_import(page.context.session, MESSY, "s211"))
    for service in use_cases.list_services(page.context.session):
        editor = ServiceEditor(service, page.organizations(), Lang.EN, page)
        qtbot.addWidget(editor)
        assert editor.service() == service, service.source_id
