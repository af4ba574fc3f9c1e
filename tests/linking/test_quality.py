"""Linking quality on small generated corpora: Clew beats the phone-only union by a wide margin.

Figures at 20,000 documents are in docs/benchmarks.md (bench/link_quality.py); this
test keeps a small version of that comparison from regressing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from clew.demo import linkjudge
from clew.demo.generator import generate
from clew.identifiers import extract, normalized_fields
from clew.linking import LinkConfig, LinkItem, build_networks, make_item
from clew.model import Document


def f1(truth: Sequence[str | None], predicted: Sequence[str]) -> tuple[float, float]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(predicted):
        groups[p].append(i)
    hits = sum(
        sum(v * (v - 1) // 2 for v in Counter(truth[i] for i in m if truth[i]).values()) for m in groups.values()
    )
    pred = sum(len(m) * (len(m) - 1) // 2 for m in groups.values())
    true = sum(c * (c - 1) // 2 for c in Counter(t for t in truth if t).values())
    precision, recall = (hits / pred if pred else 1.0), hits / true
    return precision, recall


def items_of(docs: list[dict[str, object]]) -> list[LinkItem]:
    out = []
    for raw in docs:
        doc = Document.model_validate(raw)
        views = normalized_fields(doc)
        idents = [(e.type, e.value) for e in extract(doc, normalized=views) if e.field != "url"]
        title = views.get("title")
        text = views["text"].text if title is None else f"{title.text}\n{views['text'].text}"
        out.append(make_item(doc.id, idents, text))
    return out


def compare(
    pairs: list[tuple[dict[str, object], dict[str, object]]],
) -> tuple[tuple[float, float], tuple[float, float]]:
    items = items_of([d for d, _ in pairs])
    truth = [t["network"] for _, t in pairs]
    clew = build_networks(items).network_of()
    phone_only = build_networks(items, replace(LinkConfig(), link_types=frozenset({"phone"}), templates=False))
    baseline = phone_only.network_of()
    return (
        f1(truth, [clew[i.doc_id] for i in items]),  # type: ignore[arg-type]
        f1(truth, [baseline[i.doc_id] for i in items]),  # type: ignore[arg-type]
    )


def test_hard_demo_corpus() -> None:
    (precision, recall), (_, base_recall) = compare(list(generate(1500, 21, hard=True)))
    assert precision >= 0.9 and recall >= 0.8
    assert recall > base_recall + 0.4


def test_independent_judge_corpus() -> None:
    (precision, recall), (_, base_recall) = compare(list(linkjudge.generate(1500, 5)))
    assert precision >= 0.9 and recall >= 0.85
    assert recall > base_recall + 0.2
