"""What must hold on every surface: accessible names, unique Alt mnemonics, Tab order in
reading order. Each returns a list of problems (empty when fine)."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.gui.desk.surfaces import Surface

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def _internal(widget: QWidget) -> bool:
    """Parts of a composite widget (a combo's line edit, a table's corner button…)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent, (QComboBox, QAbstractSpinBox, QTabBar, QScrollBar, QCalendarWidget)
        ) or (isinstance(parent, QAbstractItemView) and isinstance(widget, QAbstractButton)):
            return True
        if isinstance(parent, QAbstractItemView) and parent.indexWidget is not None:
            break
        parent = parent.parentWidget()
    return isinstance(widget, QHeaderView)


def visible_interactive(surface: Surface) -> list[QWidget]:
    window = surface.window
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and w.isVisibleTo(window) and not _internal(w)
    ]


def _label(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    if callable(text) and isinstance(widget, QAbstractButton):
        return str(text()) or widget.objectName()
    return widget.objectName() or type(widget).__name__


def unnamed(surface: Surface) -> list[str]:
    """Interactive widgets a screen reader would announce without a name."""
    window = surface.window
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    problems = []
    for widget in visible_interactive(surface):
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        # A drop-down's current value is not its name (Qt falls back to it).
        if isinstance(widget, QComboBox) and name == widget.currentText():
            name = ""
        named = bool(name.strip()) or bool(widget.accessibleName()) or id(widget) in buddies
        if not named:
            problems.append(f"{surface.name}: {type(widget).__name__} {_label(widget)}")
    return problems


_MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonic(text: str) -> str:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def mnemonic_clashes(surface: Surface) -> list[str]:
    """Two visible things answering the same Alt+letter in one window."""
    window = surface.window
    owners: dict[str, list[str]] = defaultdict(list)
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or (_internal(w) and not isinstance(w, QTabBar)):
            continue
        texts: list[str] = []
        if isinstance(w, QAbstractButton) or (
            isinstance(w, QLabel) and w.buddy() is not None and w.buddy().isVisibleTo(window)
        ):
            texts = [w.text()]
        elif isinstance(w, QGroupBox) and w.isCheckable():
            texts = [w.title()]
        elif isinstance(w, QTabBar) and isinstance(w.parentWidget(), QTabWidget):
            texts = [w.tabText(i) for i in range(w.count()) if w.isTabEnabled(i)]
        for text in texts:
            key = _mnemonic(text)
            if key:
                owners[key].append(text.replace("&", ""))
    return [
        f"{surface.name}: Alt+{key.upper()} → {', '.join(names)}"
        for key, names in sorted(owners.items())
        if len(names) > 1
    ]


def tab_chain(surface: Surface) -> list[QWidget]:
    """The widgets Tab visits in this window, in order, starting from the window."""
    window = surface.window
    chain: list[QWidget] = []
    start = window
    w = start.nextInFocusChain()
    while w is not start and len(chain) < 2000:
        if (
            w.window() is window
            and w.isVisibleTo(window)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not (w.focusProxy() is not None)
        ):
            chain.append(w)
        w = w.nextInFocusChain()
    return chain


def out_of_reading_order(surface: Surface, slack: int = 6) -> list[str]:
    """Within one parent, Tab must not go back up, or left on the same line."""
    window = surface.window
    problems = []
    chain = tab_chain(surface)
    for a, b in itertools.pairwise(chain):
        if a.parentWidget() is not b.parentWidget():
            continue
        pa, pb = a.mapTo(window, QPoint(0, 0)), b.mapTo(window, QPoint(0, 0))
        above = pb.y() + b.height() <= pa.y() + slack
        same_line_left = abs(pb.y() - pa.y()) <= slack and pb.x() + slack < pa.x()
        if above or same_line_left:
            problems.append(f"{surface.name}: {_label(a)} → {_label(b)}")
    return problems


def not_reachable_by_tab(surface: Surface) -> list[str]:
    """Lists and tables (and every other field) must take the focus from the keyboard."""
    return [
        f"{surface.name}: {type(w).__name__} {_label(w)}"
        for w in visible_interactive(surface)
        if w.isEnabled()
        and not (w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not isinstance(w, QAbstractButton)
    ]
