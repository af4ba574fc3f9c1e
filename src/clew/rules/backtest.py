"""``clew rules backtest OLD NEW FILE``: which documents change level between two rule sets.

How an analyst judges a rule change before deploying it: the same documents are
read once (normalised, identifiers extracted) and scored with both rule sets;
every typology whose level changes is listed with the indicators gained or lost.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from clew.identifiers import extract, normalized_fields
from clew.model import FLAGGED_LEVELS, TYPOLOGIES, Document
from clew.rules.matcher import RuleSet
from clew.scoring import score_typologies


@dataclass(frozen=True)
class LevelChange:
    id: str
    typology: str
    old_level: str
    new_level: str
    old_score: float
    new_score: float
    gained: tuple[str, ...]
    lost: tuple[str, ...]


@dataclass
class BacktestReport:
    documents: int = 0
    changes: list[LevelChange] = field(default_factory=list)
    flagged_old: Counter[str] = field(default_factory=Counter)
    flagged_new: Counter[str] = field(default_factory=Counter)

    def as_dict(self, limit: int | None = None) -> dict[str, Any]:
        transitions = Counter(f"{c.typology}: {c.old_level} -> {c.new_level}" for c in self.changes)
        return {
            "documents": self.documents,
            "documents_changed": len({c.id for c in self.changes}),
            "flagged": {t: {"old": self.flagged_old[t], "new": self.flagged_new[t]} for t in TYPOLOGIES},
            "transitions": dict(sorted(transitions.items())),
            "changes": [c.__dict__ for c in self.changes[:limit]],
        }


def backtest(
    old: RuleSet, new: RuleSet, documents: Iterable[Document], *, default_region: str = "US"
) -> BacktestReport:
    report = BacktestReport()
    for doc in documents:
        report.documents += 1
        views = normalized_fields(doc)
        entities = extract(doc, default_region=default_region, normalized=views)
        before = score_typologies(old.match(views, entities))
        after = score_typologies(new.match(views, entities))
        for typology in TYPOLOGIES:
            a, b = before[typology], after[typology]
            report.flagged_old[typology] += a.level in FLAGGED_LEVELS
            report.flagged_new[typology] += b.level in FLAGGED_LEVELS
            if a.level != b.level:
                report.changes.append(
                    LevelChange(
                        id=doc.id,
                        typology=typology,
                        old_level=a.level,
                        new_level=b.level,
                        old_score=a.score,
                        new_score=b.score,
                        gained=tuple(sorted(set(b.indicators) - set(a.indicators))),
                        lost=tuple(sorted(set(a.indicators) - set(b.indicators))),
                    )
                )
    return report
