"""The sanctuary promise as rules on the source, so a new line of code cannot quietly open a
way out: window titles and the printer's job name are fixed words; a log never carries an
exception's message; temp files, the clipboard, file choosers and QSettings are each used
in one reviewed place only.

The end-to-end test proves what one session does; these rules cover the code it does not
walk. Each rule has a small control that shows it can find an offence.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "intake_app"

_TRANSLATORS = {"tr", "_tr", "translate"}


def _trees() -> Iterator[tuple[str, ast.AST]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield str(path.relative_to(PACKAGE)), ast.parse(path.read_text("utf-8"))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_fixed_words(node: ast.expr) -> bool:
    """A literal, a translated literal, or a choice between such."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.IfExp):
        return _is_fixed_words(node.body) and _is_fixed_words(node.orelse)
    if isinstance(node, ast.Call) and _name(node.func) in _TRANSLATORS and node.args:
        # tr("text"); translate("context", "text")
        text = (
            node.args[1]
            if _name(node.func) == "translate" and len(node.args) > 1
            else (node.args[0])
        )
        return isinstance(text, ast.Constant) and isinstance(text.value, str)
    # a module constant such as APP_NAME
    return isinstance(node, ast.Name) and node.id.isupper()


def _calls(tree: ast.AST, names: set[str]) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in names:
            yield node


def title_offences(tree: ast.AST, where: str) -> list[str]:
    return [
        f"{where}:{call.lineno}"
        for call in _calls(tree, {"setWindowTitle", "setDocName"})
        if not call.args or not _is_fixed_words(call.args[0])
    ]


def log_offences(tree: ast.AST, where: str) -> list[str]:
    """`log.exception(...)` and `exc_info=True` put an exception's message in the log."""
    found = []
    for call in _calls(tree, {"exception", "debug", "info", "warning", "error", "critical"}):
        if not (isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name)):
            continue
        if call.func.value.id not in ("log", "logger", "logging"):
            continue
        if call.func.attr == "exception" or any(
            k.arg in ("exc_info", "stack_info") for k in call.keywords
        ):
            found.append(f"{where}:{call.lineno}")
    return found


def _uses(tree: ast.AST, names: set[str]) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in names:
            return True
        if isinstance(node, ast.Name) and node.id in names:
            return True
        if isinstance(node, ast.alias) and node.name.split(".")[-1] in names:
            return True
    return False


def _modules_using(names: set[str]) -> list[str]:
    return [where for where, tree in _trees() if _uses(tree, names)]


def test_window_titles_and_print_job_names_are_fixed_words() -> None:
    offences = [o for where, tree in _trees() for o in title_offences(tree, where)]
    assert offences == []


def test_the_title_rule_finds_a_title_built_from_data() -> None:
    tree = ast.parse(
        "w.setWindowTitle(f'Passerelle — {client.display_name}')\n"
        "w.setWindowTitle(self.tr('Referral letters'))\n"
        "p.setDocName(name)\n"
    )
    assert title_offences(tree, "x") == ["x:1", "x:3"]


def test_no_log_call_carries_an_exception_message() -> None:
    offences = [o for where, tree in _trees() for o in log_offences(tree, where)]
    assert offences == []


def test_the_log_rule_finds_exception_logging() -> None:
    tree = ast.parse("log.exception('boom')\nlog.debug('x', exc_info=True)\nlog.info('ok %d', 1)\n")
    assert log_offences(tree, "x") == ["x:1", "x:2"]


def test_temporary_files_are_made_in_two_reviewed_places_only() -> None:
    """Atomic writes (beside their target) and the demo folder (fictional data)."""
    users = _modules_using(
        {
            "tempfile",
            "NamedTemporaryFile",
            "QTemporaryFile",
            "QTemporaryDir",
            "mkstemp",
            "mkdtemp",
            "gettempdir",
            "TemporaryDirectory",
        }
    )
    assert sorted(users) == ["ui/app.py", "vault/atomic.py"]


def test_only_the_secure_clipboard_touches_the_clipboard() -> None:
    """Everything copied goes through `SecureClipboard`, which empties it on lock."""
    direct = [where for where, tree in _trees() if any(True for _ in _calls(tree, {"clipboard"}))]
    assert direct == ["ui/clipboard.py"]


def test_qsettings_hold_only_window_language_and_staff_names() -> None:
    """Plain-text settings: geometry, interface language, recent staff names — no more."""
    users = _modules_using({"QSettings"})
    assert sorted(users) == [
        "ui/controller.py",
        "ui/file_dialogs.py",
        "ui/i18n.py",
        "ui/settings/general_section.py",
        "ui/unlock_window.py",
    ]
    keys = set()
    for where, tree in _trees():
        if where in users:
            for call in _calls(tree, {"setValue"}):
                receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
                if receiver is None or not (
                    _uses(receiver, {"QSettings"}) or ast.unparse(receiver) == "settings"
                ):
                    continue  # a widget's setValue
                first = call.args[0]
                keys.add(first.value if isinstance(first, ast.Constant) else ast.unparse(first))
    assert keys == {"LANGUAGE_KEY", "GEOMETRY_KEY", "RECENT_USERS_KEY"}, keys
    spelled = [
        where
        for where, tree in _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value == "ui/language"
    ]
    assert spelled == ["ui/i18n.py"], "the language key is spelled once, as LANGUAGE_KEY"


def test_every_file_chooser_goes_through_the_trace_free_module() -> None:
    """Qt's own dialog remembers folders in QtProject.conf, GTK's in recently-used.xbel."""
    assert _modules_using({"QFileDialog"}) == ["ui/file_dialogs.py"]
