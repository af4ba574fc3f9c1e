"""``analyze(document) -> Analysis``: the stages every document goes through.

normalise → language → identifiers → indicators → scoring. Each stage reads and
extends an ``AnalysisContext``; ``STAGES`` is the ordered registry of stages that
later features extend (``register_stage``). Identifier types and rule packs are
registries of their own (``clew.identifiers.REGISTRY``, the rule-pack folders).

``Pipeline.version`` names the code and the rule packs that produce an analysis;
the workspace re-processes a document when its content or this version changes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from multiprocessing.pool import AsyncResult

from clew import __version__
from clew.identifiers import REGISTRY, extract, normalized_fields
from clew.model import Analysis, Document, Entity, IndicatorHit, TextField, TypologyScore
from clew.rules import RuleSet, default_ruleset
from clew.scoring import overall_risk, score_typologies
from clew.settings import Settings
from clew.text import NormalizedText
from clew.text.lang import detect_language


@dataclass
class AnalysisContext:
    document: Document
    pipeline: Pipeline
    views: dict[TextField, NormalizedText] = field(default_factory=dict)
    lang: str | None = None
    entities: list[Entity] = field(default_factory=list)
    hits: list[IndicatorHit] = field(default_factory=list)
    scores: dict[str, TypologyScore] = field(default_factory=dict)


Stage = Callable[[AnalysisContext], None]


def _normalise(ctx: AnalysisContext) -> None:
    ctx.views = normalized_fields(ctx.document)


def _language(ctx: AnalysisContext) -> None:
    ctx.lang = ctx.document.lang or detect_language(ctx.document.text)


def _identifiers(ctx: AnalysisContext) -> None:
    ctx.entities = extract(ctx.document, default_region=ctx.pipeline.settings.default_region, normalized=ctx.views)


def _indicators(ctx: AnalysisContext) -> None:
    ctx.hits = ctx.pipeline.ruleset.match(ctx.views, ctx.entities)


def _scoring(ctx: AnalysisContext) -> None:
    ctx.scores = score_typologies(ctx.hits)


STAGES: list[tuple[str, Stage]] = [
    ("normalise", _normalise),
    ("language", _language),
    ("identifiers", _identifiers),
    ("indicators", _indicators),
    ("scoring", _scoring),
]


def register_stage(name: str, stage: Stage, *, after: str) -> None:
    """Insert a stage after the named one (e.g. a new attribute extractor)."""
    names = [n for n, _ in STAGES]
    if name in names:
        raise ValueError(f"stage {name!r} is registered already")
    STAGES.insert(names.index(after) + 1, (name, stage))


class Pipeline:
    """Analyses documents with one settings object and one compiled rule set."""

    def __init__(self, settings: Settings | None = None, ruleset: RuleSet | None = None) -> None:
        self.settings = settings or Settings()
        self.ruleset = ruleset or default_ruleset(tuple(self.settings.rulepack_dirs))

    @cached_property
    def version(self) -> str:
        """A short name for what produces the analyses: code, stages, types and packs."""
        packs = ",".join(f"{name}@{pack.info.version}" for name, pack in sorted(self.ruleset.packs.items()))
        ids = ",".join(sorted(f"{i.id}@{i.version}" for i in self.ruleset.indicators))
        parts = [__version__, ",".join(n for n, _ in STAGES), ",".join(REGISTRY), packs, ids]
        digest = hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]
        return f"clew-{__version__}+{digest}"

    def analyze(self, document: Document) -> Analysis:
        ctx = AnalysisContext(document=document, pipeline=self)
        for _name, stage in STAGES:
            stage(ctx)
        return Analysis(
            id=document.id,
            lang=ctx.lang,
            risk=overall_risk(ctx.scores),
            entities=ctx.entities,
            typologies=ctx.scores,
            indicators=ctx.hits,
        )


_default: Pipeline | None = None


def analyze(document: Document) -> Analysis:
    """Analyse one document with the default settings and built-in rule packs."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default.analyze(document)


_worker: Pipeline | None = None


def _analyze_chunk(docs: list[Document]) -> list[Analysis]:
    assert _worker is not None
    return [_worker.analyze(d) for d in docs]


def analyze_stream(
    pipeline: Pipeline, documents: Iterable[Document], *, jobs: int = 1, chunk: int = 64
) -> Iterator[Analysis]:
    """Analyse a stream of documents in order, in ``jobs`` worker processes when > 1.

    The workers are forked with ``pipeline`` already built, so none of them loads
    the rule packs and gazetteer again. At most ``4 * jobs`` chunks are in flight,
    so a crawl of any size streams through in bounded memory.
    """
    global _worker
    if jobs <= 1:
        for doc in documents:
            yield pipeline.analyze(doc)
        return
    import multiprocessing
    from collections import deque

    _worker = pipeline
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            pending: deque[AsyncResult[list[Analysis]]] = deque()
            for batch in _chunks(documents, chunk):
                pending.append(pool.apply_async(_analyze_chunk, (batch,)))
                if len(pending) >= 4 * jobs:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()
    finally:
        _worker = None


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
