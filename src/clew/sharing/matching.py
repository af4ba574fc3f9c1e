"""Screening a document against the signal banks.

The document's identifiers (from its analysis) are hashed with every sharing
group's key and looked up in one indexed query; PDQ photo hashes the caller sends
are compared by Hamming distance. Each match carries the bank, the combined opinion,
every organisation's opinion and a ``status`` saying what the caller may do with it:

- ``match`` — a signal with a positive opinion: a lead for a person to review;
- ``disputed`` — organisations disagree: shown for review, not acted on alone;
- ``suppressed`` — a known false positive (its own opinions, or a negative bank);
- ``quarantined`` — the bank produced a flood of matches (over its ``flood_limit``
  within its window) and is held for review: no match from it is acted on until an
  operator releases it (``clew bank release``).

Matches are recorded (bank, signal, document id, status, time — no text) for the
flood check and for the review of a quarantine, by a writer thread so that a
screening answer never waits for the database's write lock. The flood decision on
the request path uses a per-process sliding window; the writer also counts in the
database (every server process together) and sets the bank's quarantine.
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
import time
import weakref
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select

from clew.model import Analysis
from clew.sharing.banks import (
    IDENTIFIER_TYPES,
    PDQ_MATCH_DISTANCE,
    bank_rows,
    combine,
    forget_banks,
    opinions_of,
    quarantine_bank,
)
from clew.sharing.keys import keyed_hash
from clew.store import Store
from clew.store.schema import bank_changes, bank_matches, signals

log = logging.getLogger(__name__)

REVIEW_NOTE = "A bank match is a lead for a person to review, never proof."


@dataclass(frozen=True, slots=True)
class _BankInfo:
    id: int
    name: str
    kind: str
    group_id: int
    flood_limit: int
    flood_window_seconds: int
    quarantined: bool


class _PdqCache:
    """PDQ signals in memory, reloaded when the change log moves on (one cheap query per screen)."""

    def __init__(self) -> None:
        self.version = -1
        self.rows: list[tuple[int, int, int]] = []  # (signal id, bank id, hash as int)
        self.lock = threading.Lock()

    def get(self, store: Store, version: int) -> list[tuple[int, int, int]]:
        with self.lock:
            if version != self.version:
                with store.engine.connect() as conn:
                    result = conn.execute(
                        select(signals.c.id, signals.c.bank_id, signals.c.hash).where(
                            signals.c.type == "pdq", signals.c.deleted_at.is_(None)
                        )
                    ).all()
                self.rows = [(r.id, r.bank_id, int(r.hash, 16)) for r in result]
                self.version = version
            return self.rows


_pdq_caches: weakref.WeakKeyDictionary[Store, _PdqCache] = weakref.WeakKeyDictionary()


@lru_cache(maxsize=256)
def _lookup_sql(paramstyle: str, count: int) -> str:
    """The signal lookup for ``count`` hashes as driver SQL, written once per size.

    Screening runs it for every document, where building and compiling a SQLAlchemy
    statement each time cost more than the indexed query itself.
    """
    mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}[paramstyle]
    table = signals.name
    return (
        f"SELECT id, bank_id, type, hash FROM {table} "
        f"WHERE hash IN ({', '.join([mark] * count)}) AND deleted_at IS NULL"
    )


_PDQ_VERSION = select(func.coalesce(func.max(bank_changes.c.id), 0))


@dataclass(frozen=True, slots=True)
class _Banks:
    """What the bank rows say, in the shapes matching needs (derived once per ``bank_rows`` read)."""

    rows: list[Any]
    info: dict[int, _BankInfo]
    keys: dict[int, bytes]


_derived_lock = threading.Lock()
_derived: weakref.WeakKeyDictionary[Store, _Banks] = weakref.WeakKeyDictionary()


def _banks(store: Store) -> _Banks | None:
    rows = bank_rows(store)
    if not rows:
        return None
    with _derived_lock:
        known = _derived.get(store)
    if known is not None and known.rows is rows:
        return known
    info = {
        r.id: _BankInfo(
            r.id, r.name, r.kind, r.group_id, r.flood_limit, r.flood_window_seconds, r.quarantined_at is not None
        )
        for r in rows
    }
    known = _Banks(rows, info, {r.group_id: bytes.fromhex(r.key_hex) for r in rows})
    with _derived_lock:
        _derived[store] = known
    return known


def _pdq_cache(store: Store) -> _PdqCache:
    return _pdq_caches.setdefault(store, _PdqCache())


def screen_matches(
    store: Store,
    analysis: Analysis,
    *,
    pdq: Sequence[str] = (),
    record: bool = True,
) -> list[dict[str, Any]]:
    """Every bank match of one analysed document (and its photos' PDQ hashes)."""
    known = _banks(store)
    if known is None:
        return []
    info, keys = known.info, known.keys

    wanted: dict[str, list[tuple[int, int]]] = defaultdict(list)  # hash -> [(group id, entity index)]
    for index, entity in enumerate(analysis.entities):
        if entity.type not in IDENTIFIER_TYPES:
            continue
        for group_id, key in keys.items():
            wanted[keyed_hash(key, entity.type, entity.value)].append((group_id, index))

    # (signal id, bank id, subject) where subject names what matched: ("entity", index) or ("pdq", i, distance)
    hits: list[tuple[int, int, tuple[Any, ...]]] = []
    with store.engine.connect() as conn:
        if wanted:
            found = conn.exec_driver_sql(_lookup_sql(conn.dialect.paramstyle, len(wanted)), tuple(wanted)).all()
            for sig in found:
                bank = info.get(sig.bank_id)
                if bank is None:
                    continue
                for group_id, index in wanted[sig.hash]:
                    if group_id == bank.group_id and analysis.entities[index].type == sig.type:
                        hits.append((sig.id, sig.bank_id, ("entity", index)))
        if pdq:
            version = conn.execute(_PDQ_VERSION).scalar() or 0
            cache = _pdq_cache(store).get(store, int(version))
            for i, value in enumerate(pdq):
                probe = int(value, 16)
                for sig_id, bank_id, other in cache:
                    distance = (probe ^ other).bit_count()
                    if distance <= PDQ_MATCH_DISTANCE and bank_id in info:
                        hits.append((sig_id, bank_id, ("pdq", i, distance)))
        held = opinions_of(conn, sorted({h[0] for h in hits}))

    def subject_key(subject: tuple[Any, ...]) -> tuple[str, str]:
        if subject[0] == "entity":
            entity = analysis.entities[subject[1]]
            return entity.type, entity.value
        return "pdq", pdq[subject[1]]

    negative = {subject_key(s): info[b].name for _, b, s in hits if info[b].kind == "negative"}
    matches: list[dict[str, Any]] = []
    for sig_id, bank_id, subject in hits:
        bank = info[bank_id]
        ops = held.get(sig_id, [])
        combined = combine([o["opinion"] for o in ops]) if ops else "lead"
        type_, value = subject_key(subject)
        match: dict[str, Any] = {
            "bank": bank.name,
            "bank_kind": bank.kind,
            "type": type_,
            "value": value,
            "entity": None,
            "distance": None,
            "opinion": combined,
            "opinions": ops,
            "tags": sorted({t for o in ops for t in o["tags"]}),
        }
        if subject[0] == "entity":
            entity = analysis.entities[subject[1]]
            match["entity"] = {"field": entity.field, "start": entity.start, "end": entity.end}
        else:
            match["distance"] = subject[2]
        if bank.kind == "negative":
            match["status"], match["reason"] = "suppressed", "listed in this negative bank as a known false positive"
        elif (type_, value) in negative:
            match["status"] = "suppressed"
            match["reason"] = f"listed as a known false positive in negative bank {negative[(type_, value)]!r}"
        elif combined == "false_positive":
            match["status"], match["reason"] = "suppressed", "every organisation's opinion is false positive"
        elif bank.quarantined:
            match["status"], match["reason"] = "quarantined", "the bank is quarantined for review after a flood"
        elif combined == "disputed":
            match["status"], match["reason"] = "disputed", "organisations disagree: review before any action"
        else:
            match["status"], match["reason"] = "match", REVIEW_NOTE
        match["_signal"] = sig_id
        matches.append(match)

    if record and matches:
        _record(store, analysis.id, matches, info)
    for match in matches:
        del match["_signal"]
    return matches


class _Flood:
    """Per-process sliding windows of actionable matches per bank: the flood decision on the request path."""

    def __init__(self) -> None:
        self.windows: weakref.WeakKeyDictionary[Store, dict[int, deque[float]]] = weakref.WeakKeyDictionary()
        self.lock = threading.Lock()

    def hit(self, store: Store, bank: _BankInfo, now: float) -> int:
        """Count one actionable match; returns how many the bank had within its window."""
        with self.lock:
            window = self.windows.setdefault(store, {}).setdefault(bank.id, deque())
            window.append(now)
            while window and window[0] < now - bank.flood_window_seconds:
                window.popleft()
            return len(window)


_flood = _Flood()


class _Recorder:
    """One writer thread per store: match rows and quarantines are written off the request path.

    A screening answer never waits for the database's write lock. The writer also
    counts matches in the database (all server processes together) and quarantines a
    bank over its limit; the other processes see it within ``BANKS_TTL``.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.queue: queue.Queue[tuple[str, datetime, list[dict[str, Any]], dict[int, _BankInfo]] | None] = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="clew-match-recorder", daemon=True)
        self.thread.start()

    def submit(self, document_id: str, at: datetime, rows: list[dict[str, Any]], info: dict[int, _BankInfo]) -> None:
        self.queue.put((document_id, at, rows, info))

    def flush(self) -> None:
        self.queue.join()

    def _run(self) -> None:
        while True:
            item = self.queue.get()
            try:
                if item is not None:
                    _write(self.store, *item)
            except Exception:  # a lost record must not stop the writer; the error is logged
                log.exception("could not record bank matches")
            finally:
                self.queue.task_done()


_recorders: weakref.WeakKeyDictionary[Store, _Recorder] = weakref.WeakKeyDictionary()
_recorders_lock = threading.Lock()


def _recorder(store: Store) -> _Recorder:
    with _recorders_lock:
        rec = _recorders.get(store)
        if rec is None:
            rec = _recorders[store] = _Recorder(store)
        return rec


def flush_matches() -> None:
    """Wait until every match submitted in this process is in the database."""
    with _recorders_lock:
        recorders = list(_recorders.values())
    for rec in recorders:
        rec.flush()


atexit.register(flush_matches)


def _record(store: Store, document_id: str, matches: list[dict[str, Any]], info: dict[int, _BankInfo]) -> None:
    """Decide floods in memory now; write the match rows (and any quarantine) in the background."""
    at = datetime.now(UTC)
    now = time.monotonic()
    by_name = {b.name: b for b in info.values()}
    for name in sorted({m["bank"] for m in matches if m["status"] in ("match", "disputed")}):
        bank = by_name[name]
        if _flood.hit(store, bank, now) > bank.flood_limit:
            for m in matches:
                if m["bank"] == name and m["status"] in ("match", "disputed"):
                    m["status"] = "quarantined"
                    m["reason"] = "this match tripped the bank's flood limit: quarantined for review"
    rows = [
        {"bank_id": by_name[m["bank"]].id, "signal_id": m["_signal"], "status": m["status"], "bank": m["bank"]}
        for m in matches
    ]
    _recorder(store).submit(document_id, at, rows, info)


def _write(
    store: Store, document_id: str, at: datetime, rows: list[dict[str, Any]], info: dict[int, _BankInfo]
) -> None:
    """Store the match rows; quarantine a bank whose matches (from every process) exceed its limit."""
    by_name = {b.name: b for b in info.values()}
    quarantined = False
    with store.engine.begin() as conn:
        conn.execute(
            bank_matches.insert(),
            [
                {
                    "bank_id": r["bank_id"],
                    "signal_id": r["signal_id"],
                    "document_id": document_id,
                    "status": r["status"],
                    "matched_at": at,
                }
                for r in rows
            ],
        )
        for name in {r["bank"] for r in rows if r["status"] in ("match", "disputed", "quarantined")}:
            bank = by_name[name]
            since = at - timedelta(seconds=bank.flood_window_seconds)
            count = conn.execute(
                select(func.count())
                .select_from(bank_matches)
                .where(
                    bank_matches.c.bank_id == bank.id,
                    bank_matches.c.matched_at >= since,
                    bank_matches.c.status.in_(("match", "disputed", "quarantined")),
                )
            ).scalar()
            if (count or 0) > bank.flood_limit and not bank.quarantined:
                quarantine_bank(
                    conn,
                    bank.id,
                    f"{count} matches within {bank.flood_window_seconds} s (limit {bank.flood_limit})",
                )
                quarantined = True
    if quarantined:
        forget_banks(store)
