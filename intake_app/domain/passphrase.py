"""Passphrase rules: long enough, not built from names, not easy to guess (zxcvbn)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MIN_LENGTH = 12
MIN_SCORE = 3


class Weakness(StrEnum):
    EMPTY = "empty"
    TOO_SHORT = "too-short"
    CONTAINS_NAME = "contains-name"
    EASY_TO_GUESS = "easy-to-guess"


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) … 4 (very strong), zxcvbn's scale
    weakness: Weakness | None

    @property
    def acceptable(self) -> bool:
        return self.weakness is None


def assess(passphrase: str, names: tuple[str, ...] = ()) -> Strength:
    """Judge a new passphrase; `names` (user, organization) must not be its substance."""
    if not passphrase:
        return Strength(0, Weakness.EMPTY)
    from zxcvbn import zxcvbn  # loads word lists; only needed when a passphrase is set

    words = [w for n in names for w in n.casefold().split() if len(w) >= 3]
    score = int(zxcvbn(passphrase[:100], user_inputs=words)["score"])
    if len(passphrase) < MIN_LENGTH:
        return Strength(min(score, 2), Weakness.TOO_SHORT)
    folded = passphrase.casefold()
    if any(w in folded for w in words) and score < 4:
        return Strength(min(score, 2), Weakness.CONTAINS_NAME)
    if score < MIN_SCORE:
        return Strength(score, Weakness.EASY_TO_GUESS)
    return Strength(score, None)
