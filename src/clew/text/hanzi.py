"""Traditional Chinese characters folded to simplified ones, character for character.

Posts from Hong Kong, Macau, Taiwan and the diaspora write 護照, 證件 and 賣給 where the rule packs' lexicons
(and most posts from the mainland) write 护照, 证件 and 卖给. The rule engine reads both sides — its phrases
and the text — through ``simplified`` so that one lexicon covers both scripts. OpenCC's traditional-to-
simplified conversion does the work; its result is used only when it has as many characters as the text, so
every position in it is the position of the same character in the text (offsets are kept).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
"""A CJK ideograph: texts without one are returned as they are, without calling the converter."""


@lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc  # a compiled converter with its own dictionaries; loaded on first use

    return opencc.OpenCC("t2s.json")


def simplified(text: str) -> str:
    """``text`` with traditional characters written as simplified ones, one character for one.

    A text without Chinese characters, one the conversion would lengthen or shorten, or one holding a lone
    surrogate is returned unchanged."""
    if not _HAN.search(text):
        return text
    try:
        folded: str = _converter().convert(text)
    except UnicodeError:  # a lone surrogate (JSON can carry one) cannot be passed to the converter
        return text
    return folded if len(folded) == len(text) else text
