"""The fonts Passerelle ships for its letters, offered to the interface as well.

A reading language's own name ("አማርኛ", "தமிழ்") shows in lists beside ours; a machine
without an Ethiopic or Tamil font would draw it as empty boxes. Registered fonts join
Qt's fallback, so every script a letter can print also reads on screen."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from intake_app.resources import resources_dir

log = logging.getLogger(__name__)


def register_shipped_fonts() -> int:
    """Offer every shipped font to Qt; the number registered (a missing file is skipped)."""
    registered = 0
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) >= 0:
            registered += 1
        else:
            log.warning("a shipped font could not be registered")
    return registered
