"""The number words generated from CLDR's spell-out rules, read beside the hand-written vocabulary."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml

from clew.text import normalize
from clew.text.numbers import SOURCES, compile_vocabulary, digit_view, read_sources, vocabulary, words_value

DATA = Path(__file__).resolve().parents[2] / "src/clew/text/data"
ROOT = DATA.parents[3]

HAND = """
version: 1
leet: {"0": [o]}
letter_digits: {"0": [o]}
languages:
  xx:
    units: {1: [foo], 2: [bar]}
    ambiguous: [bar]
"""
GENERATED = """
version: 1
languages:
  xx:
    units: {7: [foo]}
  yy:
    units: {3: [foo], 2: [bar], 4: [quux]}
    ambiguous: [quux]
"""


def test_hand_entries_win_over_generated_ones() -> None:
    raw = read_sources([("hand.yaml", HAND), ("gen.yaml", GENERATED)])
    assert list(raw["languages"]) == ["xx", "yy"]  # the generated "xx" is skipped whole
    v = compile_vocabulary(raw)
    assert v.words["foo"].value == 1  # "yy" reads it 3: the hand reading stays
    assert not v.words["foo"].ambiguous
    assert v.words["bar"].value == 2 and v.words["bar"].ambiguous
    assert v.words["bar"].langs == 0b11  # the same reading in both languages: glued words of either count
    assert v.words["quux"].value == 4 and v.words["quux"].ambiguous


def test_a_generated_ambiguous_flag_does_not_change_a_hand_word() -> None:
    generated = "languages:\n  yy:\n    units: {1: [foo]}\n    ambiguous: [foo]\n"
    v = compile_vocabulary(read_sources([("hand.yaml", HAND), ("gen.yaml", generated)]))
    assert not v.words["foo"].ambiguous


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("languages: [\n", "gen.yaml: not YAML"),
        ("version: 1\n", "gen.yaml: no 'languages' mapping"),
        ("languages:\n  yy: [one]\n", "gen.yaml: language 'yy' is not a mapping"),
        ("languages:\n  yy:\n    unts: {1: [foo]}\n", "gen.yaml: language 'yy' has unknown sections ['unts']"),
        ("languages:\n  yy:\n    units: {1: foo}\n", "gen.yaml: language 'yy', units: expected number: [spellings]"),
        ("languages:\n  yy:\n    tens: [twenty]\n", "gen.yaml: language 'yy', tens: expected number: [spellings]"),
    ],
)
def test_a_file_that_is_no_vocabulary_is_named(text: str, message: str) -> None:
    with pytest.raises(ValueError, match="^" + message.replace("[", r"\[").replace("]", r"\]")):
        read_sources([("hand.yaml", HAND), ("gen.yaml", text)])


def _languages(name: str) -> dict[str, dict[str, object]]:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["languages"]


def test_the_generated_file_has_only_languages_the_hand_file_lacks() -> None:
    hand, generated = _languages(SOURCES[0]), _languages(SOURCES[1])
    assert len(generated) >= 15
    assert not set(hand) & set(generated)
    header = (DATA / SOURCES[1]).read_text(encoding="utf-8").split("version:")[0]
    assert "CLDR" in header and "unicode-rbnf 2." in header and "MIT" in header and "Regenerate" in header


def test_no_short_latin_word_is_generated() -> None:
    for code, lang in _languages(SOURCES[1]).items():
        for section in ("units", "teens", "tens", "hundreds", "multipliers"):
            for spellings in (lang.get(section) or {}).values():  # type: ignore[attr-defined]
                for word in spellings:
                    latin = "LATIN" in unicodedata.name(word[0], "")
                    assert not (latin and len(word.replace("-", "")) <= 2), (code, word)


def test_the_committed_file_is_what_the_tool_writes(tmp_path: Path) -> None:
    out = tmp_path / "number_words_cldr.yaml"
    tool = ROOT / "tools/number_words_cldr.py"
    subprocess.run([sys.executable, str(tool), "--out", str(out)], check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (DATA / SOURCES[1]).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("du penki septyni 555 nulis aštuoni keturi", "2 5 7 555 0 8 4"),  # Lithuanian
        ("இரண்டு ஐந்து ஏழு 555 ஒன்று நான்கு", "2 5 7 555 1 4"),  # Tamil
        ("ពីរប្រាំបីបី 555", "283 555"),  # Khmer, written without spaces
        ("ကိုးရှစ်ခုနှစ် 555", "987 555"),  # Burmese, written without spaces
        ("kubili isihlanu isikhombisa 555", "kubili isihlanu 7 555"),  # Zulu: only whole words the rules spell
        ("ਦੋ ਇੱਕ ਤਿੰਨ ਪੰਜ ਪੰਜ ਪੰਜ ਸਿਫ਼ਰ ਇੱਕ ਚਾਰ ਦੋ", "2 1 3 5 5 5 0 1 4 2"),  # Punjabi, by hand
        ("ゼロキュウゼロ・サンヨンゴー", "090・345"),  # Japanese kana, by hand
        ("twa senk nèf senk senk senk zewo en kat", "3 5 9 5 5 5 0 1 4"),  # Haitian Creole
    ],
)
def test_numeric_view_in_generated_languages(original: str, expected: str) -> None:
    assert digit_view(normalize(original)).text == expected


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("dvidešimt penki", 25),  # Lithuanian: tens then unit
        ("tuttugu og tveir", 22),  # Icelandic: the generated connector "og"
        ("tjúgofimm", 25),  # Faroese: one word
        ("trentadue", 32),  # Italian by hand, not swallowed by Venetian "trentadù" without its accent
        ("ਬਾਈ", 22),
        ("katreven", 80),
    ],
)
def test_words_value_in_generated_languages(phrase: str, value: int) -> None:
    assert words_value(phrase) == value


def test_common_words_stay_words() -> None:
    # Lithuanian "trys" and Esperanto "kvin" are short and flagged ambiguous: alone in a sentence they are words
    for text in ("we met trys times", "kvin people came", "のび太さんに会った", "ไป ๆ มา ๆ"):
        assert digit_view(normalize(text)).text == normalize(text).text


def test_a_hand_word_keeps_its_reading_in_the_compiled_vocabulary() -> None:
    v = vocabulary()
    assert v.words["du"].value == 2 and v.words["du"].ambiguous  # Kurdish by hand
    assert "trentadu" not in v.words and v.words["trentadù"].value == 32
