"""Signal banks: keyed-hash and PDQ signals, each with attributed opinions.

Every change to a bank goes through :func:`apply_change`, whether an operator made it
here or it arrived from another organisation, and every change that alters the bank
is appended to ``bank_changes``. That log is what exchange reads incrementally: its
row id is the checkpoint a peer resumes from. Applying a change that alters nothing
(the same opinion again, or an echo of our own change coming back from a peer) adds
nothing to the log, so two servers pulling from each other converge.

Opinions are one per organisation and signal; a newer one replaces an older one
(by the time the organisation gave it), and an older one arriving late is ignored.
An organisation *deletes* a signal by withdrawing its opinion (the row stays as a
dated tombstone); the signal is removed (kept as a tombstone, its raw value erased)
when no organisation holds an opinion on it any more.
"""

from __future__ import annotations

import re
import threading
import time
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, and_, func, select, update
from sqlalchemy.exc import IntegrityError

from clew.errors import InputError, NotFoundError
from clew.identifiers import extract
from clew.model import Document
from clew.sharing.keys import Group, check_name, get_group, group_by_id
from clew.store import Store
from clew.store.schema import bank_changes, bank_matches, banks, opinions, sharing_groups, signals

IDENTIFIER_TYPES: tuple[str, ...] = ("phone", "email", "url", "handle", "payment", "crypto")
"""Identifier types that become keyed-hash signals (the linking identifiers of PRODUCT.md)."""
SIGNAL_TYPES: tuple[str, ...] = (*IDENTIFIER_TYPES, "pdq")
OPINIONS: tuple[str, ...] = ("confirmed", "lead", "false_positive")
"""What an organisation says about a signal: confirmed; an investigation lead; a false positive."""
COMBINED: tuple[str, ...] = (*OPINIONS, "disputed")
WITHDRAWN = "withdrawn"
"""Stored in place of an opinion an organisation withdrew (a deletion), so its time is kept."""
BANK_KINDS: tuple[str, ...] = ("signals", "negative")
"""A ``negative`` bank lists known false positives: a match there suppresses matches elsewhere."""

PDQ_MATCH_DISTANCE = 31
"""Hamming distance at or below which two PDQ hashes are taken as the same photo (PDQ's own default)."""

_HASH = re.compile(r"^[0-9a-f]{64}$")
_TAG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,63}$")

Action = Literal["opinion", "delete"]


@dataclass(frozen=True, slots=True)
class Bank:
    id: int
    name: str
    kind: str
    description: str
    group: Group
    flood_limit: int
    flood_window_seconds: int
    quarantined_at: datetime | None
    quarantine_reason: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "description": self.description,
            "group": self.group.name,
            "key_id": self.group.key_id,
            "flood_limit": self.flood_limit,
            "flood_window_seconds": self.flood_window_seconds,
            "quarantined_at": self.quarantined_at.isoformat() if self.quarantined_at else None,
            "quarantine_reason": self.quarantine_reason,
        }


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def now() -> datetime:
    return datetime.now(UTC)


# ------------------------------------------------------------------ values


def canonical_identifier(type_: str, value: str, *, region: str = "US") -> str:
    """The canonical form of an identifier an operator typed, as the extractors write it.

    The value is read by the same extractors that read documents, so "+1 (213)
    555-0127" and "+12135550127" give the same signal; a value that does not read as
    exactly one identifier of the type is refused with the reason.
    """
    if type_ not in IDENTIFIER_TYPES:
        raise InputError(f"unknown identifier type {type_!r}; one of {', '.join(IDENTIFIER_TYPES)}", where="type")
    text = value.strip()
    if not text or len(text) > 2048:
        raise InputError("an identifier is 1-2048 characters", where="value")
    found = {e.value for e in extract(Document(id="value", text=text, country=region)) if e.type == type_}
    if len(found) != 1:
        what = "no" if not found else f"{len(found)}"
        raise InputError(f"{what} {type_} identifiers read in the value (need exactly one)", where="value")
    return found.pop()


def check_pdq(value: str) -> str:
    text = value.strip().lower()
    if not _HASH.match(text):
        raise InputError("a PDQ hash is 64 hexadecimal digits (256 bits)", where="pdq")
    return text


def check_hash(value: str, where: str = "hash") -> str:
    text = value.strip().lower()
    if not _HASH.match(text):
        raise InputError("a signal hash is 64 hexadecimal digits (HMAC-SHA256)", where=where)
    return text


def check_tags(tags: Iterable[str]) -> list[str]:
    result = sorted(set(tags))
    for tag in result:
        if not _TAG.match(tag):
            raise InputError(f"a tag is 1-64 letters, digits or . _ : / -, not {tag!r}", where="tags")
    return result


def check_opinion(opinion: str) -> str:
    if opinion not in OPINIONS:
        raise InputError(f"unknown opinion {opinion!r}; one of {', '.join(OPINIONS)}", where="opinion")
    return opinion


def pdq_hash_image(path: Path) -> tuple[str, int]:
    """PDQ hash (64 hex digits, in PDQ's own word order) and quality (0-100) of a photo file."""
    import numpy as np
    import pdqhash
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            pixels = np.asarray(img.convert("RGB"))
    except (OSError, UnidentifiedImageError) as exc:
        raise InputError(f"cannot read the image: {exc}", where=str(path)) from exc
    bits, quality = pdqhash.compute(pixels)
    words = [sum(int(bits[16 * w + j]) << j for j in range(16)) for w in range(16)]
    return "".join(f"{words[w]:04x}" for w in range(15, -1, -1)), int(quality)


def hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


# ------------------------------------------------------------------ banks

BANKS_TTL = 1.0
"""Seconds the bank list (names, kinds, keys, quarantine state) is cached per process."""
_bank_cache: weakref.WeakKeyDictionary[Store, tuple[float, list[Any]]] = weakref.WeakKeyDictionary()
_bank_lock = threading.Lock()


def bank_rows(store: Store) -> list[Any]:
    """Banks with their group keys, read at most every ``BANKS_TTL`` seconds.

    A new bank or a quarantine set by another process is seen within that time; the
    flood check itself always counts matches in the database.
    """
    now = time.monotonic()
    with _bank_lock:
        cached = _bank_cache.get(store)
    if cached is not None and now - cached[0] < BANKS_TTL:
        return cached[1]
    with store.engine.connect() as conn:
        rows = list(
            conn.execute(
                select(
                    banks.c.id,
                    banks.c.name,
                    banks.c.kind,
                    banks.c.group_id,
                    banks.c.flood_limit,
                    banks.c.flood_window_seconds,
                    banks.c.quarantined_at,
                    sharing_groups.c.key_hex,
                ).join(sharing_groups, sharing_groups.c.id == banks.c.group_id)
            ).all()
        )
    with _bank_lock:
        _bank_cache[store] = (now, rows)
    return rows


def forget_banks(store: Store) -> None:
    """Drop the cached bank list (after this process changed a bank's state)."""
    with _bank_lock:
        _bank_cache.pop(store, None)


def create_bank(
    store: Store,
    *,
    name: str,
    group: str,
    kind: str = "signals",
    description: str = "",
    flood_limit: int = 1000,
    flood_window_seconds: int = 3600,
) -> Bank:
    """A new bank in a sharing group; ``flood_limit`` matches per window trip the quarantine."""
    check_name(name, "bank")
    if kind not in BANK_KINDS:
        raise InputError(f"a bank kind is one of {', '.join(BANK_KINDS)}", where="--kind")
    if flood_limit < 1 or flood_window_seconds < 1:
        raise InputError("the flood limit and window must be positive", where="--flood-limit")
    grp = get_group(store, group)
    try:
        with store.engine.begin() as conn:
            conn.execute(
                banks.insert().values(
                    name=name,
                    group_id=grp.id,
                    kind=kind,
                    description=description,
                    flood_limit=flood_limit,
                    flood_window_seconds=flood_window_seconds,
                    created_at=now(),
                )
            )
    except IntegrityError as exc:
        raise InputError(f"a bank named {name!r} exists already", where="NAME") from exc
    forget_banks(store)
    return get_bank(store, name)


def _bank(store: Store, row: Any) -> Bank:
    return Bank(
        id=row.id,
        name=row.name,
        kind=row.kind,
        description=row.description,
        group=group_by_id(store, row.group_id),
        flood_limit=row.flood_limit,
        flood_window_seconds=row.flood_window_seconds,
        quarantined_at=_utc(row.quarantined_at),
        quarantine_reason=row.quarantine_reason,
    )


def get_bank(store: Store, name: str) -> Bank:
    with store.engine.connect() as conn:
        row = conn.execute(select(banks).where(banks.c.name == name)).first()
    if row is None:
        raise NotFoundError(f"no bank {name!r}; `clew bank list` shows the banks")
    return _bank(store, row)


def list_banks(store: Store) -> list[dict[str, Any]]:
    """Every bank with its live signal count and newest checkpoint."""
    live = (
        select(signals.c.bank_id, func.count().label("n"))
        .where(signals.c.deleted_at.is_(None))
        .group_by(signals.c.bank_id)
        .subquery()
    )
    last = select(bank_changes.c.bank_id, func.max(bank_changes.c.id).label("c")).group_by(bank_changes.c.bank_id)
    last_q = last.subquery()
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(banks.c.name, live.c.n, last_q.c.c)
            .select_from(
                banks.outerjoin(live, live.c.bank_id == banks.c.id).outerjoin(last_q, last_q.c.bank_id == banks.c.id)
            )
            .order_by(banks.c.name)
        ).all()
    result = []
    for name, count, checkpoint in rows:
        info = get_bank(store, name).as_dict()
        info["signals"] = int(count or 0)
        info["checkpoint"] = int(checkpoint or 0)
        result.append(info)
    return result


def release_bank(store: Store, bank: Bank) -> None:
    """End a flood quarantine after review: new matches are acted on again."""
    with store.engine.begin() as conn:
        conn.execute(update(banks).where(banks.c.id == bank.id).values(quarantined_at=None, quarantine_reason=None))
    forget_banks(store)


def quarantine_bank(conn: Connection, bank_id: int, reason: str) -> None:
    conn.execute(
        update(banks)
        .where(banks.c.id == bank_id, banks.c.quarantined_at.is_(None))
        .values(quarantined_at=now(), quarantine_reason=reason)
    )


# ------------------------------------------------------------------ signals and opinions


def combine(held: Sequence[str]) -> str:
    """One opinion from several organisations' opinions.

    Unanimous opinions stand. A false positive against any positive opinion is a
    conflict: ``disputed``, which is shown for review and never acted on alone.
    Confirmed and lead together make ``confirmed`` (someone confirmed it).
    """
    kinds = set(held)
    if not kinds:
        raise ValueError("no opinions to combine")
    if "false_positive" in kinds:
        return "false_positive" if kinds == {"false_positive"} else "disputed"
    return "confirmed" if "confirmed" in kinds else "lead"


def signal_hash(bank: Bank, type_: str, value: str, *, region: str = "US") -> tuple[str, str]:
    """(hash, canonical value) of a raw identifier or PDQ hash for this bank's group."""
    if type_ == "pdq":
        pdq = check_pdq(value)
        return pdq, pdq
    canonical = canonical_identifier(type_, value, region=region)
    return bank.group.hash(type_, canonical), canonical


def apply_change(
    conn: Connection,
    *,
    bank_id: int,
    action: Action,
    type_: str,
    hash_: str,
    organisation: str,
    opinion: str | None,
    tags: list[str],
    at: datetime,
    raw_value: str | None = None,
) -> bool:
    """Apply one change to a bank; True (and a new log row) when it altered the bank."""
    at = _utc(at) or now()
    sig = conn.execute(
        select(signals.c.id, signals.c.deleted_at, signals.c.raw_value).where(
            signals.c.bank_id == bank_id, signals.c.type == type_, signals.c.hash == hash_
        )
    ).first()
    current = None
    if sig is not None:
        current = conn.execute(
            select(opinions.c.id, opinions.c.opinion, opinions.c.tags, opinions.c.at).where(
                opinions.c.signal_id == sig.id, opinions.c.organisation == organisation
            )
        ).first()
    if current is not None and (_utc(current.at) or at) > at:
        return False  # an older change arriving late: the newer opinion stands
    if action == "opinion":
        assert opinion is not None
        if sig is None:
            inserted = conn.execute(
                signals.insert().values(
                    bank_id=bank_id, type=type_, hash=hash_, raw_value=raw_value, created_at=at, updated_at=at
                )
            ).inserted_primary_key
            assert inserted is not None
            sig_id = inserted[0]
        else:
            sig_id = sig.id
            if (
                current is not None
                and sig.deleted_at is None
                and current.opinion == opinion
                and sorted(current.tags) == tags
                and (raw_value is None or sig.raw_value == raw_value)
            ):
                return False
            values: dict[str, Any] = {"deleted_at": None, "updated_at": at}
            if raw_value is not None:
                values["raw_value"] = raw_value
            conn.execute(update(signals).where(signals.c.id == sig_id).values(**values))
        if current is None:
            conn.execute(
                opinions.insert().values(signal_id=sig_id, organisation=organisation, opinion=opinion, tags=tags, at=at)
            )
        else:
            conn.execute(update(opinions).where(opinions.c.id == current.id).values(opinion=opinion, tags=tags, at=at))
    else:
        if sig is None or current is None or current.opinion == WITHDRAWN:
            return False
        # The row stays, marked withdrawn with its time: an older opinion replayed later
        # (an echo from a peer) is then recognised as older and ignored.
        conn.execute(update(opinions).where(opinions.c.id == current.id).values(opinion=WITHDRAWN, tags=[], at=at))
        left = conn.execute(
            select(func.count())
            .select_from(opinions)
            .where(opinions.c.signal_id == sig.id, opinions.c.opinion != WITHDRAWN)
        ).scalar()
        values = {"updated_at": at}
        if not left:
            values |= {"deleted_at": at, "raw_value": None}
        conn.execute(update(signals).where(signals.c.id == sig.id).values(**values))
    conn.execute(
        bank_changes.insert().values(
            bank_id=bank_id,
            action=action,
            type=type_,
            hash=hash_,
            organisation=organisation,
            opinion=opinion if action == "opinion" else None,
            tags=tags if action == "opinion" else [],
            at=at,
        )
    )
    return True


def add_signal(
    store: Store,
    bank: Bank,
    *,
    type_: str,
    value: str | None = None,
    hash_: str | None = None,
    opinion: str = "lead",
    tags: Iterable[str] = (),
    organisation: str | None = None,
    keep_raw: bool = True,
    region: str = "US",
    at: datetime | None = None,
) -> dict[str, Any]:
    """Give this organisation's opinion on a signal, from a raw identifier or a hash.

    A raw identifier is hashed with the bank's group key; it is kept (locally only)
    when ``keep_raw`` so an operator can later export it on purpose.
    """
    if type_ not in SIGNAL_TYPES:
        raise InputError(f"unknown signal type {type_!r}; one of {', '.join(SIGNAL_TYPES)}", where="type")
    check_opinion(opinion)
    tag_list = check_tags(tags)
    raw: str | None = None
    if (value is None) == (hash_ is None):
        raise InputError("give either a value or a hash", where="value")
    if value is not None:
        digest, canonical = signal_hash(bank, type_, value, region=region)
        raw = canonical if keep_raw and type_ != "pdq" else None
    else:
        assert hash_ is not None
        digest = check_pdq(hash_) if type_ == "pdq" else check_hash(hash_)
    org = organisation or bank.group.organisation
    with store.engine.begin() as conn:
        changed = apply_change(
            conn,
            bank_id=bank.id,
            action="opinion",
            type_=type_,
            hash_=digest,
            organisation=org,
            opinion=opinion,
            tags=tag_list,
            at=at or now(),
            raw_value=raw,
        )
    return {"bank": bank.name, "type": type_, "hash": digest, "opinion": opinion, "tags": tag_list, "changed": changed}


def delete_signal(
    store: Store,
    bank: Bank,
    *,
    type_: str,
    value: str | None = None,
    hash_: str | None = None,
    organisation: str | None = None,
    region: str = "US",
) -> bool:
    """Withdraw this organisation's opinion on a signal (and so delete it when it was the last)."""
    if (value is None) == (hash_ is None):
        raise InputError("give either a value or a hash", where="value")
    if type_ not in SIGNAL_TYPES:
        raise InputError(f"unknown signal type {type_!r}; one of {', '.join(SIGNAL_TYPES)}", where="type")
    if value is not None:
        digest = signal_hash(bank, type_, value, region=region)[0]
    else:
        assert hash_ is not None
        digest = check_pdq(hash_) if type_ == "pdq" else check_hash(hash_)
    with store.engine.begin() as conn:
        changed = apply_change(
            conn,
            bank_id=bank.id,
            action="delete",
            type_=type_,
            hash_=digest,
            organisation=organisation or bank.group.organisation,
            opinion=None,
            tags=[],
            at=now(),
        )
    if not changed:
        raise NotFoundError(f"bank {bank.name!r} holds no opinion of yours on that {type_} signal")
    return changed


def opinions_of(conn: Connection, signal_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """Opinions per signal id, oldest first."""
    result: dict[int, list[dict[str, Any]]] = {i: [] for i in signal_ids}
    if not signal_ids:
        return result
    rows = conn.execute(
        select(opinions.c.signal_id, opinions.c.organisation, opinions.c.opinion, opinions.c.tags, opinions.c.at)
        .where(opinions.c.signal_id.in_(list(signal_ids)), opinions.c.opinion != WITHDRAWN)
        .order_by(opinions.c.at, opinions.c.organisation)
    )
    for row in rows:
        at = _utc(row.at)
        result[row.signal_id].append(
            {
                "organisation": row.organisation,
                "opinion": row.opinion,
                "tags": list(row.tags),
                "at": at.isoformat() if at else None,
            }
        )
    return result


def bank_signals(
    store: Store, bank: Bank, *, limit: int = 100, offset: int = 0, include_raw: bool = False
) -> tuple[int, list[dict[str, Any]]]:
    """Live signals of a bank with their opinions and combined opinion; raw values only on request."""
    where = and_(signals.c.bank_id == bank.id, signals.c.deleted_at.is_(None))
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(signals).where(where)).scalar() or 0
        rows = conn.execute(
            select(signals.c.id, signals.c.type, signals.c.hash, signals.c.raw_value, signals.c.updated_at)
            .where(where)
            .order_by(signals.c.id)
            .limit(limit)
            .offset(offset)
        ).all()
        held = opinions_of(conn, [r.id for r in rows])
    items = []
    for row in rows:
        ops = held[row.id]
        item: dict[str, Any] = {
            "type": row.type,
            "hash": row.hash,
            "opinion": combine([o["opinion"] for o in ops]) if ops else None,
            "opinions": ops,
            "tags": sorted({t for o in ops for t in o["tags"]}),
            "updated_at": (_utc(row.updated_at) or now()).isoformat(),
        }
        if include_raw:
            item["value"] = row.raw_value
        items.append(item)
    return int(total), items


def recent_matches(store: Store, bank: Bank, *, limit: int = 50) -> list[dict[str, Any]]:
    """The newest screening matches of a bank, for the review of a quarantine."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(bank_matches.c.document_id, bank_matches.c.status, bank_matches.c.matched_at, signals.c.type)
            .join(signals, signals.c.id == bank_matches.c.signal_id)
            .where(bank_matches.c.bank_id == bank.id)
            .order_by(bank_matches.c.id.desc())
            .limit(limit)
        ).all()
    return [
        {
            "document_id": r.document_id,
            "status": r.status,
            "type": r.type,
            "matched_at": (_utc(r.matched_at) or now()).isoformat(),
        }
        for r in rows
    ]
