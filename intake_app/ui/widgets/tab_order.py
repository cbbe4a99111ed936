"""Tab order in reading order where creation order differs from the screen."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QWidget


def tab_in_order(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in the order given (top to bottom, left to right)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
