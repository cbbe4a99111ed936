"""Property: a status or barrier word from any language, planted in any printed field of
a letter built from random allowlisted data, is flagged by the one guard over the letter —
however it is typed (capitals, non-breaking spaces, dash variants, zero-width characters,
letters spaced out or run together)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.domain.clients import Client, Naming
from intake_app.domain.common import Lang
from intake_app.domain.services import Address, Location, Organization, Phone, Service
from intake_app.letters.allowlist import LetterData, ReferralFacts, build_letter_data
from intake_app.letters.lexicon import shipped_lexicon, spaced_script
from intake_app.letters.printed import letter_leaks, printed_texts
from tests.unit.letters.helpers import TODAY, consent_all, letterhead

LEX = shipped_lexicon()

# Every term and example of every language file, as written in the lexicon.
PLANTS: list[tuple[str, str, bool]] = []  # (language, text, spaced-script word?)
for code, terms in LEX.terms_by_language.items():
    for term in terms:
        text = " ".join(w.rstrip("*") for w in term.words)
        PLANTS.append((code, text, spaced_script(text)))
    for example in LEX.examples[code]:
        PLANTS.append((code, example, False))

NUMBERS = [
    "UCI 1234-5678",
    "E001234567",
    "UCI12345678",
    "123-456-789",
    "DIAA 8001 0101",
    "AB1234567",
    "12-3456-7890",
    "C-000042",
    "IMM 5257",
]

SEPARATORS = [
    " ",
    "-",
    "\u2010",
    "\u2011",
    "\u2012",
    "\u2013",
    "\u2014",
    "\u2015",
    "\u2212",
    "\u00a0",
    "\u202f",
    ".",
    "/",
    "",
]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
SPACES = [" ", "\u00a0", "\u202f", "\u2009", "-", "\u2011", "\u2013", "\u2212"]

_clean_words = st.sampled_from(
    [
        "Centre",
        "Maison",
        "Clinique",
        "Accueil",
        "Horizon",
        "Le Phare",
        "Saint-Laurent",
        "Entraide",
        "Boussole",
        "Nord",
        "Rosemont",
        "Amina",
        "Diallo",
        "Jean",
        "Tremblay",
    ]
)
_clean_text = st.lists(_clean_words, min_size=1, max_size=3).map(" ".join)


@st.composite
def letters(draw: st.DrawFn) -> LetterData:
    """A letter from random allowlisted data (clean names and places)."""
    org = Organization("org", draw(_clean_text), website="https://exemple.org")
    service = Service(
        id="svc",
        organization=org,
        name=draw(_clean_text),
        program_name=draw(_clean_text),
        locations=(
            Location(
                "loc",
                name=draw(_clean_text),
                address=Address(
                    f"{draw(st.integers(1, 9999))}, rue {draw(_clean_words)}",
                    "Montréal",
                    "QC",
                    "H2T 1R2",
                ),
                transit=f"Métro {draw(_clean_words)}",
            ),
        ),
        phones=(Phone("514 555-0123"),),
        email="info@exemple.org",
        url="https://exemple.org/services",
        hours_note=draw(_clean_text),
        letter_address_line=draw(_clean_text),
    )
    client = Client(
        given_name=draw(_clean_words),
        family_name=draw(_clean_words),
        naming=draw(st.sampled_from(list(Naming))),
        languages=("fr", "ar"),
        consents=(consent_all(),),
    )
    return build_letter_data(
        client,
        service,
        ReferralFacts("K7QX-4M9", ("health",)),
        letterhead(),
        draw(_clean_text),
        draw(_clean_text),
        client.consents,
        TODAY,
        draw(st.sampled_from(list(Lang))),
    )


def _set(data: Any, path: str, value: str) -> Any:
    """`data` with the string at `path` ("address.street", "languages[0]") replaced."""
    head, _, rest = path.partition(".")
    m = re.fullmatch(r"(\w+)(?:\[(\d+)\])?", head)
    assert m is not None
    name, index = m.group(1), m.group(2)
    current = getattr(data, name)
    if index is not None:
        items = list(current)
        items[int(index)] = _set(items[int(index)], rest, value) if rest else value
        new: Any = tuple(items)
    else:
        new = _set(current, rest, value) if rest else value
    return dataclasses.replace(data, **{name: new})


@st.composite
def typed(draw: st.DrawFn, text: str, spaced_script: bool) -> str:
    """`text` as someone might type or paste it."""
    style = draw(
        st.sampled_from(
            ["as-is", "upper", "title", "spaces", "zero-width", "spaced", "run-together"]
        )
    )
    if style == "upper":
        return text.upper()
    if style == "title":
        return text.title()
    if style == "spaces":
        return text.replace(" ", draw(st.sampled_from(SPACES)))
    if style == "zero-width":
        at = draw(st.integers(1, max(1, len(text) - 1)))
        return text[:at] + draw(st.sampled_from(ZERO_WIDTH)) + text[at:]
    words = text.split()
    compact = "".join(words)
    if style == "spaced" and spaced_script and len(compact) >= 4 and compact.isalpha():
        return draw(st.sampled_from([" ", ".", " . "])).join(compact)
    if style == "run-together" and spaced_script and len(words) > 1 and len(compact) >= 6:
        return compact
    return text


@settings(max_examples=250)
@given(data=letters(), plant=st.sampled_from(PLANTS), choice=st.data())
def test_a_planted_word_in_any_printed_field_is_flagged(
    data: LetterData, plant: tuple[str, str, bool], choice: st.DataObject
) -> None:
    fields = [name for name, _text in printed_texts(data)]
    field = choice.draw(st.sampled_from(fields))
    _lang, text, spaced = plant
    word = choice.draw(typed(text, spaced))
    original = dict(printed_texts(data))[field]
    planted = _set(data, field, f"{original}, {word}, fin")
    assert field in letter_leaks(planted), (field, word)


@st.composite
def numbers(draw: st.DrawFn) -> str:
    sep = draw(st.sampled_from(SEPARATORS))
    d = draw(st.lists(st.sampled_from("0123456789"), min_size=12, max_size=12))
    shape = draw(st.sampled_from(["uci8", "uci10", "sin", "ramq", "ircc", "passport"]))
    if shape == "uci8":
        return "".join(d[:4]) + sep + "".join(d[4:8])
    if shape == "uci10":
        return "".join(d[:2]) + sep + "".join(d[2:6]) + sep + "".join(d[6:10])
    if shape == "sin":
        return sep.join(["".join(d[:3]), "".join(d[3:6]), "".join(d[6:9])])
    if shape == "ramq":
        return "TREM" + sep + "".join(d[:4]) + sep + "".join(d[4:8])
    if shape == "ircc":
        return draw(st.sampled_from("EWVBFQ")) + "".join(d[:9])
    return draw(st.sampled_from(["AB", "HK", "G", "P"])) + "".join(d[:7])


@settings(max_examples=250)
@given(data=letters(), number=st.one_of(numbers(), st.sampled_from(NUMBERS)), choice=st.data())
def test_an_id_like_number_in_any_printed_field_is_flagged(
    data: LetterData, number: str, choice: st.DataObject
) -> None:
    fields = [name for name, _text in printed_texts(data)]
    field = choice.draw(st.sampled_from(fields))
    original = dict(printed_texts(data))[field]
    planted = _set(data, field, f"{original}, n° {number}, fin")
    assert field in letter_leaks(planted), (field, number)


def test_every_language_the_issue_names_has_a_lexicon_file() -> None:
    assert {"fr", "en", "es", "ar", "fa", "ht", "pt", "ru", "uk", "ti", "zh"} <= set(LEX.languages)
