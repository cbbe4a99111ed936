"""Application-wide keyboard commands: one table, used by the main window's shortcuts
and by the F1 sheet, so what the sheet says is what the keys do.

The main window owns the shortcuts (window-wide, so they work wherever the focus sits,
the sidebar included) and hands each command to the page on screen; a page that does
not handle it returns False and the window falls back (New and Find go to Clients).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from intake_app.ui.i18n import QT_TRANSLATE_NOOP


class Command(enum.StrEnum):
    NEW = "new"
    FIND = "find"
    SAVE = "save"
    PRINT = "print"
    HOME = "home"
    LOCK = "lock"
    HELP = "help"


@dataclass(frozen=True)
class Binding:
    command: Command
    keys: str  # portable text, e.g. "Ctrl+N"
    what: str  # English, translated in the "commands" context when shown

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.keys)

    def shown_keys(self) -> str:
        return self.sequence().toString(QKeySequence.SequenceFormat.NativeText)

    def shown_text(self) -> str:
        return QCoreApplication.translate("commands", self.what)


BINDINGS: tuple[Binding, ...] = (
    Binding(Command.NEW, "Ctrl+N", QT_TRANSLATE_NOOP("commands", "Start a new intake")),
    Binding(Command.FIND, "Ctrl+F", QT_TRANSLATE_NOOP("commands", "Search (clients or services)")),
    Binding(Command.SAVE, "Ctrl+S", QT_TRANSLATE_NOOP("commands", "Save the open record")),
    Binding(Command.PRINT, "Ctrl+P", QT_TRANSLATE_NOOP("commands", "Letters for the open client")),
    Binding(Command.HOME, "Ctrl+T", QT_TRANSLATE_NOOP("commands", "Back to Today")),
    Binding(Command.LOCK, "Ctrl+L", QT_TRANSLATE_NOOP("commands", "Lock Passerelle now")),
    Binding(Command.HELP, "F1", QT_TRANSLATE_NOOP("commands", "This list of shortcuts")),
)

# Keys that work inside a page or a form (not commands of the window), for the sheet.
# Both columns are translated when shown (key names differ: Échap, Entrée, Maj).
OTHER_KEYS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("commands", "Esc"),
        QT_TRANSLATE_NOOP("commands", "Cancel, or close the open record (asks first)"),
    ),
    (
        QT_TRANSLATE_NOOP("commands", "Enter"),
        QT_TRANSLATE_NOOP("commands", "In a search box: open the first match"),
    ),
    (
        QT_TRANSLATE_NOOP("commands", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("commands", "Next / previous field"),
    ),
    (
        QT_TRANSLATE_NOOP("commands", "Alt+letter"),
        QT_TRANSLATE_NOOP("commands", "The button or field with that letter underlined"),
    ),
    (
        QT_TRANSLATE_NOOP("commands", "Ctrl+Tab"),
        QT_TRANSLATE_NOOP("commands", "Next tab of a client's record"),
    ),
)
