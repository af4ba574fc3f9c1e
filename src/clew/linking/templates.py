"""A network's template: the text its ads share, with the slots that vary marked.

Why: an analyst looking at forty ads wants to read the one text behind them and
see what changes from ad to ad — names, ages, cities, prices — because those slots
are the network's personas and its movement. The template is the text of a
representative member (the one with the most template links, or the first) cut
into words; up to ``max_members`` other members are aligned to it word by word
(``difflib``); a stretch of words that most members replace is a slot. Words
inserted or dropped by a single ad (random edits) do not make slots. Cost: a few
milliseconds per network, so the UI can ask for it on demand.

Slot kinds: ``price`` (a number with a currency sign or word), ``age`` (a number
10–99 that is not a price), ``number``, ``place`` (a value named as a location in
the members' identifiers), ``name`` (capitalised words), ``text`` otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

_WORD = re.compile(r"\S+")
_STRIP = ".,;:!?()[]{}\"'«»“”‘’…"
_CURRENCY = re.compile(r"[$€£¥₹₽₱฿]|\b(?:usd|eur|aud|cad|gbp|rs|rub|руб|yuan|元|dollars?|euros?)\b", re.IGNORECASE)
_NUMBER = re.compile(r"^\D{0,3}\d[\d.,]*\D{0,4}$")


@dataclass(frozen=True, slots=True)
class TemplateMember:
    doc_id: str
    text: str
    places: tuple[str, ...] = ()
    """Location values found in the document (lower-case), to recognise place slots."""


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _key(word: str) -> str:
    return word.strip(_STRIP).casefold()


def _kind(values: Sequence[str], places: set[str]) -> str:
    cleaned = [v.strip(_STRIP) for v in values if v.strip(_STRIP)]
    if not cleaned:
        return "text"
    if all(_NUMBER.match(v) for v in cleaned):
        if any(_CURRENCY.search(v) for v in cleaned):
            return "price"
        numbers = [int(d) for v in cleaned if (d := re.sub(r"\D", "", v))]
        if numbers and all(10 <= x <= 99 for x in numbers):
            return "age"
        return "number"
    if any(v.casefold() in places for v in cleaned):
        return "place"
    if all(v[:1].isupper() for v in cleaned):
        return "name"
    return "text"


def build_template(members: Sequence[TemplateMember], *, max_members: int = 12) -> dict[str, Any] | None:
    """The template of a network's texts with slots marked, or None for fewer than two texts.

    Returns ``{"representative", "compared", "text", "slots": [{"name", "kind",
    "start", "end", "values": [{"value", "documents"}]}], "values_by_document":
    {doc_id: {slot name: value}}}``; ``start``/``end`` are offsets of the slot's
    placeholder in ``text``.
    """
    usable = [m for m in members if m.text.strip()]
    if len(usable) < 2:
        return None
    rep = usable[0]
    others = usable[1 : max_members + 1]
    rep_words = _words(rep.text)
    rep_keys = [_key(w) for w, _, _ in rep_words]
    n = len(rep_words)
    kept = [1] * n  # the representative keeps every word
    replaced: list[dict[str, str]] = [{} for _ in range(n)]  # position -> doc -> replacing words
    for other in others:
        words = _words(other.text)
        keys = [_key(w) for w, _, _ in words]
        matcher = SequenceMatcher(None, rep_keys, keys, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                for i in range(i1, i2):
                    kept[i] += 1
            elif tag == "replace":
                if i2 - i1 == j2 - j1:  # word for word: each position gets its own word
                    for k, i in enumerate(range(i1, i2)):
                        replaced[i][other.doc_id] = words[j1 + k][0]
                else:
                    value = " ".join(w for w, _, _ in words[j1:j2])
                    for i in range(i1, i2):
                        replaced[i][other.doc_id] = value
    total = len(others) + 1
    varying = [kept[i] * 2 <= total and len(replaced[i]) * 3 >= len(others) for i in range(n)]
    places = {p for m in usable for p in m.places}
    slots: list[dict[str, Any]] = []
    text_parts: list[str] = []
    values_by_doc: dict[str, dict[str, str]] = {}
    cursor = 0
    i = 0
    while i < n:
        if not varying[i]:
            i += 1
            continue
        j = i
        # Adjacent varying words make one slot unless one is a number and the other is not
        # ("Mia, 22," is a name slot and an age slot).
        numeric = bool(_NUMBER.match(rep_words[i][0].strip(_STRIP)))
        while j + 1 < n and varying[j + 1] and bool(_NUMBER.match(rep_words[j + 1][0].strip(_STRIP))) == numeric:
            j += 1
        start_char, end_char = rep_words[i][1], rep_words[j][2]
        # Punctuation around the slot belongs to the template ("{name}, {age},").
        while end_char > start_char and rep.text[end_char - 1] in _STRIP:
            end_char -= 1
        while start_char < end_char and rep.text[start_char] in _STRIP:
            start_char += 1
        rep_value = rep.text[start_char:end_char]
        per_doc: dict[str, str] = {rep.doc_id: rep_value}
        for k in range(i, j + 1):
            for doc_id, value in replaced[k].items():
                per_doc.setdefault(doc_id, value)
        kind = _kind(list(per_doc.values()), places)
        count = sum(1 for s in slots if s["kind"] == kind)
        name = kind if count == 0 else f"{kind}{count + 1}"
        text_parts.append(rep.text[cursor:start_char])
        placeholder = "{" + name + "}"
        start = sum(len(p) for p in text_parts)
        text_parts.append(placeholder)
        cursor = end_char
        tally = Counter(v.strip(_STRIP) or v for v in per_doc.values())
        slots.append(
            {
                "name": name,
                "kind": kind,
                "start": start,
                "end": start + len(placeholder),
                "values": [{"value": v, "documents": c} for v, c in tally.most_common(20)],
            }
        )
        for doc_id, value in per_doc.items():
            values_by_doc.setdefault(doc_id, {})[name] = value.strip(_STRIP) or value
        i = j + 1
    text_parts.append(rep.text[cursor:])
    return {
        "representative": rep.doc_id,
        "compared": total,
        "text": "".join(text_parts),
        "slots": slots,
        "values_by_document": values_by_doc,
    }


def shared_text(a: str, b: str, *, limit: int = 160) -> str:
    """The longest run of words two texts share, as written in ``a`` (evidence for a template edge)."""
    wa, wb = _words(a), _words(b)
    ka, kb = [_key(w) for w, _, _ in wa], [_key(w) for w, _, _ in wb]
    match = SequenceMatcher(None, ka, kb, autojunk=False).find_longest_match(0, len(ka), 0, len(kb))
    if match.size == 0:
        return ""
    start, end = wa[match.a][1], wa[match.a + match.size - 1][2]
    text = a[start:end]
    return text if len(text) <= limit else text[: limit - 1] + "…"
