"""Every window, page, tab and dialog fits a 1024×600 screen with every button on it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QTabBar,
    QWidget,
)

from intake_app.clock import FixedClock
from tests.gui.desk.surfaces import (
    USABLE,
    DialogWorld,
    Surface,
    dialog_surfaces,
    main_window_states,
    open_main_window,
    other_windows,
    small_screen,
)

from intake_app.ui.context import AppContext


def _is_internal(button: QWidget) -> bool:
    """Buttons that belong to a composite widget (tab scrollers, table corner, spin arrows)."""
    parent = button.parentWidget()
    return isinstance(parent, (QTabBar, QAbstractItemView, QAbstractSpinBox, QComboBox, QScrollBar))


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport: reachable by scrolling, not cut by the screen."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
            parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
        ):
            return True
        parent = parent.parentWidget()
    return False


def cut_buttons(surface: Surface) -> list[str]:
    """Visible buttons not wholly inside the window and each widget that holds them."""
    window = surface.window
    problems = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _is_internal(button) or _scrolled(button, window):
            continue
        rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        holder: QWidget | None = button.parentWidget()
        inside = window.rect().contains(rect)
        while inside and holder is not None and holder is not window:
            held = QRect(holder.mapTo(window, QPoint(0, 0)), holder.size())
            inside = held.contains(rect)
            holder = holder.parentWidget()
        if not inside:
            problems.append(f"{surface.name}: “{button.text() or button.objectName()}”")
    return problems


def too_big(surface: Surface) -> list[str]:
    size = surface.window.size()
    if size.width() > USABLE.width() or size.height() > USABLE.height():
        return [f"{surface.name}: {size.width()}×{size.height()}"]
    return []


def test_every_page_and_tab_of_the_main_window_fits_1024_by_600(
    qtbot, context: AppContext, monkeypatch
) -> None:
    small_screen(monkeypatch)
    window = open_main_window(qtbot, context)
    problems: list[str] = []
    states: list[str] = []
    for state in main_window_states(qtbot, window):
        states.append(state)
        surface = Surface(state, window)
        problems += too_big(surface) + cut_buttons(surface)
    assert len(states) >= len(window.pages) + 5
    assert problems == []
    window.shutdown()


def test_every_dialog_fits_1024_by_600_with_its_buttons_on_screen(
    qtbot, context: AppContext, monkeypatch
) -> None:
    small_screen(monkeypatch)
    window = open_main_window(qtbot, context)
    problems: list[str] = []
    seen = []
    for surface in dialog_surfaces(qtbot, DialogWorld(context, window)):
        seen.append(surface.name)
        problems += too_big(surface) + cut_buttons(surface)
    assert {"LetterDialog", "ServiceEditor", "ShortcutSheet"} <= set(seen)
    assert problems == []
    window.shutdown()


def test_unlock_window_and_setup_fit_1024_by_600(
    qtbot, context: AppContext, clock: FixedClock, monkeypatch
) -> None:
    small_screen(monkeypatch)
    problems = []
    for surface in other_windows(qtbot, context.session, clock):
        problems += too_big(surface) + cut_buttons(surface)
    assert problems == []


def test_the_check_finds_a_dialog_too_big_and_a_button_off_its_edge(qtbot) -> None:
    from PySide6.QtWidgets import QDialog, QPushButton

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(1180, 700)
    button = QPushButton("Save", dialog)
    button.move(1100, 680)
    dialog.show()
    surface = Surface("too big", dialog)
    assert too_big(surface) == ["too big: 1180×700"]
    assert cut_buttons(surface) == ["too big: “Save”"]
