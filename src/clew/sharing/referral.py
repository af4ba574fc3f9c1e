"""Referral packages: what a platform sends to police about a document, network or case.

A package is one structured JSON record and a readable HTML report made from it.
It carries the content *as captured* (text, title, URL, times, photos named) with
SHA-256 hashes, where and when it was captured (provenance), the identifiers with
their offsets, the analysis and its explanation (which indicator matched which
words, with weight and source), any signal-bank matches, how documents are linked,
the reporting organisation and its contact, and the legal basis the reporter
relies on. The package hashes itself (``package_sha256`` over its canonical JSON),
so the receiver can tell it arrived unchanged.

A referral reports leads for a person at the receiving end to assess; it says so.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, Field
from sqlalchemy import select

from clew import __version__
from clew.errors import InputError, NotFoundError
from clew.model import Analysis, Document
from clew.pipeline import Pipeline
from clew.sharing.matching import screen_matches
from clew.store import Store
from clew.store.repository import get_document
from clew.store.schema import case_items, cases

FORMAT = "clew-referral"
FORMAT_VERSION = 1
NOTE = (
    "This referral reports leads found by automated analysis and by signals shared between organisations. "
    "Nothing in it is proof: every item needs assessment by the receiving authority."
)
TEMPLATES = Path(__file__).resolve().parent / "templates"


class Reporter(BaseModel):
    organisation: str = Field(min_length=1, description="The reporting organisation.")
    contact: str = Field(min_length=1, description="Who to contact about the referral (name, e-mail, phone).")
    reference: str | None = Field(default=None, description="The reporter's own reference for the referral.")


class ReferralRequest(BaseModel):
    reporter: Reporter
    legal_basis: str = Field(min_length=1, description="The law or agreement the reporter relies on to share this.")
    recipient: str | None = Field(default=None, description="The authority the referral is for.")
    summary: str | None = Field(default=None, description="The reporter's own words about why it is referred.")


def _sha256(data: str) -> str:
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def explain(analysis: Analysis) -> list[str]:
    """Plain sentences: which indicator matched which words, for which typology, with what weight."""
    lines = []
    for name, score in analysis.typologies.items():
        if score.level != "none":
            lines.append(f"{name.replace('_', ' ')}: {score.level} (score {score.score:.2f})")
    for hit in analysis.indicators:
        lines.append(
            f"indicator {hit.id} ({hit.pack} {hit.version}) matched “{hit.text}” at {hit.field} "
            f"[{hit.start}:{hit.end}], weight {hit.weight:.2f}; source: {hit.source}"
        )
    if not lines:
        lines.append("no indicator matched; the document is referred for its identifiers or bank matches")
    return lines


def document_section(
    document: Document,
    analysis: Analysis,
    *,
    provenance: Sequence[dict[str, Any]] = (),
    stored_sha256: str | None = None,
    matches: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """One document of a package: captured content with hashes, identifiers, analysis, explanation."""
    captured = document.model_dump(mode="json")
    return {
        "id": document.id,
        "captured": captured,
        "hashes": {
            "text_sha256": _sha256(document.text),
            "document_sha256": _sha256(_canonical(captured)),
            "store_content_sha256": stored_sha256,
        },
        "provenance": list(provenance),
        "identifiers": [e.model_dump(mode="json") for e in analysis.entities],
        "analysis": analysis.model_dump(mode="json"),
        "explanation": explain(analysis),
        "bank_matches": list(matches),
    }


def build_package(
    request: ReferralRequest,
    *,
    subject: dict[str, Any],
    sections: list[dict[str, Any]],
    links: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    if not sections:
        raise InputError("a referral needs at least one document", where="subject")
    identifiers = sorted(
        {(e["type"], e["value"]) for s in sections for e in s["identifiers"]},
    )
    package: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "id": str(uuid.uuid4()),
        "created_at": datetime.now(UTC).isoformat(),
        "generator": f"Clew {__version__}",
        "reporter": request.reporter.model_dump(),
        "recipient": request.recipient,
        "legal_basis": request.legal_basis,
        "summary": request.summary,
        "subject": subject,
        "documents": sections,
        "identifiers": [{"type": t, "value": v} for t, v in identifiers],
        "links": list(links),
        "note": NOTE,
    }
    package["package_sha256"] = _sha256(_canonical(package))
    return package


def verify_package(package: dict[str, Any]) -> bool:
    """True when the package is as its maker hashed it."""
    body = {k: v for k, v in package.items() if k != "package_sha256"}
    return package.get("package_sha256") == _sha256(_canonical(body))


def from_document(
    request: ReferralRequest, document: Document, *, pipeline: Pipeline, store: Store | None = None
) -> dict[str, Any]:
    """A package for one document sent by the caller (analysed now, matched against the banks)."""
    analysis = pipeline.analyze(document)
    matches = screen_matches(store, analysis, record=False) if store is not None else []
    section = document_section(document, analysis, matches=matches)
    return build_package(request, subject={"kind": "document", "id": document.id}, sections=[section])


def _stored_section(store: Store, doc_id: str, pipeline: Pipeline) -> dict[str, Any]:
    record = get_document(store, doc_id=doc_id)
    document = Document.model_validate(record["document"])
    if record["analysis"] and not record["analysis_stale"]:
        analysis = Analysis.model_validate(record["analysis"])
    else:
        analysis = pipeline.analyze(document)
    matches = screen_matches(store, analysis, record=False)
    return document_section(
        document,
        analysis,
        provenance=record["provenance"],
        stored_sha256=record["content_sha256"],
        matches=matches,
    )


def _network_docs(store: Store, network_id: str) -> tuple[list[str], list[dict[str, Any]]]:
    from clew.store.networks import stored_members_and_links

    with store.engine.connect() as conn:
        ids, links = stored_members_and_links(conn, network_id)
    if not ids:
        raise NotFoundError(f"no network {network_id!r}")
    return ids, links


def from_store(
    request: ReferralRequest, store: Store, *, kind: str, ref: str, pipeline: Pipeline, max_documents: int = 500
) -> dict[str, Any]:
    """A package for a stored document, a network or a case of the workspace."""
    links: list[dict[str, Any]] = []
    subject: dict[str, Any] = {"kind": kind, "id": ref}
    if kind == "document":
        ids = [ref]
    elif kind == "network":
        ids, links = _network_docs(store, ref)
    elif kind == "case":
        if not ref.isdigit():
            raise InputError("a case id is a number", where="case")
        with store.engine.connect() as conn:
            case = conn.execute(select(cases).where(cases.c.id == int(ref))).mappings().first()
            if case is None:
                raise NotFoundError(f"no case {ref}")
            items = conn.execute(
                select(case_items.c.kind, case_items.c.ref)
                .where(case_items.c.case_id == int(ref))
                .order_by(case_items.c.id)
            ).all()
        subject |= {"title": case["title"], "description": case["description"], "status": case["status"]}
        ids = []
        for item in items:
            if item.kind == "network":
                net_ids, net_links = _network_docs(store, item.ref)
                ids.extend(net_ids)
                links.extend(net_links)
            else:
                ids.append(item.ref)
        ids = list(dict.fromkeys(ids))
    else:
        raise InputError("a referral is made from a document, a network or a case", where="kind")
    if len(ids) > max_documents:
        raise InputError(f"{len(ids):,} documents; a referral holds at most {max_documents:,}", where=kind)
    sections = [_stored_section(store, doc_id, pipeline) for doc_id in ids]
    return build_package(request, subject=subject, sections=sections, links=links)


def _segments(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str | None]]:
    """The text cut into (piece, css class) so evidence is highlighted in what was captured."""
    marks: list[str | None] = [None] * len(text)
    for start, end, css in sorted(spans, key=lambda s: s[2] == "identifier"):
        for i in range(max(0, start), min(len(text), end)):
            marks[i] = css
    pieces: list[tuple[str, str | None]] = []
    for ch, mark in zip(text, marks, strict=True):
        if pieces and pieces[-1][1] == mark:
            pieces[-1] = (pieces[-1][0] + ch, mark)
        else:
            pieces.append((ch, mark))
    return pieces


def render_html(package: dict[str, Any]) -> str:
    """The readable report of a package: self-contained HTML, no script, no outside asset."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    for section in package["documents"]:
        text = section["captured"]["text"]
        spans = [(h["start"], h["end"], "indicator") for h in section["analysis"]["indicators"] if h["field"] == "text"]
        spans += [(e["start"], e["end"], "identifier") for e in section["identifiers"] if e["field"] == "text"]
        section["_segments"] = _segments(text, spans)
    try:
        return env.get_template("referral.html").render(p=package)
    finally:
        for section in package["documents"]:
            section.pop("_segments", None)
