"""The shipped reading languages: honest review status, fonts that cover every character,
CLDR data for every language, nothing the leak guard flags. That each catalog translates
every msgid with the same placeholders is tests/unit/test_catalogs.py."""

from __future__ import annotations

import json
import re
import string
from datetime import time
from pathlib import Path

import pytest
from babel import Locale, localedata
from babel.messages.pofile import read_po

from intake_app.domain.hours import day_names
from intake_app.domain.services import OpeningHours
from intake_app.letters.client_formatting import hours_lines
from intake_app.letters.client_texts import (
    DRAFT,
    PROFILE,
    REVIEWED,
    Fallback,
    canonical,
    enabled,
    load_folder,
    resolve,
    shipped,
    suggest,
    texts_dir,
)
from intake_app.letters.leak_guard import find_leaks
from intake_app.letters.scripts import BY_SCRIPT, LATIN, covers, missing_glyphs

REQUIRED = {"es", "ar", "fa", "prs", "ht", "uk", "ru", "pt", "zh", "ti", "tr", "ta"}
ALSO = {"ps", "am"}  # Pashto and Amharic: named in the issue among newcomers' languages
SHIPPED = REQUIRED | ALSO
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _msgids() -> list[str]:
    """Every msgid of the client's part (the `reading` template)."""
    with (texts_dir() / "reading.pot").open("rb") as handle:
        return [str(m.id) for m in read_po(handle) if m.id]


def test_the_languages_the_issue_asks_for_are_shipped() -> None:
    assert set(shipped()) >= REQUIRED


@pytest.mark.parametrize(
    "path", sorted(texts_dir().glob(f"*/{PROFILE}")), ids=lambda p: p.parent.name
)
def test_every_profile_has_a_status_and_every_text_translated(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    assert data["status"] in (DRAFT, REVIEWED)
    texts = shipped()[path.parent.name]
    # A text equal to its English msgid was not translated (the fill-ins "{day}" may be).
    untranslated = [m for m in _msgids() if "{" not in m and texts.phrase(m) == m]
    assert untranslated == []


@pytest.mark.parametrize("code", sorted(SHIPPED))
def test_placeholders_are_the_same_as_in_spanish(code: str) -> None:
    es, other = shipped()["es"], shipped()[code]
    for msgid in _msgids():
        assert set(PLACEHOLDER.findall(other.phrase(msgid))) == set(
            PLACEHOLDER.findall(es.phrase(msgid))
        ), msgid


def test_no_file_claims_a_review_nobody_did() -> None:
    # No fluent speaker has read these yet: a file becomes "reviewed" by a person, with a
    # commit saying who read it, never by a program.
    assert {t.status for t in shipped().values()} == {DRAFT}


def test_a_profile_without_its_catalog_is_refused(tmp_path: Path) -> None:
    (tmp_path / "es").mkdir()
    (tmp_path / "es" / PROFILE).write_bytes((texts_dir() / "es" / PROFILE).read_bytes())
    with pytest.raises(ValueError, match=r"reading\.po"):
        load_folder(tmp_path)


def test_a_profile_in_the_wrong_folder_is_refused(tmp_path: Path) -> None:
    messages = tmp_path / "pt" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (tmp_path / "pt" / PROFILE).write_bytes((texts_dir() / "es" / PROFILE).read_bytes())
    for name in ("reading.po", "reading.mo"):
        (messages / name).write_bytes((texts_dir() / "es" / "LC_MESSAGES" / name).read_bytes())
    with pytest.raises(ValueError, match="differs from the folder"):
        load_folder(tmp_path)


@pytest.mark.parametrize("code", sorted(SHIPPED))
def test_every_character_is_in_the_languages_own_font(code: str) -> None:
    texts = shipped()[code]
    face = BY_SCRIPT[texts.script]
    for key in _msgids():
        value = PLACEHOLDER.sub("", texts.phrase(key))
        for ch in value:
            if ch in string.whitespace or ch in "\u200c\u200d":
                continue
            in_own = covers(face, ch)
            assert in_own or (ch in string.printable and covers(LATIN, ch)), (key, ch)
        assert not missing_glyphs(value, face), key


@pytest.mark.parametrize("code", sorted(SHIPPED))
def test_the_programs_own_words_are_clean_for_the_leak_guard(code: str) -> None:
    texts = shipped()[code]
    for key in _msgids():
        assert find_leaks(PLACEHOLDER.sub("", texts.phrase(key))) == [], key


@pytest.mark.parametrize("code", sorted(SHIPPED))
def test_weekdays_come_from_cldr_in_the_language_or_its_documented_fallback(code: str) -> None:
    texts = shipped()[code]
    assert localedata.exists(texts.babel_locale)
    own = Locale.parse(texts.babel_locale).language
    if own != code and not (code == "prs" and texts.babel_locale == "fa_AF"):
        assert texts.babel_note, "a fallback locale must say why"
    names = day_names(texts.babel_locale)
    assert names[1] != "Mon" and len(set(names.values())) == 7


def test_haitian_creole_falls_back_to_french_formats_because_cldr_has_none() -> None:
    assert day_names("ht")[1] == "Mon"  # CLDR's ht is root data only
    assert shipped()["ht"].babel_locale.startswith("fr")
    assert day_names(shipped()["ht"].babel_locale)[1] == "lundi"


def test_hours_group_days_in_the_clients_language() -> None:
    hours = tuple(OpeningHours(d, time(9), time(17)) for d in range(1, 6))
    assert hours_lines(hours, shipped()["es"]) == ["De lunes a viernes: de 9:00 a 17:00"]
    split = (OpeningHours(6, time(9), time(12)), OpeningHours(6, time(13), time(16)))
    (line,) = hours_lines(split, shipped()["es"])
    assert line.startswith("Sábado") and " y " in line
    assert "星期一至星期五" in hours_lines(hours, shipped()["zh"])[0]


def test_suggestion_follows_spoken_languages_in_order() -> None:
    assert suggest(("ff", "ar", "fr")) == "ar"
    assert suggest(("fr", "ar")) == ""  # French first: the letter's own language
    assert suggest(("fa-AF",)) == "prs"
    assert suggest(("ar",), turned_off=("ar",)) == ""
    assert suggest(("ff", "wo")) == ""


def test_aliases() -> None:
    assert canonical("zh-Hans") == "zh" and canonical("es-MX") == "es" and canonical("prs") == "prs"


def test_a_language_without_texts_falls_back_and_says_so() -> None:
    assert resolve("ff") == resolve("ff", ()) and resolve("ff").fallback is Fallback.NO_TEXTS
    assert resolve("ff").code == ""


def test_a_turned_off_language_falls_back_and_says_so() -> None:
    r = resolve("ta", turned_off=("ta",))
    assert r.code == "" and r.fallback is Fallback.TURNED_OFF
    assert "ta" not in {t.code for t in enabled(("ta",))}
    assert resolve("ta").code == "ta"


def test_french_or_english_is_no_fallback() -> None:
    assert resolve("fr").fallback is Fallback.NONE and resolve("").code == ""
    assert resolve("none") == resolve("")


def test_shipped_fonts_are_truetype_and_within_the_size_budget() -> None:
    from intake_app.resources import resources_dir

    fonts = sorted((resources_dir() / "fonts").glob("*.ttf"))
    assert sum(f.stat().st_size for f in fonts) < 25 * 2**20
    for font in fonts:
        head = font.read_bytes()[:4096]
        assert head[:4] == b"\x00\x01\x00\x00", font.name  # TrueType outlines, not CFF
        assert b"glyf" in head and b"CFF " not in head, font.name
    licences = {p.name for p in (resources_dir() / "fonts").glob("LICENSE-*")}
    assert {"LICENSE-Noto-OFL.txt", "LICENSE-DroidSansFallback.txt"} <= licences
