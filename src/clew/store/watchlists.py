"""Watchlists and alerts: what an analyst wants to hear about when new material arrives.

A watch is one of three kinds:

- ``identifier`` — ``TYPE:VALUE`` such as ``phone:+12135550127`` or
  ``email:someone@example.com`` (the value is read by the identifier type itself, so
  ``phone:213-555-0127`` works too);
- ``query`` — a full-text query with the search syntax (words, "phrases", ``OR``,
  ``-word``);
- ``indicator`` — a rule hit: an indicator id (``se.third_party_control``) or a
  typology name (``labour_exploitation``: flagged medium or high).

:func:`raise_alerts` runs after ``clew process`` over the documents analysed in
that run and stores one alert per watch and document (never twice), so only new
matches alert. A new watch does not alert on what is already stored; the watch
page shows how many stored documents match it now, as a search to open.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Float,
    Integer,
    column,
    func,
    insert,
    literal_column,
    select,
    text,
    update,
)

from clew.errors import InputError, NotFoundError
from clew.model import FLAGGED_LEVELS, TYPOLOGIES, Document
from clew.store import Store
from clew.store.audit import record
from clew.store.repository import fts5_query
from clew.store.schema import (
    alerts,
    analyses,
    documents,
    entities,
    indicator_hits,
    typology_scores,
    watchlists,
)
from clew.web.principal import Principal

KINDS: tuple[str, ...] = ("identifier", "query", "indicator")
INDICATOR_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
CHUNK = 500


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def normalize_watch(kind: str, value: str, *, default_region: str = "US") -> str:
    """The stored form of a watch value; raises :class:`InputError` naming the field when it cannot match."""
    value = value.strip()
    if kind not in KINDS:
        raise InputError(f"unknown watch kind {kind!r}; one of {', '.join(KINDS)}", where="kind")
    if not value:
        raise InputError("the value to watch is empty", where="value")
    if len(value) > 500:
        raise InputError("the value to watch is longer than 500 characters", where="value")
    if kind == "query":
        fts5_query(value)  # the same check search makes
        return value
    if kind == "indicator":
        value = value.lower()
        if value not in TYPOLOGIES and not INDICATOR_ID.match(value):
            raise InputError(
                f"{value!r} is neither an indicator id (like se.third_party_control) "
                f"nor a typology: {', '.join(TYPOLOGIES)}",
                where="value",
            )
        return value
    from clew.identifiers import REGISTRY, extract

    id_type, sep, raw = value.partition(":")
    id_type = id_type.strip().lower()
    if not sep or not raw.strip():
        raise InputError("an identifier watch is TYPE:VALUE, e.g. phone:+12135550127", where="value")
    if id_type not in REGISTRY:
        raise InputError(f"unknown identifier type {id_type!r}; one of {', '.join(sorted(REGISTRY))}", where="value")
    raw = raw.strip()
    # Let the identifier type read the value as it reads an ad, so any written form finds the canonical one.
    found = {
        e.value for e in extract(Document(id="watch", text=raw), default_region=default_region) if e.type == id_type
    }
    if len(found) == 1:
        return f"{id_type}:{found.pop()}"
    return f"{id_type}:{raw}"


def create_watch(
    store: Store, *, name: str, kind: str, value: str, actor: Principal, default_region: str = "US"
) -> dict[str, Any]:
    name = " ".join(name.split())[:200]
    value = normalize_watch(kind, value, default_region=default_region)
    if not name:
        name = value
    with store.engine.begin() as conn:
        if conn.execute(select(watchlists.c.id).where(watchlists.c.kind == kind, watchlists.c.value == value)).first():
            raise InputError(f"{kind} {value!r} is watched already", where="value")
        result = conn.execute(
            insert(watchlists).values(
                name=name, kind=kind, value=value, active=True, created_by=actor.name, created_at=_now()
            )
        )
        pk = result.inserted_primary_key
        assert pk is not None
        watch_id = int(pk[0])
        record(store, actor, "create", f"watchlist:{watch_id}", {"kind": kind, "value": value}, conn=conn)
    return get_watch(store, watch_id)


def _watch_row(r: Any) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": r.name,
        "kind": r.kind,
        "value": r.value,
        "active": bool(r.active),
        "created_by": r.created_by,
        "created_at": _iso(r.created_at),
    }


def get_watch(store: Store, watch_id: int) -> dict[str, Any]:
    with store.engine.connect() as conn:
        row = conn.execute(select(watchlists).where(watchlists.c.id == watch_id)).first()
    if row is None:
        raise NotFoundError(f"no watch {watch_id}")
    return _watch_row(row)


def list_watches(store: Store) -> list[dict[str, Any]]:
    """Every watch with how many alerts it raised and how many are still new."""
    counts = (
        select(
            alerts.c.watchlist_id,
            func.count().label("total"),
            func.sum(func.cast(alerts.c.status == "new", Integer)).label("new"),
        )
        .group_by(alerts.c.watchlist_id)
        .subquery("counts")
    )
    stmt = (
        select(
            watchlists, func.coalesce(counts.c.total, 0).label("alerts"), func.coalesce(counts.c.new, 0).label("new")
        )
        .outerjoin(counts, counts.c.watchlist_id == watchlists.c.id)
        .order_by(watchlists.c.id.desc())
    )
    with store.engine.connect() as conn:
        return [{**_watch_row(r), "alerts": int(r.alerts), "new_alerts": int(r.new)} for r in conn.execute(stmt)]


def set_active(store: Store, watch_id: int, *, active: bool, actor: Principal) -> dict[str, Any]:
    with store.engine.begin() as conn:
        if conn.execute(select(watchlists.c.id).where(watchlists.c.id == watch_id)).first() is None:
            raise NotFoundError(f"no watch {watch_id}")
        conn.execute(update(watchlists).where(watchlists.c.id == watch_id).values(active=active))
        record(store, actor, "update", f"watchlist:{watch_id}", {"active": active}, conn=conn)
    return get_watch(store, watch_id)


def delete_watch(store: Store, watch_id: int, *, actor: Principal) -> None:
    """Remove a watch and its alerts (the audit log keeps that it existed)."""
    with store.engine.begin() as conn:
        row = conn.execute(select(watchlists).where(watchlists.c.id == watch_id)).first()
        if row is None:
            raise NotFoundError(f"no watch {watch_id}")
        conn.execute(alerts.delete().where(alerts.c.watchlist_id == watch_id))
        conn.execute(watchlists.delete().where(watchlists.c.id == watch_id))
        record(store, actor, "delete", f"watchlist:{watch_id}", {"kind": row.kind, "value": row.value}, conn=conn)


# --------------------------------------------------------------------------- matching


def _matching(conn: Connection, dialect: str, kind: str, value: str, pks: Sequence[int] | None) -> list[int]:
    """Document keys among ``pks`` (all documents when ``None``) that match one watch."""
    key: ColumnElement[Any]
    if kind == "identifier":
        id_type, _, id_value = value.partition(":")
        stmt = select(entities.c.document_pk).distinct().where(entities.c.type == id_type, entities.c.value == id_value)
        key = entities.c.document_pk
    elif kind == "indicator" and value in TYPOLOGIES:
        stmt = select(typology_scores.c.document_pk).where(
            typology_scores.c.typology == value, typology_scores.c.level.in_(sorted(FLAGGED_LEVELS))
        )
        key = typology_scores.c.document_pk
    elif kind == "indicator":
        stmt = select(indicator_hits.c.document_pk).distinct().where(indicator_hits.c.indicator_id == value)
        key = indicator_hits.c.document_pk
    elif dialect == "sqlite":
        fts = (
            text("SELECT rowid AS pk, 0.0 AS rank FROM documents_fts WHERE documents_fts MATCH :q")
            .bindparams(q=fts5_query(value))
            .columns(column("pk", Integer), column("rank", Float))
            .subquery("fts")
        )
        stmt = select(fts.c.pk)
        key = fts.c.pk
    else:
        stmt = select(documents.c.pk).where(
            literal_column("documents.search").op("@@")(func.websearch_to_tsquery("simple", value))
        )
        key = documents.c.pk
    if pks is not None:
        stmt = stmt.where(key.in_(list(pks)))
    return [int(r[0]) for r in conn.execute(stmt)]


def count_matches(store: Store, watch_id: int) -> int:
    """How many stored documents match a watch now (whether or not they alerted)."""
    watch = get_watch(store, watch_id)
    with store.engine.connect() as conn:
        return len(_matching(conn, store.dialect, watch["kind"], watch["value"], None))


def raise_alerts(store: Store, *, document_pks: Iterable[int] | None = None, since: datetime | None = None) -> int:
    """Store an alert for every active watch that matches a newly analysed document; returns how many.

    The documents are ``document_pks``, or those analysed at or after ``since``
    (``clew process`` passes the time its run started). A watch alerts once per
    document: processing the same document again raises nothing new.
    """
    if document_pks is None and since is None:
        raise ValueError("raise_alerts needs document_pks or since")
    with store.engine.connect() as conn:
        watches = conn.execute(select(watchlists).where(watchlists.c.active.is_(True))).all()
        if not watches:
            return 0
        if document_pks is None:
            assert since is not None
            pks = [
                int(r[0]) for r in conn.execute(select(analyses.c.document_pk).where(analyses.c.processed_at >= since))
            ]
        else:
            pks = sorted(set(document_pks))
    raised = 0
    now = _now()
    for start in range(0, len(pks), CHUNK):
        chunk = pks[start : start + CHUNK]
        with store.engine.begin() as conn:
            for watch in watches:
                hits = _matching(conn, store.dialect, watch.kind, watch.value, chunk)
                if not hits:
                    continue
                known = {
                    int(r[0])
                    for r in conn.execute(
                        select(alerts.c.document_pk).where(
                            alerts.c.watchlist_id == watch.id, alerts.c.document_pk.in_(hits)
                        )
                    )
                }
                rows = [
                    {
                        "watchlist_id": watch.id,
                        "document_pk": pk,
                        "detail": json.dumps({"kind": watch.kind, "value": watch.value}, ensure_ascii=False),
                        "status": "new",
                        "created_at": now,
                    }
                    for pk in hits
                    if pk not in known
                ]
                if rows:
                    conn.execute(insert(alerts), rows)
                    raised += len(rows)
    return raised


def _alert_row(r: Any) -> dict[str, Any]:
    return {
        "id": r.id,
        "status": r.status,
        "created_at": _iso(r.created_at),
        "watch": {"id": r.watchlist_id, "name": r.watch_name, "kind": r.kind, "value": r.value},
        "document": {"id": r.doc_id, "title": r.title, "snippet": (r.text or "")[:200], "risk": r.risk},
        "acknowledged_by": r.acknowledged_by,
        "acknowledged_at": _iso(r.acknowledged_at),
    }


def list_alerts(
    store: Store, *, status: str | None = None, watch_id: int | None = None, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """Alerts newest first, with the watch and the document they point at."""
    if status and status not in ("new", "acknowledged"):
        raise InputError(f"unknown alert status {status!r}; new or acknowledged", where="status")
    stmt = (
        select(
            alerts,
            watchlists.c.name.label("watch_name"),
            watchlists.c.kind,
            watchlists.c.value,
            documents.c.doc_id,
            documents.c.title,
            documents.c.text,
            analyses.c.risk,
        )
        .join(watchlists, watchlists.c.id == alerts.c.watchlist_id)
        .join(documents, documents.c.pk == alerts.c.document_pk)
        .outerjoin(analyses, analyses.c.document_pk == alerts.c.document_pk)
    )
    count = select(func.count()).select_from(alerts)
    if status:
        stmt = stmt.where(alerts.c.status == status)
        count = count.where(alerts.c.status == status)
    if watch_id is not None:
        stmt = stmt.where(alerts.c.watchlist_id == watch_id)
        count = count.where(alerts.c.watchlist_id == watch_id)
    with store.engine.connect() as conn:
        total = int(conn.execute(count).scalar_one())
        rows = conn.execute(stmt.order_by(alerts.c.id.desc()).limit(limit).offset(offset)).all()
    return total, [_alert_row(r) for r in rows]


def acknowledge(store: Store, alert_id: int, *, actor: Principal) -> None:
    with store.engine.begin() as conn:
        row = conn.execute(select(alerts.c.id, alerts.c.status).where(alerts.c.id == alert_id)).first()
        if row is None:
            raise NotFoundError(f"no alert {alert_id}")
        if row.status == "acknowledged":
            return
        conn.execute(
            update(alerts)
            .where(alerts.c.id == alert_id)
            .values(status="acknowledged", acknowledged_by=actor.name, acknowledged_at=_now())
        )
        record(store, actor, "acknowledge", f"alert:{alert_id}", conn=conn)
