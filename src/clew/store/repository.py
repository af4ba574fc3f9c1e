"""Reading and writing the workspace: keyword-only functions over a ``Store``.

Writes happen in batches, one transaction each, so a run that is killed half-way
leaves every batch either fully stored or not at all; running it again stores the
rest (content hashes make ingest idempotent).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from itertools import islice
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Float,
    Integer,
    Select,
    and_,
    column,
    delete,
    func,
    insert,
    literal_column,
    or_,
    select,
    text,
    update,
)

from clew.errors import InputError, NotFoundError
from clew.ingest.base import SourceRecord
from clew.model import FLAGGED_LEVELS, LEVELS, TYPOLOGIES, Analysis, Document
from clew.store import Store
from clew.store.networks import get_network as get_network
from clew.store.networks import link_warning_list as link_warning_list
from clew.store.networks import list_networks as list_networks
from clew.store.networks import rebuild_networks as rebuild_networks
from clew.store.schema import (
    analyses,
    documents,
    entities,
    indicator_hits,
    ingest_runs,
    network_members,
    provenance,
    quarantine,
    typology_scores,
)

Progress = Callable[[int], None]


def _now() -> datetime:
    return datetime.now(UTC)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def content_hash(doc: Document) -> str:
    """SHA-256 of what a document says (not of its id): equal content is stored once."""
    payload = {
        "text": doc.text,
        "title": doc.title,
        "url": doc.url,
        "country": doc.country,
        "lang": doc.lang,
        "posted_at": doc.posted_at.isoformat() if doc.posted_at else None,
        "source": doc.source,
        "images": doc.images,
    }
    raw = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _doc_row(doc: Document, digest: str, now: datetime) -> dict[str, Any]:
    return {
        "doc_id": doc.id,
        "content_sha256": digest,
        "text": doc.text,
        "title": doc.title,
        "url": doc.url,
        "country": doc.country,
        "lang": doc.lang,
        "posted_at": _to_utc(doc.posted_at),
        "source": doc.source,
        "images": list(doc.images),
        "updated_at": now,
    }


def _utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything Clew stores is UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _to_utc(value: datetime | None) -> datetime | None:
    """Store every time in UTC (a time without zone is taken as UTC)."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _iso(value: datetime | None) -> str | None:
    value = _utc(value)
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


def row_to_document(row: Any) -> Document:
    return Document(
        id=row.doc_id,
        text=row.text,
        title=row.title,
        url=row.url,
        country=row.country,
        lang=row.lang,
        posted_at=_utc(row.posted_at),
        source=row.source,
        images=row.images or [],
    )


# --------------------------------------------------------------------------- ingest


@dataclass
class IngestReport:
    run_id: int
    read: int = 0
    stored: int = 0
    updated: int = 0
    duplicates: int = 0
    rejected: int = 0
    errors: list[str] = field(default_factory=list)
    """The first rejections, as "file, position: reason" lines."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "run": self.run_id,
            "read": self.read,
            "stored": self.stored,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
        }


def ingest(
    store: Store,
    records: Iterable[SourceRecord],
    *,
    source: str,
    fmt: str,
    batch_size: int = 500,
    max_chars: int = 2_000_000,
    progress: Progress | None = None,
    keep_errors: int = 50,
) -> IngestReport:
    """Store good records (once per content), quarantine bad ones with their reason."""
    with store.engine.begin() as conn:
        run_id = conn.execute(
            insert(ingest_runs)
            .values(
                source=source,
                format=fmt,
                started_at=_now(),
                status="running",
                read=0,
                stored=0,
                updated=0,
                duplicates=0,
                rejected=0,
            )
            .returning(ingest_runs.c.id)
        ).scalar_one()
    report = IngestReport(run_id=run_id)
    try:
        for batch in _batches(records, batch_size):
            with store.engine.begin() as conn:
                _ingest_batch(conn, batch, report, max_chars=max_chars, keep_errors=keep_errors)
                conn.execute(update(ingest_runs).where(ingest_runs.c.id == run_id).values(**_counts(report)))
            if progress:
                progress(report.read)
    except BaseException:
        with store.engine.begin() as conn:
            conn.execute(
                update(ingest_runs)
                .where(ingest_runs.c.id == run_id)
                .values(status="failed", finished_at=_now(), **_counts(report))
            )
        raise
    with store.engine.begin() as conn:
        conn.execute(
            update(ingest_runs)
            .where(ingest_runs.c.id == run_id)
            .values(status="completed", finished_at=_now(), **_counts(report))
        )
    return report


def _counts(report: IngestReport) -> dict[str, int]:
    return {k: v for k, v in report.as_dict().items() if k != "run"}


def _reject(conn: Connection, report: IngestReport, rec: SourceRecord, reason: str, keep: int) -> None:
    conn.execute(
        insert(quarantine).values(
            run_id=report.run_id,
            source_file=rec.source_file,
            position=rec.position,
            reason=reason,
            raw_sha256=rec.raw_sha256,
            raw_excerpt=rec.raw_excerpt,
            created_at=_now(),
        )
    )
    report.rejected += 1
    if len(report.errors) < keep:
        report.errors.append(f"{rec.where}: {reason}")


def _ingest_batch(
    conn: Connection, batch: list[SourceRecord], report: IngestReport, *, max_chars: int, keep_errors: int
) -> None:
    now = _now()
    good: list[tuple[SourceRecord, Document, str]] = []
    for rec in batch:
        report.read += 1
        if rec.document is None:
            _reject(conn, report, rec, rec.error or "unreadable record", keep_errors)
            continue
        size = len(rec.document.text)
        if size > max_chars:
            _reject(
                conn,
                report,
                rec,
                f"the text is {size:,} characters long; the limit is {max_chars:,} "
                "(raise CLEW_MAX_DOCUMENT_CHARS to accept it)",
                keep_errors,
            )
            continue
        good.append((rec, rec.document, content_hash(rec.document)))
    if not good:
        return
    ids = {doc.id for _, doc, _ in good}
    hashes = {h for _, _, h in good}
    by_hash: dict[str, int] = dict(
        conn.execute(
            select(documents.c.content_sha256, documents.c.pk).where(documents.c.content_sha256.in_(hashes))
        ).all()
    )
    by_id: dict[str, int] = dict(
        conn.execute(select(documents.c.doc_id, documents.c.pk).where(documents.c.doc_id.in_(ids))).all()
    )
    # Decide for every record, then write new documents with one multi-row insert.
    # ``by_hash`` maps content to a stored pk or to the id of a row still pending in
    # this batch; a known id with new content whose row is pending is flushed first.
    located: dict[str, int | str] = dict(by_hash)
    pending: dict[str, dict[str, Any]] = {}
    placed: list[tuple[SourceRecord, str, int | str]] = []

    def flush() -> None:
        if pending:
            rows = conn.execute(
                insert(documents).returning(documents.c.doc_id, documents.c.pk, sort_by_parameter_order=True),
                list(pending.values()),
            ).all()
            by_id.update({doc_id: pk for doc_id, pk in rows})
            pending.clear()

    for rec, doc, digest in good:
        if digest in located:
            report.duplicates += 1
        elif doc.id in by_id or doc.id in pending:
            flush()
            conn.execute(update(documents).where(documents.c.pk == by_id[doc.id]).values(**_doc_row(doc, digest, now)))
            located[digest] = by_id[doc.id]
            report.updated += 1
        else:
            pending[doc.id] = _doc_row(doc, digest, now) | {"created_at": now}
            located[digest] = doc.id
            report.stored += 1
        placed.append((rec, digest, located[digest]))
    flush()
    prov: list[dict[str, Any]] = [
        {
            "document_pk": by_id[ref] if isinstance(ref, str) else ref,
            "run_id": report.run_id,
            "source_file": rec.source_file,
            "position": rec.position,
            "url": rec.url,
            "captured_at": _to_utc(rec.captured_at),
            "raw_sha256": rec.raw_sha256,
            "content_sha256": digest,
            "ingested_at": now,
        }
        for rec, digest, ref in placed
    ]
    # Reading the same record again adds no provenance: ingest is idempotent.
    seen: set[tuple[Any, ...]] = set(
        conn.execute(
            select(
                provenance.c.document_pk, provenance.c.source_file, provenance.c.position, provenance.c.raw_sha256
            ).where(provenance.c.document_pk.in_({p["document_pk"] for p in prov}))
        ).all()
    )
    fresh = []
    for p in prov:
        key = (p["document_pk"], p["source_file"], p["position"], p["raw_sha256"])
        if key not in seen:
            seen.add(key)
            fresh.append(p)
    if fresh:
        conn.execute(insert(provenance), fresh)


def quarantined(store: Store, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = (
            conn.execute(select(quarantine).order_by(quarantine.c.id.desc()).limit(limit).offset(offset))
            .mappings()
            .all()
        )
    return [dict(r) for r in rows]


# --------------------------------------------------------------------------- process


def _pending(version: str) -> Select[Any]:
    return (
        select(documents)
        .outerjoin(analyses, analyses.c.document_pk == documents.c.pk)
        .where(
            or_(
                analyses.c.document_pk.is_(None),
                analyses.c.content_sha256 != documents.c.content_sha256,
                analyses.c.pipeline_version != version,
            )
        )
    )


def count_pending(store: Store, *, version: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(_pending(version).subquery())).scalar_one())


def process(
    store: Store,
    *,
    version: str,
    analyze: Callable[[Iterable[Document]], Iterable[Analysis]],
    batch_size: int = 500,
    progress: Progress | None = None,
) -> int:
    """Analyse every document that is new, changed, or analysed by another version.

    ``analyze`` turns a stream of documents into analyses in the same order (it may
    use worker processes); results are written one batch per transaction while the
    next batch is being analysed.
    """
    keys: list[tuple[int, str]] = []

    def pending_documents() -> Iterator[Document]:
        last_pk = 0
        while True:
            with store.engine.connect() as conn:
                rows = conn.execute(
                    _pending(version).where(documents.c.pk > last_pk).order_by(documents.c.pk).limit(batch_size)
                ).all()
            if not rows:
                return
            last_pk = rows[-1].pk
            for row in rows:
                keys.append((row.pk, row.content_sha256))
                yield row_to_document(row)

    done = 0
    for results in _batches(analyze(pending_documents()), batch_size):
        batch_keys, keys[: len(results)] = keys[: len(results)], []
        with store.engine.begin() as conn:
            save_analyses(conn, batch_keys, results, version=version)
        done += len(results)
        if progress:
            progress(done)
    return done


def save_analyses(
    conn: Connection, keys: Sequence[tuple[int, str]], results: Sequence[Analysis], *, version: str
) -> None:
    pks = [pk for pk, _ in keys]
    for table in (analyses, typology_scores, entities, indicator_hits):
        conn.execute(delete(table).where(table.c.document_pk.in_(pks)))
    now = _now()
    a_rows: list[dict[str, Any]] = []
    t_rows: list[dict[str, Any]] = []
    e_rows: list[dict[str, Any]] = []
    h_rows: list[dict[str, Any]] = []
    for (pk, digest), result in zip(keys, results, strict=True):
        a_rows.append(
            {
                "document_pk": pk,
                "content_sha256": digest,
                "pipeline_version": version,
                "lang": result.lang,
                "risk": result.risk,
                "flagged": bool(result.flagged()),
                "result": result.model_dump(mode="json"),
                "processed_at": now,
            }
        )
        t_rows.extend(
            {"document_pk": pk, "typology": t, "score": s.score, "level": s.level} for t, s in result.typologies.items()
        )
        e_rows.extend(
            {"document_pk": pk, "type": e.type, "value": e.value, "field": e.field, "start": e.start, "end": e.end}
            for e in result.entities
        )
        h_rows.extend(
            {
                "document_pk": pk,
                "indicator_id": h.id,
                "pack": h.pack,
                "version": h.version,
                "field": h.field,
                "start": h.start,
                "end": h.end,
                "weight": h.weight,
            }
            for h in result.indicators
        )
    for table, rows in ((analyses, a_rows), (typology_scores, t_rows), (entities, e_rows), (indicator_hits, h_rows)):
        if rows:
            conn.execute(insert(table), rows)


# --------------------------------------------------------------------------- networks


# Linking lives in clew.store.networks (features cached per document, the graph rebuilt
# over all of them so incremental equals full); its entry points are imported above:
# rebuild_networks, get_network, list_networks, link_warning_list.


# --------------------------------------------------------------------------- search


_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def fts5_query(query: str) -> str:
    """Turn a user's query into safe FTS5 syntax with the meaning PostgreSQL's
    ``websearch_to_tsquery`` gives it: words and "phrases" must all occur, ``OR``
    separates alternatives (and binds looser than the implicit AND), ``-word``
    excludes a word from its alternative."""
    groups: list[tuple[list[str], list[str]]] = [([], [])]
    for m in _TOKEN.finditer(query):
        phrase, word = m.group(1), m.group(2)
        if word == "OR":
            if groups[-1][0]:
                groups.append(([], []))
            continue
        neg = word is not None and word.startswith("-") and len(word) > 1
        term = (phrase if phrase is not None else word[1:] if neg else word).replace('"', "").strip()
        if term:
            groups[-1][1 if neg else 0].append(f'"{term}"')
    parts = []
    for positive, negative in groups:
        if not positive:
            continue
        expr = " ".join(positive)
        for term in negative:
            expr = f"({expr}) NOT {term}"
        parts.append(f"({expr})")
    if not parts:
        raise InputError("the query needs at least one word to look for", where="q")
    return " OR ".join(parts)


@dataclass(frozen=True)
class SearchFilters:
    q: str | None = None
    typology: str | None = None
    level: str | None = None
    flagged: bool | None = None
    country: str | None = None
    city: str | None = None
    """A city named in the text: ``Houston,US`` exactly, or ``Houston`` in any country."""
    lang: str | None = None
    source: str | None = None
    identifier_type: str | None = None
    identifier_value: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    min_network_size: int | None = None

    def validate(self) -> None:
        if self.typology and self.typology not in TYPOLOGIES:
            raise InputError(f"unknown typology {self.typology!r}; one of {', '.join(TYPOLOGIES)}", where="typology")
        if self.level and self.level not in LEVELS:
            raise InputError(f"unknown level {self.level!r}; one of {', '.join(LEVELS)}", where="level")
        if self.level and not self.typology:
            raise InputError("a level filter needs a typology", where="level")


SORTS = ("risk", "posted_at", "oldest", "network_size", "relevance")


def search(
    store: Store,
    *,
    filters: SearchFilters,
    sort: str = "risk",
    limit: int = 20,
    offset: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """Documents matching the query and filters: (total, one page of summaries).

    Two phases keep it fast on large workspaces: the count and the ordering run on
    narrow rows (primary keys, with only the joins a filter or the sort needs), then
    the wide columns (text, analysis) are read for the one page shown.
    """
    filters.validate()
    if sort not in SORTS:
        raise InputError(f"unknown sort {sort!r}; one of {', '.join(SORTS)}", where="sort")
    if sort == "relevance" and not filters.q:
        raise InputError("sorting by relevance needs a query", where="sort")
    cond: list[ColumnElement[bool]] = []
    joins: list[tuple[Any, ColumnElement[bool]]] = []
    rank_join: tuple[Any, ColumnElement[bool]] | None = None
    need_analyses = sort in ("risk", "network_size") or filters.flagged is not None or bool(filters.lang)
    need_members = sort == "network_size" or bool(filters.min_network_size)
    risk_desc = analyses.c.risk.desc().nulls_last()
    order: list[Any] = [risk_desc, documents.c.pk]
    if sort == "posted_at":
        order = [documents.c.posted_at.desc().nulls_last(), documents.c.pk]
    elif sort == "oldest":
        order = [documents.c.posted_at.asc().nulls_last(), documents.c.pk]
    elif sort == "network_size":
        order = [network_members.c.network_size.desc().nulls_last(), risk_desc, documents.c.pk]
    if filters.q:
        expr = fts5_query(filters.q)  # validates the query the same way on every database
        rank: ColumnElement[Any]
        if store.dialect == "sqlite":
            # Matching keys for the count and the other sorts; bm25 only when ranking by it.
            matching = (
                text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q")
                .bindparams(q=expr)
                .columns(column("rowid", Integer))
            )
            cond.append(documents.c.pk.in_(matching))
            fts = (
                text("SELECT rowid AS pk, bm25(documents_fts) AS rank FROM documents_fts WHERE documents_fts MATCH :r")
                .bindparams(r=expr)
                .columns(column("pk", Integer), column("rank", Float))
                .subquery("fts")
            )
            if sort == "relevance":
                rank_join = (fts, fts.c.pk == documents.c.pk)
            rank = fts.c.rank
        else:
            tsq = func.websearch_to_tsquery("simple", filters.q)
            search_col: ColumnElement[Any] = literal_column("documents.search")
            cond.append(search_col.op("@@")(tsq))
            rank = -func.ts_rank(search_col, tsq)
        if sort == "relevance":
            order = [rank, documents.c.pk]
    if filters.typology:
        ts = typology_scores.alias("ts")
        levels = [filters.level] if filters.level else sorted(FLAGGED_LEVELS)
        joins.append((ts, and_(ts.c.document_pk == documents.c.pk, ts.c.typology == filters.typology)))
        cond.append(ts.c.level.in_(levels))
    if filters.flagged is not None:
        cond.append(analyses.c.flagged.is_(filters.flagged))
    if filters.country:
        cond.append(documents.c.country == filters.country.upper())
    if filters.city:
        cond.append(documents.c.pk.in_(_city_documents(filters.city)))
    if filters.lang:
        cond.append(func.coalesce(documents.c.lang, analyses.c.lang) == filters.lang.lower())
    if filters.source:
        cond.append(documents.c.source == filters.source)
    if filters.date_from:
        cond.append(documents.c.posted_at >= datetime.combine(filters.date_from, time.min, UTC))
    if filters.date_to:
        cond.append(documents.c.posted_at <= datetime.combine(filters.date_to, time.max, UTC))
    if filters.min_network_size:
        cond.append(network_members.c.network_size >= filters.min_network_size)
    if filters.identifier_type or filters.identifier_value:
        sub = select(entities.c.document_pk)
        if filters.identifier_type:
            sub = sub.where(entities.c.type == filters.identifier_type)
        if filters.identifier_value:
            sub = sub.where(entities.c.value == filters.identifier_value)
        cond.append(documents.c.pk.in_(sub))

    def narrow(*columns: Any, ordering: bool, with_analyses: bool = True) -> Select[Any]:
        frm: Any = documents
        for table, on in joins:
            frm = frm.join(table, on)
        if ordering and rank_join is not None:
            frm = frm.join(*rank_join)
        if with_analyses and need_analyses and (ordering or filters.flagged is not None or filters.lang):
            frm = frm.outerjoin(analyses, analyses.c.document_pk == documents.c.pk)
        if need_members and (ordering or filters.min_network_size):
            frm = frm.outerjoin(network_members, network_members.c.document_pk == documents.c.pk)
        stmt = select(*columns).select_from(frm)
        return stmt.where(and_(*cond)) if cond else stmt

    with store.engine.connect() as conn:
        total = int(conn.execute(narrow(func.count(), ordering=False)).scalar_one())
        selective = bool(
            filters.q
            or filters.identifier_type
            or filters.identifier_value
            or filters.city
            or filters.date_from
            or filters.date_to
            or filters.min_network_size
        )
        if sort == "risk" and not selective:  # few rows match a selective filter: sorting them is cheaper
            keys = _riskiest_first(conn, narrow, limit=limit, offset=offset)
        else:
            keys = [
                pk
                for (pk,) in conn.execute(
                    narrow(documents.c.pk, ordering=True).order_by(*order).limit(limit).offset(offset)
                ).all()
            ]
        rows = (
            conn.execute(
                select(
                    documents.c.pk,
                    documents.c.doc_id,
                    documents.c.title,
                    documents.c.text,
                    documents.c.url,
                    documents.c.country,
                    documents.c.lang,
                    documents.c.posted_at,
                    documents.c.source,
                    analyses.c.risk,
                    analyses.c.flagged,
                    analyses.c.result,
                    network_members.c.network_id,
                    network_members.c.network_size,
                )
                .select_from(documents)
                .outerjoin(analyses, analyses.c.document_pk == documents.c.pk)
                .outerjoin(network_members, network_members.c.document_pk == documents.c.pk)
                .where(documents.c.pk.in_(keys))
            ).all()
            if keys
            else []
        )
    by_pk = {r.pk: r for r in rows}
    return total, [_summary(by_pk[pk]) for pk in keys if pk in by_pk]


def _riskiest_first(conn: Connection, narrow: Callable[..., Select[Any]], *, limit: int, offset: int) -> list[int]:
    """One page of keys by risk, highest first, then documents not analysed yet.

    Analysed documents are read in the order of the index on ``analyses.risk``
    (ties by newest key first), so a page costs a few rows, not a sort of the
    workspace; documents without an analysis follow, oldest key first.
    """
    analysed = (
        narrow(documents.c.pk, ordering=False, with_analyses=False)
        .join(analyses, analyses.c.document_pk == documents.c.pk)
        .order_by(analyses.c.risk.desc(), analyses.c.document_pk.desc())
    )
    keys = [pk for (pk,) in conn.execute(analysed.limit(limit).offset(offset)).all()]
    if len(keys) == limit:
        return keys
    if keys:
        seen = offset + len(keys)
    else:
        seen = int(conn.execute(select(func.count()).select_from(analysed.order_by(None).subquery())).scalar_one())
    pending = (
        narrow(documents.c.pk, ordering=False, with_analyses=False)
        .outerjoin(analyses, analyses.c.document_pk == documents.c.pk)
        .where(analyses.c.document_pk.is_(None))
        .order_by(documents.c.pk)
    )
    rest = conn.execute(pending.limit(limit - len(keys)).offset(max(0, offset - seen))).all()
    return keys + [pk for (pk,) in rest]


def _city_documents(city: str) -> Select[Any]:
    """Documents naming a city: ``Houston,US`` exactly, or ``Houston`` in any country.

    A name without country becomes index range scans over ``city:Name,`` for the
    spellings people type (as typed, Capitalised, Title Case) — GeoNames names are
    capitalised — rather than a case-insensitive scan of every location.
    """
    city = city.strip().removeprefix("city:")
    places = select(entities.c.document_pk).where(entities.c.type == "location")
    if "," in city:
        name, _, cc = city.rpartition(",")
        return places.where(entities.c.value == f"city:{name.strip()},{cc.strip().upper()}")
    spellings = {city, city[:1].upper() + city[1:], city.title(), city.lower().capitalize()}
    ranges = [
        and_(entities.c.value >= f"city:{name},", entities.c.value < f"city:{name}-") for name in sorted(spellings)
    ]
    return places.where(or_(*ranges))


def _summary(row: Any) -> dict[str, Any]:
    result = row.result or {}
    flagged = {t: s["level"] for t, s in result.get("typologies", {}).items() if s["level"] in FLAGGED_LEVELS}
    return {
        "id": row.doc_id,
        "title": row.title,
        "snippet": row.text[:240],
        "url": row.url,
        "country": row.country,
        "lang": row.lang or result.get("lang"),
        "posted_at": _iso(row.posted_at),
        "source": row.source,
        "risk": row.risk,
        "flagged": flagged,
        "network": row.network_id,
        "network_size": row.network_size,
    }


# --------------------------------------------------------------------------- read


def get_document(store: Store, *, doc_id: str) -> dict[str, Any]:
    """A document with its analysis, provenance, network and identifier pivots."""
    with store.engine.connect() as conn:
        row = conn.execute(
            select(
                documents,
                analyses.c.result,
                analyses.c.pipeline_version,
                analyses.c.processed_at,
                analyses.c.content_sha256.label("analysed_sha256"),
                network_members.c.network_id,
                network_members.c.network_size,
            )
            .outerjoin(analyses, analyses.c.document_pk == documents.c.pk)
            .outerjoin(network_members, network_members.c.document_pk == documents.c.pk)
            .where(documents.c.doc_id == doc_id)
        ).first()
        if row is None:
            raise NotFoundError(f"no document with id {doc_id!r}")
        prov = (
            conn.execute(select(provenance).where(provenance.c.document_pk == row.pk).order_by(provenance.c.id))
            .mappings()
            .all()
        )
        pivots: list[dict[str, Any]] = []
        if row.result:
            values = sorted({(e["type"], e["value"]) for e in row.result["entities"]})
            counts: dict[tuple[str, str], int] = {}
            if values:  # one grouped query for all identifiers, not one per identifier
                counts = {
                    (kind, value): int(n)
                    for kind, value, n in conn.execute(
                        select(entities.c.type, entities.c.value, func.count(func.distinct(entities.c.document_pk)))
                        .where(_any_identifier(values), entities.c.document_pk != row.pk)
                        .group_by(entities.c.type, entities.c.value)
                    ).all()
                }
            pivots = [{"type": k, "value": v, "other_documents": counts.get((k, v), 0)} for k, v in values]
    doc = row_to_document(row).model_dump(mode="json")
    stale = row.result is not None and row.analysed_sha256 != row.content_sha256
    return {
        "document": doc,
        "content_sha256": row.content_sha256,
        "analysis": row.result,
        "analysis_stale": stale,
        "pipeline_version": row.pipeline_version,
        "processed_at": _iso(row.processed_at),
        "network": {"id": row.network_id, "size": row.network_size} if row.network_id else None,
        "identifiers": pivots,
        "provenance": [
            {
                k: (v.isoformat() if isinstance(v, datetime) else v)
                for k, v in p.items()
                if k not in ("id", "document_pk")
            }
            for p in prov
        ],
    }


def _any_identifier(pairs: Sequence[tuple[str, str]]) -> ColumnElement[bool]:
    """``(type, value)`` is one of ``pairs``, written as ORs so every database uses the (type, value) index."""
    return or_(*(and_(entities.c.type == kind, entities.c.value == value) for kind, value in pairs))


def stats(store: Store) -> dict[str, Any]:
    with store.engine.connect() as conn:

        def scalar(stmt: Any) -> int:
            return int(conn.execute(stmt).scalar_one() or 0)

        levels = conn.execute(
            select(typology_scores.c.typology, typology_scores.c.level, func.count()).group_by(
                typology_scores.c.typology, typology_scores.c.level
            )
        ).all()
        by_typology = {t: dict.fromkeys(LEVELS, 0) for t in TYPOLOGIES}
        for typology, level, count in levels:
            if typology in by_typology:
                by_typology[typology][level] = int(count)
        runs = conn.execute(select(ingest_runs.c.status, func.count()).group_by(ingest_runs.c.status)).all()
        return {
            "documents": scalar(select(func.count()).select_from(documents)),
            "analysed": scalar(select(func.count()).select_from(analyses)),
            "flagged": scalar(select(func.count()).select_from(analyses).where(analyses.c.flagged.is_(True))),
            "typologies": by_typology,
            "networks": scalar(
                select(func.count(func.distinct(network_members.c.network_id))).where(
                    network_members.c.network_size > 1
                )
            ),
            "linked_documents": scalar(
                select(func.count()).select_from(network_members).where(network_members.c.network_size > 1)
            ),
            "entities": scalar(select(func.count()).select_from(entities)),
            "quarantined": scalar(select(func.count()).select_from(quarantine)),
            "ingest_runs": {status: int(n) for status, n in runs},
        }
