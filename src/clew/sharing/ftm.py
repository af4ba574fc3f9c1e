"""FollowTheMoney entities of analysed documents, for Aleph/OpenAleph and FtM tools.

Each document becomes a ``PlainText`` entity (text, title, source URL, language,
country, date, phones and e-mails mentioned). Each linking identifier becomes an
entity that several documents can share — a ``CryptoWallet`` for a wallet, a
``UserAccount`` for a handle, payment handle, phone number or e-mail address — and
a ``Documentation`` entity links the document to it, with the offsets of the
identifier in the text as its role. Entity ids are derived from the identifier, so
two documents naming the same phone point at the same account and Aleph shows the
network.

This module writes raw identifiers: it is an operator's explicit export of their
own documents, never something Clew sends to a peer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from followthemoney import model

from clew.model import Analysis, Document

_ACCOUNT_TYPES = ("phone", "email", "handle", "payment")


def _identifier_entity(type_: str, value: str) -> Any | None:
    if type_ == "crypto":
        chain, _, address = value.partition(":")
        wallet = model.make_entity("CryptoWallet")
        wallet.make_id("clew-identifier", value)
        wallet.add("publicKey", address)
        wallet.add("currency", chain.upper())
        wallet.add("name", value)
        return wallet
    if type_ not in _ACCOUNT_TYPES:
        return None
    account = model.make_entity("UserAccount")
    account.make_id("clew-identifier", value)
    account.add("name", value)
    if type_ == "phone":
        account.add("phone", value)
        account.add("service", "phone")
    elif type_ == "email":
        account.add("email", value)
        account.add("service", "email")
    else:
        service, _, username = value.partition(":")
        account.add("service", service)
        account.add("username", username)
    return account


def document_entities(document: Document, analysis: Analysis) -> Iterator[dict[str, Any]]:
    """The FtM entities (as dicts) of one document and the identifiers in it."""
    doc = model.make_entity("PlainText")
    doc.make_id("clew-document", document.id)
    doc.add("title", document.title or document.id)
    doc.add("bodyText", document.text)
    doc.add("sourceUrl", document.url)
    doc.add("language", analysis.lang)
    doc.add("country", document.country)
    if document.posted_at:
        doc.add("publishedAt", document.posted_at.isoformat())
    doc.add("publisher", document.source)
    flagged = [f"{name}: {score.level}" for name, score in analysis.typologies.items() if score.level != "none"]
    doc.add("summary", f"Clew risk {analysis.risk:.2f}" + (f" ({', '.join(flagged)})" if flagged else ""))
    for entity in analysis.entities:
        if entity.type == "phone":
            doc.add("phoneMentioned", entity.value)
        elif entity.type == "email":
            doc.add("emailMentioned", entity.value)
    yield doc.to_dict()
    seen: set[str] = set()
    for entity in analysis.entities:
        target = _identifier_entity(entity.type, entity.value)
        if target is None:
            continue
        if target.id not in seen:
            seen.add(target.id)
            yield target.to_dict()
        link = model.make_entity("Documentation")
        link.make_id("clew-mention", document.id, entity.type, entity.value, str(entity.start), entity.field)
        link.add("document", doc.id)
        link.add("entity", target.id)
        link.add("role", f"{entity.type} in {entity.field} [{entity.start}:{entity.end}]")
        yield link.to_dict()


def write_entities(pairs: Iterable[tuple[Document, Analysis]], out: IO[str]) -> int:
    """Write FtM entities as JSON lines (the format `ftm` and Aleph's loaders read); returns the count."""
    count = 0
    for document, analysis in pairs:
        for entity in document_entities(document, analysis):
            out.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    return count
