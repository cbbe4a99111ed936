"""The label under a form that says what went wrong, styled the same everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from intake_app.ui.widgets.tones import Tone, set_tone


def error_label(parent: QWidget, object_name: str) -> QLabel:
    """Red on a light theme, a lighter red on a dark one (see widgets/tones)."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    set_tone(label, Tone.BAD)
    return label
