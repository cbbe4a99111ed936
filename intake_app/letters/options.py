"""How letters are printed (paper, QR code): plain values, so the letter dialog and the
use cases name them without importing reportlab (`render.py` imports it when the first
letter is laid out)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PaperSize(StrEnum):
    LETTER = "letter"
    A4 = "a4"

    @classmethod
    def parse(cls, value: str) -> PaperSize:
        try:
            return cls(value.strip().lower())
        except ValueError:
            return cls.LETTER


@dataclass(frozen=True)
class RenderOptions:
    paper: PaperSize = PaperSize.LETTER
    qr_code: bool = False
