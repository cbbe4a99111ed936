"""Rich text (the HTML a `QTextBrowser` shows) from small templates, with palette colours.

The templates live in `resources/templates/` (read through `intake_app.resources`) and hold
structure only. Everything that comes from data goes in through `text()` or `lines()`,
which escape it, so a service named `<b>Aide & co</b>` shows those characters as written.
Colours are classes of `detail.css`, filled from `ui/widgets/tones.py` for the palette in
use (a dark theme gets the light shades).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from html import escape
from string import Template

from PySide6.QtGui import QPalette

from intake_app.resources import resource_files

from intake_app.ui.widgets.tones import Tone, tone_css


@dataclass(frozen=True)
class Line:
    """One line of a section: its text and, optionally, a class of `detail.css`
    ("note" for the source's own free text, "good"/"bad" for a state)."""

    text: str
    style: str = ""


@cache
def template(name: str) -> Template:
    return Template(resource_files().joinpath("templates", name).read_text("utf-8"))


def render(template_name: str, /, **fragments: str) -> str:
    """The template filled with `fragments`, which must already be HTML (from `text`,
    `lines`, `paragraph`, `section` or another `render`)."""
    return template(template_name).substitute(fragments)


def text(value: str) -> str:
    return escape(value)


def lines(items: Iterable[Line]) -> str:
    """Lines joined by `<br>`, each escaped, styled ones in a span of their class."""
    return "<br>".join(
        f'<span class="{escape(i.style)}">{escape(i.text)}</span>' if i.style else escape(i.text)
        for i in items
        if i.text
    )


def paragraph(value: str, style: str, tag: str = "p") -> str:
    """`value` as a block (`p`, or `div` for no spacing) of class `style`; nothing if empty."""
    if not value:
        return ""
    return render("detail_line.html", tag=tag, style=escape(style), text=escape(value))


def section(title: str, items: Iterable[Line]) -> str:
    """A titled section, or nothing when it has no line."""
    body = lines(items)
    return render("detail_section.html", title=escape(title), body=body) if body else ""


def style_sheet(palette: QPalette | None = None) -> str:
    """`detail.css` with the tones of `palette` (the application's by default)."""
    return template("detail.css").substitute(
        {tone.value: tone_css(tone, palette) for tone in Tone if tone is not Tone.NORMAL}
    )
