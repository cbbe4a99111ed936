"""Cutting text into runs of one font each, step by step: each character's own font, the
font a digit borrows from its word, one font per number, and the runs."""

from __future__ import annotations

from intake_app.letters.scripts import (
    ARABIC,
    CHINESE,
    LATIN,
    MISSING,
    _fonts_from_word_letters,
    _own_fonts,
    _runs,
    chain,
    font_runs,
)


def _faces(text: str) -> list[tuple[str, str]]:
    return [(face.regular, run) for face, run in font_runs(text, LATIN)]


def test_latin_text_with_digits_and_punctuation_is_one_run() -> None:
    assert _faces("H2T 1R2 (Québec)") == [(LATIN.regular, "H2T 1R2 (Québec)")]


def test_a_chinese_word_takes_its_own_font_and_the_space_stays_with_what_precedes() -> None:
    assert _faces("Tél 你好 ici") == [
        (LATIN.regular, "Tél "),
        (CHINESE.regular, "你好 "),
        (LATIN.regular, "ici"),
    ]


def test_a_character_no_font_has_prints_as_the_missing_mark_and_invisible_ones_go() -> None:
    chars, index = _own_fonts("a\U00010000\u200eb", LATIN)
    assert chars == ["a", MISSING, "b"] and index[1] == 0


def test_digits_take_the_font_of_a_letter_of_their_word_when_it_has_them() -> None:
    faces = chain(ARABIC)
    chars, index = _own_fonts("مركز12", ARABIC)
    letters = {i for i, ch in enumerate(chars) if ch.isalpha()}
    _fonts_from_word_letters(chars, index, faces, letters)
    assert {index[i] for i in range(len(chars))} == {faces.index(ARABIC)}


def test_runs_join_consecutive_characters_of_one_font() -> None:
    faces = chain(LATIN)
    assert _runs(list("ab cd"), [0, 0, -2, 1, 1], faces) == (
        (faces[0], "ab "),
        (faces[1], "cd"),
    )
    assert _runs([], [], faces) == ()
