"""Reads behind the analyst workspace pages: dashboard, identifier and network views.

Keyword-only functions over a ``Store``, like ``clew.store.repository``. Every one
answers with a bounded number of queries whatever the data (no query per row), and
lists are paginated or capped, so pages stay fast on a 200,000-document workspace.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select

from clew.errors import InputError, NotFoundError
from clew.model import LEVELS, TYPOLOGIES
from clew.store import Store
from clew.store.networks import members_select
from clew.store.schema import (
    analyses,
    documents,
    entities,
    network_links,
    network_members,
    typology_scores,
)

_LEVEL_RANK = {level: i for i, level in enumerate(LEVELS)}


def _utc(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _day_expr(store: Store) -> ColumnElement[Any]:
    """The UTC calendar day of ``posted_at`` as ``YYYY-MM-DD`` text, on either database."""
    if store.dialect == "sqlite":
        return func.substr(documents.c.posted_at, 1, 10)
    return func.to_char(func.timezone("UTC", documents.c.posted_at), "YYYY-MM-DD")


def _level_rank_expr() -> ColumnElement[int]:
    return case(*((typology_scores.c.level == lvl, rank) for lvl, rank in _LEVEL_RANK.items()), else_=0)


# --------------------------------------------------------------------------- dashboard


@dataclass(frozen=True)
class TrendBucket:
    start: date
    documents: int
    flagged: int


def trend(store: Store, *, buckets: int = 26) -> tuple[str, list[TrendBucket]]:
    """Documents and flagged documents per week (or per month over long spans) by posting date.

    Returns the bucket unit (``day``, ``week`` or ``month``) and the buckets, oldest first.
    One grouped query by day; days are folded into weeks or months here.
    """
    day = _day_expr(store).label("day")
    flagged = func.sum(case((analyses.c.flagged.is_(True), 1), else_=0))
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(day, func.count(), flagged)
            .select_from(documents)
            .outerjoin(analyses, analyses.c.document_pk == documents.c.pk)
            .where(documents.c.posted_at.is_not(None))
            .group_by(day)
        ).all()
    per_day: dict[date, tuple[int, int]] = {}
    for text_day, count, n_flagged in rows:
        per_day[date.fromisoformat(str(text_day))] = (int(count), int(n_flagged or 0))
    if not per_day:
        return "week", []
    first, last = min(per_day), max(per_day)
    span = (last - first).days + 1
    unit = "day" if span <= buckets else "week" if span <= buckets * 7 else "month"

    def bucket_of(d: date) -> date:
        if unit == "day":
            return d
        if unit == "week":
            return d - timedelta(days=d.weekday())
        return d.replace(day=1)

    folded: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for d, (count, n_flagged) in per_day.items():
        b = folded[bucket_of(d)]
        b[0] += count
        b[1] += n_flagged
    result = [TrendBucket(start=k, documents=v[0], flagged=v[1]) for k, v in sorted(folded.items())]
    return unit, result[-buckets:] if unit == "day" else result


def networks_by_typology(store: Store) -> dict[str, dict[str, int]]:
    """Networks (two or more documents) counted by the highest level any member reaches, per typology.

    Only flagged levels (medium, high) are counted: the query starts from the flagged
    scores (an index range) rather than from every score of every member.
    """
    rank = func.max(_level_rank_expr()).label("rank")
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(network_members.c.network_id, typology_scores.c.typology, rank)
            .select_from(typology_scores)
            .join(network_members, network_members.c.document_pk == typology_scores.c.document_pk)
            .where(
                typology_scores.c.typology.in_(TYPOLOGIES),
                typology_scores.c.level.in_(("medium", "high")),
                network_members.c.network_size > 1,
            )
            .group_by(network_members.c.network_id, typology_scores.c.typology)
        ).all()
    counts: dict[str, dict[str, int]] = {t: dict.fromkeys(LEVELS, 0) for t in TYPOLOGIES}
    for _net, typology, level_rank in rows:
        if typology in counts:
            counts[typology][LEVELS[int(level_rank)]] += 1
    return counts


# --------------------------------------------------------------------------- identifier


def identifier_summary(store: Store, *, kind: str, value: str, limit: int = 25, offset: int = 0) -> dict[str, Any]:
    """Everything known about one identifier: where it appears, when, in which networks and cities."""
    if not kind or not value:
        raise InputError("an identifier needs a type and a value", where="type" if not kind else "value")
    holders = select(entities.c.document_pk).where(entities.c.type == kind, entities.c.value == value).distinct()
    holder_sq = holders.subquery()
    with store.engine.connect() as conn:
        head = conn.execute(
            select(
                func.count(),
                func.min(documents.c.posted_at),
                func.max(documents.c.posted_at),
                func.max(analyses.c.risk),
                func.sum(case((analyses.c.flagged.is_(True), 1), else_=0)),
            )
            .select_from(documents)
            .join(holder_sq, holder_sq.c.document_pk == documents.c.pk)
            .outerjoin(analyses, analyses.c.document_pk == documents.c.pk)
        ).one()
        total = int(head[0])
        if total == 0:
            raise NotFoundError(f"no document mentions the {kind} {value!r}")
        docs = conn.execute(
            select(
                documents.c.doc_id,
                documents.c.title,
                documents.c.text,
                documents.c.posted_at,
                documents.c.source,
                documents.c.country,
                analyses.c.risk,
                analyses.c.flagged,
                network_members.c.network_id,
                network_members.c.network_size,
            )
            .join(holder_sq, holder_sq.c.document_pk == documents.c.pk)
            .outerjoin(analyses, analyses.c.document_pk == documents.c.pk)
            .outerjoin(network_members, network_members.c.document_pk == documents.c.pk)
            .order_by(documents.c.posted_at.desc(), documents.c.pk)
            .limit(limit)
            .offset(offset)
        ).all()
        networks = conn.execute(
            select(network_members.c.network_id, func.max(network_members.c.network_size), func.count())
            .join(holder_sq, holder_sq.c.document_pk == network_members.c.document_pk)
            .group_by(network_members.c.network_id)
            .order_by(func.max(network_members.c.network_size).desc(), network_members.c.network_id)
            .limit(50)
        ).all()
        cities = conn.execute(
            select(entities.c.value, func.count(func.distinct(entities.c.document_pk)))
            .join(holder_sq, holder_sq.c.document_pk == entities.c.document_pk)
            .where(entities.c.type == "location", entities.c.value.like("city:%"))
            .group_by(entities.c.value)
            .order_by(func.count(func.distinct(entities.c.document_pk)).desc(), entities.c.value)
            .limit(50)
        ).all()
        sources = conn.execute(
            select(documents.c.source, func.count())
            .join(holder_sq, holder_sq.c.document_pk == documents.c.pk)
            .group_by(documents.c.source)
            .order_by(func.count().desc())
            .limit(20)
        ).all()
        co = conn.execute(
            select(entities.c.type, entities.c.value, func.count(func.distinct(entities.c.document_pk)).label("n"))
            .join(holder_sq, holder_sq.c.document_pk == entities.c.document_pk)
            .where(
                entities.c.type.in_(("phone", "email", "handle", "payment", "crypto", "url", "photo")),
                or_(entities.c.type != kind, entities.c.value != value),
            )
            .group_by(entities.c.type, entities.c.value)
            .order_by(func.count(func.distinct(entities.c.document_pk)).desc(), entities.c.type, entities.c.value)
            .limit(30)
        ).all()
        spellings = conn.execute(
            select(entities.c.start, entities.c.end, entities.c.field, documents.c.text, documents.c.title)
            .join(documents, documents.c.pk == entities.c.document_pk)
            .where(entities.c.type == kind, entities.c.value == value)
            .limit(200)
        ).all()
    written: Counter[str] = Counter()
    for start, end, field, text, title in spellings:
        source_text = title if field == "title" else text
        if source_text is not None:
            written[source_text[start:end]] += 1
    return {
        "type": kind,
        "value": value,
        "documents_total": total,
        "first_seen": _utc(head[1]),
        "last_seen": _utc(head[2]),
        "max_risk": float(head[3]) if head[3] is not None else None,
        "flagged": int(head[4] or 0),
        "documents": [
            {
                "id": r.doc_id,
                "title": r.title,
                "snippet": r.text[:200],
                "posted_at": _utc(r.posted_at),
                "source": r.source,
                "country": r.country,
                "risk": r.risk,
                "flagged": bool(r.flagged),
                "network": r.network_id,
                "network_size": r.network_size,
            }
            for r in docs
        ],
        "networks": [{"id": n, "size": int(s), "documents": int(c)} for n, s, c in networks],
        "cities": [{"value": v, "name": v.removeprefix("city:"), "documents": int(c)} for v, c in cities],
        "sources": [{"source": s, "documents": int(c)} for s, c in sources],
        "co_occurring": [{"type": t, "value": v, "documents": int(n)} for t, v, n in co],
        "written_as": written.most_common(10),
    }


def pivot_documents(
    store: Store, *, pairs: list[tuple[str, str]], exclude_pk: int, per_identifier: int = 5
) -> dict[tuple[str, str], dict[str, Any]]:
    """For each (type, value): how many other documents share it, and the first few of them.

    Two queries for all identifiers together (a grouped count and a windowed list).
    """
    if not pairs:
        return {}
    match = or_(*(and_(entities.c.type == kind, entities.c.value == value) for kind, value in pairs))
    with store.engine.connect() as conn:
        counts = conn.execute(
            select(entities.c.type, entities.c.value, func.count(func.distinct(entities.c.document_pk)))
            .where(match, entities.c.document_pk != exclude_pk)
            .group_by(entities.c.type, entities.c.value)
        ).all()
        holders = (
            select(entities.c.type, entities.c.value, entities.c.document_pk)
            .where(match, entities.c.document_pk != exclude_pk)
            .distinct()
            .subquery()
        )
        ranked = select(
            holders.c.type,
            holders.c.value,
            holders.c.document_pk,
            func.row_number()
            .over(partition_by=(holders.c.type, holders.c.value), order_by=holders.c.document_pk.desc())
            .label("n"),
        ).subquery()
        listed = conn.execute(
            select(ranked.c.type, ranked.c.value, documents.c.doc_id, documents.c.title, documents.c.posted_at)
            .join(documents, documents.c.pk == ranked.c.document_pk)
            .where(ranked.c.n <= per_identifier)
            .order_by(ranked.c.type, ranked.c.value, ranked.c.n)
        ).all()
    out: dict[tuple[str, str], dict[str, Any]] = {p: {"count": 0, "documents": []} for p in pairs}
    for kind, value, count in counts:
        out[(kind, value)]["count"] = int(count)
    for kind, value, doc_id, title, posted in listed:
        out[(kind, value)]["documents"].append({"id": doc_id, "title": title, "posted_at": _utc(posted)})
    return out


# --------------------------------------------------------------------------- network


def network_view(store: Store, *, network_id: str, max_documents: int = 400) -> dict[str, Any]:
    """Members, edges with their evidence, identifiers, timeline and places of one network.

    Reads ``network_members`` and ``network_links`` directly. Capped at ``max_documents``
    members (the riskiest first) so a huge network still draws in a browser; the page says
    when it is capped.
    """
    with store.engine.connect() as conn:
        members = conn.execute(
            members_select(network_id)
            .add_columns(analyses.c.result, network_members.c.network_size)
            .order_by(func.coalesce(analyses.c.risk, -1).desc(), documents.c.pk)
            .limit(max_documents)
        ).all()
        if not members:
            raise NotFoundError(f"no network with id {network_id!r}")
        size = int(members[0].network_size)
        pks = [m.pk for m in members]
        links = conn.execute(
            select(network_links)
            .where(
                network_links.c.network_id == network_id,
                network_links.c.source_pk.in_(pks),
                network_links.c.target_pk.in_(pks),
            )
            .order_by(network_links.c.id)
        ).all()
        ents = conn.execute(
            select(
                entities.c.document_pk,
                entities.c.type,
                entities.c.value,
                entities.c.field,
                entities.c.start,
                entities.c.end,
            )
            .where(entities.c.document_pk.in_(pks))
            .order_by(entities.c.document_pk, entities.c.start)
        ).all()
    by_pk = {m.pk: m for m in members}
    doc_of = {m.pk: m.doc_id for m in members}
    shared_keys = {(lk.type, lk.value) for lk in links if lk.kind == "identifier"}
    # Where each shared identifier is written in each member: the evidence of a doc–identifier edge.
    mentions: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    cities_of: dict[int, list[str]] = defaultdict(list)
    for e in ents:
        key = (e.type, e.value)
        if key in shared_keys:
            m = by_pk[e.document_pk]
            source_text = m.title if e.field == "title" else m.text
            written = source_text[e.start : e.end] if source_text else ""
            mentions[key][m.doc_id].append({"field": e.field, "start": e.start, "end": e.end, "text": written})
        if e.type == "location" and e.value.startswith("city:") and e.value not in cities_of[e.document_pk]:
            cities_of[e.document_pk].append(e.value)
    nodes: list[dict[str, Any]] = []
    for m in members:
        nodes.append(
            {
                "id": f"d:{m.doc_id}",
                "kind": "document",
                "label": (m.title or m.text[:40] or m.doc_id)[:60],
                "doc_id": m.doc_id,
                "risk": float(m.risk) if m.risk is not None else 0.0,
                "flagged": bool(m.flagged),
                "posted_at": _iso(m.posted_at),
            }
        )
    for kind, value in sorted(shared_keys):
        nodes.append({"id": f"i:{kind}:{value}", "kind": "identifier", "type": kind, "value": value, "label": value})
    edges: list[dict[str, Any]] = []
    for kind, value in sorted(shared_keys):
        for doc_id, spans in sorted(mentions[(kind, value)].items()):
            edges.append(
                {
                    "id": f"e:{kind}:{value}:{doc_id}",
                    "source": f"d:{doc_id}",
                    "target": f"i:{kind}:{value}",
                    "kind": "identifier",
                    "type": kind,
                    "value": value,
                    "evidence": spans,
                }
            )
    for lk in links:
        if lk.kind == "identifier":
            continue
        edges.append(
            {
                "id": f"t:{lk.id}",
                "source": f"d:{doc_of[lk.source_pk]}",
                "target": f"d:{doc_of[lk.target_pk]}",
                "kind": lk.kind,
                "type": lk.type,
                "value": lk.value,
                "similarity": float(lk.similarity),
                "evidence": [],
            }
        )
    dated = sorted((m for m in members if m.posted_at is not None), key=lambda m: (_utc(m.posted_at), m.pk))
    timeline: Counter[date] = Counter()
    for m in dated:
        posted = _utc(m.posted_at)
        assert posted is not None
        timeline[posted.date()] += 1
    movement: list[dict[str, Any]] = []
    for m in dated:
        for city in cities_of.get(m.pk, []):
            posted = _utc(m.posted_at)
            if not movement or movement[-1]["city"] != city:
                movement.append({"city": city, "first": posted, "last": posted, "documents": 1})
            else:
                movement[-1]["last"] = posted
                movement[-1]["documents"] += 1
    typology_max: dict[str, tuple[float, str]] = {}
    for m in members:
        for t, s in ((m.result or {}).get("typologies") or {}).items():
            if t not in typology_max or s["score"] > typology_max[t][0]:
                typology_max[t] = (float(s["score"]), s["level"])
    derived = _derived_indicators(members, shared_keys, cities_of, dated)
    return {
        "id": network_id,
        "size": size,
        "derived_indicators": derived,
        "shown": len(members),
        "documents": [
            {
                "id": m.doc_id,
                "title": m.title,
                "snippet": m.text[:160],
                "posted_at": _utc(m.posted_at),
                "source": m.source,
                "country": m.country,
                "risk": m.risk,
                "flagged": bool(m.flagged),
                "cities": cities_of.get(m.pk, []),
            }
            for m in members
        ],
        "identifiers": [{"type": k, "value": v, "documents": len(mentions[(k, v)])} for k, v in sorted(shared_keys)],
        "links": [
            {
                "source": doc_of[lk.source_pk],
                "target": doc_of[lk.target_pk],
                "kind": lk.kind,
                "type": lk.type,
                "value": lk.value,
                "similarity": float(lk.similarity),
            }
            for lk in links
        ],
        "graph": {"nodes": nodes, "edges": edges},
        "timeline": sorted(timeline.items()),
        "movement": movement,
        "typologies": {t: {"score": s, "level": lvl} for t, (s, lvl) in typology_max.items()},
        "first_seen": _utc(dated[0].posted_at) if dated else None,
        "last_seen": _utc(dated[-1].posted_at) if dated else None,
    }


def _derived_indicators(
    members: Sequence[Any], shared: set[tuple[str, str]], cities_of: dict[int, list[str]], dated: list[Any]
) -> list[dict[str, Any]]:
    """Plain facts about a network that a reviewer weighs: spread, identifiers, pace."""
    cities = {c for pk in cities_of for c in cities_of[pk]}
    titles = {(m.title or "").strip().lower() for m in members if m.title}
    phones = {v for k, v in shared if k == "phone"}
    out = [
        {"name": "Cities named", "value": len(cities), "detail": "distinct cities across the documents"},
        {"name": "Shared identifiers", "value": len(shared), "detail": "identifiers that join two or more documents"},
        {
            "name": "Distinct titles",
            "value": len(titles),
            "detail": f"among {len(members)} documents, on {len(phones)} shared phone number(s)",
        },
    ]
    if len(dated) >= 2:
        first, last = _utc(dated[0].posted_at), _utc(dated[-1].posted_at)
        assert first is not None and last is not None
        days = max((last - first).total_seconds() / 86400, 1.0)
        out.append(
            {
                "name": "Posting pace",
                "value": f"{len(dated) / days:.1f} per day",
                "detail": f"{len(dated)} dated documents over {days:.0f} day(s)",
            }
        )
    return out


def _iso(value: datetime | None) -> str | None:
    value = _utc(value)
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


def known_values(store: Store) -> dict[str, list[str]]:
    """Choices for the search form: sources, countries, the cities named, identifier types.

    Each list is read from an index (distinct values), never by counting documents.
    """
    with store.engine.connect() as conn:
        sources = [
            s
            for (s,) in conn.execute(
                select(documents.c.source)
                .where(documents.c.source.is_not(None))
                .distinct()
                .order_by(documents.c.source)
                .limit(200)
            ).all()
        ]
        countries = [
            c
            for (c,) in conn.execute(
                select(documents.c.country)
                .where(documents.c.country.is_not(None))
                .distinct()
                .order_by(documents.c.country)
            ).all()
        ]
        cities = [
            v.removeprefix("city:")
            for (v,) in conn.execute(
                select(entities.c.value)
                .where(entities.c.type == "location", entities.c.value >= "city:", entities.c.value < "city;")
                .distinct()
                .order_by(entities.c.value)
                .limit(2000)
            ).all()
        ]
    from clew.identifiers import REGISTRY

    return {"sources": sources, "countries": countries, "cities": cities, "identifier_types": sorted(REGISTRY)}
