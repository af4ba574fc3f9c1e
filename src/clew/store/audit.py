"""The audit log: who viewed, searched, exported or changed what — append-only, hash-chained.

Every entry's ``hash`` is the SHA-256 of the previous entry's hash and of the
entry's own fields, so changing, removing or re-ordering a stored row breaks the
chain from that row on; :func:`verify` (``clew audit verify``) walks the chain and
names the first row that does not fit. A one-row ``audit_head`` table holds the
id and hash of the newest entry: a writer locks it first (an ``UPDATE``), which
orders concurrent writers on SQLite and PostgreSQL alike and lets ``verify``
notice entries cut from the end.

Other modules call :func:`record` for anything that touches personal data::

    from clew.store.audit import record
    record(store, principal, "view", f"document:{doc_id}")
    record(store, principal, "search", "documents", {"q": q, "typology": typology, "total": total})

``action`` is a short verb (``view``, ``search``, ``export``, ``create``,
``update``, ``delete``, ``login``…); ``target`` names the object
(``document:ID``, ``network:ID``, ``case:7``, ``user:alice``…); ``detail`` is any
JSON-able mapping (keep personal data in it to what the reviewer needs). Pass
``conn`` to write the entry in the same transaction as the change it records.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, func, insert, select, update

from clew.store import Store
from clew.store.schema import audit_head, audit_log
from clew.web.principal import Principal

GENESIS = "0" * 64
"""The ``prev_hash`` of the first entry."""

SYSTEM = Principal(kind="user", id=0, name="system", role="admin")
"""The actor of scheduled work (the server's retention purge)."""


def cli_principal() -> Principal:
    """The actor of a ``clew`` command run on the workspace: the operating-system user."""
    try:
        who = getpass.getuser()
    except Exception:  # no user name in a bare container: still record that it was the CLI
        who = "unknown"
    return Principal(kind="user", id=0, name=f"cli:{who}", role="admin")


def _canonical(detail: Mapping[str, Any] | None) -> str:
    return json.dumps(dict(detail or {}), sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _at(value: datetime) -> str:
    if value.tzinfo is None:  # SQLite hands back naive datetimes; everything stored is UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(
    *,
    prev_hash: str,
    id: int,
    at: datetime,
    actor_kind: str,
    actor_id: int | None,
    actor_name: str,
    action: str,
    target: str,
    detail: str,
) -> str:
    """SHA-256 over the previous hash and every field of the entry, as stored."""
    payload = json.dumps(
        [prev_hash, id, _at(at), actor_kind, actor_id, actor_name, action, target, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _append(
    conn: Connection, principal: Principal | None, action: str, target: str, detail: Mapping[str, Any] | None
) -> int:
    actor = principal or SYSTEM
    # Lock the head row first: concurrent writers queue here instead of forking the chain.
    head = conn.execute(
        update(audit_head)
        .where(audit_head.c.id == 1)
        .values(last_id=audit_head.c.last_id)
        .returning(audit_head.c.last_id, audit_head.c.last_hash)
    ).first()
    if head is None:  # a database migrated before the head row existed, or a wiped head
        last = conn.execute(select(audit_log.c.id, audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)).first()
        last_id, last_hash = (last.id, last.hash) if last else (0, GENESIS)
        conn.execute(insert(audit_head).values(id=1, last_id=last_id, last_hash=last_hash))
    else:
        last_id, last_hash = head.last_id, head.last_hash
    entry_id = int(last_id) + 1
    at = datetime.now(UTC)
    detail_text = _canonical(detail)
    digest = entry_hash(
        prev_hash=last_hash,
        id=entry_id,
        at=at,
        actor_kind=actor.kind,
        actor_id=actor.id,
        actor_name=actor.name,
        action=action,
        target=target,
        detail=detail_text,
    )
    conn.execute(
        insert(audit_log).values(
            id=entry_id,
            at=at,
            actor_kind=actor.kind,
            actor_id=actor.id,
            actor_name=actor.name,
            action=action,
            target=target,
            detail=detail_text,
            prev_hash=last_hash,
            hash=digest,
        )
    )
    conn.execute(update(audit_head).where(audit_head.c.id == 1).values(last_id=entry_id, last_hash=digest))
    return entry_id


def record(
    store: Store,
    principal: Principal | None,
    action: str,
    target: str,
    detail: Mapping[str, Any] | None = None,
    *,
    conn: Connection | None = None,
) -> int:
    """Append one entry (see the module docstring); returns its id.

    ``principal`` is who did it (``None``: the system itself). With ``conn`` the
    entry joins that transaction, so the change and its record stand or fall together.
    """
    if conn is not None:
        return _append(conn, principal, action, target, detail)
    with store.engine.begin() as own:
        return _append(own, principal, action, target, detail)


def _row(r: Any) -> dict[str, Any]:
    at = r.at if r.at.tzinfo else r.at.replace(tzinfo=UTC)
    return {
        "id": r.id,
        "at": at.isoformat().replace("+00:00", "Z"),
        "actor": r.actor_name,
        "actor_kind": r.actor_kind,
        "action": r.action,
        "target": r.target,
        "detail": json.loads(r.detail) if r.detail else {},
        "hash": r.hash,
    }


def entries(
    store: Store,
    *,
    actor: str | None = None,
    action: str | None = None,
    target: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """Entries newest first, filtered by actor, action or target (``case:7`` or a prefix ``case:``)."""
    cond = []
    if actor:
        cond.append(audit_log.c.actor_name == actor)
    if action:
        cond.append(audit_log.c.action == action)
    if target:
        if target.endswith(":"):
            cond.append(audit_log.c.target.startswith(target, autoescape=True))
        else:
            cond.append(audit_log.c.target == target)
    where = and_(*cond) if cond else None
    with store.engine.connect() as conn:
        count = select(func.count()).select_from(audit_log)
        stmt = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit).offset(offset)
        if where is not None:
            count = count.where(where)
            stmt = stmt.where(where)
        total = int(conn.execute(count).scalar_one())
        rows = [_row(r) for r in conn.execute(stmt)]
    return total, rows


def entries_for(store: Store, target: str) -> list[dict[str, Any]]:
    """Every entry about one target, oldest first (a case's chain of custody)."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(audit_log).where(audit_log.c.target == target).order_by(audit_log.c.id))
        return [_row(r) for r in rows]


@dataclass
class Verification:
    """What :func:`verify` found: ``ok`` only when every row and the head agree."""

    checked: int = 0
    problems: list[str] = field(default_factory=list)
    first_bad_id: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "checked": self.checked, "first_bad_id": self.first_bad_id, "problems": self.problems}


def _stream(store: Store, batch: int = 5000) -> Iterator[Any]:
    last = 0
    while True:
        with store.engine.connect() as conn:
            rows = conn.execute(
                select(audit_log).where(audit_log.c.id > last).order_by(audit_log.c.id).limit(batch)
            ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].id


def verify(store: Store, *, max_problems: int = 20) -> Verification:
    """Walk the chain from the first entry; name every row that does not fit (up to ``max_problems``)."""
    result = Verification()

    def bad(row_id: int, message: str) -> None:
        if result.first_bad_id is None:
            result.first_bad_id = row_id
        if len(result.problems) < max_problems:
            result.problems.append(message)

    prev_hash, prev_id = GENESIS, 0
    for r in _stream(store):
        result.checked += 1
        if r.id != prev_id + 1:
            bad(r.id, f"audit row {r.id}: rows {prev_id + 1}..{r.id - 1} are missing")
        if r.prev_hash != prev_hash:
            bad(r.id, f"audit row {r.id}: does not follow row {prev_id} (previous hash differs)")
        expected = entry_hash(
            prev_hash=r.prev_hash,
            id=r.id,
            at=r.at,
            actor_kind=r.actor_kind,
            actor_id=r.actor_id,
            actor_name=r.actor_name,
            action=r.action,
            target=r.target,
            detail=r.detail,
        )
        if expected != r.hash:
            bad(r.id, f"audit row {r.id}: its content was changed after it was written (hash mismatch)")
        prev_hash, prev_id = r.hash, r.id
    with store.engine.connect() as conn:
        head = conn.execute(select(audit_head.c.last_id, audit_head.c.last_hash).where(audit_head.c.id == 1)).first()
    if head is not None and (head.last_id, head.last_hash) != (prev_id, prev_hash):
        if head.last_id > prev_id:
            bad(prev_id + 1, f"audit rows {prev_id + 1}..{head.last_id} were removed from the end of the log")
        else:
            bad(head.last_id, f"the audit head (row {head.last_id}) does not match the last row {prev_id}")
    return result
