"""Small value types shared by every part of the domain."""

from __future__ import annotations

from enum import StrEnum


class Lang(StrEnum):
    """The two languages of the interface and of letters."""

    FR = "fr"
    EN = "en"


class Tri(StrEnum):
    """Yes / no / unknown — unknown is the default and never a reason to exclude anyone."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Urgency(StrEnum):
    TODAY = "today"
    THIS_WEEK = "this-week"
    LATER = "later"
