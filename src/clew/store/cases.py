"""Cases: a question an analyst is working on, with its documents, networks and notes.

A case holds references to documents (kept from the retention purge while they
are in a case) and to networks (whose current documents are kept too). Every
change is written to the audit log under the target ``case:ID``, so the case's
own audit entries are its chain of custody, and the evidence export carries them.

:func:`export_zip` writes the evidence package: the documents as captured (text
and provenance with the SHA-256 of the raw bytes), their analyses, the networks
with the evidence of every link, the case and its notes, the chain-of-custody
log, and ``MANIFEST.sha256`` — ``sha256sum -c MANIFEST.sha256`` checks it.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, BinaryIO

from sqlalchemy import CompoundSelect, Connection, Select, delete, func, insert, select, update

from clew.errors import InputError, NotFoundError
from clew.store import Store
from clew.store.audit import entries_for, record
from clew.store.repository import get_document
from clew.store.schema import (
    case_items,
    case_notes,
    cases,
    documents,
    network_members,
    users,
)
from clew.web.principal import Principal

STATUSES: tuple[str, ...] = ("open", "in_review", "closed")
KINDS: tuple[str, ...] = ("document", "network")
MAX_TITLE = 200
MAX_TEXT = 20_000


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _target(case_id: int) -> str:
    return f"case:{case_id}"


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise InputError("a case needs a title", where="title")
    if len(title) > MAX_TITLE:
        raise InputError(f"the title is longer than {MAX_TITLE} characters", where="title")
    return title


def _clean_text(value: str, where: str, *, required: bool = False) -> str:
    value = value.strip()
    if required and not value:
        raise InputError(f"{where} is empty", where=where)
    if len(value) > MAX_TEXT:
        raise InputError(f"{where} is longer than {MAX_TEXT:,} characters", where=where)
    return value


def _user_id(conn: Connection, name: str | None) -> int | None:
    if not name:
        return None
    row = conn.execute(select(users.c.id, users.c.disabled).where(users.c.name == name.strip().lower())).first()
    if row is None or row.disabled:
        raise InputError(f"no active user named {name!r} to assign the case to", where="assignee")
    uid: int = row.id
    return uid


def _case_select() -> Select[Any]:
    return select(cases, users.c.name.label("assignee")).outerjoin(users, users.c.id == cases.c.assignee_id)


def _case_row(r: Any) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "description": r.description,
        "status": r.status,
        "assignee": r.assignee,
        "created_by": r.created_by,
        "created_at": _iso(r.created_at),
        "updated_at": _iso(r.updated_at),
    }


def create_case(
    store: Store, *, title: str, description: str = "", assignee: str | None = None, actor: Principal
) -> dict[str, Any]:
    title = _clean_title(title)
    description = _clean_text(description, "description")
    now = _now()
    with store.engine.begin() as conn:
        assignee_id = _user_id(conn, assignee)
        result = conn.execute(
            insert(cases).values(
                title=title,
                description=description,
                status="open",
                created_by=actor.name,
                assignee_id=assignee_id,
                created_at=now,
                updated_at=now,
            )
        )
        pk = result.inserted_primary_key
        assert pk is not None
        case_id = int(pk[0])
        record(store, actor, "create", _target(case_id), {"title": title, "assignee": assignee}, conn=conn)
    return get_case(store, case_id)


def list_cases(store: Store, *, status: str | None = None, assignee: str | None = None) -> list[dict[str, Any]]:
    """Cases, most recently changed first, with how many items and notes each holds."""
    if status and status not in STATUSES:
        raise InputError(f"unknown status {status!r}; one of {', '.join(STATUSES)}", where="status")
    items = select(case_items.c.case_id, func.count().label("n")).group_by(case_items.c.case_id).subquery("item_counts")
    stmt = (
        _case_select()
        .add_columns(func.coalesce(items.c.n, 0).label("items"))
        .outerjoin(items, items.c.case_id == cases.c.id)
        .order_by(cases.c.updated_at.desc(), cases.c.id.desc())
    )
    if status:
        stmt = stmt.where(cases.c.status == status)
    if assignee:
        stmt = stmt.where(users.c.name == assignee)
    with store.engine.connect() as conn:
        return [{**_case_row(r), "items": int(r.items)} for r in conn.execute(stmt)]


def get_case(store: Store, case_id: int) -> dict[str, Any]:
    """A case with its items (documents with their risk, networks with their size) and notes."""
    with store.engine.connect() as conn:
        row = conn.execute(_case_select().where(cases.c.id == case_id)).first()
        if row is None:
            raise NotFoundError(f"no case {case_id}")
        items = conn.execute(select(case_items).where(case_items.c.case_id == case_id).order_by(case_items.c.id)).all()
        notes = conn.execute(select(case_notes).where(case_notes.c.case_id == case_id).order_by(case_notes.c.id)).all()
        net_ids = [i.ref for i in items if i.kind == "network"]
        sizes: dict[str, int] = dict(
            conn.execute(
                select(network_members.c.network_id, func.count())
                .where(network_members.c.network_id.in_(net_ids))
                .group_by(network_members.c.network_id)
            ).all()
        )
    case = _case_row(row)
    case["items"] = [
        {
            "id": i.id,
            "kind": i.kind,
            "ref": i.ref,
            "note": i.note,
            "added_by": i.added_by,
            "added_at": _iso(i.added_at),
            "present": i.document_pk is not None if i.kind == "document" else i.ref in sizes,
            "size": sizes.get(i.ref) if i.kind == "network" else None,
        }
        for i in items
    ]
    case["notes"] = [{"id": n.id, "author": n.author, "body": n.body, "created_at": _iso(n.created_at)} for n in notes]
    return case


_UNSET: Any = object()


def update_case(
    store: Store,
    case_id: int,
    *,
    actor: Principal,
    title: str | None = None,
    description: str | None = None,
    status: str | None = None,
    assignee: str | None = _UNSET,
) -> dict[str, Any]:
    """Change a case's title, description, status or assignee (``assignee=None`` unassigns)."""
    values: dict[str, Any] = {}
    if title is not None:
        values["title"] = _clean_title(title)
    if description is not None:
        values["description"] = _clean_text(description, "description")
    if status is not None:
        if status not in STATUSES:
            raise InputError(f"unknown status {status!r}; one of {', '.join(STATUSES)}", where="status")
        values["status"] = status
    with store.engine.begin() as conn:
        row = conn.execute(_case_select().where(cases.c.id == case_id)).first()
        if row is None:
            raise NotFoundError(f"no case {case_id}")
        if assignee is not _UNSET:
            values["assignee_id"] = _user_id(conn, assignee)
        changes: dict[str, Any] = {}
        for key, new in values.items():
            old = row.assignee if key == "assignee_id" else getattr(row, key)
            shown = (assignee or None) if key == "assignee_id" else new
            if old != shown:
                changes["assignee" if key == "assignee_id" else key] = [old, shown]
        if changes:
            conn.execute(update(cases).where(cases.c.id == case_id).values(**values, updated_at=_now()))
            record(store, actor, "update", _target(case_id), changes, conn=conn)
    return get_case(store, case_id)


def add_note(store: Store, case_id: int, *, body: str, actor: Principal) -> dict[str, Any]:
    body = _clean_text(body, "note", required=True)
    now = _now()
    with store.engine.begin() as conn:
        _require_case(conn, case_id)
        result = conn.execute(insert(case_notes).values(case_id=case_id, author=actor.name, body=body, created_at=now))
        pk = result.inserted_primary_key
        assert pk is not None
        conn.execute(update(cases).where(cases.c.id == case_id).values(updated_at=now))
        record(store, actor, "note", _target(case_id), {"note_id": int(pk[0]), "chars": len(body)}, conn=conn)
    return {"id": int(pk[0]), "author": actor.name, "body": body, "created_at": _iso(now)}


def _require_case(conn: Connection, case_id: int) -> None:
    if conn.execute(select(cases.c.id).where(cases.c.id == case_id)).first() is None:
        raise NotFoundError(f"no case {case_id}")


def add_item(
    store: Store, case_id: int, *, kind: str, ref: str, actor: Principal, note: str | None = None
) -> dict[str, Any]:
    """Attach a document (by its id) or a network (by its id) to a case; adding one twice is harmless."""
    if kind not in KINDS:
        raise InputError(f"unknown item kind {kind!r}; one of {', '.join(KINDS)}", where="kind")
    ref = ref.strip()
    if not ref:
        raise InputError(f"give the {kind} id", where="ref")
    note = _clean_text(note, "note") if note else None
    now = _now()
    with store.engine.begin() as conn:
        _require_case(conn, case_id)
        document_pk = None
        if kind == "document":
            document_pk = conn.execute(select(documents.c.pk).where(documents.c.doc_id == ref)).scalar()
            if document_pk is None:
                raise InputError(f"no document with id {ref!r}", where="ref")
        elif (
            conn.execute(select(network_members.c.network_id).where(network_members.c.network_id == ref)).first()
            is None
        ):
            raise InputError(f"no network with id {ref!r}", where="ref")
        existing = conn.execute(
            select(case_items.c.id).where(
                case_items.c.case_id == case_id, case_items.c.kind == kind, case_items.c.ref == ref
            )
        ).first()
        if existing is not None:
            return {"id": existing.id, "kind": kind, "ref": ref, "added": False}
        result = conn.execute(
            insert(case_items).values(
                case_id=case_id,
                kind=kind,
                ref=ref,
                document_pk=document_pk,
                note=note,
                added_by=actor.name,
                added_at=now,
            )
        )
        pk = result.inserted_primary_key
        assert pk is not None
        conn.execute(update(cases).where(cases.c.id == case_id).values(updated_at=now))
        record(store, actor, "add_item", _target(case_id), {"kind": kind, "ref": ref}, conn=conn)
    return {"id": int(pk[0]), "kind": kind, "ref": ref, "added": True}


def remove_item(store: Store, case_id: int, item_id: int, *, actor: Principal) -> None:
    with store.engine.begin() as conn:
        row = conn.execute(
            select(case_items).where(case_items.c.id == item_id, case_items.c.case_id == case_id)
        ).first()
        if row is None:
            raise NotFoundError(f"case {case_id} has no item {item_id}")
        conn.execute(delete(case_items).where(case_items.c.id == item_id))
        conn.execute(update(cases).where(cases.c.id == case_id).values(updated_at=_now()))
        record(store, actor, "remove_item", _target(case_id), {"kind": row.kind, "ref": row.ref}, conn=conn)


def cases_holding(store: Store, *, kind: str, ref: str) -> list[dict[str, Any]]:
    """The cases a document or network is in (for the document and network pages)."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(cases.c.id, cases.c.title, cases.c.status)
            .join(case_items, case_items.c.case_id == cases.c.id)
            .where(case_items.c.kind == kind, case_items.c.ref == ref)
            .order_by(cases.c.id)
        ).all()
    return [{"id": r.id, "title": r.title, "status": r.status} for r in rows]


def protected_documents() -> CompoundSelect[Any]:
    """Document keys the retention purge must keep: in a case, directly or through a network of the case."""
    direct = select(case_items.c.document_pk).where(case_items.c.document_pk.is_not(None))
    via_network = select(network_members.c.document_pk).where(
        network_members.c.network_id.in_(select(case_items.c.ref).where(case_items.c.kind == "network"))
    )
    return direct.union(via_network)


# --------------------------------------------------------------------------- evidence


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _safe_name(ident: str, used: set[str]) -> str:
    """A file name for an id: the id itself when it is safe, else a cleaned form with a hash suffix."""
    cleaned = _UNSAFE.sub("_", ident).strip("._")[:80] or "item"
    if cleaned != ident or cleaned.lower() in used:
        cleaned = f"{cleaned}-{hashlib.sha256(ident.encode('utf-8')).hexdigest()[:10]}"
    used.add(cleaned.lower())
    return cleaned


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n").encode("utf-8")


def _network(conn: Connection, network_id: str) -> dict[str, Any]:
    from clew.store.networks import stored_members_and_links

    ids, links = stored_members_and_links(conn, network_id)
    return {"id": network_id, "documents": ids, "links": links}


def evidence(store: Store, case_id: int) -> dict[str, Any]:
    """Everything an export or report shows: the case, its documents (direct and through networks), networks."""
    case = get_case(store, case_id)
    doc_ids: list[str] = [i["ref"] for i in case["items"] if i["kind"] == "document"]
    networks: list[dict[str, Any]] = []
    with store.engine.connect() as conn:
        for item in case["items"]:
            if item["kind"] == "network":
                net = _network(conn, item["ref"])
                networks.append(net)
                doc_ids.extend(d for d in net["documents"] if d not in doc_ids)
    docs = []
    for doc_id in dict.fromkeys(doc_ids):
        try:
            docs.append(get_document(store, doc_id=doc_id))
        except NotFoundError:
            continue  # a network member purged or renamed since; the network file still names it
    return {"case": case, "documents": docs, "networks": networks}


def export_zip(
    store: Store,
    case_id: int,
    out: BinaryIO,
    *,
    actor: Principal,
    extra_files: Mapping[str, bytes] | None = None,
) -> dict[str, Any]:
    """Write the case's evidence package to ``out`` (a ZIP); returns its manifest.

    ``extra_files`` (e.g. the rendered ``report.html``) are added and listed in
    the manifest like the rest. The export itself is audited before the custody
    log is written, so the package records its own export.
    """
    data = evidence(store, case_id)
    exported_at = _iso(_now())
    files: dict[str, bytes] = {}
    used: set[str] = set()
    index = []
    for doc in data["documents"]:
        name = _safe_name(doc["document"]["id"], used)
        files[f"documents/{name}.txt"] = doc["document"]["text"].encode("utf-8")
        files[f"documents/{name}.json"] = _json_bytes(
            {
                "document": doc["document"],
                "content_sha256": doc["content_sha256"],
                "provenance": doc["provenance"],
                "network": doc["network"],
            }
        )
        files[f"analyses/{name}.json"] = _json_bytes(
            {
                "id": doc["document"]["id"],
                "analysis": doc["analysis"],
                "analysis_stale": doc["analysis_stale"],
                "pipeline_version": doc["pipeline_version"],
                "processed_at": doc["processed_at"],
                "note": "Scores are leads for a person to review, never proof.",
            }
        )
        index.append({"id": doc["document"]["id"], "file": f"documents/{name}.json"})
    net_used: set[str] = set()
    for net in data["networks"]:
        files[f"networks/{_safe_name(net['id'], net_used)}.json"] = _json_bytes(net)
    files["case.json"] = _json_bytes({**data["case"], "documents": index, "exported_at": exported_at})
    for name, content in (extra_files or {}).items():
        files[name] = content
    content_digest = hashlib.sha256(
        "".join(f"{hashlib.sha256(b).hexdigest()}  {n}\n" for n, b in sorted(files.items())).encode("utf-8")
    ).hexdigest()
    record(
        store,
        actor,
        "export",
        _target(case_id),
        {"documents": len(data["documents"]), "networks": len(data["networks"]), "content_sha256": content_digest},
    )
    custody = entries_for(store, _target(case_id))
    files["custody.jsonl"] = "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in custody).encode(
        "utf-8"
    )
    manifest = {
        "case": case_id,
        "exported_at": exported_at,
        "exported_by": actor.name,
        "content_sha256": content_digest,
        "files": [
            {"path": n, "sha256": hashlib.sha256(b).hexdigest(), "bytes": len(b)} for n, b in sorted(files.items())
        ],
    }
    files["manifest.json"] = _json_bytes(manifest)
    lines = "".join(f"{hashlib.sha256(b).hexdigest()}  {n}\n" for n, b in sorted(files.items()))
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, content in sorted(files.items()):
            zf.writestr(name, content)
        zf.writestr("MANIFEST.sha256", lines)
    return manifest


def export_bytes(
    store: Store, case_id: int, *, actor: Principal, extra_files: Mapping[str, bytes] | None = None
) -> bytes:
    buf = io.BytesIO()
    export_zip(store, case_id, buf, actor=actor, extra_files=extra_files)
    return buf.getvalue()


def verify_zip(source: BinaryIO | str) -> list[str]:
    """Problems with an evidence package (empty when every file matches ``MANIFEST.sha256``)."""
    problems: list[str] = []
    with zipfile.ZipFile(source) as zf:
        names = set(zf.namelist())
        if "MANIFEST.sha256" not in names:
            return ["MANIFEST.sha256 is missing"]
        listed = set()
        for line_no, line in enumerate(zf.read("MANIFEST.sha256").decode("utf-8").splitlines(), 1):
            digest, sep, name = line.partition("  ")
            if not sep:
                problems.append(f"MANIFEST.sha256 line {line_no}: not 'SHA256  PATH'")
                continue
            listed.add(name)
            if name not in names:
                problems.append(f"{name}: listed in the manifest but missing")
            elif hashlib.sha256(zf.read(name)).hexdigest() != digest:
                problems.append(f"{name}: SHA-256 differs from the manifest")
        for name in sorted(names - listed - {"MANIFEST.sha256"}):
            problems.append(f"{name}: not listed in the manifest")
    return problems
