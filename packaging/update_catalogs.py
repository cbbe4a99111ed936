"""Extract the domain texts from the code into `resources/catalogs/<domain>.pot`, then
update every `resources/catalogs/<lang>/LC_MESSAGES/<domain>.po` from it (`make
update-catalogs`).

Each domain has its own extraction keywords (the functions its msgids are passed to), so
one scan of `intake_app/` sorts every text into its catalog. New msgids arrive in the
`.po` files untranslated (or fuzzy, when Babel finds a close old one); `make translations`
compiles only finished entries, and tests/unit/test_catalogs.py fails until a translator
has filled them in. Locations are written without line numbers so that moving code does
not rewrite the catalogs.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
CATALOGS = ROOT / "resources" / "catalogs"
SOURCES = ROOT / "intake_app"
PROJECT, VERSION = "Passerelle", "0.1.0"
WIDTH = 100
# Babel keyword specs: the 1-based positions of msgid (and msgid_plural) in each call.
KEYWORDS: dict[str, dict[str, tuple[int, ...]]] = {
    "letters": {"text": (2,), "ntext": (2, 3), "letter_msg": (1,)},
    "reading": {"phrase": (1,), "reading_msg": (1,)},
    "routing": {"routing_text": (2,), "routing_msg": (1,)},
    "record": {"record_text": (2,), "record_msg": (1,)},
}
# Where each domain's calls live: a scan of one package cannot pick up another's `text()`.
PACKAGES: dict[str, str] = {
    "letters": "letters",
    "reading": "letters",
    "routing": "routing",
    "record": "retention",
}
# Comments just above a msgid that starts with this tag go to translators.
COMMENT_TAGS = ("L10N:",)


def extract(domain: str, sources: Path = SOURCES) -> Catalog:
    """The msgids of `domain` found in the code, as a template catalog."""
    template = Catalog(project=PROJECT, version=VERSION, domain=domain, fuzzy=False)
    folder = sources / PACKAGES[domain]
    found: Iterator[tuple[str, int, str | tuple[str, ...], list[str], str | None]] = (
        extract_from_dir(
            folder,
            method_map=[("**.py", "python")],
            keywords=KEYWORDS[domain],
            comment_tags=COMMENT_TAGS,
            strip_comment_tags=True,
        )
    )
    for filename, lineno, message, comments, context in found:
        path = (folder / filename).relative_to(sources.parent).as_posix()
        template.add(message, None, [(path, lineno)], auto_comments=comments, context=context)
    return template


def po_files(domain: str) -> list[Path]:
    return sorted(CATALOGS.glob(f"*/LC_MESSAGES/{domain}.po"))


def _write(catalog: Catalog, path: Path) -> bool:
    """Write `catalog` to `path` when its text changed; True if it did."""
    out = io.BytesIO()
    write_po(out, catalog, width=WIDTH, include_lineno=False, sort_output=False,
             ignore_obsolete=True)  # fmt: skip
    new = out.getvalue()
    if path.is_file() and _without_dates(path.read_bytes()) == _without_dates(new):
        return False
    path.write_bytes(new)
    return True


def _without_dates(po: bytes) -> bytes:
    return b"\n".join(
        line for line in po.splitlines() if not line.startswith((b'"POT-Creation-Date', b'"PO-Rev'))
    )


def update(domain: str) -> list[Path]:
    """Write the domain's .pot and merge it into each .po; the files that changed."""
    template = extract(domain)
    changed = []
    pot = CATALOGS / f"{domain}.pot"
    if _write(template, pot):
        changed.append(pot)
    for po in po_files(domain):
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=po.parents[1].name, domain=domain)
        catalog.update(template, update_header_comment=False)
        if _write(catalog, po):
            changed.append(po)
    return changed


def main() -> int:
    for domain in KEYWORDS:
        for path in update(domain):
            print(f"update-catalogs: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
