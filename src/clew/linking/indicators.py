"""Network indicators and an explainable network risk.

One ad says little; the network behind it says more. The research basis
(``research/indicators.md`` §1): one phone advertised with many names, ages and
cities (SX-09, circuits), rotation across places under a group's control (SX-11),
ad-set-level features used by Memex scoring (SX-13). Movement *language* in one ad is
negatively associated with trafficking (S1); movement *observed* across a network's
ads is the circuit pattern, which is what is measured here.

The risk has the format of a document's typology score: the network indicators that
fired, each with its weight, the value that made it fire, the threshold, an
explanation and its source, combined by the same noisy-OR with the same single-cue
cap (``clew.scoring``). It is a lead for a person to review, never proof.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from clew.scoring import SINGLE_INDICATOR_CAP, level_for

INDICATOR_VERSION = "network-1.0.0"


@dataclass(frozen=True)
class NetworkIndicator:
    id: str
    weight: float
    threshold: float
    description: str
    source: str


NETWORK_INDICATORS: tuple[NetworkIndicator, ...] = (
    NetworkIndicator(
        "net.one_phone_many_names",
        0.45,
        3,
        "one phone number advertised with {value} different names",
        "research/indicators.md SX-09 (S4, S6, S34): one phone tied to many women",
    ),
    NetworkIndicator(
        "net.one_phone_many_ages",
        0.25,
        3,
        "one phone number advertised with {value} different stated ages",
        "research/indicators.md SX-09 (S6): one phone across many ads and persons",
    ),
    NetworkIndicator(
        "net.circuit",
        0.35,
        3,
        "ads moved through {value} places over time",
        "research/indicators.md SX-09, SX-11 (S4, S2): circuits, rotation across venues",
    ),
    NetworkIndicator(
        "net.multi_country",
        0.3,
        2,
        "ads posted for {value} countries",
        "research/indicators.md SX-09, SX-11 (S2, S4): movement across borders",
    ),
    NetworkIndicator(
        "net.posting_velocity",
        0.2,
        10,
        "{value} ads posted within 24 hours",
        "research/indicators.md SX-13 (S9, S36): ad-set posting features in Memex scoring",
    ),
    NetworkIndicator(
        "net.many_sites",
        0.15,
        3,
        "ads spread over {value} sites",
        "research/indicators.md SX-09 (S8): the same contacts across sites",
    ),
    NetworkIndicator(
        "net.flagged_members",
        0.3,
        0.25,
        "{value:.0%} of the network's ads are flagged on their own",
        "clew document scores (rule packs with their own sources)",
    ),
)
BY_ID = {i.id: i for i in NETWORK_INDICATORS}


@dataclass
class MemberFacts:
    """What the indicators read about one member document."""

    doc_id: str
    posted_at: datetime | None = None
    country: str | None = None
    source: str | None = None
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    ages: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    name: str | None = None
    flagged: bool | None = None
    """Whether the document's own analysis is flagged (None when not analysed)."""
    extra: dict[str, Any] = field(default_factory=dict)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


def network_indicators(members: Sequence[MemberFacts]) -> dict[str, Any]:
    """Counts and series that describe a network (no judgement yet)."""
    names_per_phone: dict[str, set[str]] = defaultdict(set)
    ages_per_phone: dict[str, set[str]] = defaultdict(set)
    for m in members:
        for phone in m.phones:
            if m.name:
                names_per_phone[phone].add(m.name)
            ages_per_phone[phone].update(m.ages)
    dated = sorted((m for m in members if m.posted_at is not None), key=lambda m: m.posted_at or datetime.min)
    times = [m.posted_at for m in dated if m.posted_at is not None]
    max_24h = 0
    lo = 0
    for hi, t in enumerate(times):
        while t - times[lo] > timedelta(hours=24):
            lo += 1
        max_24h = max(max_24h, hi - lo + 1)
    span_days = (times[-1] - times[0]).total_seconds() / 86400 if len(times) > 1 else 0.0
    movement: list[dict[str, Any]] = []
    seen_place: dict[tuple[str, str], dict[str, Any]] = {}
    for m in dated:
        for place in m.places or ("",):
            if not place and not m.country:
                continue
            key = (place, m.country or "")
            entry = seen_place.get(key)
            if entry is None:
                entry = {"place": place or None, "country": m.country, "first": _iso(m.posted_at), "ads": 0}
                seen_place[key] = entry
                movement.append(entry)
            entry["last"] = _iso(m.posted_at)
            entry["ads"] += 1
    places = sorted({p for m in members for p in m.places})
    countries = sorted({m.country for m in members if m.country})
    sites = sorted({m.source for m in members if m.source})
    analysed = [m for m in members if m.flagged is not None]
    return {
        "ads": len(members),
        "phones": sorted({p for m in members for p in m.phones}),
        "emails": sorted({e for m in members for e in m.emails}),
        "names": sorted({m.name for m in members if m.name}),
        "names_per_phone": {p: sorted(v) for p, v in sorted(names_per_phone.items())},
        "ages_per_phone": {p: sorted(v, key=lambda a: (len(a), a)) for p, v in sorted(ages_per_phone.items())},
        "places": places,
        "countries": countries,
        "movement": movement,
        "first_posted": _iso(times[0]) if times else None,
        "last_posted": _iso(times[-1]) if times else None,
        "span_days": round(span_days, 2),
        "ads_per_day": round(len(times) / max(span_days, 1.0), 3) if times else None,
        "max_ads_24h": max_24h,
        "sites": sites,
        "flagged_share": round(sum(1 for m in analysed if m.flagged) / len(analysed), 4) if analysed else None,
    }


def network_risk(facts: dict[str, Any]) -> dict[str, Any]:
    """Explainable network risk from ``network_indicators`` output (same format as a typology score)."""
    values: dict[str, float] = {
        "net.one_phone_many_names": max((len(v) for v in facts["names_per_phone"].values()), default=0),
        "net.one_phone_many_ages": max((len(v) for v in facts["ages_per_phone"].values()), default=0),
        "net.circuit": len(facts["places"]),
        "net.multi_country": len(facts["countries"]),
        "net.posting_velocity": facts["max_ads_24h"],
        "net.many_sites": len(facts["sites"]),
        "net.flagged_members": facts["flagged_share"] or 0.0,
    }
    hits: list[dict[str, Any]] = []
    for indicator in NETWORK_INDICATORS:
        value = values[indicator.id]
        if facts["ads"] < 2 or value < indicator.threshold:
            continue
        hits.append(
            {
                "id": indicator.id,
                "weight": indicator.weight,
                "value": value,
                "threshold": indicator.threshold,
                "explanation": indicator.description.format(value=value),
                "source": indicator.source,
            }
        )
    miss = 1.0
    for hit in hits:
        miss *= 1.0 - hit["weight"]
    score = 1.0 - miss
    if len(hits) == 1:
        score = min(score, SINGLE_INDICATOR_CAP)
    score = round(score, 4)
    return {
        "score": score,
        "level": level_for(score, len(hits)),
        "indicators": [h["id"] for h in hits],
        "hits": hits,
        "version": INDICATOR_VERSION,
        "explanation": ("; ".join(h["explanation"] for h in hits) if hits else "no network indicator fired")
        + ". A lead for a person to review, not proof.",
    }


def top_counts(values: Sequence[str], limit: int = 10) -> list[dict[str, Any]]:
    return [{"value": v, "count": c} for v, c in Counter(values).most_common(limit)]
