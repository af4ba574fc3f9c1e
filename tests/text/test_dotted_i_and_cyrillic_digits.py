"""The Turkish capital İ folds to a plain i; Cyrillic З and б read as digits inside numbers only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from clew.text import normalize
from clew.text.numbers import digit_view


def test_dotted_capital_i_folds_to_a_plain_i_with_exact_offsets() -> None:
    view = normalize("İnstagram İSTANBUL İi")
    assert view.text == "instagram istanbul ii"
    assert all(view.original_at(i, i + 1).casefold()[0] == "i" for i, c in enumerate(view.text) if c == "i")
    assert view.span(0, 9) == (0, 9)
    assert view.original_at(10, 18) == "İSTANBUL"


def test_other_letters_keep_their_dot_above() -> None:
    assert normalize("Żaneta Ȧ Ė").text == "żaneta ȧ ė"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("İıiI \u0307aé😀x")), max_size=40))
def test_offsets_stay_exact_around_dotted_i(text: str) -> None:
    view = normalize(text)
    assert "i\u0307" not in view.text or "\u0307" in text.replace("İ", "")
    for i in range(len(view.text)):
        a, b = view.span(i, i + 1)
        assert 0 <= a < b <= len(text)


def test_cyrillic_ze_and_be_are_digits_inside_a_token_with_digits() -> None:
    assert digit_view(normalize("О1З9 и 2б")).text == "0139 и 26"


def test_cyrillic_ze_and_be_alone_stay_letters() -> None:
    text = "з 9 до 5 з понеділка б 7"
    assert digit_view(normalize(text)).text == text


def test_tags_are_not_letter_spaced_words() -> None:
    from clew.text import normalize

    assert normalize("send $a_b_c now").text == "send $a_b_c now"
    assert normalize("tag #l_o_l here").text == "tag #l_o_l here"
    assert normalize("so n_e_w here").text == "so new here"
