"""A new passphrase typed twice, with a strength meter and the reason when it is refused."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from intake_app.domain.passphrase import Strength, Weakness, assess

from intake_app.ui.error_text import weakness_text
from intake_app.ui.widgets.tones import Tone, tone_css


class PassphraseFields(QWidget):
    """Emits `changed(bool)` with whether the passphrase may be used."""

    changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: tuple[str, ...] = ()
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("new-passphrase")
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setObjectName("repeat-passphrase")
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("passphrase-hint")
        layout = QFormLayout(self)
        self._form = layout
        layout.setContentsMargins(0, 0, 0, 0)
        self.first_label = QLabel(self.tr("&Passphrase:"), self)
        self.first_label.setBuddy(self.first)
        self.second_label = QLabel(self.tr("&Type it again:"), self)
        self.second_label.setBuddy(self.second)
        layout.addRow(self.first_label, self.first)
        layout.addRow(self.second_label, self.second)
        layout.addRow("", self.meter)
        layout.addRow("", self.hint)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def prepend_row(self, label: QLabel, field: QWidget) -> None:
        """Put another field (e.g. the user's name) above, aligned with these."""
        self._form.insertRow(0, label, field)

    def set_names(self, *names: str) -> None:
        """Names the passphrase must not be built from (the user's, the organization's)."""
        self._names = tuple(n for n in names if n)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def strength(self) -> Strength:
        return assess(self.first.text(), self._names)

    def acceptable(self) -> bool:
        return self.strength().acceptable and self.first.text() == self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        text = self.first.text()
        strength = assess(text, self._names) if text else Strength(0, Weakness.EMPTY)
        self.meter.setValue(strength.score if text else 0)
        tone = {0: Tone.BAD, 1: Tone.BAD, 2: Tone.WARN}.get(strength.score, Tone.GOOD)
        colour = tone_css(tone)
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if not text:
            self.hint.setText(
                self.tr(
                    "Use at least 12 characters. A few unrelated words are easy to "
                    "remember and hard to guess."
                )
            )
        elif strength.weakness is not None:
            self.hint.setText(
                self.tr("Too weak: %1").replace("%1", weakness_text(strength.weakness))
            )
        elif self.second.text() and self.second.text() != text:
            self.hint.setText(self.tr("The two passphrases are not the same."))
        elif not self.second.text():
            self.hint.setText(self.tr("Strong enough. Now type it again."))
        else:
            self.hint.setText(self.tr("Strong enough, and both are the same."))
        self.changed.emit(self.acceptable())
