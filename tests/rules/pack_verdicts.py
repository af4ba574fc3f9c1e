"""What the built-in packs make of a text: shared by the tests of cross-typology decisions."""

from __future__ import annotations

from clew.model import Document
from clew.pipeline import Pipeline

FLAGGED = ("medium", "high")


def flagged(pipeline: Pipeline, text: str, lang: str) -> set[str]:
    """The typologies the text is flagged for (medium or high)."""
    analysis = pipeline.analyze(Document(id="t", text=text, lang=lang))
    return {name for name, score in analysis.typologies.items() if score.level in FLAGGED}


def indicators(pipeline: Pipeline, text: str, lang: str) -> set[str]:
    """The indicators behind the text's typology scores."""
    analysis = pipeline.analyze(Document(id="t", text=text, lang=lang))
    return {ind for score in analysis.typologies.values() for ind in score.indicators}
