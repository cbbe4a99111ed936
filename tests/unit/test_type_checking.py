"""mypy stays strict: the settings cannot be loosened without a test failing.

`make lint` runs `mypy --strict intake_app`; this test keeps the configuration it reads
honest (strict on, no global `ignore_missing_imports`, untyped libraries listed one by one
in a list that only shrinks), without running mypy itself inside the suite.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

# Libraries that ship no type information. Remove one when it (or a stubs package) is typed;
# never add one to silence an error in our own code.
UNTYPED_LIBRARIES = {"bidi.*", "ijson.*", "qrcode.*", "reportlab.*", "sqlcipher3.*", "zxcvbn.*"}


def _mypy() -> dict[str, Any]:
    config: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return dict(config["tool"]["mypy"])


def test_mypy_is_strict_with_no_global_escape_hatch() -> None:
    mypy = _mypy()
    assert mypy["strict"] is True
    assert mypy.get("warn_unreachable") is True
    loosened = {"ignore_missing_imports", "allow_untyped_defs", "allow_any_generics"}
    assert not loosened & set(mypy), "set per module, for untyped libraries only"


def test_only_untyped_libraries_are_excepted_and_only_from_import_checks() -> None:
    overrides = _mypy().get("overrides", [])
    modules: set[str] = set()
    for override in overrides:
        names = override["module"]
        names = [names] if isinstance(names, str) else names
        assert not any(n.startswith("intake_app") for n in names), "our code is never excepted"
        assert set(override) == {"module", "ignore_missing_imports"}, override
        modules.update(names)
    assert modules <= UNTYPED_LIBRARIES, modules - UNTYPED_LIBRARIES


def test_make_lint_runs_strict_mypy_on_the_package() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    lint = re.search(r"^lint:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert lint is not None
    assert re.search(r"mypy --strict intake_app\b", lint.group(1))
