"""Stateless linking of a stream of documents (``clew link``), in parallel.

Each document is read once: identifiers are extracted (``clew.identifiers``), its
normalised text is cut into unit hashes, its local images are hashed (PDQ). That
per-document work runs in forked worker processes, like ``clew analyze``
(``clew.runner``): the extractors are built once in the parent, the workers receive
raw JSON lines in chunks and hand back only compact features — the linking
identifiers, the unit hashes as bytes, the text key, what happened to each image,
and the facts and text when network descriptions are asked for — never whole
documents. The parent keeps them in columns (``clew.linking.graph.FeatureBuilder``,
about 300 bytes per ad) and runs the graph stage over the whole corpus at the end.

Results come back in input order and every decision that depends on order (which
unreadable image is reported, under which document) is taken in the parent, so one
worker and many give the same output, byte for byte.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from clew.identifiers import extract, normalized_fields
from clew.ingest.jsonl import EMPTY_FILE, read_document_line
from clew.linking import photos as photo_hash
from clew.linking.config import LinkConfig
from clew.linking.describe import describe_network
from clew.linking.graph import FeatureBuilder, link_features, text_key
from clew.linking.indicators import MemberFacts
from clew.linking.shingles import unit_hashes
from clew.model import Document, Entity
from clew.parallel import ordered_map

CHUNK_LINES = 256
"""Lines sent to a worker at a time: large enough to amortise the hand-over."""


@dataclass
class StreamResult:
    assignments: list[tuple[str, str]]
    """(document id, network id) per input document, in input order (repeated ids repeat)."""
    described: list[dict[str, Any]]
    warnings: list[str]
    stats: dict[str, int]


@dataclass(frozen=True, slots=True)
class Features:
    """What one document hands to linking (compact, cheap to send between processes)."""

    doc_id: str
    identifiers: tuple[tuple[str, str], ...]
    """Linking identifiers (types in ``link_types``, photos included), sorted, distinct."""
    units: bytes
    """Unit hashes of the normalised title and text, little-endian uint32."""
    text_key: str | None
    images: tuple[tuple[str, str | None, str | None], ...] = ()
    """Per image reference: (reference, local path or None for a URL, read error or None)."""
    low_quality: int = 0
    """Image references whose PDQ hash is below ``photo_min_quality``."""
    unhashed: bool = False
    """The document has images but photo hashing is not installed."""
    facts: MemberFacts | None = None
    text: str | None = None


_FEATURE_FIELDS = tuple(f.name for f in fields(Features))


@dataclass(frozen=True, slots=True)
class LineFeatures:
    number: int
    features: Features | None = None
    error: str | None = None
    """Why the line was rejected, prefixed with its file and line."""


@dataclass
class FeatureContext:
    """Everything the per-document work needs; built in the parent, inherited by forked workers."""

    config: LinkConfig
    default_region: str = "US"
    hash_photos: bool = False
    photos_requested: bool = True
    image_base: Path | None = None
    describe: bool = False
    source_file: str = ""
    max_chars: int = 0
    photo_cache: dict[str, photo_hash.PhotoHash] = field(default_factory=dict)

    def photo(self, path: Path) -> photo_hash.PhotoHash:
        key = str(path)
        found = self.photo_cache.get(key)
        if found is None:
            found = self.photo_cache[key] = photo_hash.hash_image(path)
        return found


FACT_TYPES = frozenset({"phone", "email", "age", "location"})
"""The identifier types ``facts_for`` reads; the others are not extracted unless they link."""


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


def document_features(ctx: FeatureContext, doc: Document) -> Features:
    """The linking features of one document (runs in a worker)."""
    cfg = ctx.config
    # The document's own URL never links (it names the site's page, not the advertiser);
    # it is read only for the network facts.
    views = normalized_fields(doc, url=ctx.describe)
    wanted = cfg.link_types | FACT_TYPES if ctx.describe else cfg.link_types
    found = extract(doc, default_region=ctx.default_region, normalized=views, types=wanted)
    idents = {(e.type, e.value) for e in found if e.field != "url" and e.type in cfg.link_types}
    images: list[tuple[str, str | None, str | None]] = []
    low = 0
    unhashed = False
    if doc.images:
        if ctx.hash_photos:
            for ref in doc.images:
                path = photo_hash.local_path(ref, ctx.image_base)
                if path is None:
                    images.append((ref, None, None))
                    continue
                hashed = ctx.photo(path)
                images.append((ref, str(path), hashed.error))
                if hashed.hash is None:
                    continue
                if hashed.quality < cfg.photo_min_quality:
                    low += 1
                    continue
                if "photo" in cfg.link_types:
                    idents.add(("photo", hashed.hash))
        elif ctx.photos_requested:  # asked for, but pdqhash or Pillow is missing
            unhashed = True
    title = views.get("title")
    text = views["text"].text if title is None else f"{title.text}\n{views['text'].text}"
    return Features(
        doc_id=doc.id,
        identifiers=tuple(sorted(idents)),
        units=unit_hashes(text).astype("<u4").tobytes(),
        text_key=text_key(text, cfg.min_duplicate_chars),
        images=tuple(images),
        low_quality=low,
        unhashed=unhashed,
        facts=facts_for(doc, found) if ctx.describe else None,
        text=doc.text if ctx.describe else None,
    )


def line_features(ctx: FeatureContext, number: int, line: bytes) -> LineFeatures:
    """One JSON line turned into features or a named error (the wording of ``clew analyze``)."""
    document, error = read_document_line(line, source_file=ctx.source_file, number=number, max_chars=ctx.max_chars)
    if document is None:
        return LineFeatures(number, error=error)
    return LineFeatures(number, features=document_features(ctx, document))


def _warm_up(ctx: FeatureContext) -> None:
    """Load the extractors' lazy tables in the parent, so forked workers share them.

    Only the tables this run reads: without network facts the place gazetteer and the
    age and price readers stay unloaded (about 0.4 s of every start).
    """
    warm = Document(id="warm-up", text="Call Anna, 25, in Denver: +1 213 555 0127, anna@example.com, $200/hour")
    document_features(ctx, warm)


_Packed = tuple[int, tuple[Any, ...] | None, str | None]
"""A ``LineFeatures`` as plain tuples, the way it crosses from a worker to the parent."""


def _pack(item: LineFeatures) -> _Packed:
    """Plain tuples: pickling and unpickling the slotted dataclasses cost about 19 microseconds a document, plain
    tuples 2 and building the dataclasses again in the parent 4 (features of the demo corpus)."""
    f = item.features
    values = None if f is None else tuple(getattr(f, name) for name in _FEATURE_FIELDS)
    return item.number, values, item.error


def _unpack(packed: _Packed) -> LineFeatures:
    number, values, error = packed
    return LineFeatures(number, None if values is None else Features(*values), error)


def features_of_lines(
    ctx: FeatureContext, lines: Iterable[tuple[int, bytes]], *, jobs: int = 1
) -> Iterator[LineFeatures]:
    """Features of numbered JSON lines in input order, in ``jobs`` forked workers when > 1.

    At most ``4 * jobs`` chunks are in flight, so memory stays bounded whatever the
    input size. An input without a single non-blank line yields one error for the file.
    """
    seen = False

    def counted() -> Iterator[tuple[int, bytes]]:
        nonlocal seen
        for item in lines:
            seen = True
            yield item

    if jobs > 1:
        _warm_up(ctx)

        def packed(chunk: list[tuple[int, bytes]]) -> list[_Packed]:
            return [_pack(line_features(ctx, number, line)) for number, line in chunk]

        yield from map(_unpack, ordered_map(counted(), packed, jobs=jobs, chunk_size=CHUNK_LINES))
    else:

        def work(chunk: list[tuple[int, bytes]]) -> list[LineFeatures]:
            return [line_features(ctx, number, line) for number, line in chunk]

        yield from ordered_map(counted(), work, jobs=jobs, chunk_size=CHUNK_LINES)
    if not seen:
        yield LineFeatures(0, error=f"{ctx.source_file}, file: {EMPTY_FILE}")


@dataclass
class _Collector:
    """The parent's side: features in columns, image reports in input order."""

    ctx: FeatureContext
    builder: FeatureBuilder = field(default_factory=FeatureBuilder)
    rows: list[int] = field(default_factory=list)
    facts: dict[str, MemberFacts] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    image_warnings: list[str] = field(default_factory=list)
    reported_paths: set[str] = field(default_factory=set)
    low_quality: int = 0
    remote: int = 0
    unhashed: int = 0

    def add(self, f: Features) -> None:
        for ref, path, error in f.images:
            if path is None:
                self.remote += 1
            elif path not in self.reported_paths:
                self.reported_paths.add(path)
                if error:
                    self.image_warnings.append(f"document {f.doc_id!r}: image {ref!r} could not be read ({error})")
        self.low_quality += f.low_quality
        self.unhashed += f.unhashed
        self.rows.append(self.builder.add(f.doc_id, f.identifiers, f.units, f.text_key))
        if f.facts is not None:
            self.facts[f.doc_id] = f.facts
        if f.text is not None:
            self.texts[f.doc_id] = f.text

    def finish(self) -> StreamResult:
        cfg = self.ctx.config
        features = self.builder.finish()
        self.builder = FeatureBuilder()
        linked = link_features(features, cfg)
        net_ids = linked.network_ids()
        ids = features.doc_ids
        assignments = [(ids[row], net_ids[row]) for row in self.rows]
        warnings = [w.message for w in linked.warnings]
        warnings.extend(self.image_warnings)
        if self.low_quality:
            warnings.append(
                f"{self.low_quality:,} images hashed below PDQ quality {cfg.photo_min_quality} were ignored"
            )
        if self.remote:
            warnings.append(f"{self.remote:,} image references are URLs; Clew never fetches them (offline)")
        if self.unhashed:
            warnings.append(
                f"{self.unhashed:,} documents have images but photo hashing needs clew[link] (pdqhash, Pillow)"
            )
        described: list[dict[str, Any]] = []
        if self.ctx.describe:
            result = linked.result(singletons=False)
            for net in result.networks:
                described.append(
                    describe_network(
                        net,
                        [self.facts[d] for d in net.documents],
                        self.texts,
                        bridges=result.bridges.get(net.id, []),
                        max_template_members=cfg.max_template_members,
                    )
                )
        return StreamResult(assignments=assignments, described=described, warnings=warnings, stats=linked.stats)


def make_context(
    *,
    default_region: str = "US",
    hub_cap: int | None = None,
    template_similarity: float | None = None,
    photos: bool = True,
    image_base: Path | None = None,
    describe: bool = False,
    config: LinkConfig | None = None,
    source_file: str = "",
    max_chars: int = 0,
) -> FeatureContext:
    cfg = config or LinkConfig()
    if hub_cap is not None:
        cfg = replace(cfg, hub_cap=hub_cap)
    if template_similarity is not None:
        cfg = replace(cfg, template_similarity=template_similarity)
    return FeatureContext(
        config=cfg,
        default_region=default_region,
        hash_photos=photos and photo_hash.available(),
        photos_requested=photos,
        image_base=image_base,
        describe=describe,
        source_file=source_file,
        max_chars=max_chars,
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
    """Link documents already in memory, in this process."""
    ctx = make_context(
        default_region=default_region,
        hub_cap=hub_cap,
        template_similarity=template_similarity,
        photos=photos,
        image_base=image_base,
        describe=describe,
        config=config,
    )
    collector = _Collector(ctx)
    for count, doc in enumerate(documents, start=1):
        collector.add(document_features(ctx, doc))
        if progress:
            progress(count)
    return collector.finish()


def link_lines(
    lines: Iterable[tuple[int, bytes]],
    ctx: FeatureContext,
    *,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> tuple[StreamResult, list[str]]:
    """Link numbered JSON lines (``clew link``); returns the result and the rejected lines' errors.

    The per-document work runs in ``jobs`` forked workers; the output does not depend
    on ``jobs``.
    """
    collector = _Collector(ctx)
    errors: list[str] = []
    count = 0
    for item in features_of_lines(ctx, lines, jobs=jobs):
        if item.features is None:
            message = item.error or f"{ctx.source_file}, line {item.number}: rejected"
            errors.append(message)
            if on_error:
                on_error(message)
            continue
        collector.add(item.features)
        count += 1
        if progress:
            progress(count)
    return collector.finish(), errors


def default_jobs() -> int:
    """Worker processes to use when the user does not say: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
