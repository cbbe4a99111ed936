"""What a French-speaking caseworker sees, string by string, and whether it is French.

A visible string is read sentence by sentence. A sentence passes when it is a French
entry of our catalogue (`resources/translations/fr/*.json`, the Qt-free layers' French
tables), a string of Qt's own French catalogue, data from the vault (names, services,
taxonomy labels, language names, a reading language's own name from its shipped texts),
or holds no words (numbers, dates, codes, initials); or when it is a French entry with
placeholders whose filled-in values pass in turn (a composed sentence); or when each of
its parts (split at " · ", " — ", line breaks, list commas, brackets) passes. A part
equal to its English source passes only when it is on the short list of words spelled
the same in both languages. Cells that a model marks as shown as written
(`AS_WRITTEN_ROLE`: file names, a source file's field names) are data.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from babel import Locale
from babel.messages.pofile import read_po

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from intake_app.clients.search import ClientSearch
from intake_app.directory.sample import AREAS
from intake_app.domain.taxonomy import AUDIENCE_TERMS, SERVICE_TERMS
from intake_app.letters import client_texts
from intake_app.reports import labels as report_labels
from intake_app.resources import resource_path
from intake_app.vault import directory_repo
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting
from intake_app.vault.users_repo import list_users
from tests.gui.desk.surfaces import Surface

from intake_app.ui.widgets.data_role import AS_WRITTEN_ROLE

ROOT = Path(__file__).resolve().parents[3]
FRENCH = ROOT / "resources" / "translations" / "fr"

# Spelled the same in French and English (and proper nouns).
SAME_IN_BOTH = frozenset(
    {
        "Passerelle",
        "Service",
        "Services",
        "Notes",
        "Pages",
        "Code",
        "Parent",
        "Verbal",
        "Images (*.png *.jpg *.jpeg)",
        "CSV (*.csv)",
        "PDF (*.pdf)",
        "A4 (210 × 297 mm)",
        "%1 services",
        "1 service",
        " min",
        "Français",
        "English",
    }
)
_PLACEHOLDER = re.compile(r"%L?\d|%n|\{[a-z_]+\}")
# Parts of a composed string: " · " and " — " joins, lines, list commas, brackets.
_SPLIT = re.compile(r"\s+[·—|]\s+|\n|,\s+|\s*\(|\)\s*")
# Dates and times as Babel writes them in French: "3 mars 2026", "1 janv. 2026", "10 h 30".
_MOMENT = re.compile(
    r"(?:[a-z]+ )?(?:\d{4}-\d{2}-\d{2}|\d{1,2} [a-zéû]+\.? \d{4})?(?: ?à? ?\d{1,2} h(?: \d{2})?)?"
)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# Key sequences as Qt writes them in French ("Ctrl+N", "F1"), reference codes, C-000042,
# initials ("D. S.").
_CODE = re.compile(
    r"(?:(?:Ctrl|Alt|Maj|Meta)\+)*(?:F\d{1,2}|[A-Z0-9])|[A-Z0-9]{2,}(?:-[A-Z0-9]+)+"
    r"|(?:[A-Z]\.\s?)+"
)
# Months as Babel writes them in French, alone or as a range: "février 2026",
# "févr. 2026", "novembre 2026 – janvier 2027".
_MONTH_NAMES = "|".join(
    re.escape(m)
    for width in ("wide", "abbreviated")
    for m in Locale.parse("fr_CA").months["format"][width].values()
)
_MONTH = rf"(?:\d{{1,2}} )?(?:{_MONTH_NAMES}) \d{{4}}"
_MONTHS = re.compile(rf"{_MONTH}(?: – {_MONTH})?", re.IGNORECASE)
# Sentences shown one after another: a sentence ends with . ! ? or … after a small
# letter, a digit, a bracket or a quote (not after an initial: "D. S."), before a capital
# or a number starting words ("3 chiffres", but not the year of "15 sept. 2025").
_SENTENCE = re.compile(r"(?<=[a-zà-ÿ0-9)»”\"][.!?…])\s+(?=[A-ZÀ-Ý«“\"]|\d+ [^\W\d])")

# Qt's own strings that appear on our surfaces (wizard and button-box buttons).
QT_SOURCES = (
    ("QPlatformTheme", "OK"),
    ("QPlatformTheme", "Cancel"),
    ("QPlatformTheme", "Close"),
    ("QPlatformTheme", "Yes"),
    ("QPlatformTheme", "No"),
    ("QPlatformTheme", "Save"),
    ("QPlatformTheme", "Open"),
    ("QPlatformTheme", "Help"),
    ("QPlatformTheme", "Apply"),
    ("QWizard", "< &Back"),
    ("QWizard", "&Next >"),
    ("QWizard", "&Finish"),
    ("QWizard", "Cancel"),
    ("QWizard", "&Help"),
    ("QWizard", "Go Back"),
    ("QWizard", "Continue"),
    ("QWizard", "Commit"),
    ("QWizard", "Done"),
)


def _strip(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _pattern(french: str) -> re.Pattern[str]:
    pieces = _PLACEHOLDER.split(_strip(french))
    return re.compile("(.+?)".join(re.escape(p) for p in pieces), re.DOTALL | re.IGNORECASE)


def _parts(text: str) -> list[str]:
    return [p.strip() for p in _SPLIT.split(text) if p.strip()]


def _pieces(text: str) -> set[str]:
    """The text, its sentences, and the parts of both: what a screen may show of it."""
    sentences = [s.strip() for s in _SENTENCE.split(text) if s.strip()]
    found = {text.strip(), *sentences, *_parts(text)}
    for sentence in sentences:
        found.update(_parts(sentence))
    return found


@dataclasses.dataclass
class Catalogue:
    exact: set[str]
    patterns: list[re.Pattern[str]]  # French entries with placeholders as wildcards
    english_only: set[str]  # English sources whose French differs
    data: set[str]
    # The same entries, matched whole, their filled-in values checked in turn (also the
    # short ones, e.g. "« %1 »", too general as wildcards).
    templates: list[re.Pattern[str]]

    def accepts(self, part: str) -> bool:
        folded = part.casefold()
        if not _LETTER.search(part) or folded in self.data:
            return True
        if _CODE.fullmatch(part) or _MOMENT.fullmatch(part) or _MONTHS.fullmatch(part):
            return True
        if folded in self.english_only and folded not in self.exact:
            return False
        return folded in self.exact or any(p.fullmatch(part) for p in self.patterns)

    def accepts_text(self, text: str, depth: int = 0) -> bool:
        """A known string; or a known template whose filled-in values pass in turn; or
        parts that each pass. Depth-limited: fills are always shorter than the text."""
        text = text.strip()
        if not text or self.accepts(text):
            return True
        if depth >= 4:
            return False
        for template in self.templates:
            match = template.fullmatch(text)
            if match and all(self.accepts_text(g, depth + 1) for g in match.groups()):
                return True
        parts = _parts(text)
        return len(parts) > 1 and all(self.accepts_text(p, depth + 1) for p in parts)

    def refused(self, text: str) -> list[str]:
        """The sentences or parts of `text` that are not French (empty when it all is)."""
        found: list[str] = []
        for sentence in _SENTENCE.split(_strip(text)):
            if self.accepts_text(sentence):
                continue
            bad = [p for p in _parts(sentence) if not self.accepts_text(p)]
            found += bad or [sentence.strip()]
        return found


def _walk_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _walk_strings(getattr(value, f.name))
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _walk_strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _walk_strings(v)


def vault_data(session: VaultSession) -> set[str]:
    """Everything the vault itself holds and shows as-is (written by people, not us)."""
    found: set[str] = set()
    for s in directory_repo.load_services(session.conn):
        found.update(_walk_strings(s))
    for o in directory_repo.load_organizations(session.conn):
        found.update(_walk_strings(o))
    for hit in ClientSearch(session, limit=500).search(""):
        found.update({hit.display_name, hit.number, hit.area, hit.given_name, hit.family_name})
    for user in list_users(session.conn):
        found.add(user.name)
    for key in ("org.name", "org.address"):
        found.update(str(get_setting(session.conn, key)).splitlines())
    found.update(AREAS)
    for t in SERVICE_TERMS + AUDIENCE_TERMS:
        found.add(t.fr)
    found.update(Locale.parse("fr_CA").languages.values())
    # A reading language's own name ("العربية") is the shipped texts' data, shown as written.
    found.update(t.name for t in client_texts.shipped().values())
    found.update(Locale.parse("fr_CA").languages.keys())
    found.update(Locale.parse("fr_CA").days["format"]["wide"].values())
    found.update(Locale.parse("fr_CA").months["format"]["wide"].values())
    parts: set[str] = set()
    for text in found:
        parts.update(p for p in _SPLIT.split(text) if p)
    return {t.strip().casefold() for t in found | parts if t.strip()}


def _routing_catalog() -> list[tuple[str, str]]:
    """(English msgid, French) of every explanation text."""
    path = resource_path("catalogs", "fr", "LC_MESSAGES", "routing.po")
    with path.open("rb") as handle:
        catalog = read_po(handle)
    return [(str(m.id), str(m.string)) for m in catalog if m.id and isinstance(m.id, str)]


def load_catalogue(session: VaultSession) -> Catalogue:
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    templates: list[re.Pattern[str]] = []
    english_only: set[str] = set()

    def add(source: str, forms: list[str]) -> None:
        for french in forms:
            for piece in _pieces(_strip(french)):
                exact.add(piece)
                literal = _PLACEHOLDER.sub("", piece)
                if not _PLACEHOLDER.search(piece):
                    continue
                if len(_LETTER.findall(literal)) >= 3:
                    patterns.append(_pattern(piece))
                if literal.strip():
                    templates.append(_pattern(piece))
        if _strip(source) not in {_strip(f) for f in forms}:
            english_only.update(_pieces(_strip(source)))

    for path in sorted(FRENCH.glob("*.json")):
        for strings in json.loads(path.read_text("utf-8")).values():
            for source, target in strings.items():
                add(source, [target] if isinstance(target, str) else list(target))
    # The routing explanations are the Qt-free layer's `routing` catalog.
    for english, french in _routing_catalog():
        exact.add(french)
        if _PLACEHOLDER.search(french):
            patterns.append(_pattern(french))
            templates.append(_pattern(french))
        english_only.add(english)
    # So is the reports' vocabulary (titles, categories, the disclosure rule).
    for fr, en in report_labels.vocabulary():
        add(en, [fr])
    for context, source in QT_SOURCES:
        exact.add(_strip(QCoreApplication.translate(context, source)))
    exact.update(SAME_IN_BOTH)
    english_only -= SAME_IN_BOTH
    return Catalogue(
        {e.casefold() for e in exact},
        patterns,
        {e.casefold() for e in english_only},
        vault_data(session),
        templates,
    )


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _view_texts(view: QAbstractItemView, rows: int = 12) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # list models keep columnCount private: one column
        columns = 1
    for col in range(columns):
        yield str(model.headerData(col, Qt.Orientation.Horizontal) or "")
    for row in range(min(rows, model.rowCount(QModelIndex()))):
        for col in range(columns):
            if model.index(row, col).data(AS_WRITTEN_ROLE) is True:
                continue  # data shown as written (a file's name), not our words
            value = model.index(row, col).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value
            tip = model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip


def visible_texts(surface: Surface) -> Iterator[tuple[str, str]]:
    """(where, text) of every string a person can read on the surface."""
    window = surface.window
    yield "title", window.windowTitle()
    if isinstance(window, QMainWindow):
        yield "status", window.statusBar().currentMessage()
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        where = f"{type(w).__name__} {w.objectName()}"
        texts: list[str] = [w.toolTip()]
        if isinstance(w, QLabel):
            texts.append(_plain(w.text()))
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            texts.append(w.placeholderText())
        elif isinstance(w, QTextEdit):
            texts += [w.placeholderText(), w.toPlainText() if w.isReadOnly() else ""]
        elif isinstance(w, QComboBox) and not w.isEditable():  # editable: names people typed
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            texts += list(_view_texts(w))
        for text in texts:
            if text:
                yield where, text


def not_french(surface: Surface, catalogue: Catalogue) -> Iterable[str]:
    for where, text in visible_texts(surface):
        for part in catalogue.refused(text):
            yield f"{surface.name}: {where}: “{part}”"
