"""Write resources/fonts/coverage.json: the characters each shipped letter font has.

`intake_app.letters.scripts` picks a font for each character from this file, so a font is
parsed only when a letter prints with it. Run after adding or replacing a font in
`resources/fonts/` (`make update-font-coverage`); `tests/unit/letters/test_coverage.py`
fails while the file is out of step with the fonts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from intake_app.letters.coverage import COVERAGE_FILE, coverage_document  # noqa: E402
from intake_app.letters.scripts import FACES  # noqa: E402


def main() -> int:
    folder = ROOT / "resources" / "fonts"
    files = [f for face in FACES for f in (face.regular_file, face.bold_file)]
    document = coverage_document(folder, files)
    text = json.dumps(document, separators=(",", ":"), sort_keys=True) + "\n"
    (folder / COVERAGE_FILE).write_text(text, "utf-8")
    print(f"{COVERAGE_FILE}: {len(document)} fonts, {sum(map(len, document.values()))} runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
