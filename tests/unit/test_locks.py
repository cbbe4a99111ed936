"""The hash-locked requirements are in step with pyproject.toml.

After adding a dependency, `make lock` refreshes requirements/*.txt; this test names what
is missing so nobody installs an unlocked package by hand.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


def _pins(name: str) -> dict[str, str]:
    text = (ROOT / "requirements" / name).read_text("utf-8")
    return {canonicalize_name(m[1]): m[2] for m in _PIN.finditer(text)}


def _names(requirements: list[str]) -> set[str]:
    return {canonicalize_name(Requirement(r).name) for r in requirements}


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def test_every_runtime_dependency_is_locked() -> None:
    missing = _names(_project()["dependencies"]) - set(_pins("runtime.txt"))
    assert missing == set(), f"run `make lock`: {sorted(missing)}"


def test_every_test_dev_and_package_dependency_is_locked() -> None:
    extras = _project()["optional-dependencies"]
    wanted = _names([r for group in ("test", "dev", "package") for r in extras[group]])
    missing = wanted - set(_pins("test.txt"))
    assert missing == set(), f"run `make lock`: {sorted(missing)}"


def test_the_test_lock_installs_the_runtime_lock_unchanged() -> None:
    runtime, test = _pins("runtime.txt"), _pins("test.txt")
    assert {n: test.get(n) for n in runtime} == runtime


def test_every_pin_carries_hashes() -> None:
    for name in ("runtime.txt", "test.txt"):
        text = (ROOT / "requirements" / name).read_text("utf-8")
        blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
        assert blocks and all("--hash=sha256:" in b for b in blocks if "==" in b), name


def test_nothing_depends_on_the_pyside6_meta_package() -> None:
    """It pulls in Addons and WebEngine (over 400 MiB) that the app never imports."""
    assert "pyside6" not in _pins("runtime.txt") and "pyside6-addons" not in _pins("test.txt")
