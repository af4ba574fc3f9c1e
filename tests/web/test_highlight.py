"""Highlight segments: the page shows every character of the original text once, in order,
and every span covers exactly its own characters, however spans overlap or cross."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clew.web.highlight import Span, segments


def covered(segs: list, span_id: str) -> str:
    return "".join(s.text for s in segs if any(sp.id == span_id for sp in s.spans))


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("call 555 now", [Span(5, 8, "e0", "entity")], ["call ", "[555]", " now"]),
        ("abcdef", [Span(0, 4, "e0", "entity"), Span(2, 6, "h0", "hit")], ["[ab]", "[cd]", "[ef]"]),
        ("abcdef", [Span(1, 5, "e0", "entity"), Span(2, 3, "h0", "hit")], ["a", "[b]", "[c]", "[de]", "f"]),
        ("abc", [Span(1, 1, "e0", "entity")], ["abc"]),  # an empty span marks nothing
        ("abc", [Span(2, 10, "e0", "entity")], ["ab", "[c]"]),  # clamped to the text
        ("", [Span(0, 3, "e0", "entity")], []),
    ],
)
def test_segments_table(text: str, spans: list[Span], expected: list[str]) -> None:
    segs = segments(text, spans)
    assert [f"[{s.text}]" if s.spans else s.text for s in segs] == expected


def test_crossing_spans_keep_their_own_characters() -> None:
    text = "Call 213-555-0127 ask for daddy"
    spans = [Span(5, 17, "e0", "entity", "phone"), Span(13, 31, "h0", "hit", "indicator")]
    segs = segments(text, spans)
    assert covered(segs, "e0") == "213-555-0127"
    assert covered(segs, "h0") == "0127 ask for daddy"
    both = [s for s in segs if len(s.spans) == 2]
    assert [s.text for s in both] == ["0127"] and both[0].kinds == ["entity", "hit"]
    assert both[0].title == "phone; indicator"


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = draw(st.text(max_size=60))
    n = len(text)
    spans = []
    for i in range(draw(st.integers(0, 6))):
        a = draw(st.integers(0, n + 2))
        b = draw(st.integers(0, n + 4))
        spans.append(Span(a, b, f"s{i}", draw(st.sampled_from(["entity", "hit"]))))
    return text, spans


@given(text_and_spans())
def test_segments_rebuild_the_text_and_cover_each_span_exactly(case: tuple[str, list[Span]]) -> None:
    text, spans = case
    segs = segments(text, spans)
    assert "".join(s.text for s in segs) == text
    assert all(s.text for s in segs)  # no empty segment
    pos = 0
    for s in segs:
        assert s.start == pos and text[s.start : s.end] == s.text
        pos = s.end
    for sp in spans:
        expected = text[sp.start : sp.end] if 0 <= sp.start < sp.end else ""
        assert covered(segs, sp.id) == expected
