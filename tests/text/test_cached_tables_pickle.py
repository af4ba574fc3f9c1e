"""The number words and places the disk cache stores come back whole from a pickle.

``Word`` and ``Place`` pickle as their constructor's arguments (faster to read back at every start than the
slotted dataclass ``__setstate__``); a field left out of ``__reduce__`` would come back as its default.
"""

from __future__ import annotations

import dataclasses
import pickle

from clew.text.numbers import Word, vocabulary
from clew.text.places import Place, gazetteer


def test_a_word_with_every_field_set_comes_back_equal() -> None:
    word = Word("unit", 7, True, no_spaces=True, langs=0b1011, inner=True, flanked=True)
    back = pickle.loads(pickle.dumps(word, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == word
    assert [getattr(back, f.name) for f in dataclasses.fields(Word)] == [
        getattr(word, f.name) for f in dataclasses.fields(Word)
    ]


def test_a_place_with_every_field_set_comes_back_equal() -> None:
    place = Place("Springfield", "US", "city", 167_000)
    back = pickle.loads(pickle.dumps(place, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == place and back.population == 167_000


def test_the_cached_tables_survive_a_pickle_round_trip() -> None:
    words = vocabulary().words
    back = pickle.loads(pickle.dumps(words, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == words
    assert any(w.flanked for w in back.values()) and any(w.inner for w in back.values())
    places = gazetteer().by_name
    assert pickle.loads(pickle.dumps(places, protocol=pickle.HIGHEST_PROTOCOL)) == places
