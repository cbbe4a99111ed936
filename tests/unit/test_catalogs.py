"""The domain catalogs: the loader's fallback rules, and every shipped catalog in step with
the code (every msgid the code uses is in the template, every catalog translates every
msgid of its domain, the compiled .mo says what the .po says)."""

from __future__ import annotations

import gettext
import importlib.util
import io
import re
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from intake_app.catalogs import (
    SOURCE_LANGUAGE,
    CatalogNotBuilt,
    Domain,
    MissingMessage,
    languages,
    load,
    translations,
)
from intake_app.domain.common import Lang
from intake_app.letters.client_texts import PROFILE
from intake_app.letters.leak_guard import find_leaks
from intake_app.letters.texts import ntext, text

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "resources" / "catalogs"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# The letter languages other than the source (English): they translate the whole letter.
LETTER_LANGUAGES = {"fr"}


def _tool() -> ModuleType:
    """packaging/update_catalogs.py (the folder is no package: `packaging` is PyPI's)."""
    spec = importlib.util.spec_from_file_location(
        "update_catalogs", ROOT / "packaging" / "update_catalogs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def _po(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=path.parents[1].name)


def _msgids(catalog: Catalog) -> set[str]:
    return {_key(m) for m in catalog if m.id}


def _key(message: Message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def _strings(message: Message) -> list[str]:
    return [message.string] if isinstance(message.string, str) else list(message.string)


def _shipped() -> list[Path]:
    return sorted(CATALOGS.glob("*/LC_MESSAGES/*.po"))


# --- the loader ------------------------------------------------------------------------


def _build(root: Path, lang: str, domain: Domain, messages: dict[str, str], *, mo: bool) -> None:
    catalog = Catalog(locale=lang, domain=str(domain), fuzzy=False)
    for msgid, msgstr in messages.items():
        catalog.add(msgid, msgstr)
    folder = root / lang / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / f"{domain}.po").open("wb") as handle:
        write_po(handle, catalog)
    if mo:
        with (folder / f"{domain}.mo").open("wb") as handle:
            write_mo(handle, catalog)


def test_a_language_reads_its_compiled_catalog(tmp_path: Path) -> None:
    _build(tmp_path, "fr", Domain.ROUTING, {"open now": "ouvert maintenant"}, mo=True)
    assert load(Domain.ROUTING, "fr", root=tmp_path).gettext("open now") == "ouvert maintenant"
    assert languages(Domain.ROUTING, root=tmp_path) == ("fr",)
    assert languages(Domain.LETTERS, root=tmp_path) == ()


def test_english_is_the_msgids_themselves(tmp_path: Path) -> None:
    english = load(Domain.ROUTING, SOURCE_LANGUAGE, root=tmp_path)
    assert english.gettext("open now") == "open now"
    assert english.ngettext("one need", "{n} needs", 1) == "one need"
    assert english.ngettext("one need", "{n} needs", 3) == "{n} needs"


def test_a_language_without_a_catalog_falls_back_to_english(tmp_path: Path) -> None:
    """Even strict: strictness is about a msgid missing from a catalog that ships."""
    assert load(Domain.ROUTING, "de", root=tmp_path).gettext("open now") == "open now"
    strict = load(Domain.ROUTING, "de", strict=True, root=tmp_path)
    assert strict.ngettext("a", "b", 2) == "b"


def test_a_missing_msgid_is_english_at_run_time_and_an_error_when_strict(tmp_path: Path) -> None:
    _build(tmp_path, "fr", Domain.ROUTING, {"open now": "ouvert maintenant"}, mo=True)
    assert load(Domain.ROUTING, "fr", root=tmp_path).gettext("closed now") == "closed now"
    strict = load(Domain.ROUTING, "fr", strict=True, root=tmp_path)
    assert strict.gettext("open now") == "ouvert maintenant"
    with pytest.raises(MissingMessage, match="closed now"):
        strict.gettext("closed now")
    with pytest.raises(MissingMessage):
        strict.ngettext("a", "b", 2)


def test_a_catalog_that_was_not_compiled_is_refused_not_printed_in_english(
    tmp_path: Path,
) -> None:
    _build(tmp_path, "fr", Domain.RECORD, {"Notes": "Notes"}, mo=False)
    with pytest.raises(CatalogNotBuilt, match="make translations"):
        load(Domain.RECORD, "fr", root=tmp_path)


def test_plural_forms_follow_the_letter_languages_rule() -> None:
    singular = "We are supporting <b>{name}</b> at {org} and are referring this person to your "
    assert ntext(Lang.FR, singular + "service for the following need: {needs}.",
                 singular + "service for the following needs: {needs}.", 1).endswith(
        "pour le besoin suivant\u00a0: {needs}."
    )  # fmt: skip
    assert ntext(Lang.FR, singular + "service for the following need: {needs}.",
                 singular + "service for the following needs: {needs}.", 2).endswith(
        "pour les besoins suivants\u00a0: {needs}."
    )  # fmt: skip


def test_letters_follow_the_letter_language_not_the_process_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No global `_`: the environment's language changes nothing a letter prints."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(variable, "de_DE.UTF-8")
    translations.cache_clear()
    assert text(Lang.FR, "To") == "Destinataire"
    assert text(Lang.EN, "To") == "To"
    assert gettext.gettext("To") == "To"
    import builtins

    assert not hasattr(builtins, "_")


# --- in step with the code --------------------------------------------------------------


def test_every_domain_has_its_extraction_keywords() -> None:
    assert set(TOOL.KEYWORDS) == {str(d) for d in Domain} == set(TOOL.PACKAGES)


@pytest.mark.parametrize("domain", [str(d) for d in Domain])
def test_the_template_holds_every_msgid_the_code_uses(domain: str) -> None:
    """A new or changed text fails here until `make update-catalogs` is run."""
    extracted = _msgids(TOOL.extract(domain))
    assert extracted, "no msgid found: the extraction keywords are wrong"
    template = _msgids(_po(CATALOGS / f"{domain}.pot"))
    assert extracted - template == set(), "run `make update-catalogs`"
    assert template - extracted == set(), "run `make update-catalogs` (texts the code dropped)"


@pytest.mark.parametrize("po", _shipped(), ids=lambda p: f"{p.parents[1].name}-{p.stem}")
def test_every_catalog_translates_every_msgid_of_its_domain(po: Path) -> None:
    template = _msgids(_po(CATALOGS / f"{po.stem}.pot"))
    catalog = _po(po)
    unfinished = sorted(
        _key(m) for m in catalog if m.id and (m.fuzzy or not all(s.strip() for s in _strings(m)))
    )
    assert unfinished == []
    assert template - _msgids(catalog) == set()
    assert not catalog.obsolete


@pytest.mark.parametrize("po", _shipped(), ids=lambda p: f"{p.parents[1].name}-{p.stem}")
def test_translations_keep_the_placeholders_of_their_msgid(po: Path) -> None:
    for message in _po(po):
        if not message.id:
            continue
        wanted = set(PLACEHOLDER.findall(_key(message)))
        for translated in _strings(message):
            assert set(PLACEHOLDER.findall(translated)) == wanted, _key(message)


@pytest.mark.parametrize("po", _shipped(), ids=lambda p: f"{p.parents[1].name}-{p.stem}")
def test_the_compiled_catalog_says_what_the_po_says(po: Path) -> None:
    """A .mo older than its .po fails here: `make translations` rebuilds it."""
    lang, domain = po.parents[1].name, Domain(po.stem)
    compiled = load(domain, lang, strict=True)
    for message in _po(po):
        if not message.id:
            continue
        if isinstance(message.id, str):
            assert compiled.gettext(message.id) == message.string
        else:
            assert compiled.ngettext(message.id[0], message.id[1], 1) == message.string[0]


def test_who_ships_what() -> None:
    """Letter languages ship the letter (and may read the record and the explanations);
    a reading language ships its profile and the client's part, nothing else is needed."""
    assert set(languages(Domain.LETTERS)) == LETTER_LANGUAGES
    assert set(languages(Domain.ROUTING)) == set(languages(Domain.RECORD)) == {"fr"}
    reading = {p.parent.name for p in CATALOGS.glob(f"*/{PROFILE}")}
    assert set(languages(Domain.READING)) == reading
    assert not reading & LETTER_LANGUAGES


def test_french_letters_keep_their_non_breaking_spaces() -> None:
    """French typography: a non-breaking space before ':' and inside « »."""
    for message in _po(CATALOGS / "fr" / "LC_MESSAGES" / "letters.po"):
        for translated in _strings(message) if message.id else []:
            assert " :" not in translated and "« " not in translated and " »" not in translated


@pytest.mark.parametrize("domain", ["letters", "reading"])
def test_the_printed_catalog_texts_are_clean_for_the_leak_guard(domain: str) -> None:
    """The program's own printed words never look like status or barrier words."""
    for po in sorted(CATALOGS.glob(f"*/LC_MESSAGES/{domain}.po")):
        for message in _po(po):
            if not message.id:
                continue
            for value in [_key(message), *_strings(message)]:
                assert find_leaks(PLACEHOLDER.sub("", value)) == [], (po.parent.parent.name, value)


def test_a_po_round_trips_through_the_update_tool_unchanged(tmp_path: Path) -> None:
    """`make update-catalogs` on catalogs in step leaves them byte for byte (but dates)."""
    for po in _shipped()[:3]:
        catalog = _po(po)
        catalog.update(_po(CATALOGS / f"{po.stem}.pot"), update_header_comment=False)
        out = io.BytesIO()
        write_po(out, catalog, width=TOOL.WIDTH, include_lineno=False, ignore_obsolete=True)
        assert TOOL._without_dates(out.getvalue()) == TOOL._without_dates(po.read_bytes())


def test_in_tests_a_msgid_missing_from_a_shipped_catalog_fails_where_it_is_printed() -> None:
    """tests/conftest.py makes the program's own door strict for the whole suite."""
    with pytest.raises(MissingMessage):
        text(Lang.FR, "A text nobody translated")
    assert text(Lang.EN, "A text nobody translated") == "A text nobody translated"
