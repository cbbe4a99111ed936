"""Loading the interface language: our .qm file plus Qt's own strings for dialogs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from intake_app.domain.common import Lang
from intake_app.resources import resources_dir

log = logging.getLogger(__name__)

# The QSettings key of the chosen interface language (read here, written by the controller
# and the Settings page): spelled once.
LANGUAGE_KEY = "ui/language"

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark a module-level string for translation in `context`; it is translated when shown.

    pyside6-lupdate collects calls by this name. PySide6's own marker does the same at run
    time (it returns `source`) but is typed to return `object`; this one is typed `str`.
    """
    return source


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen_language(explicit: str | None = None) -> Lang:
    """--lang, else the saved preference, else the system locale (French if it is French)."""
    if explicit:
        return Lang(explicit)
    saved = QSettings().value(LANGUAGE_KEY, "", type=str)
    if saved in ("fr", "en"):
        return Lang(saved)
    return Lang.FR if QLocale.system().language() == QLocale.Language.French else Lang.EN


def interface_lang() -> Lang:
    """The interface's language, as `install_translators` set Qt's default locale."""
    return Lang.FR if QLocale().language() == QLocale.Language.French else Lang.EN


def install_translators(lang: Lang) -> None:
    """Replace the installed translators with those for `lang` (English needs none)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.French if lang is Lang.FR else QLocale.Language.English,
            QLocale.Country.Canada,
        )
    )
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"passerelle_{lang.value}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("interface translation file is missing; run `make translations`")
    if lang is Lang.EN:
        return  # English needs only its plural forms; Qt's own strings are English
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{lang.value}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
