"""Every visible string has its French, and the .ts file is in step with the code."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "passerelle_fr.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def test_every_string_in_the_translation_file_has_french() -> None:
    unfinished = [
        key
        for key, message in _messages(TS).items()
        if (t := message.find("translation")) is None
        or t.get("type") == "unfinished"
        or not ("".join(t.itertext()).strip())
    ]
    assert unfinished == [], f"{len(unfinished)} without French, e.g. {unfinished[:3]}"


def test_translation_file_holds_every_string_of_the_interface(tmp_path: Path) -> None:
    """A new tr() string fails here until `make update-translations` is run."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "intake_app" / "ui").rglob("*.py"))
    subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    missing = sorted(set(_messages(fresh)) - set(_messages(TS)))
    assert missing == [], f"run `make update-translations`: {missing[:5]}"
