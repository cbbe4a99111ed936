"""Colours come from the palette or from `ui/widgets/tones.py` (light and dark shades), so
a dark or high-contrast theme stays legible. No other interface file names a colour."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "intake_app" / "ui"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\s*['\"]")


def test_no_interface_file_hard_codes_a_colour() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        if rel == "widgets/tones.py":
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if HEX.search(line.split("  #")[0]):
                found.append(f"{rel}:{number}: {line.strip()}")
    assert found == []
