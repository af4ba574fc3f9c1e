"""Retention: documents nobody put in a case are deleted once they are older than the limit.

Keeping ads about people for ever is itself a risk; ``retention_days`` (settings)
says how long a document may stay after it was stored. Documents in a case —
directly, or as members of a network in a case — are kept. A purge deletes the
document with everything derived from it (analysis, entities, hits, provenance,
network membership, alerts) and writes one audit entry naming how many documents
went and a SHA-256 of their ids (with the first ids themselves), so a reviewer can
tell what the purge did without the log keeping the data it removed.

``clew purge`` runs it by hand; ``clew serve`` runs it every
``retention_interval_seconds`` (:class:`RetentionScheduler`).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select

from clew.store import Store
from clew.store.audit import record
from clew.store.cases import protected_documents
from clew.store.schema import documents, sessions
from clew.web.principal import Principal

log = logging.getLogger(__name__)
BATCH = 1000


def _candidates(cutoff: datetime) -> Any:
    return select(documents.c.pk, documents.c.doc_id).where(
        documents.c.created_at < cutoff, documents.c.pk.not_in(protected_documents())
    )


def purge(
    store: Store, *, days: int, actor: Principal | None, dry_run: bool = False, now: datetime | None = None
) -> dict[str, Any]:
    """Delete documents stored more than ``days`` days ago that are in no case; returns what it did.

    ``days=0`` means keep everything (nothing is purged). A dry run counts without deleting
    or auditing.
    """
    now = now or datetime.now(UTC)
    if days <= 0:
        return {"purged": 0, "kept_in_cases": 0, "cutoff": None, "dry_run": dry_run, "disabled": True}
    cutoff = now - timedelta(days=days)
    with store.engine.connect() as conn:
        rows = conn.execute(_candidates(cutoff).order_by(documents.c.pk)).all()
        old_total = int(
            conn.execute(
                select(func.count()).select_from(documents).where(documents.c.created_at < cutoff)
            ).scalar_one()
        )
    ids = sorted(r.doc_id for r in rows)
    summary: dict[str, Any] = {
        "purged": len(rows),
        "kept_in_cases": old_total - len(rows),
        "cutoff": cutoff.isoformat().replace("+00:00", "Z"),
        "dry_run": dry_run,
        "disabled": False,
    }
    if dry_run:
        return summary
    pks = [r.pk for r in rows]
    for start in range(0, len(pks), BATCH):
        with store.engine.begin() as conn:
            conn.execute(delete(documents).where(documents.c.pk.in_(pks[start : start + BATCH])))
    with store.engine.begin() as conn:
        conn.execute(delete(sessions).where(sessions.c.expires_at < now))
        if pks:
            digest = hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()
            detail = {**summary, "ids_sha256": digest, "first_ids": ids[:100], "retention_days": days}
            record(store, actor, "purge", "documents", detail, conn=conn)
    return summary


class RetentionScheduler:
    """Runs :func:`purge` in a daemon thread every ``interval`` seconds while the server is up."""

    def __init__(self, store: Store, *, days: int, interval: float, actor: Principal | None = None) -> None:
        self.store = store
        self.days = days
        self.interval = interval
        self.actor = actor
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="clew-retention", daemon=True)
        self.runs = 0

    def start(self) -> None:
        if self.days > 0:
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                result = purge(self.store, days=self.days, actor=self.actor)
                if result["purged"]:
                    log.warning("retention: purged %s documents stored before %s", result["purged"], result["cutoff"])
            except Exception:  # a failed run must not stop the schedule; it is logged and tried again
                log.exception("retention purge failed")
            self.runs += 1
            self._stop.wait(self.interval)
