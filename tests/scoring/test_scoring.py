from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clew.model import TYPOLOGIES, IndicatorHit
from clew.scoring import SINGLE_INDICATOR_CAP, level_for, overall_risk, score_typologies


def hit(ident: str, weight: float, pack: str = "labour_exploitation") -> IndicatorHit:
    return IndicatorHit(id=ident, pack=pack, version="1.0.0", start=0, end=1, text="x", weight=weight, source="S15")


def test_nothing_fired_gives_none_everywhere() -> None:
    scores = score_typologies([])
    assert list(scores) == list(TYPOLOGIES)
    assert all(s.level == "none" and s.score == 0 for s in scores.values())


def test_noisy_or_counts_each_indicator_once() -> None:
    scores = score_typologies([hit("le.a", 0.5), hit("le.a", 0.5), hit("le.b", 0.5)])
    assert scores["labour_exploitation"].score == 0.75
    assert scores["labour_exploitation"].level == "high"
    assert scores["labour_exploitation"].indicators == ["le.a", "le.b"]


def test_one_indicator_never_makes_high() -> None:
    scores = score_typologies([hit("le.a", 1.0)])
    assert scores["labour_exploitation"].score == SINGLE_INDICATOR_CAP
    assert scores["labour_exploitation"].level == "medium"


def test_levels_and_thresholds() -> None:
    assert level_for(0.0, 0) == "none"
    assert level_for(0.1, 1) == "low"
    assert level_for(0.4, 1) == "medium"
    assert level_for(0.7, 2) == "high"


@given(
    st.lists(st.floats(min_value=0.01, max_value=0.6), min_size=1, max_size=8), st.floats(min_value=0.01, max_value=0.6)
)
def test_adding_an_indicator_never_lowers_the_score(weights: list[float], extra: float) -> None:
    hits = [hit(f"le.i{i}", w) for i, w in enumerate(weights)]
    before = score_typologies(hits)["labour_exploitation"].score
    after = score_typologies([*hits, hit("le.extra", extra)])["labour_exploitation"].score
    assert after >= before
    assert 0 <= after <= 1


def test_risk_is_the_highest_typology_score() -> None:
    scores = score_typologies([hit("le.a", 0.3), hit("ot.a", 0.5, "organ_trafficking")])
    assert overall_risk(scores) == 0.5
