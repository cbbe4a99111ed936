"""What the main window keeps out of memory until it is needed: reportlab (letters,
charts, records), numpy (the report's disclosure check) and the deferred pages' code;
and the deferred pages, built on first show, work as if built with the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from intake_app.ui.context import AppContext
from intake_app.ui.main_window import MainWindow
from intake_app.ui.pages.registry import PAGES, DeferredPage

ROOT = Path(__file__).resolve().parents[2]
LATER = ("reportlab", "numpy", "qrcode", "PIL", "intake_app.ui.reports.reports_page")

_SCRIPT = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(["memory-at-unlock"])
from intake_app.vault.lifecycle import create_vault
from intake_app.vault.paths import VaultPaths
from tests.conftest import ADMIN_NAME, ADMIN_PASSPHRASE, FAST_KDF, ORG_NAME
from tests.helpers.gui import page_context
from intake_app.clock import SystemClock
from intake_app.ui.main_window import MainWindow
from intake_app.ui.pages.registry import preload
clock = SystemClock()
with tempfile.TemporaryDirectory() as tmp:
    created = create_vault(VaultPaths(Path(tmp) / "vault"), org_name=ORG_NAME, org_address="",
        admin_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE, policy=FAST_KDF, clock=clock)
    preload()
    window = MainWindow(page_context(created.session, clock))
    window.show()
    app.processEvents()
    for name in ("TodayPage", "ClientsPage", "DirectoryPage", "ReferralsPage"):
        window.show_page(window.page_named(name))
        app.processEvents()
    at_unlock = sorted(m for m in LATER if m in sys.modules)
    window.show_page(window.page_named("ReportsPage"))
    app.processEvents()
    reports = "intake_app.ui.reports.reports_page" in sys.modules
    print(json.dumps({"at_unlock": at_unlock, "reports": reports}))
    window.shutdown()
    created.session.close()
"""


def test_the_main_window_and_its_first_pages_do_not_import_reportlab_or_numpy() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", f"LATER = {LATER!r}\n{_SCRIPT}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"at_unlock": [], "reports": True}


def test_a_deferred_page_is_built_in_its_row_when_first_shown(qtbot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    deferred = [row for row, spec in enumerate(PAGES) if spec.deferred_title is not None]
    assert deferred and all(isinstance(window.pages[row], DeferredPage) for row in deferred)
    row = next(r for r in deferred if PAGES[r].class_name == "ReportsPage")
    placeholder = window.pages[row]
    assert window.sidebar.item(row).text() == placeholder.title() == "Reports"
    window.sidebar.setCurrentRow(row)
    page = window.pages[row]
    assert type(page).__name__ == "ReportsPage"
    assert window.current_page() is page and window.stack.widget(row) is page
    assert window.stack.count() == len(PAGES)
    window.show_page(placeholder)  # a caller holding the placeholder still gets the page
    assert window.current_page() is page
    assert window.page_named("ReportsPage") is page
    window.shutdown()


def test_page_named_builds_a_deferred_page_without_showing_it(qtbot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    settings = window.page_named("SettingsPage")
    assert type(settings).__name__ == "SettingsPage"
    assert window.current_page() is window.pages[0] and settings in window.pages
    window.shutdown()


def test_a_deferred_page_title_is_the_page_own_title_in_french(qtbot, context: AppContext) -> None:
    from intake_app.domain.common import Lang

    from intake_app.ui.i18n import install_translators

    install_translators(Lang.FR)
    window = MainWindow(context)
    qtbot.addWidget(window)
    for row, spec in enumerate(PAGES):
        if spec.deferred_title is None:
            continue
        shown = window.sidebar.item(row).text()
        page = window.page_named(spec.class_name)
        assert page is not None and shown == page.title() and shown not in ("Reports", "Settings")
    window.shutdown()
