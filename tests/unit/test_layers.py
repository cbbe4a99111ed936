"""The layers rule: Qt only under intake_app/ui, the database driver only under
intake_app/vault. A stray import fails the build, as in qutebrowser."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "intake_app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.add(node.module.split(".")[0])
    return names


def _modules_outside(folder: str) -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if folder not in p.relative_to(PACKAGE).parts[:1]]


def test_no_qt_outside_the_ui_package() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in _modules_outside("ui")
        if {"PySide6", "shiboken6"} & _imports(p)
        or any(n.startswith("intake_app.ui") for n in _imports(p))
    ]
    # The command line may start the GUI lazily inside a function; nothing else may.
    assert offenders == ["cli/__init__.py"] or offenders == [], offenders


def test_no_database_driver_outside_the_vault_package() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in _modules_outside("vault")
        if {"sqlcipher3", "sqlite3"} & _imports(p)
    ]
    assert offenders == [], offenders


def test_core_imports_without_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, intake_app.vault.lifecycle, intake_app.domain.clients, "
        "intake_app.domain.services, intake_app.cli;"
        "assert 'PySide6' not in sys.modules, 'Qt was imported by the core'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent)


# Storage modules the UI must not reach past the use cases (where `require` lives). The
# session, paths, key-derivation policy and the unlock/backup use cases may stay.
_STORAGE = ("intake_app.vault.audit", "intake_app.vault.database", "intake_app.vault.roster")


def _ui_storage_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [node.module]
            if node.module == "intake_app.vault":
                modules += [f"intake_app.vault.{alias.name}" for alias in node.names]
        for m in modules:
            if m.startswith("intake_app.vault.") and (m.endswith("_repo") or m in _STORAGE):
                found.add(m)
    return found


def test_the_ui_reaches_storage_only_through_use_cases() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(_ui_storage_imports(p))
        for p in (PACKAGE / "ui").rglob("*.py")
        if _ui_storage_imports(p)
    }
    assert offenders == {}, offenders


def test_the_storage_rule_sees_both_import_forms(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from intake_app.vault import referrals_repo\n"
        "from intake_app.vault.users_repo import list_users\n"
        "import intake_app.vault.audit\n"
        "from intake_app.vault.session import VaultSession\n"
    )
    assert _ui_storage_imports(probe) == {
        "intake_app.vault.referrals_repo",
        "intake_app.vault.users_repo",
        "intake_app.vault.audit",
    }


# The storage boundary (issue 19): the driver's connection stays inside intake_app/vault.
# Use cases take the session (a worker thread: `session.worker()`), hand plain values to
# the storage functions and get records back; the FTS5 and SQL text lives in vault/.
_DRIVER_NAMES = {"Connection", "Row", "connect", "transaction"}
_DRIVER_CALLS = {"execute", "executemany", "executescript"}


def _connection_leaks(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("intake_app.vault"):
            if node.module == "intake_app.vault.database":
                found.append(f"{node.lineno}: imports intake_app.vault.database")
            found += [
                f"{node.lineno}: imports {a.name}" for a in node.names if a.name in _DRIVER_NAMES
            ]
        elif isinstance(node, ast.Import):
            found += [
                f"{node.lineno}: imports {a.name}"
                for a in node.names
                if a.name == "intake_app.vault.database"
            ]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in _DRIVER_CALLS:
                found.append(f"{node.lineno}: calls .{node.func.attr}()")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            a = node.args
            for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs]:
                annotation = ast.unparse(arg.annotation) if arg.annotation else ""
                if arg.arg in ("conn", "connection") or "Connection" in annotation:
                    found.append(f"{node.lineno}: takes a connection ({arg.arg})")
    return found


def test_no_module_outside_the_vault_takes_or_names_the_driver_connection() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): _connection_leaks(p)
        for p in _modules_outside("vault")
        if _connection_leaks(p)
    }
    assert offenders == {}, offenders


def _ui_connection_uses(path: Path) -> list[str]:
    """`.conn`, `session.connect()` or `session.release()` in the UI: a connection in the
    UI's hands (a worker runs its use case on `session.worker()`)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr == "conn":
            found.append(f"{node.lineno}: .conn")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and "session" in ast.unparse(node.func.value)
            and (node.func.attr == "release" or (node.func.attr == "connect" and not node.args))
        ):  # a signal's `.connect(slot)` has an argument
            found.append(f"{node.lineno}: session.{node.func.attr}()")
    return found


def test_the_ui_passes_the_session_never_a_connection() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): _ui_connection_uses(p)
        for p in (PACKAGE / "ui").rglob("*.py")
        if _ui_connection_uses(p)
    }
    assert offenders == {}, offenders


def test_the_connection_rules_see_every_form(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from intake_app.vault.session import Connection, VaultSession\n"
        "from intake_app.vault.database import transaction\n"
        "import intake_app.vault.database\n"
        "def count(conn) -> int:\n"
        "    return conn.execute('SELECT 1').fetchone()[0]\n"
        "def names(c: 'Connection | None' = None) -> None: ...\n"
        "def ok(session: VaultSession) -> None:\n"
        "    w = session.connect()\n"
        "    session.release(w)\n"
        "    print(session.conn)\n"
        "    session.lock_requested.connect(ok)\n"
    )
    assert sorted(_connection_leaks(probe)) == sorted(
        [
            "1: imports Connection",
            "2: imports intake_app.vault.database",
            "2: imports transaction",
            "3: imports intake_app.vault.database",
            "4: takes a connection (conn)",
            "5: calls .execute()",
            "6: takes a connection (c)",
        ]
    )
    assert sorted(_ui_connection_uses(probe)) == [
        "10: .conn",
        "8: session.connect()",
        "9: session.release()",
    ]
