"""Collect the UI's strings into passerelle_fr.ts and fill in the French translations.

The French text lives in `resources/translations/fr/*.json` (one file per area, shaped
`{"Context": {"English source": "French text"}}`) so that several people can add
translations without editing the same XML. This script runs `pyside6-lupdate` over
`intake_app/ui`, then writes every known translation into the .ts file. Run it with
`make update-translations`; `make translations` then compiles the .qm files.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from filelock import FileLock

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "passerelle_fr.ts"
TS_EN = ROOT / "resources" / "translations" / "passerelle_en.ts"
FR = ROOT / "resources" / "translations" / "fr"


def load_french() -> dict[tuple[str, str], str | list[str]]:
    table: dict[tuple[str, str], str | list[str]] = {}
    for path in sorted(FR.glob("*.json")):
        doc = json.loads(path.read_text("utf-8"))
        for context, strings in doc.items():
            for source, target in strings.items():
                table[(context, source)] = target
    return table


def main() -> int:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    with FileLock(str(TS) + ".lock"):
        sources = sorted(str(p) for p in (ROOT / "intake_app" / "ui").rglob("*.py"))
        subprocess.run(
            [str(lupdate), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
             "-target-language", "fr", *sources, "-ts", str(TS)],
            check=True,
        )
        table = load_french()
        tree = ET.parse(TS)
        missing = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                french = table.get((name, source))
                if french is not None and message.get("numerus") == "yes":
                    # Plural messages take a list: [singular, plural] (French has two forms).
                    forms = [french] if isinstance(french, str) else list(french)
                    translation.text = None
                    for child in list(translation):
                        translation.remove(child)
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                    translation.attrib.pop("type", None)
                elif french is not None:
                    translation.text = french
                    translation.attrib.pop("type", None)
                else:
                    missing += 1
                    translation.text = translation.text or None
                    translation.set("type", "unfinished")
        tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{TS.name}: {missing} string(s) without French")
    write_english_plurals(TS, TS_EN)
    return 0


def write_english_plurals(source_ts: Path, target: Path) -> None:
    """English needs a .qm only for messages with a count (%n): "%n client(s)" becomes
    "1 client" / "3 clients". Sources mark the plural ending as "(s)" or "(es)"."""
    tree = ET.parse(source_ts)
    root = tree.getroot()
    root.set("language", "en")
    for context in list(root.iter("context")):
        for message in list(context.findall("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
                continue
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            singular = source.replace("(es)", "").replace("(s)", "")
            plural = source.replace("(es)", "es").replace("(s)", "s")
            ET.SubElement(translation, "numerusform").text = singular
            ET.SubElement(translation, "numerusform").text = plural
        if not context.findall("message"):
            root.remove(context)
    tree.write(target, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    raise SystemExit(main())
