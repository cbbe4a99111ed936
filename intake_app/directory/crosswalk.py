"""Other taxonomies' terms → Passerelle categories, from `resources/directory/crosswalk.csv`.

211 exports label services with AIRS/211 LA codes ("BD-1800.2000", sometimes followed by
the term's name in the same cell) and city portals often with Open Eligibility ids. The
crosswalk is data, so a coordinator can extend it without a new program: AIRS codes match
by their longest listed prefix, Open Eligibility ids exactly. A term the crosswalk does
not know leaves the service uncategorised, and the directory lists it for the coordinator.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache

from intake_app.domain.taxonomy import is_audience_code, is_service_code
from intake_app.resources import resources_dir

_AIRS = re.compile(r"\b([A-Z]{1,2}(?:-\d{4}(?:\.\d{4}(?:-\d{3}(?:\.\d{2,3})?)?)?)?)\b")
_AIRS_FULL = re.compile(r"^[A-Z]{1,2}-\d{4}")
_OE = re.compile(r"^\d{4,5}$")


@dataclass(frozen=True)
class Mapping:
    categories: frozenset[str]
    audiences: frozenset[str]


@dataclass(frozen=True)
class Crosswalk:
    airs: dict[str, Mapping]
    open_eligibility: dict[str, Mapping]

    def lookup(self, taxonomy: str, code: str, name: str = "") -> Mapping | None:
        """The mapping for one external term, or None when the crosswalk has none."""
        kind = _kind(taxonomy, code, name)
        if kind == "open-eligibility":
            return self.open_eligibility.get(code.strip())
        if kind == "airs":
            found = _AIRS.search(code.strip().upper()) or _AIRS.search(name.upper())
            if found is None:
                return None
            key = found.group(1)
            while key:
                if key in self.airs:
                    return self.airs[key]
                key = _shorter(key)
        return None


def _shorter(code: str) -> str:
    """BD-1800.2000-100 → BD-1800.2000 → BD-1800 → BD → B → ""."""
    cut = max(code.rfind("."), code.rfind("-"))
    return code[:cut] if cut > 0 else code[:-1]


def _kind(taxonomy: str, code: str, name: str) -> str:
    t = re.sub(r"[\s_\-]", "", taxonomy.lower())
    if "openeligibility" in t:
        return "open-eligibility"
    if "airs" in t or "211" in t or _AIRS_FULL.match(code.strip().upper()):
        return "airs"
    if not t and _AIRS_FULL.match(name.strip().upper()):
        return "airs"
    return ""


@lru_cache(maxsize=1)
def crosswalk() -> Crosswalk:
    text = (resources_dir() / "directory" / "crosswalk.csv").read_text("utf-8")
    return parse_crosswalk(text)


def parse_crosswalk(text: str) -> Crosswalk:
    """Read the crosswalk; lines naming codes we do not have are a bug in the data file."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    airs: dict[str, Mapping] = {}
    oe: dict[str, Mapping] = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        cats = frozenset((row.get("category") or "").split())
        auds = frozenset((row.get("audience") or "").split())
        if not all(is_service_code(c) for c in cats) or not all(is_audience_code(a) for a in auds):
            raise ValueError(f"crosswalk: unknown code in line for {row.get('code')}")
        target = oe if row["taxonomy"] == "open-eligibility" else airs
        old = target.get(row["code"])
        if old is not None:
            cats, auds = cats | old.categories, auds | old.audiences
        target[row["code"].strip()] = Mapping(cats, auds)
    return Crosswalk(airs, oe)
