"""Cut a text into segments so entities and indicator evidence can be highlighted in place.

Entities and indicator hits carry offsets into the original text (offsets are sacred),
and they may overlap or cross. HTML cannot nest crossing elements, so the text is cut
at every span boundary; each segment lists the spans that cover it. The page renders a
segment covered by anything as one ``<mark>`` carrying its original offsets, and the
concatenation of all segments is exactly the original text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    id: str
    """Unique within the page, e.g. ``e3`` for the fourth entity, ``h0`` for the first hit."""
    kind: str
    """``entity`` or ``hit``."""
    label: str = ""


@dataclass(slots=True)
class Segment:
    start: int
    end: int
    text: str
    spans: list[Span] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({s.kind for s in self.spans})

    @property
    def ids(self) -> str:
        return " ".join(s.id for s in self.spans)

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(s.label for s in self.spans if s.label))


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """The text cut at every boundary of the given spans (clamped to the text; empty spans ignored)."""
    size = len(text)
    usable = [s for s in spans if 0 <= s.start < s.end and s.start < size]
    cuts = {0, size}
    for s in usable:
        cuts.add(s.start)
        cuts.add(min(s.end, size))
    points = sorted(cuts)
    starts: dict[int, list[Span]] = {}
    for s in usable:
        starts.setdefault(s.start, []).append(s)
    out: list[Segment] = []
    active: list[Span] = []
    for a, b in pairwise(points):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        if a == b:
            continue
        out.append(Segment(start=a, end=b, text=text[a:b], spans=sorted(active, key=lambda s: s.id)))
    return out
