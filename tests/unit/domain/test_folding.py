"""The one text folding every part of the program compares words with."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from intake_app.domain.folding import (
    area_key,
    fold,
    fold_with_offsets,
    fold_words,
    name_key,
    to_ascii,
    unmix_lookalikes,
)


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Santé Côte-des-Neiges") == "sante cote-des-neiges"
    assert fold("ÉCOLE") == "ecole"
    assert fold("Straße") == "strasse"


def test_fold_reads_compatibility_letters_as_their_lower_case() -> None:
    assert fold("ﬁn") == "fin"
    assert fold("ᴬB") == "ab"  # a modifier capital folds like the capital


def test_fold_outside_the_basic_plane_drops_marks_too() -> None:
    assert fold("𝐀é") == "ae"


@given(st.text())
def test_fold_is_idempotent_and_leaves_no_combining_mark(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert not any(unicodedata.combining(c) for c in once)


def test_fold_words_turns_punctuation_into_single_spaces() -> None:
    assert fold_words("Côté, Hélène") == "cote helene"
    assert fold_words("  Jean_Paul--St-Fleur ") == "jean paul st fleur"


def test_area_key_ignores_hyphens_spacing_and_accents() -> None:
    assert area_key("Côte-des-Neiges") == area_key("cote des  neiges ")
    assert area_key("Plateau-Mont-Royal") == "plateau mont royal"


def test_to_ascii_keeps_case_and_drops_what_is_not_ascii() -> None:
    assert to_ascii("Montréal Nord") == "Montreal Nord"
    assert to_ascii("Straße") == "Strae"
    assert to_ascii("Київ") == ""


def test_name_key_keeps_accents_but_ignores_case_and_spacing() -> None:
    assert name_key("  Hélène   CÔTÉ ") == "hélène côté"
    assert name_key("Hélène") != name_key("Helene")
    assert name_key("He\u0301le\u0300ne") == name_key("Hélène")  # NFC first


def test_fold_with_offsets_maps_each_folded_character_to_the_original() -> None:
    text = "Sans\u2011pa\u200bpiers É"
    folded = fold_with_offsets(text)
    assert folded.text == "sans-papiers e"
    start = folded.text.index("papiers")
    assert folded.span(start, start + len("papiers")) == (5, 13)
    assert text[slice(*folded.span(len(folded.text) - 1, len(folded.text)))] == "É"
    assert folded.original_length == len(text)


def test_fold_with_offsets_merges_dashes_apostrophes_spaces_and_arabic_forms() -> None:
    assert fold_with_offsets("n\u2019a\u00a0pas\u2013x").text == "n'a pas-x"
    assert fold_with_offsets("\u064a\u0643").text == "\u06cc\u06a9"


def test_unmix_lookalikes_reads_a_mixed_word_in_latin_only() -> None:
    assert unmix_lookalikes("r\u0435fug\u0435e") == "refugee"  # Cyrillic U+0435
    assert unmix_lookalikes("беженец") == "беженец"  # all Cyrillic: left alone
