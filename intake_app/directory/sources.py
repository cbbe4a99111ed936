"""Which source an import comes from: a publisher and a stable key.

The key namespaces the ids of everything the source brings, so it must be the same at
every import of that source and differ between sources. Real exports are named after
the HSDS template ("human_services_data") or after whatever folder they were unzipped
into, so neither is trusted silently: the suggestion is, in order, the known source that
already holds most of the file's services (a renamed folder of the same source), the
package's own name when it is not a template's, and otherwise a key made from the
publisher or file name that the coordinator must confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from intake_app.domain.folding import to_ascii

TEMPLATE_NAMES = frozenset(
    {
        "human_services_data",
        "human-services-data",
        "humanservicesdata",
        "hsds",
        "hsds_export",
        "hsds-export",
        "open_referral",
        "openreferral",
        "open-referral",
        "datapackage",
        "data",
        "data_package",
        "export",
        "directory",
        "services",
        "example",
        "sample",
    }
)


class SuggestedBy(StrEnum):
    EXISTING = "existing"  # the file's services are mostly those of a known source
    PACKAGE = "package"  # the data package's own (non-template) name
    GUESS = "guess"  # made from the publisher or file name: must be confirmed
    GIVEN = "given"  # named by the user (command line or the preview)


@dataclass(frozen=True)
class SourceChoice:
    key: str
    publisher: str
    suggested_by: SuggestedBy

    @property
    def needs_confirmation(self) -> bool:
        return self.suggested_by is SuggestedBy.GUESS


def slug(text: str) -> str:
    folded = to_ascii(text)
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60]


def is_template_name(name: str) -> bool:
    return slug(name).replace("-", "_") in TEMPLATE_NAMES or not slug(name)


def publisher_from(meta: dict[str, Any]) -> str:
    """The publisher a data package names (publisher, first contributor, title)."""
    for key in ("publisher", "author"):
        value = meta.get(key)
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if isinstance(value, str) and value.strip():
            return value.strip()
    for key in ("contributors", "sources"):
        items = meta.get(key)
        if isinstance(items, list):
            for item in items:
                if isinstance(item, dict) and str(item.get("title", "")).strip():
                    return str(item["title"]).strip()
    title = meta.get("title")
    if isinstance(title, str) and title.strip() and not is_template_name(title):
        return title.strip()
    return ""


def suggest(
    meta: dict[str, Any],
    label: str,
    overlap: dict[str, int],
    total: int,
    publishers: dict[str, str],
) -> SourceChoice:
    """The suggestion shown in the preview (see the module doc)."""
    if overlap and total:
        key, n = max(overlap.items(), key=lambda kv: kv[1])
        if n * 2 >= total:
            return SourceChoice(key, publishers.get(key, key), SuggestedBy.EXISTING)
    publisher = publisher_from(meta)
    name = str(meta.get("name", "") or "")
    if name and not is_template_name(name):
        return SourceChoice(slug(name), publisher or name, SuggestedBy.PACKAGE)
    stem = re.sub(r"\.(zip|json)$", "", label, flags=re.IGNORECASE)
    base = publisher or ("" if is_template_name(stem) else stem)
    return SourceChoice(slug(base) or "source", publisher or stem, SuggestedBy.GUESS)
