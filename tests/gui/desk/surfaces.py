"""Every window, page, tab and dialog of the app, opened one after the other, for the
checks that must hold everywhere (fits 1024×600, names, mnemonics, Tab order, French).

Pages come from the page registry and dialogs from every QDialog subclass found in
`intake_app.ui`, built from their constructor's parameter names, so a page or dialog
another area adds is walked without editing this file. A dialog whose constructor needs
something new fails `build_dialog` with a message saying which parameter to add.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from intake_app.clock import FixedClock
from intake_app.demo import seed_referrals, seed_vault
from intake_app.directory.hsds_import import preview_import
from intake_app.domain.referrals import ReferralFilter
from intake_app.referrals.follow_up import list_referrals
from intake_app.resources import resources_dir
from intake_app.vault import directory_repo
from intake_app.vault.session import VaultSession
from tests.conftest import FAST_KDF

import intake_app.ui
from intake_app.ui.context import AppContext
from intake_app.ui.main_window import MainWindow
from intake_app.ui.setup_wizard import SetupWizard
from intake_app.ui.unlock_window import UnlockWindow
from intake_app.ui.widgets import screen_fit
from intake_app.ui.workers import WorkerPool

SCREEN = QRect(0, 0, 1024, 600)
# What the window manager takes (title bar, frame) on that screen.
USABLE = QRect(0, 0, SCREEN.width() - 16, SCREEN.height() - 40)


@dataclass
class Surface:
    """One thing on screen: its top-level widget and a name for failure messages."""

    name: str
    window: QWidget


def small_screen(monkeypatch: Any) -> None:
    """Windows and dialogs size themselves from a 1024×600 screen."""
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _w: QRect(SCREEN))


def seed(session: VaultSession) -> None:
    seed_vault(session, clients=12, services=40)
    seed_referrals(session, clients=6)


def settle(qtbot: Any) -> None:
    QApplication.processEvents()
    qtbot.wait(1)


def _tabs_walk(qtbot: Any, root: QWidget, name: str) -> Iterator[str]:
    """Every tab of every tab widget visible under `root` (nested ones too)."""
    seen: set[int] = set()

    def walk(widget: QWidget, prefix: str) -> Iterator[str]:
        for tabs in widget.findChildren(QTabWidget):
            if id(tabs) in seen or not tabs.isVisible():
                continue
            seen.add(id(tabs))
            for i in range(tabs.count()):
                if not tabs.isTabEnabled(i):
                    continue
                tabs.setCurrentIndex(i)
                settle(qtbot)
                label = f"{prefix} > {tabs.tabText(i).replace('&', '')}"
                yield label
                yield from walk(tabs.widget(i), label)
            tabs.setCurrentIndex(0)

    yield from walk(root, name)


def main_window_states(qtbot: Any, window: MainWindow) -> Iterator[str]:
    """Each page of the registry, each of its tabs; then a client's record and a new intake."""
    for row in range(len(window.pages)):
        window.show_page(window.pages[row])
        settle(qtbot)
        page = window.current_page()  # a deferred page is built when first shown
        yield page.title()
        yield from _tabs_walk(qtbot, page, page.title())
    clients = window.page_named("ClientsPage")
    if clients is not None:
        window.show_page(clients)
        first = clients.model.rows()[0]  # type: ignore[attr-defined]
        clients.open_client(first.id)  # type: ignore[attr-defined]
        settle(qtbot)
        yield "client record"
        yield from _tabs_walk(qtbot, clients, "client record")
        clients.new_client()  # type: ignore[attr-defined]
        settle(qtbot)
        yield "new intake"


def open_main_window(qtbot: Any, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(USABLE.size())
    window.show()
    qtbot.waitExposed(window)
    return window


def _ui_modules() -> list[str]:
    return [
        m.name
        for m in pkgutil.walk_packages(intake_app.ui.__path__, "intake_app.ui.")
        if not m.ispkg
    ]


def dialog_classes() -> list[type[QDialog]]:
    """Every dialog class the interface defines (QWizard included)."""
    for name in _ui_modules():
        if name.endswith(".app"):
            continue
        importlib.import_module(name)
    found: dict[str, type[QDialog]] = {}

    def collect(cls: type) -> None:
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("intake_app.ui."):
                found[f"{sub.__module__}.{sub.__qualname__}"] = sub
            collect(sub)

    collect(QDialog)
    return [found[k] for k in sorted(found)]


@dataclass
class DialogWorld:
    """What a dialog's constructor may ask for, by parameter name."""

    context: AppContext
    parent: QWidget

    def values(self) -> dict[str, Callable[[], Any]]:
        session = self.context.session
        referrals = list_referrals(session, ReferralFilter())
        sample = resources_dir() / "directory" / "sample_directory.json"
        services = directory_repo.load_services(session.conn)
        return {
            "context": lambda: self.context,
            "session": lambda: session,
            "paths": lambda: session.paths,
            "clock": lambda: self.context.clock,
            "policy": lambda: FAST_KDF,
            "pool": lambda: self.context.pool,
            "lang": lambda: self.context.ui_lang,
            "parent": lambda: self.parent,
            "referral_ids": lambda: [
                r.id for r in referrals if r.client_id == referrals[0].client_id
            ],
            "preview": lambda: preview_import(session, Path(sample)),
            "service": lambda: services[0],
            "organizations": lambda: directory_repo.load_organizations(session.conn),
            "user_name": lambda: session.user.name,
            "backup": lambda: None,
            # This vault's own files, as if its database's drive were not connected.
            "found": lambda: [
                n for n in session.paths.leftovers() if not n.startswith(session.paths.db.name)
            ],
            # working with other agencies (issue 22): one trusted agency and a transfer
            "partner": lambda: _exchange_partner(session),
            "partners": lambda: [_exchange_partner(session)],
            "client_id": lambda: referrals[0].client_id,
            "received": lambda: _exchange_received(session),
        }


def _exchange_partner(session: VaultSession) -> Any:
    """A trusted agency stored in the world's vault (keys made here, no second vault)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from intake_app.exchange.identity import Card, trusted_partner
    from intake_app.vault import exchange_repo
    from intake_app.vault.keyslots import raw_public

    # A name the vault already holds (an organization of its directory): data, not words.
    card = Card(
        directory_repo.load_organizations(session.conn)[0].name,
        "",
        raw_public(Ed25519PrivateKey.generate()),
        raw_public(X25519PrivateKey.generate()),
    )
    with session.write() as c:
        now = session.clock.now()
        exchange_repo.add_partner(
            c, card.key_id, card.name, "", card.sign_public, card.x_public, now
        )
        exchange_repo.set_trusted(c, card.key_id, session.user.id, now)
    return trusted_partner(session, card.key_id)


def _exchange_received(session: VaultSession) -> Any:
    from intake_app.domain.clients import Client
    from intake_app.exchange.transfer import DEFAULT_SHARES, Received

    return Received(
        "0123456789abcdef.passerelle",
        "0" * 32,
        _exchange_partner(session),
        "2026-03-01T10:00:00",
        "2026-03-31T10:00:00",
        DEFAULT_SHARES,
        Client(given_name="Amina", family_name="Haddad", languages=("ar",)),
        [],
    )


def build_dialog(cls: type[QDialog], world: DialogWorld) -> QDialog:
    values = world.values()
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        if name in values:
            kwargs[name] = values[name]()
        elif param.default is inspect.Parameter.empty:
            raise AssertionError(
                f"{cls.__name__}({name}=…): add a value for '{name}' to "
                "tests/gui/desk/surfaces.py DialogWorld.values()"
            )
    return cls(**kwargs)


def dialog_surfaces(qtbot: Any, world: DialogWorld) -> Iterator[Surface]:
    for cls in dialog_classes():
        dialog = build_dialog(cls, world)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot)
        if isinstance(dialog, SetupWizard):
            yield from _wizard_pages(qtbot, dialog)
        else:
            yield Surface(cls.__name__, dialog)
            for state in _tabs_walk(qtbot, dialog, cls.__name__):
                yield Surface(state, dialog)
        dialog.reject()
        dialog.deleteLater()
        settle(qtbot)


def _wizard_pages(qtbot: Any, wizard: SetupWizard) -> Iterator[Surface]:
    yield Surface("SetupWizard > organization", wizard)
    wizard.org_page.name.setText("Centre Exemple")
    wizard.next()
    settle(qtbot)
    yield Surface("SetupWizard > coordinator", wizard)


def other_windows(qtbot: Any, session: VaultSession, clock: FixedClock) -> Iterator[Surface]:
    """The unlock window and the first-run wizard (top-level, without a main window)."""
    unlock = UnlockWindow(
        session.paths, clock, WorkerPool(synchronous=True), (session.user.name, "lantern maple")
    )
    qtbot.addWidget(unlock)
    screen_fit.fit_to_screen(unlock, unlock.sizeHint().expandedTo(unlock.minimumSize()))
    unlock.show()
    qtbot.waitExposed(unlock)
    yield Surface("unlock window", unlock)
    unlock.close()
