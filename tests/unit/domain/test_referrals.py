import random

from hypothesis import given
from hypothesis import strategies as st

from intake_app.domain.referrals import (
    CODE_ALPHABET,
    TRANSITIONS,
    ReferralState,
    can_move,
    is_valid_code,
    new_reference_code,
    normalize_code,
)


def test_reference_code_is_two_groups_of_four_unambiguous_characters() -> None:
    code = new_reference_code()
    assert len(code) == 9 and code[4] == "-"
    assert all(c in CODE_ALPHABET for c in code.replace("-", ""))
    assert not set("0O1IL2Z5S8BU") & set(CODE_ALPHABET)
    assert is_valid_code(code)


def test_reference_codes_do_not_repeat_in_practice() -> None:
    codes = {new_reference_code() for _ in range(5000)}
    assert len(codes) == 5000


@given(st.integers(0, 2**32), st.integers(0, 7), st.sampled_from(CODE_ALPHABET))
def test_one_wrong_character_is_caught_by_the_check(seed: int, pos: int, char: str) -> None:
    rng = random.Random(seed)
    raw = new_reference_code(rng.choice).replace("-", "")
    if raw[pos] == char:
        return
    typo = raw[:pos] + char + raw[pos + 1 :]
    assert not is_valid_code(typo)


@given(st.integers(0, 2**32), st.integers(0, 6))
def test_two_swapped_neighbours_are_caught_by_the_check(seed: int, pos: int) -> None:
    raw = new_reference_code(random.Random(seed).choice).replace("-", "")
    if raw[pos] == raw[pos + 1]:
        return
    swapped = raw[:pos] + raw[pos + 1] + raw[pos] + raw[pos + 2 :]
    assert not is_valid_code(swapped)


def test_a_code_typed_in_lower_case_with_a_space_is_understood() -> None:
    code = new_reference_code()
    assert normalize_code(code.lower().replace("-", " ")) == code
    assert normalize_code("hello") == ""


def test_closed_is_final_and_every_open_state_can_be_closed() -> None:
    assert TRANSITIONS[ReferralState.CLOSED] == frozenset()
    for state in ReferralState:
        if state is not ReferralState.CLOSED:
            assert can_move(state, ReferralState.CLOSED)
    assert not can_move(ReferralState.ATTENDED, ReferralState.CREATED)
