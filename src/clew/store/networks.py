"""Networks in the workspace: incremental features, full-equal linking, network reads.

Why this shape. Linking features (unit hashes of the normalised text, photo hashes)
are computed once per document content and linking version and kept in
``link_features``; identifiers come from the analysis (``entities``). ``clew
process`` then only computes features for new or changed documents — the expensive
part — and re-runs the graph stage (vectorised, seconds per million documents)
over all stored features. That makes incremental linking *equal* to a full
recomputation by construction: boilerplate shingles, hub caps and communities are
properties of the whole corpus, and a new document can change them for old ones
(a shingle becomes common, a phone becomes a hub), which a patch-the-graph approach
would get wrong. ``rebuild_networks(full=True)`` drops the cached features first.

``repository.py`` re-exports ``rebuild_networks``, ``get_network`` and
``list_networks``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Connection, Select, delete, func, insert, select

from clew.errors import InputError
from clew.linking import LINKING_VERSION, LinkConfig, LinkItem, build_networks
from clew.linking import photos as photo_hash
from clew.linking.describe import describe_network
from clew.linking.graph import text_key
from clew.linking.indicators import MemberFacts
from clew.linking.shingles import unit_hashes
from clew.linking.templates import TemplateMember, build_template, shared_text
from clew.store import Store
from clew.store.schema import (
    analyses,
    documents,
    entities,
    link_features,
    link_warnings,
    network_links,
    network_members,
    networks,
    provenance,
)
from clew.text import normalize

_ORDERS = ("risk", "size", "recent")


_SUMMARY_TYPES = frozenset({"phone", "email", "age", "location"})


def stored_members_and_links(conn: Connection, network_id: str) -> tuple[list[str], list[dict[str, Any]]]:
    """A network as stored: its member document ids (sorted) and every edge with its evidence
    (``source``, ``target`` document ids, ``kind``, ``type``, ``value``, ``similarity``), in the
    order the edges were written. Evidence exports and referrals read networks through this."""
    ids = [
        r.doc_id
        for r in conn.execute(
            select(documents.c.doc_id)
            .join(network_members, network_members.c.document_pk == documents.c.pk)
            .where(network_members.c.network_id == network_id)
            .order_by(documents.c.doc_id)
        )
    ]
    src, dst = documents.alias("src"), documents.alias("dst")
    links = [
        dict(r._mapping)
        for r in conn.execute(
            select(
                src.c.doc_id.label("source"),
                dst.c.doc_id.label("target"),
                network_links.c.kind,
                network_links.c.type,
                network_links.c.value,
                network_links.c.similarity,
            )
            .join(src, src.c.pk == network_links.c.source_pk)
            .join(dst, dst.c.pk == network_links.c.target_pk)
            .where(network_links.c.network_id == network_id)
            .order_by(network_links.c.id)
        )
    ]
    return ids, links


def _now() -> datetime:
    return datetime.now(UTC)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _utc(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _iso(value: datetime | None) -> str | None:
    value = _utc(value)
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


def _config(link_types: frozenset[str] | None, config: LinkConfig | None) -> LinkConfig:
    cfg = config or LinkConfig()
    if link_types is not None:
        cfg = replace(cfg, link_types=frozenset(link_types) | {"photo"})
    return cfg


def _link_text(title: str | None, text: str) -> str:
    body = normalize(text).text
    return body if not title else f"{normalize(title).text}\n{body}"


def update_features(store: Store, *, config: LinkConfig, batch_size: int = 2000) -> int:
    """Compute linking features for documents that are new, changed or computed by another version."""
    stale = (
        select(documents.c.pk, documents.c.content_sha256, documents.c.title, documents.c.text, documents.c.images)
        .outerjoin(link_features, link_features.c.document_pk == documents.c.pk)
        .where(
            (link_features.c.document_pk.is_(None))
            | (link_features.c.content_sha256 != documents.c.content_sha256)
            | (link_features.c.version != LINKING_VERSION)
        )
        .order_by(documents.c.pk)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(stale).all()
        bases: dict[int, Path] = {}
        with_images = [r.pk for r in rows if r.images]
        for chunk in _batches(with_images, 500):
            for pk, source_file in conn.execute(
                select(provenance.c.document_pk, func.min(provenance.c.source_file))
                .where(provenance.c.document_pk.in_(chunk))
                .group_by(provenance.c.document_pk)
            ).all():
                bases[pk] = Path(source_file).resolve().parent
    can_hash = photo_hash.available()
    done = 0
    for batch in _batches(rows, batch_size):
        out = []
        for r in batch:
            text = _link_text(r.title, r.text)
            photos: list[str] = []
            if can_hash:
                for ref in r.images or []:
                    path = photo_hash.local_path(ref, bases.get(r.pk))
                    if path is None:
                        continue
                    found = photo_hash.hash_image(path)
                    if found.hash is not None and found.quality >= config.photo_min_quality:
                        photos.append(found.hash)
            out.append(
                {
                    "document_pk": r.pk,
                    "content_sha256": r.content_sha256,
                    "version": LINKING_VERSION,
                    "units": unit_hashes(text).astype("<u4").tobytes(),
                    "text_key": text_key(normalize(r.text).text, config.min_duplicate_chars),
                    "photos": photos,
                }
            )
        with store.engine.begin() as conn:
            conn.execute(delete(link_features).where(link_features.c.document_pk.in_([o["document_pk"] for o in out])))
            conn.execute(insert(link_features), out)
        done += len(out)
    return done


def rebuild_networks(
    store: Store,
    *,
    link_types: frozenset[str] | None = None,
    config: LinkConfig | None = None,
    full: bool = False,
) -> dict[str, Any]:
    """Link every document of the workspace into networks and store them with their evidence.

    Incremental: features are computed only for new or changed documents (``full``
    recomputes them all); the result equals a full recomputation. Returns counts plus
    the warnings (hub identifiers, directory pages) as dicts.
    """
    cfg = _config(link_types, config)
    if full:
        with store.engine.begin() as conn:
            conn.execute(delete(link_features))
    computed = update_features(store, config=cfg)
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                documents.c.pk,
                documents.c.doc_id,
                link_features.c.units,
                link_features.c.text_key,
                link_features.c.photos,
            )
            .join(link_features, link_features.c.document_pk == documents.c.pk)
            .order_by(documents.c.doc_id)
        ).all()
        ident_rows = conn.execute(
            select(entities.c.document_pk, entities.c.type, entities.c.value).where(
                entities.c.type.in_(sorted(cfg.link_types)), entities.c.field != "url"
            )
        ).all()
    idents: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for pk, kind, value in ident_rows:
        idents[pk].add((kind, value))
    items = []
    pk_of: dict[str, int] = {}
    for r in rows:
        pk_of[r.doc_id] = r.pk
        found = idents.get(r.pk, set()) | {("photo", h) for h in r.photos or []}
        items.append(
            LinkItem(r.doc_id, tuple(sorted(found)), np.frombuffer(r.units, dtype="<u4").astype(np.uint32), r.text_key)
        )
    result = build_networks(items, cfg)
    multi = [n for n in result.networks if len(n.documents) > 1]
    facts = _member_facts(store, [pk_of[d] for n in multi for d in n.documents])
    texts = _texts(store, [pk_of[d] for n in multi for d in n.documents[: cfg.max_template_members + 1]])
    now = _now()
    member_rows, link_rows, network_rows = [], [], []
    for net in result.networks:
        for doc_id in net.documents:
            member_rows.append({"document_pk": pk_of[doc_id], "network_id": net.id, "network_size": len(net.documents)})
        for ev in net.links:
            link_rows.append(
                {
                    "network_id": net.id,
                    "source_pk": pk_of[ev.source],
                    "target_pk": pk_of[ev.target],
                    "kind": ev.kind,
                    "type": ev.type,
                    "value": ev.value,
                    "similarity": ev.similarity,
                }
            )
    for net in multi:
        described = describe_network(
            net,
            [facts[pk_of[d]] for d in net.documents],
            {d: texts[pk_of[d]] for d in net.documents if pk_of[d] in texts},
            bridges=result.bridges.get(net.id, []),
            max_template_members=cfg.max_template_members,
        )
        ind = described["indicators"]
        network_rows.append(
            {
                "id": net.id,
                "size": len(net.documents),
                "risk": described["risk"]["score"],
                "level": described["risk"]["level"],
                "first_posted_at": _parse(ind["first_posted"]),
                "last_posted_at": _parse(ind["last_posted"]),
                "summary": {
                    "indicators": ind,
                    "risk": described["risk"],
                    "bridges": described["bridges"],
                    "template": described["template"],
                    "linking": cfg.as_dict(),
                },
                "computed_at": now,
            }
        )
    warning_rows = [
        {
            "kind": w.kind,
            "type": w.type,
            "value": w.value,
            "documents": w.documents,
            "message": w.message,
            "created_at": now,
        }
        for w in result.warnings
    ]
    with store.engine.begin() as conn:
        for table in (network_links, network_members, networks, link_warnings):
            conn.execute(delete(table))
        for table, batch_rows in (
            (network_members, member_rows),
            (network_links, link_rows),
            (networks, network_rows),
            (link_warnings, warning_rows),
        ):
            for batch in _batches(batch_rows, 5000):
                conn.execute(insert(table), batch)
    return {
        "documents": len(items),
        "features_computed": computed,
        "networks": len(multi),
        "linked_documents": sum(len(n.documents) for n in multi),
        "largest": max((len(n.documents) for n in result.networks), default=0),
        "warnings": [w.as_dict() for w in result.warnings],
    }


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def _member_facts(store: Store, pks: list[int]) -> dict[int, MemberFacts]:
    out: dict[int, MemberFacts] = {}
    with store.engine.connect() as conn:
        for chunk in _batches(pks, 900):
            docs = conn.execute(
                select(
                    documents.c.pk,
                    documents.c.doc_id,
                    documents.c.posted_at,
                    documents.c.country,
                    documents.c.source,
                    analyses.c.flagged,
                )
                .outerjoin(analyses, analyses.c.document_pk == documents.c.pk)
                .where(documents.c.pk.in_(chunk))
            ).all()
            ents: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
            for pk, kind, value in conn.execute(
                select(entities.c.document_pk, entities.c.type, entities.c.value)
                .where(entities.c.document_pk.in_(chunk))  # type filtered below: see get_network
                .order_by(entities.c.id)
            ).all():
                if kind in _SUMMARY_TYPES and value not in ents[pk][kind]:
                    ents[pk][kind].append(value)
            for d in docs:
                e = ents.get(d.pk, {})
                cities = [v[5:] for v in e.get("location", []) if v.startswith("city:")]
                out[d.pk] = MemberFacts(
                    doc_id=d.doc_id,
                    posted_at=_utc(d.posted_at),
                    country=d.country or (cities[0].rpartition(",")[2] if cities else None),
                    source=d.source,
                    phones=tuple(e.get("phone", [])),
                    emails=tuple(e.get("email", [])),
                    ages=tuple(e.get("age", [])),
                    places=tuple(c.rpartition(",")[0] for c in cities),
                    flagged=d.flagged,
                )
    return out


def _texts(store: Store, pks: list[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    with store.engine.connect() as conn:
        for chunk in _batches(pks, 900):
            out.update(
                dict(conn.execute(select(documents.c.pk, documents.c.text).where(documents.c.pk.in_(chunk))).all())
            )
    return out


def members_select(network_id: str) -> Select[Any]:
    """The documents of one network with their risk: the query every view of a network starts from.

    Callers add their order, limit and any further columns (``Select.add_columns``).
    """
    return (
        select(
            documents.c.pk,
            documents.c.doc_id,
            documents.c.title,
            documents.c.text,
            documents.c.posted_at,
            documents.c.country,
            documents.c.source,
            analyses.c.risk,
            analyses.c.flagged,
        )
        .join(network_members, network_members.c.document_pk == documents.c.pk)
        .outerjoin(analyses, analyses.c.document_pk == documents.c.pk)
        .where(network_members.c.network_id == network_id)
    )


def get_network(store: Store, network_id: str, *, template_members: int = 12) -> dict[str, Any] | None:
    """One network as the analyst's network view needs it, or None when there is no such network.

    Shape::

        {"id": "net-…", "size": 12, "computed_at": ISO,
         "risk": {"score", "level", "indicators": [ids], "hits": [{"id", "weight", "value",
                  "threshold", "explanation", "source"}], "version", "explanation"},
         "indicators": {"ads", "phones", "emails", "names", "names_per_phone", "ages_per_phone",
                        "places", "countries", "movement": [{"place", "country", "first", "last", "ads"}],
                        "first_posted", "last_posted", "span_days", "ads_per_day", "max_ads_24h",
                        "sites", "flagged_share"},
         "members": [{"id", "title", "posted_at", "city", "country", "source", "risk", "flagged"}],
                    (ordered by posting time, then id)
         "edges": [{"source", "target", "kind": "identifier"|"text", "type", "value", "similarity",
                    "shared" (text edges: the longest run of words both documents contain)}],
         "bridges": [{"kind", "type", "value", "networks": [ids]}],
         "template": {"representative", "compared", "text", "slots": [{"name", "kind", "start",
                      "end", "values": [{"value", "documents"}]}], "values_by_document"} | None,
         "linking": {configuration used}}

    A document that links to nothing has a network of its own; asking for it gives
    ``size`` 1, no edges and no template.
    """
    with store.engine.connect() as conn:
        members = conn.execute(members_select(network_id).order_by(documents.c.posted_at, documents.c.doc_id)).all()
        if not members:
            return None
        row = conn.execute(select(networks).where(networks.c.id == network_id)).first()
        id_of = {m.pk: m.doc_id for m in members}
        edges = conn.execute(
            select(network_links).where(network_links.c.network_id == network_id).order_by(network_links.c.id)
        ).all()
        cities: dict[int, str] = {}
        # The type is tested here, not in SQL: with it in the WHERE clause SQLite walks the
        # (type, value) index over every location in the store instead of the members' rows.
        for pk, kind, value in conn.execute(
            select(entities.c.document_pk, entities.c.type, entities.c.value)
            .where(entities.c.document_pk.in_(list(id_of)))
            .order_by(entities.c.id)
        ).all():
            if kind == "location" and value.startswith("city:"):
                cities.setdefault(pk, value[5:].rpartition(",")[0])
    text_of = {m.pk: m.text for m in members}
    summary: dict[str, Any] = row.summary if row is not None else {}
    template = summary.get("template")
    if len(members) > 1 and (template is None or template.get("compared", 0) < min(len(members), template_members)):
        template = (
            build_template(
                [
                    TemplateMember(m.doc_id, m.text, (cities[m.pk].casefold(),) if m.pk in cities else ())
                    for m in members
                ][: template_members + 1],
                max_members=template_members,
            )
            or template
        )
    return {
        "id": network_id,
        "size": len(members),
        "computed_at": _iso(row.computed_at) if row is not None else None,
        "risk": summary.get("risk"),
        "indicators": summary.get("indicators"),
        "members": [
            {
                "id": m.doc_id,
                "title": m.title,
                "posted_at": _iso(m.posted_at),
                "city": cities.get(m.pk),
                "country": m.country,
                "source": m.source,
                "risk": m.risk,
                "flagged": m.flagged,
            }
            for m in members
        ],
        "edges": [_edge(e, id_of, text_of, k < 500) for k, e in enumerate(edges)],
        "bridges": summary.get("bridges", []),
        "template": template,
        "linking": summary.get("linking"),
    }


def _edge(e: Any, id_of: dict[int, str], text_of: dict[int, str], explain: bool) -> dict[str, Any]:
    edge: dict[str, Any] = {
        "source": id_of.get(e.source_pk, str(e.source_pk)),
        "target": id_of.get(e.target_pk, str(e.target_pk)),
        "kind": e.kind,
        "type": e.type,
        "value": e.value,
        "similarity": e.similarity,
    }
    if e.kind == "text" and explain and e.source_pk in text_of and e.target_pk in text_of:
        edge["shared"] = shared_text(text_of[e.source_pk], text_of[e.target_pk])
    return edge


def list_networks(store: Store, *, limit: int = 20, offset: int = 0, order: str = "risk") -> dict[str, Any]:
    """Networks of two or more documents, one page: ``{"total", "items": [...]}``.

    ``order``: ``risk`` (highest first, then size), ``size`` (largest first) or
    ``recent`` (latest ad first). Each item: ``{"id", "size", "risk", "level",
    "indicators": [fired indicator ids], "explanation", "first_posted", "last_posted",
    "phones", "places", "countries", "sites"}`` (counts for the last four).
    """
    if order not in _ORDERS:
        raise InputError(f"unknown order {order!r}; one of {', '.join(_ORDERS)}", where="order")
    if limit < 1 or offset < 0:
        raise InputError("limit must be at least 1 and offset at least 0", where="limit")
    sort = {
        "risk": [networks.c.risk.desc(), networks.c.size.desc(), networks.c.id],
        "size": [networks.c.size.desc(), networks.c.risk.desc(), networks.c.id],
        "recent": [networks.c.last_posted_at.desc(), networks.c.id],
    }[order]
    with store.engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(networks)).scalar_one())
        rows = conn.execute(select(networks).order_by(*sort).limit(limit).offset(offset)).all()
    items = []
    for r in rows:
        ind = r.summary.get("indicators", {})
        risk = r.summary.get("risk", {})
        items.append(
            {
                "id": r.id,
                "size": r.size,
                "risk": r.risk,
                "level": r.level,
                "indicators": risk.get("indicators", []),
                "explanation": risk.get("explanation"),
                "first_posted": _iso(r.first_posted_at),
                "last_posted": _iso(r.last_posted_at),
                "phones": len(ind.get("phones", [])),
                "places": len(ind.get("places", [])),
                "countries": len(ind.get("countries", [])),
                "sites": len(ind.get("sites", [])),
            }
        )
    return {"total": total, "items": items}


def link_warning_list(store: Store, *, limit: int = 100) -> list[dict[str, Any]]:
    """The warnings of the last linking run (hub identifiers, directory pages)."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(link_warnings).order_by(link_warnings.c.documents.desc()).limit(limit)).mappings()
        return [{k: (_iso(v) if isinstance(v, datetime) else v) for k, v in r.items() if k != "id"} for r in rows]
