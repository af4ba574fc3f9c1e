"""Stateless linking of a stream of documents (``clew link``).

Each document is read once: identifiers are extracted (``clew.identifiers``), its
normalised text is cut into unit hashes, its local images are hashed (PDQ); only
these features stay in memory (about 300 bytes per ad), plus the text and a few
facts when network descriptions are asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from clew.identifiers import extract, normalized_fields
from clew.linking import photos as photo_hash
from clew.linking.config import LinkConfig
from clew.linking.describe import describe_network
from clew.linking.graph import LinkItem, build_networks, make_item
from clew.linking.indicators import MemberFacts
from clew.model import Document, Entity


@dataclass
class StreamResult:
    assignments: list[tuple[str, str]]
    """(document id, network id) per input document, in input order (repeated ids repeat)."""
    described: list[dict[str, Any]]
    warnings: list[str]
    stats: dict[str, int]


@dataclass
class PhotoHasher:
    """Hashes local images once each; unreadable files and low-quality hashes are reported, not fatal."""

    base: Path | None
    min_quality: int
    warnings: list[str] = field(default_factory=list)
    low_quality: int = 0
    remote: int = 0
    _cache: dict[str, photo_hash.PhotoHash] = field(default_factory=dict)

    def __call__(self, doc: Document) -> list[str]:
        out: list[str] = []
        for ref in doc.images:
            path = photo_hash.local_path(ref, self.base)
            if path is None:
                self.remote += 1
                continue
            key = str(path)
            found = self._cache.get(key)
            if found is None:
                found = photo_hash.hash_image(path)
                self._cache[key] = found
                if found.error:
                    self.warnings.append(f"document {doc.id!r}: image {ref!r} could not be read ({found.error})")
            if found.hash is None:
                continue
            if found.quality < self.min_quality:
                self.low_quality += 1
                continue
            out.append(found.hash)
        return out


def facts_for(doc: Document, entities: Iterable[Entity]) -> MemberFacts:
    phones, emails, ages, places, countries = [], [], [], [], []
    for e in entities:
        if e.type == "phone":
            phones.append(e.value)
        elif e.type == "email":
            emails.append(e.value)
        elif e.type == "age":
            ages.append(e.value)
        elif e.type == "location" and e.value.startswith("city:"):
            name, _, cc = e.value[5:].rpartition(",")
            places.append(name)
            countries.append(cc)
    return MemberFacts(
        doc_id=doc.id,
        posted_at=doc.posted_at,
        country=doc.country or (countries[0] if countries else None),
        source=doc.source,
        phones=tuple(dict.fromkeys(phones)),
        emails=tuple(dict.fromkeys(emails)),
        ages=tuple(dict.fromkeys(ages)),
        places=tuple(dict.fromkeys(places)),
    )


def link_stream(
    documents: Iterable[Document],
    *,
    default_region: str = "US",
    hub_cap: int | None = None,
    template_similarity: float | None = None,
    photos: bool = True,
    image_base: Path | None = None,
    describe: bool = False,
    progress: Callable[[int], None] | None = None,
    config: LinkConfig | None = None,
) -> StreamResult:
    cfg = config or LinkConfig()
    if hub_cap is not None:
        cfg = replace(cfg, hub_cap=hub_cap)
    if template_similarity is not None:
        cfg = replace(cfg, template_similarity=template_similarity)
    warnings: list[str] = []
    hasher = PhotoHasher(image_base, cfg.photo_min_quality) if photos and photo_hash.available() else None
    unhashed = 0
    items: list[LinkItem] = []
    order: list[str] = []
    facts: dict[str, MemberFacts] = {}
    texts: dict[str, str] = {}
    for doc in documents:
        views = normalized_fields(doc)
        found = extract(doc, default_region=default_region, normalized=views)
        idents = [(e.type, e.value) for e in found if e.field != "url"]
        if doc.images:
            if hasher is not None:
                idents.extend(("photo", h) for h in hasher(doc))
            else:
                unhashed += 1
        title = views.get("title")
        text = views["text"].text if title is None else f"{title.text}\n{views['text'].text}"
        items.append(make_item(doc.id, idents, text, config=cfg))
        order.append(doc.id)
        if describe:
            facts[doc.id] = facts_for(doc, found)
            texts[doc.id] = doc.text
        if progress:
            progress(len(order))
    result = build_networks(items, cfg)
    network_of = result.network_of()
    warnings.extend(w.message for w in result.warnings)
    if hasher is not None:
        warnings.extend(hasher.warnings)
        if hasher.low_quality:
            warnings.append(
                f"{hasher.low_quality:,} images hashed below PDQ quality {cfg.photo_min_quality} were ignored"
            )
        if hasher.remote:
            warnings.append(f"{hasher.remote:,} image references are URLs; Clew never fetches them (offline)")
    if unhashed:
        warnings.append(f"{unhashed:,} documents have images but photo hashing needs clew[link] (pdqhash, Pillow)")
    described: list[dict[str, Any]] = []
    if describe:
        for net in result.networks:
            if len(net.documents) < 2:
                continue
            described.append(
                describe_network(
                    net,
                    [facts[d] for d in net.documents],
                    texts,
                    bridges=result.bridges.get(net.id, []),
                    max_template_members=cfg.max_template_members,
                )
            )
    return StreamResult(
        assignments=[(doc_id, network_of[doc_id]) for doc_id in order],
        described=described,
        warnings=warnings,
        stats=result.stats,
    )
