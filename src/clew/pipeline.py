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

from clew import __version__
from clew.identifiers import REGISTRY, extract, normalized_fields
from clew.learned import TextModel, default_model
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
    model = ctx.pipeline.model
    if model is not None:
        learned = model.hits(ctx.views)
        if learned:
            ctx.hits = [*ctx.hits, *learned]


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
        self.model: TextModel | None = default_model() if self.settings.learned_model else None

    @cached_property
    def version(self) -> str:
        """A short name for what produces the analyses: code, stages, types and packs."""
        packs = ",".join(f"{name}@{pack.info.version}" for name, pack in sorted(self.ruleset.packs.items()))
        ids = ",".join(sorted(f"{i.id}@{i.version}" for i in self.ruleset.indicators))
        model = f"learned@{self.model.version}" if self.model is not None else "learned-off"
        parts = [__version__, ",".join(n for n, _ in STAGES), ",".join(REGISTRY), packs, ids, model]
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


def analyze_stream(
    pipeline: Pipeline, documents: Iterable[Document], *, jobs: int = 1, chunk: int = 64
) -> Iterator[Analysis]:
    """Analyse a stream of documents in order, in ``jobs`` worker processes when > 1.

    The workers are forked with ``pipeline`` already built (``clew.parallel``), so
    none of them loads the rule packs and gazetteer again, and a crawl of any size
    streams through in bounded memory.
    """
    from clew.parallel import ordered_map

    return ordered_map(documents, lambda docs: [pipeline.analyze(d) for d in docs], jobs=jobs, chunk_size=chunk)
