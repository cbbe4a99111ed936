"""The label under a form that says what went wrong, styled the same everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_COLOUR = "#a4262c"


def error_label(parent: QWidget, object_name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(f"QLabel#{object_name} {{ color: {ERROR_COLOUR}; }}")
    return label
