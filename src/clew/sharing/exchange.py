"""Exchange of banks between organisations: files and HTTP, incremental, with deletions.

What travels is a page of a bank's change log (``bank_changes``): each change is an
organisation's opinion on a hashed signal, or its withdrawal (a deletion), with the
time it was given. The page says where it starts (``since``) and ends
(``checkpoint``); the receiver stores the checkpoint per peer and bank and asks for
what came after it next time. Applying a change is idempotent, so a page applied
twice, or an echo of one's own change, changes nothing.

Raw identifiers never travel over HTTP. A file export carries them only when the
operator asks for it explicitly (``include_raw``); the receiver checks each raw
value against its hash with the group key before keeping it. The group key itself
never travels: a page names the group's *key id*, and a receiver whose bank uses
another key refuses the page rather than store hashes it could never match.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from clew.errors import ClewError, InputError
from clew.sharing.banks import (
    OPINIONS,
    SIGNAL_TYPES,
    Bank,
    apply_change,
    check_hash,
    check_pdq,
    check_tags,
)
from clew.sharing.keys import keyed_hash
from clew.store import Store
from clew.store.schema import bank_changes, exchange_checkpoints, signals

FORMAT = "clew-bank-changes"
FORMAT_VERSION = 1
MAX_PAGE = 5000


class ExchangeError(ClewError):
    """A peer could not be reached or answered with an error."""


def export_changes(
    store: Store, bank: Bank, *, since: int = 0, limit: int = MAX_PAGE, include_raw: bool = False
) -> dict[str, Any]:
    """One page of a bank's changes after checkpoint ``since``."""
    if since < 0:
        raise InputError("since must be 0 or more", where="since")
    limit = max(1, min(limit, MAX_PAGE))
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(bank_changes)
            .where(bank_changes.c.bank_id == bank.id, bank_changes.c.id > since)
            .order_by(bank_changes.c.id)
            .limit(limit + 1)
        ).all()
        more = len(rows) > limit
        rows = rows[:limit]
        raw: dict[tuple[str, str], str] = {}
        if include_raw and rows:
            for sig in conn.execute(
                select(signals.c.type, signals.c.hash, signals.c.raw_value).where(
                    signals.c.bank_id == bank.id,
                    signals.c.raw_value.is_not(None),
                    signals.c.hash.in_({r.hash for r in rows}),
                )
            ):
                raw[(sig.type, sig.hash)] = sig.raw_value
    changes = []
    for row in rows:
        at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
        change: dict[str, Any] = {
            "seq": row.id,
            "action": row.action,
            "type": row.type,
            "hash": row.hash,
            "organisation": row.organisation,
            "opinion": row.opinion,
            "tags": list(row.tags),
            "at": at.isoformat(),
        }
        if include_raw and row.action == "opinion" and (row.type, row.hash) in raw:
            change["value"] = raw[(row.type, row.hash)]
        changes.append(change)
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "bank": {
            "name": bank.name,
            "kind": bank.kind,
            "description": bank.description,
            "group": bank.group.name,
            "key_id": bank.group.key_id,
        },
        "since": since,
        "checkpoint": rows[-1].id if rows else since,
        "more": more,
        "raw_identifiers": include_raw,
        "changes": changes,
    }


def _field(change: Any, name: str, where: str) -> Any:
    if not isinstance(change, dict) or name not in change:
        raise InputError(f"missing field {name!r}", where=where)
    return change[name]


def import_changes(store: Store, bank: Bank, payload: Any, *, where: str = "payload") -> dict[str, int]:
    """Apply a page of changes to a local bank; every error names the change and field."""
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise InputError(f"not a Clew bank export (format must be {FORMAT!r})", where=where)
    if payload.get("version") != FORMAT_VERSION:
        raise InputError(
            f"unsupported version {payload.get('version')!r} (this Clew reads {FORMAT_VERSION})", where=where
        )
    source = payload.get("bank")
    if not isinstance(source, dict) or not isinstance(source.get("key_id"), str):
        raise InputError("missing bank.key_id", where=where)
    changes = payload.get("changes")
    if not isinstance(changes, list):
        raise InputError("changes must be a list", where=f"{where}: changes")
    checked: list[dict[str, Any]] = []
    for i, change in enumerate(changes):
        at_where = f"{where}: changes[{i}]"
        action = _field(change, "action", at_where)
        type_ = _field(change, "type", at_where)
        if action not in ("opinion", "delete"):
            raise InputError("action must be 'opinion' or 'delete'", where=f"{at_where}.action")
        if type_ not in SIGNAL_TYPES:
            raise InputError(f"type must be one of {', '.join(SIGNAL_TYPES)}", where=f"{at_where}.type")
        if type_ != "pdq" and source["key_id"] != bank.group.key_id:
            raise InputError(
                f"the export's sharing-group key (id {source['key_id']}) is not the key of bank {bank.name!r} "
                f"(id {bank.group.key_id}): its hashes could never match here",
                where=f"{where}: bank.key_id",
            )
        hash_ = _field(change, "hash", at_where)
        if not isinstance(hash_, str):
            raise InputError("hash must be a string", where=f"{at_where}.hash")
        hash_ = check_pdq(hash_) if type_ == "pdq" else check_hash(hash_, where=f"{at_where}.hash")
        organisation = _field(change, "organisation", at_where)
        if not isinstance(organisation, str) or not organisation.strip():
            raise InputError("organisation must be a non-empty string", where=f"{at_where}.organisation")
        opinion = change.get("opinion")
        if action == "opinion" and opinion not in OPINIONS:
            raise InputError(f"opinion must be one of {', '.join(OPINIONS)}", where=f"{at_where}.opinion")
        tags = change.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise InputError("tags must be a list of strings", where=f"{at_where}.tags")
        try:
            at = datetime.fromisoformat(str(_field(change, "at", at_where)))
        except ValueError as exc:
            raise InputError("at must be an ISO 8601 time", where=f"{at_where}.at") from exc
        value = change.get("value")
        if value is not None and (
            type_ == "pdq" or not isinstance(value, str) or keyed_hash(bank.group.key, type_, value) != hash_
        ):
            raise InputError("the raw value does not hash to the signal's hash", where=f"{at_where}.value")
        checked.append(
            {
                "action": action,
                "type_": type_,
                "hash_": hash_,
                "organisation": organisation.strip(),
                "opinion": opinion if action == "opinion" else None,
                "tags": check_tags(tags),
                "at": at if at.tzinfo else at.replace(tzinfo=UTC),
                "raw_value": value,
            }
        )
    applied = 0
    with store.engine.begin() as conn:
        for change in checked:
            applied += apply_change(conn, bank_id=bank.id, **change)
    return {"received": len(checked), "applied": applied, "unchanged": len(checked) - applied}


def export_file(store: Store, bank: Bank, path: Path, *, since: int = 0, include_raw: bool = False) -> dict[str, Any]:
    """Write every change after ``since`` to one JSON file; returns the page header."""
    pages: list[dict[str, Any]] = []
    cursor = since
    while True:
        page = export_changes(store, bank, since=cursor, include_raw=include_raw)
        pages.append(page)
        cursor = page["checkpoint"]
        if not page["more"]:
            break
    merged = pages[0] | {
        "checkpoint": cursor,
        "more": False,
        "changes": [c for p in pages for c in p["changes"]],
        "exported_at": datetime.now(UTC).isoformat(),
    }
    path.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {k: v for k, v in merged.items() if k != "changes"} | {"changes": len(merged["changes"])}


def import_file(store: Store, bank: Bank, path: Path) -> dict[str, int]:
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", where=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", where=str(path)) from exc
    return import_changes(store, bank, payload, where=str(path))


def get_checkpoint(store: Store, *, peer_url: str, remote_bank: str, bank: Bank) -> int:
    with store.engine.connect() as conn:
        value = conn.execute(
            select(exchange_checkpoints.c.checkpoint).where(
                exchange_checkpoints.c.peer_url == peer_url,
                exchange_checkpoints.c.remote_bank == remote_bank,
                exchange_checkpoints.c.bank_id == bank.id,
            )
        ).scalar()
    return int(value or 0)


def _save_checkpoint(store: Store, *, peer_url: str, remote_bank: str, bank: Bank, checkpoint: int) -> None:
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        done = conn.execute(
            update(exchange_checkpoints)
            .where(
                exchange_checkpoints.c.peer_url == peer_url,
                exchange_checkpoints.c.remote_bank == remote_bank,
                exchange_checkpoints.c.bank_id == bank.id,
            )
            .values(checkpoint=checkpoint, synced_at=now)
        ).rowcount
        if not done:
            conn.execute(
                exchange_checkpoints.insert().values(
                    peer_url=peer_url, remote_bank=remote_bank, bank_id=bank.id, checkpoint=checkpoint, synced_at=now
                )
            )


def pull(
    store: Store,
    bank: Bank,
    *,
    peer_url: str,
    remote_bank: str,
    token: str,
    page_size: int = 1000,
    timeout: float = 30.0,
) -> dict[str, Any]:
    """Pull a peer's bank into a local one from the stored checkpoint, page by page.

    The checkpoint is saved after each page is applied (in its own transaction), so
    an interrupted pull resumes where it stopped.
    """
    import httpx

    base = peer_url.rstrip("/")
    since = get_checkpoint(store, peer_url=base, remote_bank=remote_bank, bank=bank)
    totals = {"received": 0, "applied": 0, "unchanged": 0, "pages": 0, "since": since}
    with httpx.Client(base_url=base, timeout=timeout, headers={"Authorization": f"Bearer {token}"}) as client:
        while True:
            url = f"/api/v1/exchange/banks/{remote_bank}/changes"
            try:
                response = client.get(url, params={"since": since, "limit": page_size})
            except httpx.HTTPError as exc:
                raise ExchangeError(f"cannot reach {base}: {type(exc).__name__}") from exc
            if response.status_code != 200:
                try:
                    detail = response.json().get("detail", "")
                except ValueError:
                    detail = response.text[:200]
                raise ExchangeError(f"{base}{url} answered {response.status_code}: {detail}")
            page = response.json()
            result = import_changes(store, bank, page, where=f"{base}{url}?since={since}")
            for key in ("received", "applied", "unchanged"):
                totals[key] += result[key]
            totals["pages"] += 1
            since = int(page["checkpoint"])
            _save_checkpoint(store, peer_url=base, remote_bank=remote_bank, bank=bank, checkpoint=since)
            if not page.get("more"):
                break
    totals["checkpoint"] = since
    return totals
