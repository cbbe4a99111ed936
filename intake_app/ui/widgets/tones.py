"""Meaningful colours (good, bad, warning, muted) chosen from the palette in use.

No widget hard-codes a colour: each asks for a tone, and the tone is picked to read on
the current window colour — darker shades on a light theme, lighter ones on a dark or
high-contrast theme — so a dark palette or the system's high contrast keeps text legible.
"""

from __future__ import annotations

import enum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget


class Tone(enum.Enum):
    NORMAL = "normal"
    GOOD = "good"
    BAD = "bad"
    WARN = "warn"
    INFO = "info"  # neutral emphasis, e.g. "a name for letters is set"
    MUTED = "muted"


# (on a light window, on a dark window)
_SHADES: dict[Tone, tuple[str, str]] = {
    Tone.GOOD: ("#1d6b2f", "#7fd48f"),
    Tone.BAD: ("#a4262c", "#ff8a8a"),
    Tone.WARN: ("#8a4b00", "#ffc46b"),
    Tone.INFO: ("#1f5c70", "#8fd3e8"),
}
# How much of the tone a soft background holds, the rest being the window colour.
_FILL_SHARE = 0.18


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def tone_colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    pal = palette or QApplication.palette()
    if tone is Tone.NORMAL:
        return QApplication.palette().color(QPalette.ColorRole.WindowText)
    if tone is Tone.MUTED:
        return pal.color(QPalette.ColorRole.PlaceholderText)
    light, dark = _SHADES[tone]
    return QColor(dark if is_dark(pal) else light)


def tone_css(tone: Tone, palette: QPalette | None = None) -> str:
    """`#rrggbb` for rich text (e.g. the service detail's HTML)."""
    return tone_colour(tone, palette).name()


def tone_fill(tone: Tone, palette: QPalette | None = None) -> QColor:
    """A soft background in the tone, mixed into the window colour so that the palette's
    own text colour stays legible on it (light or dark theme alike)."""
    pal = palette or QApplication.palette()
    base = pal.color(QPalette.ColorRole.Window)
    ink = tone_colour(tone, pal)
    share = _FILL_SHARE

    def mix(a: int, b: int) -> int:
        return round(a * (1 - share) + b * share)

    return QColor(
        mix(base.red(), ink.red()), mix(base.green(), ink.green()), mix(base.blue(), ink.blue())
    )


def paper_colour() -> QColor:
    """Behind what is drawn as on paper (report charts: black ink in the PDF's colours).

    Paper stays white in every theme, or a dark theme would put black labels on black."""
    return QColor("#ffffff")


def panel_css(object_name: str, tone: Tone, palette: QPalette | None = None) -> str:
    """A style sheet for a framed notice (`#name`): soft fill, border in the tone."""
    fill = tone_fill(tone, palette).name()
    edge = tone_colour(tone, palette).name()
    return f"#{object_name} {{ background: {fill}; border: 1px solid {edge}; border-radius: 4px; }}"


def set_tone(widget: QWidget, tone: Tone) -> None:
    """Colour a label's text with `tone` (through its palette, not a style sheet)."""
    widget.setStyleSheet("")
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText, tone_colour(tone, pal))
    pal.setColor(QPalette.ColorRole.Text, tone_colour(tone, pal))
    widget.setPalette(pal)
