"""Typology scores from indicator hits: a documented, monotone, capped combination.

For each typology, the distinct indicators that fired (each counts once, however
many times it matched) are combined with a noisy-OR::

    score = 1 - Π (1 - weight_i)

which only grows as indicators are added (monotone) and never exceeds 1. A single
indicator is capped at ``SINGLE_INDICATOR_CAP`` so one cue alone never makes
"high"; the rule-pack format also caps each weight at 0.6.

Levels (``LEVEL_THRESHOLDS``): ``none`` when nothing fired, ``low`` below 0.4,
``medium`` from 0.4, ``high`` from 0.7. Medium and high are "flagged". The overall
``risk`` is the highest typology score. Scores are rounded to four decimals so that
the same text and packs always give the same output. A score is a lead for a
person to review, never proof.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from clew.model import TYPOLOGIES, IndicatorHit, Level, TypologyScore

LEVEL_THRESHOLDS: tuple[tuple[Level, float], ...] = (("high", 0.7), ("medium", 0.4), ("low", 0.0))
SINGLE_INDICATOR_CAP = 0.6


def level_for(score: float, fired: int) -> Level:
    if fired == 0:
        return "none"
    for level, threshold in LEVEL_THRESHOLDS:
        if score >= threshold:
            return level
    return "low"


def score_typologies(hits: Iterable[IndicatorHit]) -> dict[str, TypologyScore]:
    weights: dict[str, dict[str, float]] = defaultdict(dict)
    for hit in hits:
        weights[hit.pack][hit.id] = hit.weight
    scores: dict[str, TypologyScore] = {}
    for typology in TYPOLOGIES:
        fired = weights.get(typology, {})
        miss = 1.0
        for weight in fired.values():
            miss *= 1.0 - weight
        score = 1.0 - miss
        if len(fired) == 1:
            score = min(score, SINGLE_INDICATOR_CAP)
        score = round(score, 4)
        scores[typology] = TypologyScore(score=score, level=level_for(score, len(fired)), indicators=sorted(fired))
    return scores


def overall_risk(scores: dict[str, TypologyScore]) -> float:
    return max((s.score for s in scores.values()), default=0.0)


__all__ = ["LEVEL_THRESHOLDS", "SINGLE_INDICATOR_CAP", "level_for", "overall_risk", "score_typologies"]
