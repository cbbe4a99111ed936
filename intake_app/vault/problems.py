"""What a tamper check finds: one line each, with where it is and whether it blocks."""

from __future__ import annotations

from dataclasses import dataclass


class Area:
    KEYS = "key file"
    ROSTER = "signed roster"
    AUDIT = "audit chain"
    MARKS = "high-water marks"


class Repair:
    REKEY = "rekey"  # a removed key still holds the current master key: re-key


@dataclass(frozen=True)
class Problem:
    text: str
    blocking: bool = True  # refuse to unlock; otherwise `check` reports it, unlock goes on
    area: str = Area.KEYS
    repair: str = ""


def summary(problems: list[Problem], *, listed: bool = False) -> str:
    """One line: the most telling problem (a rollback first), and how many more."""
    if not problems:
        return ""
    ordered = sorted(problems, key=lambda p: p.area != Area.MARKS)
    rest = len(problems) - 1
    where = "listed above" if listed else "run intake-app check"
    return ordered[0].text + (f" (and {rest} more problem(s): {where})" if rest else "")
