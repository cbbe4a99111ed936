"""The editor's "Access and eligibility" tab: how to get in, who may come, documents, fees.

These facts help a caseworker choose a service; they are never printed on a letter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from intake_app.domain.services import AccessMode, Document, Eligibility, Service

from intake_app.ui.directory.labels import ACCESS, DOCUMENTS, FLAGS, tr


def _text_box(text: str, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(text, parent)
    box.setFixedHeight(56)
    box.setTabChangesFocus(True)
    return box


class AccessTab(QWidget):
    def __init__(self, s: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(12, 12, 12, 12)
        form.setVerticalSpacing(8)
        self.access_boxes: dict[AccessMode, QCheckBox] = {}
        for mode in AccessMode:
            box = QCheckBox(tr(ACCESS[mode]), self)
            box.setChecked(mode in s.access)
            self.access_boxes[mode] = box
            form.addRow(self.tr("How to get in:") if mode is AccessMode.WALK_IN else "", box)
        self.apply = _text_box(s.application_process, self)
        form.addRow(self.tr("In words:"), self.apply)
        self.flag_boxes: dict[str, QCheckBox] = {}
        for key, text in FLAGS.items():
            box = QCheckBox(tr(text), self)
            box.setObjectName(f"edit-{key}")
            box.setChecked(bool(getattr(s.eligibility, key)))
            self.flag_boxes[key] = box
            form.addRow(self.tr("Who may come:") if key == "no_status_required" else "", box)
        self.elig_text = _text_box(s.eligibility.text, self)
        form.addRow(self.tr("Eligibility in words:"), self.elig_text)
        self.doc_boxes: dict[Document, QCheckBox] = {}
        for doc in Document:
            box = QCheckBox(tr(DOCUMENTS[doc]), self)
            box.setChecked(doc in s.required_documents)
            self.doc_boxes[doc] = box
            form.addRow(self.tr("Documents asked for:") if doc is Document.HEALTH_CARD else "", box)
        self.fees = QLineEdit(s.fees_text, self)
        form.addRow(self.tr("Fees:"), self.fees)
        note = QLabel(
            self.tr(
                "Eligibility and audiences help choose a service. They are "
                "never printed on a referral letter."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        form.addRow(note)

    def values(self) -> dict[str, Any]:
        """The tab's fields as `Service` attributes, for `dataclasses.replace`."""
        flags = {k: b.isChecked() for k, b in self.flag_boxes.items()}
        return {
            "eligibility": Eligibility(text=self.elig_text.toPlainText().strip(), **flags),
            "required_documents": frozenset(d for d, b in self.doc_boxes.items() if b.isChecked()),
            "access": frozenset(m for m, b in self.access_boxes.items() if b.isChecked()),
            "application_process": self.apply.toPlainText().strip(),
            "fees_text": self.fees.text().strip(),
        }
