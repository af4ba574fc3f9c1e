from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clew.text import normalize
from clew.text.normalize import join_spaced_letters

CASES = [
    # (original, normalised)
    ("Hello World", "hello world"),
    ("Call ＭＥ ７０２", "call me 702"),
    ("٠٥٠١٢٣", "050123"),
    ("۰۹۱۲", "0912"),  # Persian digits
    ("३१०", "310"),  # Devanagari
    ("๐๘๑", "081"),  # Thai
    ("3️⃣1️⃣0️⃣", "310"),  # keycap emoji
    ("a\u200bb\u200dc", "abc"),  # zero-width characters
    ("many   spaces\n\tand lines", "many spaces and lines"),
    ("  padded  ", "padded"),
    ("Straße", "strasse"),
    ("e\u0301te\u0301", "été"),  # combining accents compose
    ("𝐛𝐨𝐥𝐝", "bold"),  # mathematical letters
    ("olaide\\_okafor@example\\.org", "olaide_okafor@example.org"),  # Markdown escapes inside a word
    ("Ｔｇ: @opieka\\_de\\_pl", "tg: @opieka_de_pl"),  # and in a text NFKC changes
    ("ż @ola\\_foto", "ż @ola_foto"),  # and in one it does not
    ("C:\\ dir \\_x a\\\\_b", "c:\\ dir \\_x a\\\\_b"),  # a backslash alone, at a word's start or escaped stays
]


@pytest.mark.parametrize(("original", "expected"), CASES)
def test_normalised_view(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize(("original", "expected"), CASES)
def test_every_character_maps_back_to_the_original(original: str, expected: str) -> None:
    view = normalize(original)
    for i in range(len(view.text)):
        a, b = view.span(i, i + 1)
        assert 0 <= a < b <= len(original)


def test_span_maps_full_width_digits_to_their_original_characters() -> None:
    view = normalize("tel ２１３ ５５５")
    start = view.text.index("213")
    assert view.original_at(start, start + 3) == "２１３"


def test_a_markdown_escape_maps_with_the_character_before_it() -> None:
    original = "mail olaide\\_okafor@example.org"
    view = normalize(original)
    start = view.text.index("olaide")
    a, b = view.span(start, start + len("olaide_okafor@example.org"))
    assert original[a:b] == "olaide\\_okafor@example.org"
    underscore = view.text.index("_")
    assert original[slice(*view.span(underscore, underscore + 1))] == "_"


def test_collapsed_spaces_map_to_the_whole_run() -> None:
    view = normalize("a \n\n b")
    assert view.text == "a b"
    assert view.original_at(1, 2) == " \n\n "


@given(st.text())
def test_any_string_gives_spans_inside_the_original(original: str) -> None:
    view = normalize(original)
    previous = 0
    for i in range(len(view.text)):
        a, b = view.span(i, i + 1)
        assert 0 <= a < b <= len(original)
        assert a >= previous  # the map never goes backwards
        previous = a
    if view.text:
        a, b = view.span(0, len(view.text))
        assert 0 <= a <= b <= len(original)


@given(st.text(alphabet=st.characters(codec="ascii")))
def test_ascii_fast_path_agrees_with_the_rules(original: str) -> None:
    expected = " ".join(re.sub(r"(?<=[^\s\\])\\(?=[_*~.\-])", "", original.lower()).split())  # Markdown escapes go
    joined = join_spaced_letters(expected)  # "n.e.w" -> "new", the one fold plain ASCII gets
    assert normalize(original).text == (joined[0] if joined else expected)


# -- look-alike letters (UTS #39) inside mixed-script words -------------------------------

CONFUSABLE_CASES = [
    # (original, normalised)
    ("саll me", "call me"),  # Cyrillic с, а inside a Latin word
    ("2ОNE6-SIX2", "2one6-six2"),  # Cyrillic О between digits and Latin letters
    ("ʀᴇᴀʟ pics", "real pics"),  # Latin small capitals fold even alone
    ("пpивет мир", "привет мир"),  # a Russian word with one Latin p folds the other way
    ("Привет, как дела?", "привет, как дела?"),  # Russian words stay Russian
    ("Καλημέρα σας", "καλημέρα σασ"),  # Greek words stay Greek (case folding makes ς σ)
    ("café über naïve", "café über naïve"),  # accented Latin letters are real letters
    ("SΝΑΡCΗΑΤ me", "snapchat me"),  # Greek capitals fold as the capitals they look like (Ν is N, not ν/v)
    ("ΙΝSΤΑGRΑΜ, ΡΑΥΡΑL", "instagram, paypal"),  # Υ is Y (its υ would be u)
    ("iνstagram", "ivstagram"),  # a small ν looks like v
    ("ΑΘΗΝΑ", "αθηνα"),  # a Greek word in capitals stays Greek
    ("Ţ  SΝΑΡ", "ţ snap"),  # after a collapsed gap, the capitals still line up with the original
]


@pytest.mark.parametrize(("original", "expected"), CONFUSABLE_CASES)
def test_confusables_fold_only_inside_mixed_words(original: str, expected: str) -> None:
    assert normalize(original).text == expected


def test_folded_letters_keep_their_offsets() -> None:
    original = "Саll 2ОNE"
    view = normalize(original)
    assert len(view.text) == len(original.lower())
    assert view.original_at(0, 4) == "Саll"


# -- letter-spaced words ------------------------------------------------------------------

SPACED_CASES = [
    ("o-b-s-e-s-s-i-o-n tonight", "obsession tonight"),
    ("n.e.w girl in town", "new girl in town"),
    ("R U T A ___your blonde", "ruta ___your blonde"),
    ("U.S.A.", "usa."),
    ("N*E*W", "new"),
    # kept apart
    ("options a b c d", "options a b c d"),  # consecutive letters: a list
    ("Y O U found me", "y o u found me"),  # three letters with spaces: too few
    ("a/b/c", "a/b/c"),  # slashes separate options: four letters needed
    ("p.s. call me", "p.s. call me"),  # two letters
    ("j.a.n.e@example.com", "j.a.n.e@example.com"),  # part of an address
    ("see a.b.c.example.com", "see a.b.c.example.com"),  # part of a host name
]


@pytest.mark.parametrize(("original", "expected"), SPACED_CASES)
def test_letter_spaced_words_are_joined(original: str, expected: str) -> None:
    assert normalize(original).text == expected


def test_joined_word_maps_to_the_spaced_original() -> None:
    original = "call o-b-s-e-s-s-i-o-n now"
    view = normalize(original)
    start = view.text.index("obsession")
    assert view.original_at(start, start + len("obsession")) == "o-b-s-e-s-s-i-o-n"


def test_plain_ascii_needs_no_map() -> None:
    view = normalize("Call 213-555-0127 tonight")
    assert view.span(5, 17) == (5, 17)
    assert view._starts is None


@given(st.text(max_size=200))
def test_normalising_twice_changes_nothing(original: str) -> None:
    once = normalize(original).text
    assert normalize(once).text == once


def test_a_long_adversarial_text_finishes() -> None:
    text = ("a-b-" * 50_000) + ("саll " * 50_000) + ("\u200b \n" * 50_000)
    view = normalize(text)
    assert view.span(0, len(view.text))[1] <= len(text)
